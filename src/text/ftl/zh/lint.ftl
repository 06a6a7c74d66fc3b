# `pathfit rubric lint` 的输出（text/rubric/lint.rs）。

lint-agreeing = 同意时计分指向各方向的题数：{ $keying }
lint-keying-part = { $path }{ $n }题
lint-keying-dimension = { $dimension }（{ $parts }）
lint-reverse-items = 反向计分题：{ $n }
lint-swing = 单个答案的最大影响：{ $swing }分（{ $question }）；明确倾向所需的分差为{ $margin }分
lint-longest = 最长的题目：{ $words }个词（{ $question }）；上限为{ $max }个
lint-hardest = 最高阅读难度：{ $grade }（{ $question }；Flesch-Kincaid 公式，按元音组计音节）；上限为{ $max }
lint-grade-unchecked = 阅读难度：未检查（量表不是英文）
lint-uniform = 全选同一档的答卷：{ $sheets }
lint-clean = 未发现问题
lint-warnings = { $n }条警告（输出在 stderr）
lint-uniform-lean = { $sheet }，明确倾向{ $path }
lint-uniform-none = { $sheet }，无明确倾向
lint-all-lowest = 全选最低档
lint-all-highest = 全选最高档
lint-all-middle = 全选中间档
lint-at-line = { $file }:{ $line }：问题 `{ $id }`
lint-at = { $file }：问题 `{ $id }`
lint-warning = 警告：{ $text }
lint-unbalanced-part = { $path }{ $n }题
lint-unbalanced = { $file }：在{ $dimension }维度中，同意时计分指向各方向的题数为{ $parts }；题目应大致平均地指向各个方向
lint-uniform-lean-warning = { $file }：{ $sheet }的答卷明确倾向{ $path }；请调整各题的计分方向，使这样的答卷不产生明确倾向
lint-item = { $at }：{ $what }
lint-reverse-without-twin = 反向计分题没有配对题；请加上 twin = "<id>"，指向同一主题、计分方向相反的题目
lint-bad-twin = 其配对题 `{ $twin }` 必须在同一维度，且计分方向相反
lint-item-swing = 把这一个答案从刻度一端改到另一端，分差就会变化{ $swing }分，不小于明确倾向所需的分差{ $margin }分；请在该维度增加题目，或降低这道题的权重
lint-too-long = { $words }个词；每道题最多{ $max }个词
lint-hard-to-read = 阅读难度{ $grade }；请改用更短的词和句子（不超过{ $max }）
lint-near-duplicate = 与 `{ $other }` 的措辞几乎相同；每个意思只用一道题表达一次
