# `pathfit rubric lint` 的输出（text/rubric/lint.rs）。

lint-agreeing = 同意时指向：{ $keying }
lint-keying-part = { $n } 个指向{ $path }
lint-reverse-items = 反向计分题：{ $n }
lint-swing = 单个答案的最大影响：{ $swing } 分（{ $question }）；判定平局的分差为 { $margin }
lint-longest = 最长的题目：{ $words } 个词（{ $question }）；上限为 { $max }
lint-hardest = 最高阅读难度：{ $grade }（{ $question }；Flesch-Kincaid 公式，按元音组计音节）；上限为 { $max }
lint-grade-unchecked = 阅读难度：未检查（量表不是英文）
lint-uniform = 全选同一档的答卷：{ $sheets }
lint-clean = 无问题
lint-warnings = { $n } 条警告（见 stderr）
lint-uniform-lean = { $sheet }：明显倾向{ $path }
lint-uniform-none = { $sheet }：无明显倾向
lint-all-lowest = 全选最低档
lint-all-highest = 全选最高档
lint-all-middle = 全选中间档
lint-at-line = { $file }:{ $line }：问题 `{ $id }`
lint-at = { $file }：问题 `{ $id }`
lint-warning = 警告：{ $text }
lint-unbalanced-part = { $n } 个指向{ $path }
lint-unbalanced = { $file }：在{ $dimension }中，同意时{ $parts }；应有大约一半的题目分别指向每个方向
lint-uniform-lean-warning = { $file }：{ $sheet }的答卷明显倾向{ $path }；请平衡各题的计分方向，使其不产生倾向
lint-item = { $at }：{ $what }
lint-reverse-without-twin = 反向计分却没有配对题；请加上 twin = "<id>"，指向同一主题、计分方向相反的题目
lint-bad-twin = 它的配对题 `{ $twin }` 必须在同一维度，且计分方向相反
lint-item-swing = 把一个答案从刻度一端移到另一端，分差就变化 { $swing } 分，不小于判定平局的分差 { $margin }；请在该维度增加题目，或降低它的权重
lint-too-long = { $words } 个词；每道题最多 { $max } 个词
lint-hard-to-read = 阅读难度 { $grade }；请用更短的词和句子（最高 { $max }）
lint-near-duplicate = 与 `{ $other }` 的措辞几乎相同；每道题只表达一个意思，且只出现一次
