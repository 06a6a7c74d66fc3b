# 读取、写入与信号（text/base.rs）。

input-folder = { $what } { $path } 是文件夹；请指定一个文件
input-open = 无法读取{ $what } { $path }：{ $cause }
input-open-similar = 无法读取{ $what } { $path }：{ $cause }；你是不是指 { $similar }？
input-read = 无法读取{ $what } { $path }
input-too-large = { $what } { $path } 超过{ $limit } MiB；pathfit 只读取不超过此大小的文件
input-not-utf8 = { $what }不是 UTF-8 文本；请另存为 UTF-8

store-no-data-folder = 找不到用于保存会话的主文件夹；请把 PATHFIT_DATA 设为一个文件夹
store-create-folder = 无法创建文件夹 { $dir }
store-exists = { $path } 已存在；加上 --force 可替换它，或另选一个文件
store-write-in = 无法在 { $dir } 中写入
store-save = 无法保存 { $path }
store-create-file-in = 无法在 { $dir } 中创建文件
store-no-free-name = 在 { $dir } 中找不到可用于 { $name } 的文件名
store-no-new-files = 文件夹 { $dir } 不接受新文件

lock-busy = 另一个 pathfit 进程正在作答 { $path }
lock-open = 无法锁定 { $path }

target-no-folder = 无法写入{ $what } { $path }：文件夹 { $dir } 不存在；请先创建该文件夹，或另选路径
target-is-folder = { $what } { $path } 是文件夹；请指定一个文件名
target-exists = { $what } { $path } 已存在；加上 --force 可替换它，或另选一个文件
target-is-link = { $what } { $path } 是符号链接；加上 --force 只替换链接本身（绝不会替换它指向的文件），或另选一个文件
target-is-dangling-link = { $what } { $path } 是指向不存在目标的符号链接；加上 --force 只替换链接本身（绝不会替换它指向的文件），或另选一个文件
target-not-a-file = { $what } { $path } 不是普通文件（而是管道、套接字或设备）；请另选一个文件
target-not-yours = { $what } { $path } 属于其他用户，而所在文件夹只允许所有者替换它；请另选一个文件
target-cannot-write = 无法写入{ $what } { $path }

signal-ctrl-c = 无法监听 Ctrl-C
signal-sigterm = 无法监听 SIGTERM

what-answer-file = 答卷文件
what-survey-export = 问卷导出文件
what-mapping-file = 列映射文件
what-rubric-file = 量表文件
what-resume-file = 要继续作答的文件
what-output-file = 输出文件（--output）
what-written-map = --write 文件
what-save-file = --save 文件
what-calendar-file = --calendar 文件
