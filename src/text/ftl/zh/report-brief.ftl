# 报告的第一屏（text/report/brief.rs）。

brief-weighed-none = 无：没有哪个回答使分差变动0.1分或以上。
brief-weighed-item = { $points } { $label }：{ $question }
brief-weighed-title = 对{ $margin }分的分差影响最大的回答（+ 偏向{ $top }，- 偏向{ $second }）
brief-gap-item = { $skill }：{ $question }（{ $label }）
brief-gaps-title = { $names }的最大技能差距（共{ $all }项）
brief-no-gaps-linked = { $names }的技能差距：无，本量表没有把该方向的任何问题与技能相关联。
brief-no-gaps-answered = { $names }的技能差距：无法显示，该方向的技能问题均未作答。
brief-no-gaps-favour = { $names }的技能差距：无，已作答的技能问题全部对该方向有利。
brief-week-title = 本周（第{ $first }至{ $last }天，{ $first_date }至{ $last_date }），目标方向：{ $targets }
brief-week-title-chosen = 本周（第{ $first }至{ $last }天，{ $first_date }至{ $last_date }），目标方向：{ $targets }（你选择的方向）
brief-flag-unproven = 需要警惕：还拿不出实例，就声称自己擅长{ $skills }。雇主一定会请你举例。
brief-flag-either = 需要警惕：对雇主说{ $top }和{ $second }都适合自己。每份申请都只讲岗位所要求的那一个故事。
brief-flag-figures = 需要警惕：介绍自己适合{ $path }的优势时不给出数字。每项优势都要配上数量、金额或时间。
brief-flag-figures-skills = 需要警惕：介绍自己适合{ $path }的优势（{ $skills }）时不给出数字。每项优势都要配上数量、金额或时间。
brief-proof = 佐证你最有力的回答（{ $skill }）：用自己的数字改写这条简历要点“{ $line }”
brief-needs-tie = 需领先{ $tie }分
brief-needs-any = 任何领先都算
brief-lean = 明确倾向：{ $lean }领先{ $second }{ $margin }分（{ $needs }）。
brief-tied = 无明确倾向：{ $top }与{ $second }持平（明确倾向的标准：{ $needs }）。
brief-ahead = 无明确倾向：{ $top }仅领先{ $second }{ $margin }分（明确倾向的标准：{ $needs }）。
brief-check-first = 采信这个结果之前，请先检查你的回答：完整报告中有{ $n }条提醒。
brief-rest-full = 完整报告：{ $full }
brief-rest-handout = 讲义版：同一命令，把 --full 换成 { $handout }
brief-rest-offered = 完整报告：接下来询问是否保存时请保存答案，再对该文件运行 pathfit score --full（或加上 -f markdown -o FILE.md 生成讲义版）。
brief-rest-unsaved = 完整报告：这些答案未保存（--no-save）；请用 pathfit assess --full 重新作答，或同时加上 --save FILE 保存答案。
brief-more-paths = 另有{ $n }个方向，见完整报告
