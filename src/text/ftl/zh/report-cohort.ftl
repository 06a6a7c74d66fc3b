# `score --summary` 的群体报告（text/report/cohort.rs）。

cohort-title = 群体：{ $title }（已计分{ $scored }份，跳过{ $skipped }份）
cohort-margins = 分差（前两个方向之间相差的分数）
cohort-gaps = 最常见的技能差距
cohort-coverage = 作答覆盖情况
cohort-no-lean = 无明确倾向
cohort-lean = 明确倾向于{ $path }
cohort-count = { $name }：{ $n }
cohort-fit = { $path }契合度：平均值{ $mean }，中位数{ $median }
cohort-dim = { $path }，{ $dim }：平均值{ $mean }，中位数{ $median }
cohort-none = 无。
cohort-gap = { $answered }人中有{ $n }人：{ $question }
cohort-low = { $id }（{ $all }人中{ $n }人作答）
cohort-all-answered = 每个问题都有至少90%的答卷人作答。
cohort-fewer = 作答人数不足90%的问题：{ $ids }
cohort-medians = 中位数精确到0.1分。
