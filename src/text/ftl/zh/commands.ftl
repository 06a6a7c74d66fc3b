# 所有命令都可能给出的错误，以及批处理的进度条（text/commands/mod.rs）。

commands-error = 错误：{ $text }
commands-off-scale = `{ $question }` 的答案 { $answer } 超出刻度；请使用{ $min }到{ $max }的整数
commands-unknown-rubric = { $reason }；请用 --rubric PATH 指定量表文件来计分
commands-no-rubric-id = 答卷文件没有写明所答的是哪份量表
commands-map-unknown-question = `"{ $header }" = "{ $id }"`：量表 `{ $rubric }` 中没有问题 `{ $id }`
commands-did-you-mean = ；你是不是指 `{ $close }`？
commands-template-lists-ids = ；`pathfit template` 会列出所有问题 ID
commands-map-unknown-header = `"{ $header }"`：{ $export } 中没有这个列名
commands-map-lists-columns = ；`pathfit map { $export }` 会列出所有列
commands-map-already-matched = `"{ $header }" = "{ $id }"`：问题 `{ $id }` 已对应列 `{ $by }`；每个问题只能对应一列（请删除其中一行）
commands-interrupted = 已中断
commands-reported = 部分输入处理失败
commands-rows = { $n }行
commands-stdin-too-large = 标准输入超过{ $mib } MiB
commands-watch-ctrl-c = 无法监听 Ctrl-C
commands-read-stdin = 无法读取标准输入
commands-stdin-not-utf8 = 标准输入不是 UTF-8 文本
commands-write-session = 无法写入会话文件
# 批处理进度条中文件计数后面的词。
commands-progress-files = 个文件
