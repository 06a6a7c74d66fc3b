# 量表目录发现的问题：无法读取的文件夹、跳过的文件、重复定义或遮盖内置量表的 ID、找不到对应量表的 ID（text/rubric/catalog.rs）。

rubric-catalog-folder-unreadable = 警告：无法读取量表文件夹 { $dir }：{ $error }；其中的量表已跳过
rubric-catalog-skipped = 警告：跳过无效量表 { $path }：{ $first }
rubric-catalog-same-id = 警告：{ $files } 都定义了量表 ID `{ $id }`；将使用第一个（如需指定，请给出文件路径）
rubric-catalog-shadows = 警告：{ $source } 与内置量表 `{ $id }` 的 ID 相同，会遮盖内置量表；请修改其 ID，以便两者都能使用
rubric-catalog-embedded-invalid = 错误：内置量表 { $name } 无效：{ $problems }
rubric-catalog-overlay = 警告：{ $problem }
rubric-catalog-overlay-skipped = 警告：跳过译文 { $name }，改用量表本身的文本：{ $first }
rubric-catalog-unknown = 未知的量表 `{ $spec }`；{ $rest }（或给出 .toml 量表文件的路径）
rubric-catalog-did-you-mean = 你是不是指 `{ $close }`？
rubric-catalog-known = 可用的量表：{ $known }
