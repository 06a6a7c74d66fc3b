# 评估中的提问以及访谈前后的说明（text/commands/assess.rs）。

assess-ask-name = 答卷文件中使用的姓名或姓名缩写（按 Enter 留空）：
assess-save-where = 要把答案保存到 { $dir } 吗？
assess-delete-answers = 这样你的答案将被删除：它们只保存在 { $autosave } 中。确定删除吗？（选“否”会保留该文件，以便日后继续作答。）
assess-replace-save = { $file } 已存在。结束时要替换它吗？
assess-reconciled = 量表已与作答时不同（现为 { $rubric } v{ $version }）：将提出{ $new }个新问题和{ $changed }个改写过的问题；另有{ $removed }个问题已不在量表中，其答案将以注释形式保留在保存的文件里。
assess-autosave-head = # pathfit 评估进行中；继续作答：{ $resume }
assess-ask-partner = 你每周向谁汇报进展？请填写一个姓名，计划的每周复盘会写上这个名字（按 Enter 留空，自己复盘）：
assess-practice-empty = 内容为空；请先写星期，再写时间
assess-practice-no-time = 缺少时间；请在星期之后加上24小时制时间
assess-practice-no-days = 没有写星期；请把星期写在时间之前
assess-practice-time = `{ $word }` 不是有效时间；请按24小时制写成 HH:MM，例如 `07:30` 或 `19:00`
assess-practice-flag = --practice "{ $value }"：{ $reason }。示例：--practice { $example }
assess-practice-reply = { $reason }。示例：{ $example }
