# 命令运行时在 stderr 上输出的内容：警告、失败的行、计数、答案的保存位置（text/commands/notice.rs）。

notice-failed-row = 错误：{ $source }：第{ $row }行：{ $line }
notice-stopped-batch = 已被 { $by } 中止：已计分{ $scored }份，跳过{ $skipped }份；未写入 --output 文件。
notice-counts = 已计分{ $scored }份，部分作答{ $partial }份，跳过{ $skipped }份
notice-counts-not-asked = ，未提问{ $not_asked }份
notice-warning = 警告：{ $text }
notice-not-utf8 = { $source } 不是 UTF-8 编码，已按 { $encoding } 读取
notice-other-rubrics = 汇总只涵盖量表 `{ $rubric }`；另有{ $sheets }份其他量表的答卷未计入
notice-empty-folder = 文件夹 { $folder } 中没有 .toml、.json、.csv、.tsv 或 .xlsx 文件
notice-unreadable-folder = 无法读取文件夹 { $folder }
notice-linked-folder = { $link } 是指向文件夹的链接，不会跟随；如需计分，请直接指定该文件夹
notice-no-such-respondent = 已读取的答卷中没有答卷人 `{ $name }`；报告只显示所请求的其他答卷人
notice-no-respondents = { $source } 有列名行，但没有答卷人
notice-not-asked = { $source }：有{ $rows }行未回答任何问题（问卷没有问这些问题），计为未提问
notice-layout-disagrees = { $source }：列名看起来是 { $shown } 导出文件，但 --layout 指定为 { $given }；按 { $given } 读取
notice-repeated-ids = { $source }：有{ $rows }行与前面某行的答卷人编号重复；每行单独计分
notice-overlay-not-linted = 注意：{ $file } 是译文，已检查但未做 lint；lint 针对的是基础量表的题目，请对基础量表运行 lint
notice-skipping-rubric = 跳过无效量表 { $path }：{ $first }
notice-stopped-before-first = 在第一个问题之前已停止，未保存任何内容。
notice-no-report = 答案已全部完成；因使用了 --no-report，不显示结果。
notice-answers-so-far = 你目前的答案保存在 { $file }
notice-saved = 已保存到 { $file }。随时可以再次计分：{ $program } score { $quoted }
notice-calendar = 已把计划的{ $events }个事件写入 { $file }；导入日历应用后，每个事件都会带提醒
notice-other-respondents = 两个文件中的答卷人不同（之前为{ $before }，之后为{ $after }）；请比较同一个人的答案
notice-dates-order = “之后”文件的日期（{ $after }）早于“之前”文件的日期（{ $before }）；两个文件的顺序是否正确？
