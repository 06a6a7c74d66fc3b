# 答卷文件与问卷导出文件（text/answers.rs）。

answers-empty-export = 导出文件是空的；文件需要一行列名，每位答卷人再各占一行
answers-no-questions = 没有任何列对应量表 `{ $rubric }` 中的问题；请用问题 ID 或题目文字作列名，或加上 --map FILE（`pathfit map { $file }` 可列出各列）
answers-workbook = 无法读取工作簿（{ $message }）；请重新另存为 .xlsx，或导出为 CSV
answers-workbook-plain = 无法读取工作簿；请重新另存为 .xlsx，或导出为 CSV
answers-csv-io = 无法读取文件：{ $reason }
answers-csv-unreadable = CSV 读取器无法读取文件的这一部分；请重新导出为 CSV（UTF-8）
answers-two-columns = 列 `{ $first }` 和 `{ $second }` 都对应问题 `{ $question }`；请只保留一列，或用 --map FILE 指定其中一列
answers-wide-header = 列名行有{ $columns }列，最多只读取{ $limit }列；请只保留问题列，再重新导出
answers-long-head = 第{ $row }行（列名行）超过{ $size }，未读取；正常的列名行不会这么长
answers-workbook-limit = 未读取工作簿：{ $limit }；请重新另存为 .xlsx，或导出为 CSV
answers-not-a-table = `{ $key }` 必须是由 `id = value` 行组成的表，而不是{ $found }；请把 [{ $key }] 单独写在一行
answers-not-an-object = `{ $key }` 必须是由 id 和值组成的对象，而不是{ $found }；请写成 `"{ $key }": {"{"} "id": 值, ... {"}"}`
answers-unknown-key-close = 未知的键 `{ $key }`；你是不是指 `{ $close }`？
answers-unknown-key = 未知的键 `{ $key }`；答卷文件只有这些键：{ $known }
answers-not-a-value = `{ $key }` 必须是单个值，不能是表
answers-repeated = { $what } `{ $id }` 出现了两次；请只保留一个
answers-unknown-id-close = 未知的{ $what } ID `{ $id }`；你是不是指 `{ $close }`？
answers-unknown-id = 未知的{ $what } ID `{ $id }`；请对照 `pathfit template` 检查拼写
answers-wrong-rubric = 此答卷文件属于量表 `{ $found }`，却在用 `{ $expected }` 计分；请去掉 --rubric，或指定该文件所属的量表
answers-rubric-not-text = rubric 必须是加引号的量表 ID，例如 "{ $expected }"，而不是{ $found }
answers-no-rubric = 答卷文件没有写明所答的是哪份量表；请在文件开头加上 rubric = "{ $expected }"
answers-bad-date = `{ $text }` 不是日期；请写成 "YYYY-MM-DD"
answers-not-text = { $what }必须是加引号的文本，而不是{ $found }
answers-off-scale = `{ $question }` 的答案 { $found } 超出刻度；请使用{ $min }到{ $max }的整数，或 "{ $label }" 这样的标签
answers-not-a-label = `{ $question }` 的答案 "{ $text }" 不是刻度标签；请使用以下之一：{ $labels }
answers-too-few = { $questions }个问题中回答了{ $answered }个，而量表 `{ $rubric }` 至少需要回答{ $needed }个（{ $share }%）；请回答这些问题：{ $missing }

item-key = 键
item-question = 问题
item-reflection = 反思题
part-respondent = 答卷人
part-language = 语言
part-date = 日期
part-answer-reflection = 反思题

shape-too-large = 过大的数字
shape-number = 数字
shape-list = 列表
shape-table = 表
shape-object = 对象

answers-more-cells = 另有{ $more }个单元格不是答案
answers-row-unfinished = 未完成的答卷（依据 { $column } 列）
answers-row-skipped = 已跳过
answers-row-too-few = { $why }：{ $questions }个问题中回答了{ $answered }个，至少需要{ $needed }个
answers-row-not-asked = { $questions }个问题一个都没有回答：问卷没有问这些问题
answers-row-width = 该行有{ $cells }个单元格，而列名行有{ $header }个；为免答案错位到别的问题下，该行未读取
answers-row-open-quote = 该行有一个引号没有闭合，文件其余部分都落在引号内；请补上引号，再重新导出
answers-row-too-long = 该行超过{ $size }，未读取，文件其余部分也未读取；正常的问卷行不会这么长

answers-hint = { $how }；对导出文件运行 `pathfit map` 可列出所有不在刻度上的答案
answers-hint-off-scale = 如果 { $value } 表示未作答，请加上 --missing { $value }
answers-hint-not-an-answer = 如果 { $cell } 是某个刻度点的另一种说法，请把它加到量表的 [scale.aliases] 下；如果它表示未作答，请用 --missing 指定
answers-hint-withheld = 表示未作答的代码用 --missing 指定（例如 --missing -99），刻度点的其他说法写在量表的 [scale.aliases] 下

answers-withheld-choices = 该单元格包含多个选项
answers-withheld-off-scale = 该单元格超出刻度
answers-withheld-not-an-answer = 该单元格既不是数字，也不是刻度标签
answers-withheld-too-long = 该单元格比刻度上的任何答案都长
answers-withheld-unreadable = 该行无法按 CSV 读取（使用 --summary-only 时不显示读取器给出的消息）
answers-withheld-problem = 未计分；使用 --summary-only 时不显示细节，因为其中可能引用答案：去掉该选项再运行即可查看

cell-choices = { $cell } 包含{ $count }个选项；每个问题只能有一个答案
cell-off-scale = { $value } 超出刻度范围（{ $min }到{ $max }）
cell-not-an-answer = { $cell } 既不是数字，也不是刻度标签
cell-too-long = { $cell } 超过{ $size }，而刻度上没有这么长的答案；未读取

workbook-entries = 其中有{ $count }个文件，而工作簿最多只有{ $limit }个
workbook-size = `{ $entry }` 解压后为{ $size }，而工作簿的单个部分解压后最多为{ $limit }
workbook-ratio = `{ $entry }` 从{ $packed }解压为{ $size }，超过压缩大小的{ $limit }倍
workbook-run = `{ $entry }` 中有超过{ $size }的标记或文本，而任何单元格都不会这么长
workbook-cell = 单元格 { $cell } 有{ $chars }个字符，而 Excel 最多允许{ $limit }个
workbook-place = 第{ $row }行第{ $column }列的单元格超出了 Excel 的最后一列（16384）或最后一行（1048576）
workbook-row = 第{ $row }行的文本超过{ $size }

answers-bytes = { $n }字节
answers-excerpt-cut = "{ $head }…"（{ $chars }个字符）

note-heading = pathfit 答卷文件：{ $title }（{ $id } v{ $version }）
note-how-to-answer = 请用数字或对应的标签回答每个问题（不区分大小写）：
note-skip = 把答案留作 "" 即跳过该题；{ $questions }个问题中至少要回答{ $needed }个。
note-then = 填好后运行：pathfit score <本文件名>
note-extra = 以下问题本量表中没有，其答案保留自所继续的文件：
note-reflections = 选填：每题写几句话，给自己或你的职业教练看。
