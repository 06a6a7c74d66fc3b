# Usage errors: what on the command line cannot be done, and what to type instead (text/commands/usage.rs).

usage-clash = { $what } { $target } is the same file as { $other } { $given }; nothing was written. Choose another { $what }
usage-small-cohort = --summary-only reports on { $min } respondents or more, and { $respondents_cat ->
    [one] { $respondents } was scored
   *[other] { $respondents } were scored
}: so small a cohort's figures can name a person; --min-cohort { $respondents } lowers the threshold, knowingly
usage-missing-on-scale = --missing { $code }: { $value } is a value of the scale { $min } to { $max }, an answer; a missing code must be off the scale (such as -99)
usage-missing-is-answer = --missing { $code }: `{ $word }` is a word of the scale, an answer; a missing code must be something no answer is
usage-answers-format = --answers adds answers to csv, json or jsonl output; table, markdown and html reports show them already
usage-options-before-command = options before `{ $name }` apply to the bare assessment only; put them after `{ $name }` (see `pathfit { $name } --help`)
usage-doc-format = `pathfit { $command }` writes table, markdown, html or json; csv and jsonl are for `pathfit score`
usage-summary-format = --summary adds a cohort report to table, markdown or html output; with json, jsonl or csv use --summary-only
usage-no-faq = rubric `{ $rubric }` has no FAQ; add [[guidance.faq]] entries, or see `pathfit faq` for the default rubric
usage-different-rubrics = { $before } and { $after } answer different rubrics (`{ $a }` v{ $av } and `{ $b }` v{ $bv }); compare two sheets of one rubric
usage-calendar-one = --calendar writes one person's plan: give `score` one answer file (not a folder, a survey export or -)
usage-start-date = --start { $date } is out of range; give a date from { $first } to { $last } (years 1900 to 9999, with the 30-day plan ending by 9999-12-31)
usage-map-value = { $file }: `{ $header }` must map to a question id in quotes
usage-unknown-target = --target `{ $target }` is not a path of rubric `{ $rubric }`; { $rest }
usage-did-you-mean = did you mean `{ $close }`?
usage-use-one-of = use one of: { $paths }
usage-no-terminal = the assessment needs a terminal to ask its questions; for scripts, write an answer file with `pathfit template > answers.toml`, fill it in, then run `pathfit score answers.toml`
usage-small-terminal = the terminal is { $cols } columns by { $rows } rows; the assessment needs at least { $min_cols } by { $min_rows }: enlarge the window, or fill an answer file from `pathfit template` and run `pathfit score`
usage-resume-other-rubric = { $file } was answered on rubric `{ $answered }`, but --rubric gives `{ $given }`; drop --rubric to continue on `{ $answered }`, or add --switch-rubric to carry the answers over by question id
usage-save-exists = { $file } already exists; choose another --save file or pass --force
usage-session-busy = { $file } is being answered by another pathfit right now; finish or stop that one first, then resume it
usage-autosave-folder = { $error }; answers are autosaved there after each question. Set PATHFIT_DATA to a folder you can write, or pass --no-autosave
usage-id-column-question = --id-column `{ $name }` is the column of question `{ $question }` in { $file }, not one that names respondents
usage-id-column-none = --id-column `{ $name }` names no column of { $file }
usage-id-column-close = ; the closest columns are { $close }
usage-no-respondent = no sheet read names the respondent { $names }: --respondent matches an answer file's `respondent` or an export's id column exactly (--id-column chooses the column); `pathfit score FILE -f csv` lists the respondents
usage-or = { $init } or { $last }
