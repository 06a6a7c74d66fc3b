# What `pathfit map` prints and the mapping file it writes (text/commands/map.rs).

map-heading = Columns of { $file } ({ $layout } layout, { $how }) matched to rubric `{ $rubric }`:
map-as-given = as given
map-detected = detected
map-respondent-id = (respondent id)
map-not-a-question = (not a question: never copied into output)
map-all-found = Every question has a column.
map-how-to-map = Map a column to one with a line `"column header" = "question_id"` in a file passed as --map.
map-missing = Questions with no column ({ $n }): { $ids }
map-same-header = (the same header as an earlier column)
mapping-intro-of = Mapping of the columns of { $file } to the questions of rubric `{ $rubric }`,
mapping-intro-written = written by `pathfit map --write`; use it with `pathfit score --map`.
mapping-intro-lines = Each line is `"column header" = "question_id"`. Lines starting with # are not read:
mapping-intro-how = to map a column, remove its # and put a question id between the quotes.
mapping-intro-ids = Question ids: { $ids }
mapping-intro-missing = Questions with no column yet: { $ids }
map-written = Wrote a mapping file: { $matched } of { $columns } columns matched to a question, { $missing } questions without a column.
map-strays = { $rows_cat ->
    [one] Answers not on the scale, in the { $rows } data row read:
   *[other] Answers not on the scale, in the { $rows } data rows read:
}
map-strays-first = { $rows_cat ->
    [one] Answers not on the scale, in the first { $rows } data row read:
   *[other] Answers not on the scale, in the first { $rows } data rows read:
}
map-stray-value = { $cells_cat ->
    [one] "{ $value }" ({ $cells } cell)
   *[other] "{ $value }" ({ $cells } cells)
}
map-other-values = { $cells_cat ->
    [one] other values in { $cells } cell
   *[other] other values in { $cells } cells
}
map-fixes = To read them:
map-fix-number = { $value }: if it means not answered, pass --missing { $value } to `pathfit score`
map-fix-word = "{ $value }": if it is a word for a point, add `"{ $value }" = <value>` under [scale.aliases] in the rubric; if it means not answered, pass --missing "{ $value }"
map-more-fixes = and { $count } more values, read the same way
