# 报告中答案的来源（不是来自文件时）（commands/assess.rs）。

source-interactive = 交互式答题
