# Întrebările evaluării și notele din jurul interviului (text/commands/assess.rs).

assess-ask-name = Un nume sau inițiale pentru fișierul de răspunsuri (Enter pentru a-l lăsa necompletat):
assess-save-where = Salvați răspunsurile în { $dir }?
assess-delete-answers = Atunci răspunsurile dumneavoastră vor fi șterse: se află doar în { $autosave }. Le ștergeți? (Nu păstrează fișierul, ca să puteți relua mai târziu.)
assess-replace-save = { $file } există. Îl înlocuiți la final?
assess-reconciled = Grila diferă de cea pe care s-a răspuns (acum { $rubric } v{ $version }): se vor pune { $new_cat ->
    [one] { $new } întrebare nouă
    [few] { $new } întrebări noi
   *[other] { $new } de întrebări noi
} și { $changed_cat ->
    [one] { $changed } întrebare reformulată
    [few] { $changed } întrebări reformulate
   *[other] { $changed } de întrebări reformulate
}; răspunsurile la { $removed_cat ->
    [one] { $removed } întrebare pe care nu o mai are
    [few] { $removed } întrebări pe care nu le mai are
   *[other] { $removed } de întrebări pe care nu le mai are
} se păstrează în fișierul salvat, ca și comentarii.
assess-autosave-head = # evaluare pathfit în curs; continuați cu: { $resume }
assess-ask-practice = În ce zile și la ce oră veți lucra la plan? Zilele, apoi ora în format de 24 de ore, de exemplu Mon,Wed,Fri 07:30 (Enter o păstrează pe cea afișată):
assess-ask-partner = Cui îi veți spune în fiecare săptămână cum avansați? Un nume, menționat la bilanțurile săptămânale ale planului (Enter pentru a-l lăsa necompletat și a face bilanțul singur):
assess-practice-empty = valoarea este goală; indicați zilele, apoi ora
assess-practice-no-time = lipsește ora; adăugați-o după zile, în format de 24 de ore
assess-practice-no-days = nu este indicată nicio zi; scrieți zilele înaintea orei
assess-practice-day = `{ $word }` nu este o zi a săptămânii; folosiți numele englezești ale zilelor, de exemplu Mon, Tue sau Thursday
assess-practice-time = `{ $word }` nu este o oră validă; scrieți HH:MM în format de 24 de ore, de exemplu 07:30 sau 19:00
assess-practice-flag = --practice "{ $value }": { $reason }; exemplu corect: --practice { $example }
assess-practice-reply = { $reason }; exemplu corect: { $example }.
