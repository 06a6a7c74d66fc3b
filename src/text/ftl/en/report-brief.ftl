# The first screen of a report (text/report/brief.rs).

brief-weighed-none = None: no answer moved the margin by 0.1 points or more.
brief-weighed-item = { $points } { $label }: { $question }
brief-weighed-title = Weighed most in the { $margin }-point margin (+ { $top }, - { $second })
brief-gap-item = { $skill }: { $question } ({ $label })
brief-gaps-title = Largest skill gaps for { $names } ({ $all } in all)
brief-no-gaps-linked = Skill gaps for { $names }: none, this rubric links no question of it to a skill.
brief-no-gaps-answered = Skill gaps for { $names }: none shown, no skill question of it was answered.
brief-no-gaps-favour = Skill gaps for { $names }: none, every answered skill question is in its favour.
brief-week-title = This week (days { $first }-{ $last }, { $first_date } to { $last_date }), for { $targets }
brief-week-title-chosen = This week (days { $first }-{ $last }, { $first_date } to { $last_date }), for { $targets } (the path you chose)
brief-flag-unproven = Red flag for you: claiming { $skills } before you have an example to show. An employer will ask for one.
brief-flag-either = Red flag for you: telling an employer that { $top } or { $second } would both suit you. Each application tells the one story its role asks for.
brief-flag-figures = Red flag for you: naming your strengths for { $path } without a figure. Give each one a count, a sum or a time.
brief-flag-figures-skills = Red flag for you: naming your strengths for { $path } ({ $skills }) without a figure. Give each one a count, a sum or a time.
brief-proof = Proof for your strongest answer ({ $skill }), a resume line to retell with your own figures: "{ $line }"
brief-needs-tie = { $tie } needed
brief-needs-any = any lead counts
brief-lean = Clear lean: { $lean } over { $second } by { $margin } points ({ $needs }).
brief-tied = No clear lean: { $top } and { $second } are tied ({ $needs } for a clear lean).
brief-ahead = No clear lean: { $top } leads { $second } by only { $margin } ({ $needs } for a clear lean).
brief-check-first = Check your answers before you rely on this: { $n } { $n_cat ->
    [one] warning
   *[other] warnings
} in the full report.
brief-rest-full = Full report: { $full }
brief-rest-handout = Hand-out: the same with { $handout } in place of --full
brief-rest-offered = Full report: save the answers when asked next, then run pathfit score on the file with --full (or -f markdown -o FILE.md for a hand-out).
brief-rest-unsaved = Full report: these answers are not saved (--no-save); answer again with pathfit assess --full, or with --save FILE to keep them.
brief-more-paths = and { $n } more { $n_cat ->
    [one] path
   *[other] paths
}, in the full report
