# 每份报告的用语：标签、结论、答卷完成情况（text/report/mod.rs）。

report-na = 无
report-list-or = { $init }或{ $last }
report-source-row = { $source }，第{ $row }行
report-titled = { $who }：{ $title }
report-about = { $source }；量表 { $id } v{ $version }；{ $answered }
report-other-rubric = 回答的是量表 `{ $id }`，但此 CSV 的列属于另一份量表；请把不同量表的答卷分别计分，输出到各自的文件
report-path = 方向
report-fit = 契合度
report-respondent = 答卷人
report-date = 日期
report-made = 报告日期
report-hashes = 量表 `{ $rubric }` v{ $version }：文件 sha256 `{ $sha256 }`，计分结构哈希 `{ $key }`。
report-answers = 答卷
report-rubric = 量表
report-verdict = 结论
report-needs-tie = 领先至少{ $tie }分才算明确倾向
report-needs-any = 本量表把任何领先都算作明确倾向
report-lean = 明确倾向：{ $lean }领先{ $second }{ $margin }分（{ $needs }）。
report-tied = 无明确倾向：{ $top }与{ $second }持平（{ $needs }）。
report-ahead = 无明确倾向：{ $top }仅领先{ $second }{ $margin }分（{ $needs }）。
report-ahead-one = 无明确倾向：{ $top }仅领先{ $second }{ $margin }分（{ $needs }）。
report-answered = 共{ $total }题，已答{ $answered }题
report-answered-partial = 共{ $total }题，已答{ $answered }题（部分作答：仅按已答题目计分）
report-midpoints = { $answered }个回答中有{ $mid }个是“{ $label }”（{ $pct }%）：这类回答越多，结果的参考价值越低。
