# What `pathfit explain` prints (text/report/explain.rs).

explain-title-who = { $who }: { $title }, explained
explain-title = { $title }, explained
explain-about = { $source }; rubric { $id } v{ $version }
explain-shares = Each answer's share of the margin, in points (+ towards { $top }, - towards { $second }); they add up to the margin
explain-shares-rounded = Each answer's share of the margin, in points (+ towards { $top }, - towards { $second }); they add up to the margin. Rounded to 0.1 each, the shares shown add up to { $sum }, not { $margin }.
explain-towards = Pushed hardest towards { $path }
explain-flip-title = What would change the verdict
explain-skipped = skipped
explain-answer = { $question } ({ $label })
explain-share = { $points } { $answer }
explain-none = None: no answer pushed this way by 0.1 points or more.
explain-no-flip = No change of the given answers changes the verdict: all { $n } { $n_cat ->
    [one] step
   *[other] steps
} that were possible were tried. Answers left blank are not changed.
explain-would-lean = would give { $path } a clear lean (by { $margin })
explain-would-none = would leave no clear lean ({ $path } ahead by { $margin })
explain-flip-one = Changing this answer, { $n } { $n_cat ->
    [one] step
   *[other] steps
} in all, { $result }; no change of fewer steps does. Answers left blank are not changed.
explain-flip-many = Changing these { $count } answers, { $n } { $n_cat ->
    [one] step
   *[other] steps
} in all, { $result }; no change of fewer steps does. Answers left blank are not changed.
explain-change = "{ $question }" from "{ $from }" to "{ $to }"
