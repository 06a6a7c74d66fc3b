# Problemele din fișierele citite (text/problem.rs).

problem-more = { $more_cat ->
    [one] și încă { $more } problemă; corectați mai întâi problemele de mai sus
    [few] și încă { $more } probleme; corectați mai întâi problemele de mai sus
   *[other] și încă { $more } de probleme; corectați mai întâi problemele de mai sus
}
with-hint = { $message }; { $hint }
fix-rubric = consultați formatul grilei în docs/rubric-format.md sau rulați `pathfit rubric show --raw` pentru o grilă validă
fix-answer-toml = fișierul nu este un fișier de răspunsuri TOML valid; `pathfit template` afișează un fișier de răspunsuri valid
fix-answer-json = `pathfit template` afișează un fișier de răspunsuri valid
fix-json-syntax = fișierul nu este JSON valid; `pathfit template` afișează un fișier de răspunsuri valid
fix-mapping = scrieți câte un rând `"column header" = "question_id"` pentru fiecare coloană
