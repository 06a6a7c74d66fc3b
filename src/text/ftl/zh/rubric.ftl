# 量表文件中的问题（text/rubric/mod.rs）。

rubric-empty-id = { $part } ID 为空；请给它一个简短且唯一的 ID
rubric-duplicate-id = { $part } ID `{ $id }` 重复；每个{ $part }都需要自己的 ID
rubric-none-defined = 未知的{ $part } `{ $id }`：量表尚未定义任何{ $parts }；请添加一个 id = "{ $id }" 的条目
rubric-unknown-id-close = 未知的{ $part } `{ $id }`；你是不是指 `{ $close }`？
rubric-unknown-id = 未知的{ $part } `{ $id }`；请使用以下之一：{ $known }
rubric-bad-weight = { $part }权重 { $value } 必须是大于0且不超过{ $max }的数（权重是相对的：1和2表示后者的分量是前者的两倍）
rubric-bad-id = 量表 ID `{ $id }` 只能包含小写字母、数字、“-”或“_”
rubric-bad-language = 语言 `{ $tag }` 不是 BCP 47 标签；请写成 "en" 或 "ro-RO" 这样的形式
rubric-tie-margin = tie_margin { $value } 必须是0到100之间的分值，例如8
rubric-min-answered = min_answered { $value } 必须是大于0且不超过1的比例，例如0.8（什么都没回答的答卷无法计分）
rubric-scale-backwards = 刻度最大值{ $max }必须大于最小值{ $min }
rubric-too-many-points = 刻度有{ $points }个点；最多只能有{ $max }个
rubric-label-count = 刻度有{ $points }个点（{ $min }到{ $max }），标签却有{ $labels }个；请为每个点各写一个标签
rubric-empty-label = 有一个刻度标签为空；请为每个点都写上标签
rubric-repeated-label = 刻度标签 `{ $label }` 出现了两次；各标签必须不同
rubric-empty-alias = 有一个刻度别名为空；请删除它
rubric-alias-off-scale = 刻度别名 `{ $alias }` = { $value } 超出了刻度范围（{ $min }到{ $max }）
rubric-alias-taken = 刻度别名 `{ $alias }` 已经是{ $was }；每个词只能写一次
rubric-alias-number = 刻度别名 `{ $alias }` 是数字，而单元格中的数字会被读作刻度上的该值；请用词语作别名
rubric-empty-missing-code = 有一个缺失值代码为空；空白单元格本来就视为缺失
rubric-missing-code-on-scale = 缺失值代码 `{ $code }` 是刻度上的值{ $value }；请使用刻度以外的值
rubric-missing-code-taken = 缺失值代码 `{ $code }` 已经是{ $was }；同一个值不能既是答案又表示“未作答”
rubric-empty-question-alias = 问题 `{ $question }` 有一个空别名；请删除它
rubric-alias-names-other = 问题 `{ $question }` 的别名“{ $alias }”已用于问题 `{ $other }`；一列只能对应一个问题
rubric-unknown-key = 未知的键 `{ $key }`；请对照 { $format } 中的量表格式检查拼写
rubric-too-few-paths = 量表至少要比较2个方向，而这份只有{ $count }个；请添加 [[paths]] 条目
rubric-too-many-paths = 量表最多比较{ $max }个方向，而这份有{ $count }个
rubric-too-many-questions = 量表最多有{ $max }个问题，而这份有{ $count }个；请按主题拆分成几份量表
rubric-no-questions = 量表没有 [[questions]]；请为每个维度至少添加一个问题
rubric-own-twin = 问题 `{ $question }` 把自己写成了配对题；请写出同一主题、计分方向相反的那道题
rubric-favours-and-against = 问题 `{ $question }` 既支持又反对 `{ $path }`；请把它从 `against` 中删除
rubric-empty-dimension = 维度 `{ $dimension }` 没有问题；请添加一个 dimension = "{ $dimension }" 的问题，或删除该维度
rubric-unfavoured-path = 无论同意还是不同意，都没有问题指向方向 `{ $path }`；请添加一个 favors = "{ $path }" 的问题

part-path = 方向
part-dimension = 维度
part-skill = 技能
part-question = 问题
part-reflection = 反思题
part-path-plural = 方向
part-dimension-plural = 维度
part-skill-plural = 技能
part-question-plural = 问题
part-reflection-plural = 反思题

survey-word-label = 刻度标签 `{ $word }`
survey-word-alias = 刻度别名 `{ $word }`
survey-word-not-answered = `{ $word }`（一个始终表示未作答的词）

## 译文与基础量表的对照。
overlay-missing-text = [{ $table }] 缺少 `{ $field }`；译文须包含基础量表的每一项文字
overlay-missing-table = 译文缺少 [{ $table }]；译文须包含基础量表每个 id 的文字
overlay-list-length = [{ $table }] 的 `{ $field }` 有{ $found }项，基础量表有{ $base }项；请按基础量表的顺序，每项给出一条文字
overlay-base = 该译文属于量表 `{ $named }`，而不是 `{ $base }`；请写 base = "{ $base }"，或对照其自身的基础量表检查
overlay-version = 该译文是按基础量表的{ $written_for }版编写的，基础量表现为{ $base }版；请检查文字是否仍然对应
