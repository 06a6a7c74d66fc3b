# `rubric list`、`rubric show` 和 `rubric check` 的输出（text/commands/rubric.rs）。

rubric-list-id = ID
rubric-list-version = 版本
rubric-list-questions = 题数
rubric-list-languages = 语言
rubric-list-source = 来源
rubric-list-title = 标题
rubric-embedded = 内置
rubric-checked = 通过：{ $file }（{ $id } v{ $version }；{ $paths }、{ $dimensions }、{ $questions }）
rubric-overlay-checked = 通过：{ $file }（{ $id } v{ $version } 的 { $language } 译文：{ $paths }、{ $dimensions }和{ $questions }的文字齐全）
rubric-missing-sections = 缺少以下部分：{ $sections }（均为可选：报告和 `pathfit roles` 会略去这些部分）
count-paths = { $n }个方向
count-dimensions = { $n }个维度
count-questions = { $n }个问题
rubric-show-paths = 方向：
rubric-show-skills = 技能：
rubric-show-source = 来源：{ $source }
rubric-show-key-hash = 计分结构哈希：{ $hash }
rubric-show-scale = 刻度{ $min }到{ $max }：{ $labels }
rubric-show-lean = 领先至少{ $margin }分才算明确倾向；{ $questions }个问题中至少要回答{ $needed }个。
rubric-show-dimension = { $name }（{ $id }，权重{ $weight }）：
rubric-tag-favors = 指向 { $path }
rubric-tag-reverse = 反向计分
rubric-tag-weight = 权重{ $weight }
rubric-tag-skill = 技能 { $skill }
