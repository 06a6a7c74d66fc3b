# Fișierele de răspunsuri și exporturile de chestionar (text/answers.rs).

answers-empty-export = exportul este gol; are nevoie de un rând de antet și de câte un rând pentru fiecare respondent
answers-no-questions = nicio coloană nu corespunde unei întrebări din grila `{ $rubric }`; denumiți coloanele după ID-ul sau textul întrebării ori adăugați --map FILE (`pathfit map { $file }` afișează coloanele)
answers-workbook = registrul de calcul nu poate fi citit ({ $message }); salvați-l din nou ca .xlsx sau exportați-l ca CSV
answers-workbook-plain = registrul de calcul nu poate fi citit; salvați-l din nou ca .xlsx sau exportați-l ca CSV
answers-csv-io = fișierul nu poate fi citit: { $reason }
answers-csv-unreadable = cititorul CSV nu poate citi această parte a fișierului; exportați-l din nou ca CSV (UTF-8)
answers-two-columns = coloanele `{ $first }` și `{ $second }` corespund amândouă întrebării `{ $question }`; păstrați una sau alegeți una cu --map FILE
answers-wide-header = antetul are { $columns_cat ->
    [one] { $columns } coloană
    [few] { $columns } coloane
   *[other] { $columns } de coloane
}, dar se citesc cel mult { $limit }; păstrați coloanele întrebărilor și exportați din nou
answers-long-head = rândul { $row }, antetul, depășește { $size } și nu este citit; niciun antet nu este atât de lung
answers-workbook-limit = registrul de calcul nu este citit: { $limit }; salvați-l din nou ca .xlsx sau exportați-l ca CSV
answers-not-a-table = `{ $key }` trebuie să fie un tabel de rânduri `id = value`, nu { $found }; scrieți [{ $key }] pe un rând separat
answers-not-an-object = `{ $key }` trebuie să fie un obiect cu perechi id și valoare, nu { $found }; scrieți `"{ $key }": {"{"} "id": valoare, ... {"}"}`
answers-unknown-key-close = cheie necunoscută: `{ $key }`; ați vrut să scrieți `{ $close }`?
answers-unknown-key = cheie necunoscută: `{ $key }`; un fișier de răspunsuri are doar cheile { $known }
answers-not-a-value = `{ $key }` trebuie să fie o singură valoare, nu un tabel
answers-repeated = { $what } `{ $id }` apare de două ori; păstrați o singură apariție
answers-unknown-id-close = { $what } cu ID-ul `{ $id }` nu există; ați vrut să scrieți `{ $close }`?
answers-unknown-id = { $what } cu ID-ul `{ $id }` nu există; verificați scrierea ID-ului în `pathfit template`
answers-wrong-rubric = acest fișier de răspunsuri este pentru grila `{ $found }`, dar este evaluat cu grila `{ $expected }`; renunțați la --rubric sau indicați grila pentru care a fost completat fișierul
answers-rubric-not-text = cheia `rubric` trebuie să conțină un ID de grilă între ghilimele, de exemplu "{ $expected }", nu { $found }
answers-no-rubric = fișierul de răspunsuri nu precizează cărei grile îi răspunde; adăugați rândul rubric = "{ $expected }" la începutul fișierului
answers-bad-date = data `{ $text }` nu este validă; scrieți-o sub forma "YYYY-MM-DD"
answers-not-text = { $what } trebuie să fie text între ghilimele, nu { $found }
answers-off-scale = răspunsul la `{ $question }` ({ $found }) este în afara scalei; folosiți un număr întreg de la { $min } la { $max } sau o etichetă precum "{ $label }"
answers-not-a-label = răspunsul "{ $text }" la `{ $question }` nu este o etichetă a scalei; folosiți una dintre: { $labels }
answers-too-few = { $answered } din { $questions_cat ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
} au primit răspuns, iar grila `{ $rubric }` cere cel puțin { $needed } ({ $share }%); răspundeți la acestea: { $missing }

item-key = cheia
item-question = întrebarea
item-reflection = reflecția
part-respondent = respondentul
part-language = limba
part-date = data
part-answer-reflection = reflecția

shape-too-large = un număr prea mare
shape-number = un număr
shape-list = o listă
shape-table = un tabel
shape-object = un obiect

answers-more-cells = { $more_cat ->
    [one] și încă { $more } celulă care nu este un răspuns
    [few] și încă { $more } celule care nu sunt răspunsuri
   *[other] și încă { $more } de celule care nu sunt răspunsuri
}
answers-row-unfinished = răspuns neterminat (potrivit coloanei { $column })
answers-row-skipped = omis
answers-row-too-few = { $why }: { $answered } din { $questions_cat ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
} au primit răspuns, dar sunt necesare cel puțin { $needed }
answers-row-not-asked = { $questions_cat ->
    [one] singura întrebare nu are răspuns; chestionarul nu a pus-o
    [few] niciuna dintre cele { $questions } întrebări nu are răspuns; chestionarul nu le-a pus
   *[other] niciuna dintre cele { $questions } de întrebări nu are răspuns; chestionarul nu le-a pus
}
answers-row-width = rândul are { $cells_cat ->
    [one] { $cells } celulă
    [few] { $cells } celule
   *[other] { $cells } de celule
}, iar antetul { $header }; nu este citit, ca niciun răspuns să nu ajungă sub altă întrebare
answers-row-open-quote = în acest rând se deschid ghilimele care nu se mai închid, așa că restul fișierului rămâne între ele; închideți ghilimelele și exportați din nou
answers-row-too-long = rândul depășește { $size } și nu este citit, la fel ca restul fișierului; niciun rând de chestionar nu este atât de lung

answers-hint = { $how }; `pathfit map` aplicat exportului enumeră toate răspunsurile din afara scalei
answers-hint-off-scale = dacă { $value } înseamnă „fără răspuns”, adăugați --missing { $value }
answers-hint-not-an-answer = dacă { $cell } este un cuvânt pentru un punct al scalei, adăugați-l sub [scale.aliases] în grilă; dacă înseamnă „fără răspuns”, indicați-l cu --missing
answers-hint-withheld = un cod care înseamnă „fără răspuns” se citește cu --missing (de exemplu --missing -99), iar un cuvânt pentru un punct al scalei, cu [scale.aliases] în grilă

answers-withheld-choices = celula conține mai multe variante
answers-withheld-off-scale = celula este în afara scalei
answers-withheld-not-an-answer = celula nu conține un număr sau o etichetă a scalei
answers-withheld-too-long = celula este mai lungă decât orice răspuns al scalei
answers-withheld-unreadable = rândul nu poate fi citit ca CSV (mesajul cititorului nu se afișează cu --summary-only)
answers-withheld-problem = neevaluat; detaliile nu se afișează cu --summary-only, deoarece pot cita răspunsurile: rulați fără această opțiune pentru a le vedea

cell-choices = { $cell } conține { $count_cat ->
    [one] { $count } variantă
    [few] { $count } variante
   *[other] { $count } de variante
}; fiecare întrebare primește un singur răspuns
cell-off-scale = { $value } este în afara scalei de la { $min } la { $max }
cell-not-an-answer = { $cell } nu este un număr sau o etichetă a scalei
cell-too-long = { $cell } depășește { $size }, iar niciun răspuns al scalei nu este atât de lung; valoarea nu se citește

workbook-entries = conține { $count_cat ->
    [one] { $count } fișier
    [few] { $count } fișiere
   *[other] { $count } de fișiere
}, iar un registru de calcul are cel mult { $limit }
workbook-size = `{ $entry }` are { $size } după dezarhivare, iar o parte a unui registru de calcul poate avea cel mult { $limit } după dezarhivare
workbook-ratio = `{ $entry }` se dezarhivează de la { $packed } la { $size }, adică de peste { $limit_cat ->
    [one] { $limit } ori
    [few] { $limit } ori
   *[other] { $limit } de ori
} mărimea arhivată
workbook-run = `{ $entry }` conține o etichetă sau un text mai lung de { $size }, deși nicio celulă nu poate fi atât de lungă
workbook-cell = celula { $cell } conține { $chars_cat ->
    [one] { $chars } caracter
    [few] { $chars } caractere
   *[other] { $chars } de caractere
}, iar Excel permite cel mult { $limit }
workbook-place = o celulă de pe coloana { $column }, rândul { $row }, se află dincolo de ultima coloană (16384) sau de ultimul rând (1048576) din Excel
workbook-row = rândul { $row } conține peste { $size } de text

answers-bytes = { $n_cat ->
    [one] { $n } octet
    [few] { $n } octeți
   *[other] { $n } de octeți
}
answers-excerpt-cut = "{ $head }…" ({ $chars_cat ->
    [one] { $chars } caracter
    [few] { $chars } caractere
   *[other] { $chars } de caractere
})

note-heading = fișier de răspunsuri pathfit: { $title } ({ $id } v{ $version })
note-how-to-answer = Răspundeți la fiecare întrebare cu un număr sau cu eticheta sa (cu litere mari sau mici):
note-skip = Lăsați "" ca răspuns pentru a omite o întrebare; trebuie să răspundeți la cel puțin { $needed } din { $questions_cat ->
    [one] singura întrebare
    [few] cele { $questions } întrebări
   *[other] cele { $questions } de întrebări
}.
note-then = Apoi rulați: pathfit score <numele acestui fișier>
note-extra = Răspunsuri la întrebări pe care această grilă nu le are, păstrate din fișierul reluat:
note-reflections = Opțional: câteva propoziții la fiecare, pentru uzul propriu sau pentru consilierul dumneavoastră de carieră.
