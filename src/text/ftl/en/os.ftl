# The reasons the operating system gives (text/os.rs). English shows the system's own words
# (`No such file or directory (os error 2)`); these messages keep the ids of every language.

os-not-found = No such file or directory
os-permission-denied = Permission denied
os-already-exists = File exists
os-is-a-directory = Is a directory
os-not-a-directory = Not a directory
os-directory-not-empty = Directory not empty
os-storage-full = No space left on device
os-quota-exceeded = Disk quota exceeded
os-read-only = Read-only file system
os-invalid-data = Invalid data
os-invalid-input = Invalid argument
os-invalid-filename = Invalid file name
os-interrupted = Interrupted
os-broken-pipe = Broken pipe
os-would-block = Resource temporarily unavailable
os-timed-out = Timed out
os-file-too-large = File too large
os-unexpected-eof = Unexpected end of file
os-busy = Resource busy
os-crosses-devices = Cross-device link
os-too-many-links = Too many levels of symbolic links
os-out-of-memory = Out of memory
os-unsupported = Operation not supported
os-stale-handle = Stale file handle
os-write-zero = Nothing could be written
os-other = system error (os error { $code })
os-other-plain = system error
# Between an error and its cause.
os-then = { ": " }
