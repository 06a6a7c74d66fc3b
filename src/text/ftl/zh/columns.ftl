# `pathfit columns` 对 `pathfit score -f csv` 各列的说明（text/commands/columns.rs）。
# 列名和类型是机器用词，在所有语言中保持不变。

column-source = 该行所来自的答卷文件或导出文件，写法与命令行中给出的相同（- 表示标准输入）。
column-row = 导出文件中的数据行号（1 = 第一位答卷人）；答卷文件则为空。
column-respondent = 答卷人，在文件或导出文件的编号列写明时给出；否则为空。
column-rubric = 量表的 ID。
column-version = 量表的版本。
column-sha256 = 量表文件的 SHA-256（十六进制），表明该行是按哪份量表文本计分的。
column-key_hash = 量表计分结构的哈希：key_hash 相同的行可以相互比较。
column-answered = 已回答的问题数。
column-total = 量表中的问题数。
column-partial = 有问题未回答，或问卷工具把该答卷标记为未完成时，为 true。
column-top = 契合度最高的方向。
column-second = 契合度第二高的方向。
column-margin = top 与 second 所显示契合度之间的分差（保留一位小数，与报告一致）。
column-lean = 答案明确倾向的方向；分差太小、无法判断时为空。
column-quality = 草率作答的迹象，以 `;` 分隔：straight_lining、acquiescence、many_midpoints、many_skipped、too_fast。
column-error = 该行未计分的原因（此时其他计分列为空）；已计分时为空。
column-fit = 与{ $path }的契合度，0到100（保留一位小数，与报告一致）；未作答时为空。
column-dimension = 仅就{ $dimension }而言与{ $path }的契合度，0到100（保留一位小数）；未作答时为空。
column-answer = 对“{ $question }”的回答，取刻度{ $min }到{ $max }上的值；未作答时为空（--answers）。
column-type-text = 文本
column-type-integer = 整数
column-type-number = 数字
column-type-boolean = 布尔值
column-type-path = 方向 ID
columns-heading-column = 列
columns-heading-type = 类型
columns-heading-meaning = 含义
columns-title = `pathfit score -f csv --rubric { $rubric }` 的各列
