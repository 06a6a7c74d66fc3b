# 输入文件中的问题（text/problem.rs）。

problem-more = 另有 { $more } 个问题；请先修正上面的问题
with-hint = { $message }；{ $hint }
fix-rubric = 量表格式见 docs/rubric-format.md；`pathfit rubric show --raw` 可显示一份有效的量表
fix-answer-toml = 这不是有效的 TOML 答卷文件；`pathfit template` 可输出一份有效的答卷文件
fix-answer-json = `pathfit template` 可输出一份有效的答卷文件
fix-json-syntax = 这不是有效的 JSON；`pathfit template` 可输出一份有效的答卷文件
fix-mapping = 每行写一条 `"column header" = "question_id"`
