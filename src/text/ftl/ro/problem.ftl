# Problemele din fișierele citite (text/problem.rs).

problem-more = { $more_cat ->
    [one] și încă { $more } problemă; corectați mai întâi problemele de mai sus
    [few] și încă { $more } probleme; corectați mai întâi problemele de mai sus
   *[other] și încă { $more } de probleme; corectați mai întâi problemele de mai sus
}
with-hint = { $message }; { $hint }
fix-rubric = consultați formatul grilei în docs/rubric-format.md sau folosiți `pathfit rubric show --raw` pentru a obține o grilă validă
fix-answer-toml = acesta nu este un fișier de răspunsuri TOML valid; `pathfit template` afișează un fișier de răspunsuri valid
fix-answer-json = `pathfit template` afișează un fișier de răspunsuri valid
fix-json-syntax = acesta nu este un fișier JSON valid; `pathfit template` afișează un fișier de răspunsuri valid
fix-mapping = scrieți câte o pereche `"column header" = "question_id"` pe fiecare rând

# Cuvintele unui parser, spuse pe înțeles (text/problem.rs plain); spațiile de la capete se păstrează.
parser-found = s-a găsit{" "}
parser-where-needs = {" "}acolo unde fișierul cere{" "}
parser-needs = fișierul cere{" "}
parser-a-number = un număr
parser-a-whole-number = un număr întreg
parser-a-list = o listă
parser-list = listă
parser-a-table = un tabel
parser-the-text = textul "
parser-missing-key = lipsește cheia
parser-unknown-key = cheie necunoscută
parser-repeated-key = cheie repetată
parser-number = număr
parser-whole-number = numărul întreg `
parser-end-of-file = sfârșitul fișierului
