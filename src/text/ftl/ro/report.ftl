# Cuvintele fiecărui raport: etichete, verdictul, cât de completă este fișa (text/report/mod.rs).

report-na = n.d.
report-list-or = { $init } sau { $last }
report-source-row = { $source }, rândul { $row }
report-titled = { $who }: { $title }
report-about = { $source }; grila { $id } v{ $version }; { $answered }
report-other-rubric = răspunde grilei `{ $id }`, dar acest CSV are coloanele altei grile; evaluați fiecare grilă într-un fișier separat
report-path = Parcurs
report-fit = Potrivire
report-respondent = Respondent
report-date = Data
report-made = Data raportului
report-hashes = Grila `{ $rubric }` v{ $version }: amprenta sha256 a fișierului `{ $sha256 }`, amprenta cheii `{ $key }`.
report-answers = Răspunsuri
report-rubric = Grilă
report-verdict = Verdict
report-needs-tie = pragul unei înclinații clare este { $tie }
report-needs-any = această grilă consideră orice avans o înclinație clară
report-lean = Înclinație clară: { $lean }, cu un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs }).
report-tied = Nicio înclinație clară: { $top } și { $second } sunt la egalitate ({ $needs }).
report-ahead = Nicio înclinație clară: { $top } are un avans de doar { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs }).
report-ahead-one = Nicio înclinație clară: { $top } are un avans de doar { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs }).
report-answered = răspunsuri la { $answered } din { $total_cat ->
    [one] { $total } întrebare
    [few] { $total } întrebări
   *[other] { $total } de întrebări
}
report-answered-partial = răspunsuri la { $answered } din { $total_cat ->
    [one] { $total } întrebare
    [few] { $total } întrebări
   *[other] { $total } de întrebări
} (parțial: scorul se bazează doar pe întrebările cu răspuns)
report-midpoints = { $mid } din { $answered_cat ->
    [one] { $answered } răspuns este
    [few] { $answered } răspunsuri sunt
   *[other] { $answered } de răspunsuri sunt
} „{ $label }” ({ $pct }%): cu cât sunt mai multe, cu atât rezultatul spune mai puțin.
