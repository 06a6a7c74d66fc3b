# 输入文件中的问题（text/problem.rs）。

problem-more = 另有{ $more }处错误；请先修正上面这些错误
with-hint = { $message }；{ $hint }
fix-rubric = 量表格式见 docs/rubric-format.md；`pathfit rubric show --raw` 可输出一份有效的量表
fix-answer-toml = 这不是有效的 TOML 答卷文件；`pathfit template` 可输出一份有效的答卷文件
fix-answer-json = `pathfit template` 可输出一份有效的答卷文件
fix-json-syntax = 这不是有效的 JSON；`pathfit template` 可输出一份有效的答卷文件
fix-mapping = 每行写一条 `"column header" = "question_id"`

# 解析器的用语，改成易懂的说法（text/problem.rs plain）；两端的空格会保留。
parser-found = 发现
parser-where-needs = ，而文件需要
parser-needs = 文件需要
parser-a-number = 数字
parser-a-whole-number = 整数
parser-a-list = 列表
parser-list = 列表
parser-a-table = 表
parser-the-text = 文本 "
parser-missing-key = 缺少键
parser-unknown-key = 未知的键
parser-repeated-key = 重复的键
parser-number = 数字
parser-whole-number = 整数 `
parser-end-of-file = 文件末尾
