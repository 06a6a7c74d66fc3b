# Errors every command can end with, and a batch's progress bar (text/commands/mod.rs).

commands-error = error: { $text }
commands-off-scale = answer { $answer } to `{ $question }` is off the scale; use a whole number from { $min } to { $max }
commands-unknown-rubric = { $reason }; pass --rubric PATH to score it with a rubric file
commands-no-rubric-id = the answer file does not say which rubric it answers
commands-map-unknown-question = `"{ $header }" = "{ $id }"`: rubric `{ $rubric }` has no question `{ $id }`
commands-did-you-mean = ; did you mean `{ $close }`?
commands-template-lists-ids = ; `pathfit template` lists its question ids
commands-map-unknown-header = `"{ $header }"`: { $export } has no column with that header
commands-map-lists-columns = ; `pathfit map { $export }` lists its columns
commands-map-already-matched = `"{ $header }" = "{ $id }"`: question `{ $id }` already has a column, `{ $by }`; one column a question (remove one of them)
commands-interrupted = interrupted
commands-reported = some inputs failed
commands-rows = { $n } rows
commands-stdin-too-large = standard input is larger than { $mib } MiB
commands-watch-ctrl-c = cannot watch for Ctrl-C
commands-read-stdin = cannot read standard input
commands-stdin-not-utf8 = standard input is not UTF-8 text
commands-write-session = cannot write the session
# The word after a batch's progress bar's count of files.
commands-progress-files = files
