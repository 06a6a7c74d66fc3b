//! Reading input files safely: a size limit, no hang on a FIFO without a writer, one clear
//! typed error for a file that is missing, too large or not UTF-8 (worded in `text::base`).

use crate::base::What;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::base::place::line_col;

/// The largest rubric or answer file pathfit reads (64 MiB): far above any real one, and a
/// guard against `/dev/zero` or a wrong file eating memory.
pub const MAX_BYTES: u64 = 64 << 20;

/// Opens `path` for reading without waiting for a FIFO's writer: a FIFO nobody writes to reads
/// as empty instead of hanging.
fn open(path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::io::AsRawFd;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)?;
        // Back to blocking reads, so a pipe with a slow writer is read to its end.
        // SAFETY: fcntl on a file descriptor we own, with flags read from it first.
        unsafe {
            let fd = file.as_raw_fd();
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    {
        File::open(path)
    }
}

/// A file next to `path` whose name is close to it, as the person would type it.
fn similar(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .take(10_000)
        .collect();
    let close = crate::base::names::did_you_mean(name, names.iter().map(String::as_str))?;
    Some(match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.join(close).display().to_string(),
        _ => close.to_owned(),
    })
}

/// Why an input file could not be read; worded in `text::base`.
#[derive(Debug)]
pub enum InputError {
    /// The path names a folder.
    Folder { what: What, path: PathBuf },
    /// The file could not be opened; `similar` is a close name next to it, when missing.
    Open {
        what: What,
        path: PathBuf,
        cause: io::Error,
        similar: Option<String>,
    },
    /// Opened, but reading failed part way (`cause` is the source).
    Read {
        what: What,
        path: PathBuf,
        cause: io::Error,
    },
    TooLarge {
        what: What,
        path: PathBuf,
        limit_mib: u64,
    },
    /// The bytes stop being UTF-8 at this line and column.
    NotUtf8 {
        what: What,
        path: PathBuf,
        line: usize,
        col: usize,
    },
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            InputError::Read { cause, .. } => Some(cause),
            _ => None,
        }
    }
}

/// The bytes of `path` (an answer file, a rubric file, ...), at most [`MAX_BYTES`].
/// Survey exports are not read whole: see [`open_reader`].
pub fn read_bytes(path: &Path, what: What) -> Result<Vec<u8>, InputError> {
    let limit = MAX_BYTES;
    let file = open_checked(path, what)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|cause| InputError::Read {
            what,
            path: path.to_path_buf(),
            cause,
        })?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge {
            what,
            path: path.to_path_buf(),
            limit_mib: limit >> 20,
        });
    }
    Ok(bytes)
}

/// `path` opened, once it is known not to be a folder.
fn open_checked(path: &Path, what: What) -> Result<File, InputError> {
    if path.is_dir() {
        return Err(InputError::Folder {
            what,
            path: path.to_path_buf(),
        });
    }
    open(path).map_err(|cause| InputError::Open {
        what,
        path: path.to_path_buf(),
        similar: match cause.kind() {
            io::ErrorKind::NotFound => similar(path),
            _ => None,
        },
        cause,
    })
}

/// `path` opened for streaming (a survey export), with the same checks as [`read_bytes`] but
/// no size limit: its rows are read one at a time.
pub fn open_reader(path: &Path, what: What) -> Result<io::BufReader<File>, InputError> {
    if path.is_dir() {
        return Err(InputError::Folder {
            what,
            path: path.to_path_buf(),
        });
    }
    let file = open(path).map_err(|cause| InputError::Read {
        what,
        path: path.to_path_buf(),
        cause,
    })?;
    Ok(io::BufReader::with_capacity(1 << 16, file))
}

/// The text of `path`, which must be UTF-8.
pub fn read_text(path: &Path, what: What) -> Result<String, InputError> {
    let bytes = read_bytes(path, what)?;
    String::from_utf8(bytes).map_err(|e| {
        let ok = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(ok);
        let (line, col) = line_col(&text, text.len());
        InputError::NotUtf8 {
            what,
            path: path.to_path_buf(),
            line,
            col,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_encodings() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("latin1.toml");
        std::fs::write(&bad, b"a = 1\nb = \"caf\xe9\"\n").unwrap();
        let err = read_text(&bad, What::AnswerFile).unwrap_err().to_string();
        assert!(
            err.ends_with("latin1.toml:2:9: answer file is not UTF-8 text; save it as UTF-8"),
            "{err}"
        );
        let err = read_text(dir.path(), What::AnswerFile)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a folder"), "{err}");
        #[cfg(target_os = "linux")]
        {
            let err = read_bytes(Path::new("/dev/zero"), What::AnswerFile).unwrap_err();
            assert!(err.to_string().contains("larger than 64 MiB"), "{err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_without_a_writer_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo on a path we own.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(read_text(&fifo, What::AnswerFile).unwrap(), "");
    }
}
