# Întrebările evaluării și notele din jurul interviului (text/commands/assess.rs).

assess-ask-name = Un nume sau niște inițiale pentru fișierul de răspunsuri (Enter pentru a lăsa câmpul gol):
assess-save-where = Salvați răspunsurile în { $dir }?
assess-delete-answers = În acest caz, răspunsurile dumneavoastră vor fi șterse: se află doar în { $autosave }. Le ștergeți? (Dacă răspundeți n, fișierul se păstrează și puteți relua mai târziu.)
assess-replace-save = { $file } există. Îl înlocuiți la final?
assess-reconciled = Grila diferă de cea la care ați răspuns (acum { $rubric } v{ $version }): se vor pune { $new_cat ->
    [one] { $new } întrebare nouă
    [few] { $new } întrebări noi
   *[other] { $new } de întrebări noi
} și { $changed_cat ->
    [one] { $changed } întrebare reformulată
    [few] { $changed } întrebări reformulate
   *[other] { $changed } de întrebări reformulate
}; răspunsurile la { $removed_cat ->
    [one] { $removed } întrebare pe care grila nu o mai are
    [few] { $removed } întrebări pe care grila nu le mai are
   *[other] { $removed } de întrebări pe care grila nu le mai are
} se păstrează în fișierul salvat, sub formă de comentarii.
assess-autosave-head = # evaluare pathfit în curs; continuați cu: { $resume }
assess-ask-partner = Cui îi veți spune în fiecare săptămână ce progrese ați făcut? Un nume, care va apărea în bilanțurile săptămânale ale planului (Enter pentru a lăsa câmpul gol și a face bilanțul pe cont propriu):
assess-practice-empty = valoarea este goală; indicați zilele, apoi ora
assess-practice-no-time = lipsește ora; adăugați-o după zile, în format de 24 de ore
assess-practice-no-days = nu este indicată nicio zi; scrieți zilele înaintea orei
assess-practice-time = `{ $word }` nu este o oră validă; scrieți HH:MM în format de 24 de ore, de exemplu 07:30 sau 19:00
assess-practice-flag = --practice "{ $value }": { $reason }; exemplu corect: --practice { $example }
assess-practice-reply = { $reason }; exemplu corect: { $example }.
