# The lines commands say on stderr while they run: warnings, failed rows, counts, where answers were saved (text/commands/notice.rs).

notice-failed-row = error: { $source }: row { $row }: { $line }
notice-stopped-batch = Stopped by { $by } after { $scored } scored and { $skipped } skipped; no --output file was written.
notice-counts = { $scored } scored, { $partial } partial, { $skipped } skipped
notice-counts-not-asked = , { $not_asked } not asked
notice-warning = warning: { $text }
notice-not-utf8 = { $source } is not UTF-8; read it as { $encoding }
notice-other-rubrics = { $sheets_cat ->
    [one] the summary covers rubric `{ $rubric }` only; { $sheets } sheet of another rubric is not in it
   *[other] the summary covers rubric `{ $rubric }` only; { $sheets } sheets of other rubrics are not in it
}
notice-empty-folder = folder { $folder } holds no .toml, .json, .csv, .tsv or .xlsx files
notice-unreadable-folder = cannot read folder { $folder }
notice-linked-folder = { $link } links to a folder and is not followed; name the folder itself to score it
notice-no-such-respondent = no sheet read names the respondent `{ $name }`; the report shows the others asked for
notice-no-respondents = { $source } has a header but no respondents
notice-not-asked = { $rows_cat ->
    [one] { $source }: { $rows } row answers none of the questions (the survey did not ask them); it is counted as not asked
   *[other] { $source }: { $rows } rows answer none of the questions (the survey did not ask them); they are counted as not asked
}
notice-layout-disagrees = { $source }: the header looks like a { $shown } export, and --layout says { $given }; it is read as { $given }
notice-repeated-ids = { $rows_cat ->
    [one] { $source }: { $rows } row repeats the respondent id of an earlier row; it is scored as its own row
   *[other] { $source }: { $rows } rows repeat the respondent id of an earlier row; each is scored as its own row
}
notice-overlay-not-linted = note: { $file } is an overlay, checked but not linted; the lint holds its base's items to the standard, so lint the base rubric
notice-skipping-rubric = skipping invalid rubric { $path }: { $first }
notice-stopped-before-first = Stopped before the first question; nothing was saved.
notice-no-report = The answers are complete; the result is not shown (--no-report).
notice-answers-so-far = Your answers so far are in { $file }
notice-saved = Saved to { $file }. Score it again any time with: { $program } score { $quoted }
notice-calendar = Wrote the plan's { $events } events to { $file }; import it into a calendar app to get each one with a reminder
notice-other-respondents = the files name different respondents ({ $before } before, { $after } after); compare one person's answers
notice-dates-order = the after-file's date ({ $after }) is older than the before-file's ({ $before }); are they in the right order?
