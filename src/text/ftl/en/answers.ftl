# Answer files and survey exports (text/answers.rs).

answers-empty-export = the export is empty; it needs a header row and one row per respondent
answers-no-questions = no column matches a question of rubric `{ $rubric }`; name columns by question id or text, or pass --map FILE (`pathfit map { $file }` shows the columns)
answers-workbook = cannot read the workbook ({ $message }); save it again as .xlsx or export it as CSV
answers-workbook-plain = cannot read the workbook; save it again as .xlsx or export it as CSV
answers-csv-io = cannot read the file: { $reason }
answers-csv-unreadable = the CSV reader cannot read this part of the file; export it again as CSV (UTF-8)
answers-two-columns = columns `{ $first }` and `{ $second }` both match question `{ $question }`; keep one, or pick one with --map FILE
answers-wide-header = the header has { $columns } columns and at most { $limit } are read; keep the question columns and export again
answers-long-head = row { $row }, the header, is longer than { $size } and is not read; no header is that long
answers-workbook-limit = the workbook is not read: { $limit }; save it again as .xlsx or export it as CSV
answers-not-a-table = `{ $key }` must be a table of `id = value` lines, not { $found }; write [{ $key }] on its own line
answers-not-an-object = `{ $key }` must be an object of "id": value pairs, not { $found }; write `"{ $key }": {"{"} "id": value, ... {"}"}`
answers-unknown-key-close = unknown key `{ $key }`; did you mean `{ $close }`?
answers-unknown-key = unknown key `{ $key }`; an answer file has only { $known }
answers-not-a-value = `{ $key }` must be a single value, not a table
answers-repeated = { $what } `{ $id }` appears twice; keep one
answers-unknown-id-close = unknown { $what } id `{ $id }`; did you mean `{ $close }`?
answers-unknown-id = unknown { $what } id `{ $id }`; check the spelling against `pathfit template`
answers-wrong-rubric = this answer file is for rubric `{ $found }` but is being scored with `{ $expected }`; drop --rubric or pass the rubric the file was made for
answers-rubric-not-text = rubric must be a rubric id in quotes such as "{ $expected }", not { $found }
answers-no-rubric = the answer file does not say which rubric it answers; add rubric = "{ $expected }" at the top
answers-bad-date = date `{ $text }` is not a date; write it as "YYYY-MM-DD"
answers-not-text = { $what } must be text in quotes, not { $found }
answers-off-scale = answer { $found } to `{ $question }` is off the scale; use a whole number from { $min } to { $max } or a label such as "{ $label }"
answers-not-a-label = answer "{ $text }" to `{ $question }` is not a label on the scale; use one of: { $labels }
answers-too-few = { $answered } of { $questions } questions answered and rubric `{ $rubric }` needs at least { $needed } ({ $share }%); answer these: { $missing }

item-key = key
item-question = question
item-reflection = reflection
part-respondent = respondent
part-language = language
part-date = date
part-answer-reflection = reflection

shape-too-large = a number too large
shape-number = a number
shape-list = a list
shape-table = a table
shape-object = an object

answers-more-cells = { $more_cat ->
    [one] and { $more } more cell that is not an answer
   *[other] and { $more } more cells that are not answers
}
answers-row-unfinished = an unfinished response (by its { $column } column)
answers-row-skipped = skipped
answers-row-too-few = { $why }: { $answered } of { $questions } questions answered and at least { $needed } are needed
answers-row-not-asked = none of the { $questions } questions answered; the survey did not ask them
answers-row-width = the row has { $cells } cells and the header { $header }; it is not read, so no answer lands under another question
answers-row-open-quote = a quote opens in this row and never closes, so the rest of the file is inside it; close the quote and export again
answers-row-too-long = the row is longer than { $size } and is not read, nor is the rest of the file; no survey row is that long

answers-hint = { $how }; `pathfit map` on the export lists every answer not on the scale
answers-hint-off-scale = if { $value } means not answered, pass --missing { $value }
answers-hint-not-an-answer = if { $cell } is a word for a point, add it under [scale.aliases] in the rubric; if it means not answered, pass it with --missing
answers-hint-withheld = a code that means not answered is read with --missing (e.g. --missing -99), a word for a point with [scale.aliases] in the rubric

answers-withheld-choices = the cell holds more than one choice
answers-withheld-off-scale = the cell is off the scale
answers-withheld-not-an-answer = the cell is not a number or a label of the scale
answers-withheld-too-long = the cell is longer than any answer of the scale
answers-withheld-unreadable = the row cannot be read as CSV (the reader's message is withheld under --summary-only)
answers-withheld-problem = not scored; the details are withheld under --summary-only, as they may quote the answers: run without it to see them

cell-choices = { $cell } holds { $count } choices; each question takes one answer
cell-off-scale = { $value } is off the scale { $min } to { $max }
cell-not-an-answer = { $cell } is not a number or a label of the scale
cell-too-long = { $cell } is longer than { $size } and no answer of the scale is; it is not read

workbook-entries = it holds { $count } files and a workbook holds at most { $limit }
workbook-size = `{ $entry }` unpacks to { $size } and a part of a workbook may unpack to at most { $limit }
workbook-ratio = `{ $entry }` unpacks from { $packed } to { $size }, more than { $limit } times its packed size
workbook-run = `{ $entry }` holds a tag or text longer than { $size } where no cell is that long
workbook-cell = cell { $cell } holds { $chars } characters and Excel allows at most { $limit }
workbook-place = a cell at column { $column }, row { $row } lies beyond Excel's last column (16384) or row (1048576)
workbook-row = row { $row } holds more than { $size } of text

answers-bytes = { $n } bytes
answers-excerpt-cut = "{ $head }…" ({ $chars } characters)

note-heading = pathfit answer file: { $title } ({ $id } v{ $version })
note-how-to-answer = Answer each question with a number or its label (any case):
note-skip = Leave an answer as "" to skip it; at least { $needed } of the { $questions } questions must be answered.
note-then = Then run: pathfit score THIS-FILE.toml
note-extra = Answers to questions this rubric does not have, kept from the resumed file:
note-reflections = Optional: a few sentences each, for yourself or your coach.
