# `pathfit compare` 的输出（text/report/compare.rs）。

compare-title = { $title }：前后对比
compare-before = 之前：{ $text }
compare-after = 之后：{ $text }
compare-noise = 总体契合度的变化若小于{ $noise }分，就属于同一组问题回答两次时的常见波动：每五个回答中有一个朝同一方向移动一档，本答卷的最高契合度大约就会变动这么多。
compare-changes = 契合度变化
compare-closed = 已弥补的差距（{ $names }）
compare-opened = 新出现的差距（{ $names }）
compare-open = 仍存在的差距（{ $names }）
compare-fit = { $path }：{ $before } -> { $after }（{ $delta }）
compare-fit-noise = { $path }：{ $before } -> { $after }（{ $delta }）（在重测波动范围内）
compare-fit-na = { $path }：{ $na }
compare-dim = { $path }，{ $dim }：{ $delta }
compare-none = 无。
compare-gap = { $skill }：{ $question }
