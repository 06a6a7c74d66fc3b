# `pathfit map` 的输出及其写出的列映射文件（text/commands/map.rs）。

map-heading = { $file } 的各列（{ $layout } 格式，{ $how }）与量表 `{ $rubric }` 中问题的对应关系：
map-as-given = 按指定格式
map-detected = 自动识别
map-respondent-id = （答卷人编号）
map-not-a-question = （不是问题：绝不会复制到输出中）
map-all-found = 每个问题都有对应的列。
map-how-to-map = 要把某列对应到问题，请在用 --map 指定的文件中写一行 `"column header" = "question_id"`。
map-missing = 没有对应列的问题（{ $n }个）：{ $ids }
map-same-header = （与前面某列的列名相同）
mapping-intro-of = { $file } 各列与量表 `{ $rubric }` 各问题的对应关系，
mapping-intro-written = 由 `pathfit map --write` 写出；请配合 `pathfit score --map` 使用。
mapping-intro-lines = 每行格式为 `"column header" = "question_id"`。以 # 开头的行不会被读取：
mapping-intro-how = 要对应某列，请删去行首的 #，并在引号之间填入问题 ID。
mapping-intro-ids = 问题 ID：{ $ids }
mapping-intro-missing = 尚无对应列的问题：{ $ids }
map-written = 已写出列映射文件：{ $columns }列中有{ $matched }列对应到问题，{ $missing }个问题没有对应列。
map-strays = 读取的{ $rows }行数据中不在刻度上的答案：
map-strays-first = 读取的前{ $rows }行数据中不在刻度上的答案：
map-stray-value = “{ $value }”（{ $cells }个单元格）
map-other-values = 其他值（{ $cells }个单元格）
map-fixes = 读取这些答案的办法：
map-fix-number = { $value }：如果它表示未作答，请给 `pathfit score` 加上 --missing { $value }
map-fix-word = “{ $value }”：如果它是某个刻度点的另一种说法，请在量表的 [scale.aliases] 下加上 `"{ $value }" = <value>`；如果它表示未作答，请加上 --missing "{ $value }"
map-more-fixes = 另有{ $count }个值，读取方法相同
