# What `pathfit columns` says of each column of `pathfit score -f csv` (text/commands/columns.rs).
# Column names and types are machine words: they are the same in every language.

column-source = The answer file or export the row comes from, as given (- for standard input).
column-row = The data row within an export (1 = the first respondent); empty for an answer file.
column-respondent = Who answered, when the file or the export's id column names them; else empty.
column-rubric = The rubric's id.
column-version = The rubric's version.
column-sha256 = The SHA-256 of the rubric file, in hex: which rubric text scored the row.
column-key_hash = The hash of the rubric's scoring structure: rows with the same key_hash are comparable.
column-answered = Questions answered.
column-total = Questions in the rubric.
column-partial = true when a question is unanswered or the survey tool marked the response unfinished.
column-top = The path with the highest fit.
column-second = The path with the second highest fit.
column-margin = Points between the shown fits of top and second (one decimal, as the report shows).
column-lean = The path the answers clearly lean to; empty when the margin is too small to say.
column-quality = Signs of careless answers, joined by ;: straight_lining, acquiescence, many_midpoints, many_skipped, too_fast.
column-error = Why the row was not scored (its other score columns are then empty); empty when scored.
column-fit = Fit to { $path }, 0 to 100 (one decimal, as the report shows); empty when unanswered.
column-dimension = Fit to { $path } on { $dimension } alone, 0 to 100 (one decimal); empty when unanswered.
column-answer = The answer to "{ $question }", a value of the scale { $min } to { $max }; empty when unanswered (--answers).
column-type-text = text
column-type-integer = integer
column-type-number = number
column-type-boolean = boolean
column-type-path = path id
columns-heading-column = column
columns-heading-type = type
columns-heading-meaning = meaning
columns-title = Columns of `pathfit score -f csv --rubric { $rubric }`
