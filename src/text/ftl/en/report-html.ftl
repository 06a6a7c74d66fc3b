# The words of the HTML hand-out around the report's own (text/report/html.rs).

html-chart = Fit by path and dimension
html-cohort-chart = Mean fit by path and dimension
html-table = Fits in numbers
html-cohort-table = Mean and median fits in numbers
html-overall = Overall fit
html-measure = Measure
html-margin = Margin
html-respondents = Respondents
html-column = Column
html-column-type = Type
html-column-meaning = Meaning
html-chart-description = Horizontal bars on a scale of 0 to 100: the overall fit of { $paths }, then their fit on each of { $n } { $n_cat ->
    [one] dimension
   *[other] dimensions
}, each bar labelled with its number; the table after the chart holds the same numbers.
html-made = Made by pathfit on { $date }.
html-bucket = { $from } to { $to } points
html-mean-median = mean { $mean }, median { $median }
