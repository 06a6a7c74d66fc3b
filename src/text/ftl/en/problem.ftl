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

# A parser's words, put plainly (text/problem.rs plain); spaces at the ends are kept.
parser-found = found{" "}
parser-where-needs = {" "}where the file needs{" "}
parser-needs = the file needs{" "}
parser-a-number = a number
parser-a-whole-number = a whole number
parser-a-list = a list
parser-list = list
parser-a-table = a table
parser-the-text = the text "
parser-missing-key = missing key
parser-unknown-key = unknown key
parser-repeated-key = repeated key
parser-number = number
parser-whole-number = whole number `
parser-end-of-file = the end of the file
