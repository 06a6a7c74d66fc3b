# The cohort report of `score --summary` (text/report/cohort.rs).

cohort-title = Cohort: { $title } ({ $scored } scored, { $skipped } skipped)
cohort-margins = Margins (points between the top two paths)
cohort-gaps = Most common skill gaps
cohort-coverage = Answer coverage
cohort-no-lean = No clear lean
cohort-lean = Clear lean to { $path }
cohort-count = { $name }: { $n }
cohort-fit = { $path } fit: mean { $mean }, median { $median }
cohort-dim = { $path }, { $dim }: mean { $mean }, median { $median }
cohort-none = None.
cohort-gap = { $n } of { $answered }: { $question }
cohort-low = { $id } ({ $n } of { $all })
cohort-all-answered = Every question was answered by at least 90% of the respondents.
cohort-fewer = Answered by fewer than 90%: { $ids }
cohort-medians = Medians are exact to 0.1 point.
