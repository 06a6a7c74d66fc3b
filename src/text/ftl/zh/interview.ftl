# 评估：开场说明与提示、问题位置、按键说明、回顾、停止时的说明（text/interview.rs）。

interview-yes = 是
interview-no = 否
interview-skip = 跳过此题
interview-done = 完成：查看我的结果
interview-terminal-failed = 无法与终端通信
interview-intro-compares = pathfit 将从{ $dimensions }方面比较{ $paths }。
interview-intro-length = 共{ $questions }个问题，约需{ $minutes }分钟。输入答案编号，或用方向键选择后按 Enter；按 Esc 返回上一题；按 Ctrl-C 停止（进度会保留）。
interview-intro-none = 所有问题都已回答。接下来是回顾环节，你可以在其中修改任何答案。
interview-intro-private = 你的答案只保存在本机，不会发送到任何地方。
interview-first-question = 这是第一个问题。请作答，或按 Ctrl-C 停止（进度会保留）。
interview-too-few = { $questions }个问题中已回答{ $answered }个；得出结果至少需要回答{ $needed }个。请选择跳过的问题作答。
interview-reflections = 选填的反思题：每题写几句话，或按 Enter 留空。
interview-place = { $dimension } { $in_dimension }/{ $of_dimension } - 第{ $question }题，共{ $of }题
interview-review-title = 回顾：{ $questions }个问题中已回答{ $answered }个。只有某个答案与你的实际情况不符时才需要修改；否则请选择“完成”。
interview-review-fast = { $timed }个答案中有{ $count }个答得比读完题目所需的时间还快（标为 "(!)"）。请现在重读这些问题：逐一打开，保留或修改答案。
interview-review-skipped = （已跳过）
interview-keys-numbered = 你的答案：按 1-{ $last }，或用方向键选择后按 Enter；按 s 跳过；按 Esc 返回
interview-keys = 你的答案：用方向键选择后按 Enter；按 Esc 返回
interview-answered = 你的答案：{ $label }
interview-skipped = 已跳过：可在最后的回顾中作答。
interview-stopped-empty = 在第一个答案之前已停止，未保存任何内容。
interview-stopped = 已停止。{ $answers }个答案已保存到 { $file }
interview-resume-with = 继续作答：{ $resume }
