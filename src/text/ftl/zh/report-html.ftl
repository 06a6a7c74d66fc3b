# HTML 讲义中报告内容以外的用语（text/report/html.rs）。

html-chart = 各方向及各维度的契合度
html-cohort-chart = 各方向及各维度的平均契合度
html-table = 契合度数值
html-cohort-table = 契合度平均值与中位数
html-overall = 总体契合度
html-measure = 指标
html-margin = 分差
html-respondents = 答卷人数
html-column = 列
html-column-type = 类型
html-column-meaning = 含义
html-chart-description = 横向条形图，刻度为0至100：先是{ $paths }的总体契合度，再是它们在{ $n }个维度上各自的契合度，每根条形都标有数值；图后的表格列出相同的数值。
html-made = 由 pathfit 于{ $date }生成。
html-bucket = { $from }至{ $to }分
html-mean-median = 平均值{ $mean }，中位数{ $median }
