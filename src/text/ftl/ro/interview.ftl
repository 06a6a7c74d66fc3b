# Evaluarea: introducerea și notele, locul întrebării, tastele, recapitularea, ce se spune la oprire (text/interview.rs).

interview-yes = da
interview-no = nu
interview-skip = Omiteți această întrebare
interview-done = Gata: vreau să văd rezultatele
interview-terminal-failed = comunicarea cu terminalul a eșuat
interview-intro-compares = pathfit compară parcursurile { $paths } după { $dimensions }.
interview-intro-length = { $questions_cat ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
}, aproximativ { $minutes_cat ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}. Tastați numărul unui răspuns sau deplasați-vă cu săgețile și apăsați Enter; Esc revine la întrebarea anterioară; Ctrl-C oprește evaluarea (progresul se păstrează).
interview-intro-none = Ați răspuns deja la toate întrebările: urmează recapitularea, în care puteți modifica orice răspuns.
interview-intro-private = Răspunsurile dumneavoastră rămân pe acest calculator: nu se trimite nimic nicăieri.
interview-first-question = Aceasta este prima întrebare. Răspundeți la ea sau apăsați Ctrl-C pentru a vă opri (progresul se păstrează).
interview-too-few = Ați răspuns la { $answered } din { $questions_cat ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
}; pentru un rezultat sunt necesare cel puțin { $needed }. Alegeți întrebările omise pentru a răspunde la ele.
interview-reflections = Reflecții opționale: câteva cuvinte pentru fiecare sau Enter pentru a lăsa câmpul gol.
interview-place = { $dimension } { $in_dimension }/{ $of_dimension } – întrebarea { $question } din { $of }
interview-review-title = Recapitulare: ați răspuns la { $answered } din { $questions }. Schimbați un răspuns doar dacă nu vă descrie; altfel alegeți Gata.
interview-review-fast = { $count } din { $timed_cat ->
    [one] { $timed } răspuns
    [few] { $timed } răspunsuri
   *[other] { $timed } de răspunsuri
} au fost date mai repede decât poate fi citită întrebarea (marcate cu (!)). Recitiți acum acele întrebări: deschideți una pentru a păstra sau a schimba răspunsul.
interview-review-skipped = (omisă)
interview-keys-numbered = Răspunsul dumneavoastră: 1-{ $last } sau săgețile și Enter; s omite; Esc revine
interview-keys = Răspunsul dumneavoastră: săgețile și Enter; Esc revine
interview-answered = Răspunsul dumneavoastră: { $label }
interview-skipped = Omisă: îi puteți răspunde din recapitularea de la final.
interview-stopped-empty = Evaluarea a fost oprită înainte de primul răspuns; nu s-a salvat nimic.
interview-stopped = { $answers_cat ->
    [one] Evaluare oprită. { $answers } răspuns este salvat în { $file }
    [few] Evaluare oprită. { $answers } răspunsuri sunt salvate în { $file }
   *[other] Evaluare oprită. { $answers } de răspunsuri sunt salvate în { $file }
}
interview-resume-with = Pentru a relua: { $resume }
