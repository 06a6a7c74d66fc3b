# 操作系统给出的原因（text/os.rs）。

os-not-found = 文件或文件夹不存在
os-permission-denied = 没有访问权限
os-already-exists = 文件或文件夹已存在
os-is-a-directory = 这是文件夹，不是文件
os-not-a-directory = 路径中有一部分不是文件夹
os-directory-not-empty = 文件夹不为空
os-storage-full = 磁盘空间不足
os-quota-exceeded = 超出磁盘配额
os-read-only = 文件系统为只读
os-invalid-data = 数据无效
os-invalid-input = 参数无效
os-invalid-filename = 文件名无效
os-interrupted = 操作已中断
os-broken-pipe = 输出管道已关闭
os-would-block = 资源暂时不可用
os-timed-out = 操作超时
os-file-too-large = 文件过大
os-unexpected-eof = 文件意外结束
os-busy = 资源正忙
os-crosses-devices = 无法跨文件系统完成此操作
os-too-many-links = 符号链接层数过多
os-out-of-memory = 内存不足
os-unsupported = 系统不支持此操作
os-stale-handle = 网络文件句柄已失效
os-write-zero = 未能写入任何内容
os-other = 操作系统错误（错误码 { $code }）
os-other-plain = 操作系统错误
# Between an error and its cause.
os-then = ：
