# Problems in input files (text/problem.rs).

problem-more = { $more_cat ->
    [one] and { $more } more problem; fix the ones above first
   *[other] and { $more } more problems; fix the ones above first
}
with-hint = { $message }; { $hint }
fix-rubric = see the rubric format in docs/rubric-format.md, or `pathfit rubric show --raw` for a valid rubric
fix-answer-toml = this is not a valid TOML answer file; `pathfit template` prints a valid answer file
fix-answer-json = `pathfit template` prints a valid answer file
fix-json-syntax = this is not valid JSON; `pathfit template` prints a valid answer file
fix-mapping = write one `"column header" = "question_id"` per line
