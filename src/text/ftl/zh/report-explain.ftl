# `pathfit explain` 的输出（text/report/explain.rs）。

explain-title-who = { $who }：{ $title }（结果解读）
explain-title = { $title }（结果解读）
explain-about = { $source }；量表 { $id } v{ $version }
explain-shares = 每个回答对分差的贡献（单位：分；+ 偏向{ $top }，- 偏向{ $second }）；各项相加即为分差
explain-shares-rounded = 每个回答对分差的贡献（单位：分；+ 偏向{ $top }，- 偏向{ $second }）；各项相加即为分差。每项四舍五入到0.1后，所示各项之和为{ $sum }，而非{ $margin }。
explain-towards = 最偏向{ $path }的回答
explain-flip-title = 什么会改变结论
explain-skipped = 已跳过
explain-answer = { $question }（{ $label }）
explain-share = { $points } { $answer }
explain-none = 无：没有哪个回答朝这个方向推动0.1分或以上。
explain-no-flip = 无论怎样改动已给出的回答，都无法改变结论：已试遍全部{ $n }档可能的改动。留空的回答不作改动。
explain-would-lean = 就会让{ $path }形成明确倾向（领先{ $margin }分）
explain-would-none = 就不再有明确倾向（{ $path }仅领先{ $margin }分）
explain-flip-one = 把下面这个回答改动{ $n }档，{ $result }；改动的档数更少都做不到。留空的回答不作改动。
explain-flip-many = 把下面这{ $count }个回答共改动{ $n }档，{ $result }；改动的档数更少都做不到。留空的回答不作改动。
explain-change = “{ $question }”从“{ $from }”改为“{ $to }”
