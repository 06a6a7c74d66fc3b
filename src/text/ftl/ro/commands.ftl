# Erorile cu care se poate încheia orice comandă și bara de progres a unui lot (text/commands/mod.rs).

commands-error = eroare: { $text }
commands-off-scale = răspunsul { $answer } la `{ $question }` este în afara scalei; folosiți un număr întreg de la { $min } la { $max }
commands-unknown-rubric = { $reason }; adăugați --rubric PATH pentru a-l evalua cu un fișier de grilă
commands-no-rubric-id = fișierul de răspunsuri nu precizează cărei grile îi răspunde
commands-map-unknown-question = `"{ $header }" = "{ $id }"`: grila `{ $rubric }` nu are întrebarea `{ $id }`
commands-did-you-mean = ; ați vrut să scrieți `{ $close }`?
commands-template-lists-ids = ; `pathfit template` listează ID-urile întrebărilor
commands-map-unknown-header = `"{ $header }"`: { $export } nu are nicio coloană cu acest antet
commands-map-lists-columns = ; `pathfit map { $export }` listează coloanele
commands-map-already-matched = `"{ $header }" = "{ $id }"`: întrebarea `{ $id }` are deja o coloană, `{ $by }`; fiecărei întrebări îi corespunde o singură coloană (ștergeți una dintre ele)
commands-interrupted = întrerupt
commands-reported = unele intrări nu au putut fi procesate
commands-rows = { $n_cat ->
    [one] { $n } rând
    [few] { $n } rânduri
   *[other] { $n } de rânduri
}
commands-stdin-too-large = intrarea standard depășește { $mib } MiB
commands-watch-ctrl-c = Ctrl-C nu poate fi interceptat
commands-read-stdin = intrarea standard nu poate fi citită
commands-stdin-not-utf8 = intrarea standard nu este text UTF-8
commands-write-session = sesiunea nu poate fi salvată
# Cuvântul de după numărul de fișiere din bara de progres a unui lot.
commands-progress-files = fișiere
