# The words of every report: labels, the verdict, how complete the sheet is (text/report/mod.rs).

report-na = n/a
report-list-or = { $init } or { $last }
report-source-row = { $source }, row { $row }
report-titled = { $who }: { $title }
report-about = { $source }; rubric { $id } v{ $version }; { $answered }
report-other-rubric = answers rubric `{ $id }`, but this CSV has the columns of another rubric; score each rubric into its own file
report-path = Path
report-fit = Fit
report-respondent = Respondent
report-date = Date
report-made = Report date
report-hashes = Rubric `{ $rubric }` v{ $version }: file sha256 `{ $sha256 }`, key hash `{ $key }`.
report-answers = Answers
report-rubric = Rubric
report-verdict = Verdict
report-needs-tie = a clear lean needs { $tie }
report-needs-any = this rubric counts any lead as a clear lean
report-lean = Clear lean: { $lean } over { $second } by { $margin } points ({ $needs }).
report-tied = No clear lean: { $top } and { $second } are tied ({ $needs }).
report-ahead = No clear lean: { $top } is ahead of { $second } by only { $margin } points ({ $needs }).
report-ahead-one = No clear lean: { $top } is ahead of { $second } by only { $margin } point ({ $needs }).
report-answered = { $answered } of { $total } { $total_cat ->
    [one] question
   *[other] questions
} answered
report-answered-partial = { $answered } of { $total } { $total_cat ->
    [one] question
   *[other] questions
} answered (partial: scored on the answered ones)
report-midpoints = { $mid } of { $answered } answers are "{ $label }" ({ $pct }%): the more there are, the less the result says.
