//! Advisory locks on the files an assessment answers into (the autosave, a resumed session),
//! held for as long as it runs, so a second pathfit cannot continue the same file at once.
//! The lock survives the file being replaced by an atomic save: the new file is locked
//! before it takes the name ([`Held::lock_new`]), so the name always names a locked file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use fs4::TryLockError;

/// Why a file could not be locked; worded in `text::base`.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds the lock: another pathfit is answering this file.
    Busy { path: PathBuf },
    /// The file could not be opened or locked.
    Open { path: PathBuf, cause: io::Error },
}

impl std::error::Error for LockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LockError::Open { cause, .. } => Some(cause),
            LockError::Busy { .. } => None,
        }
    }
}

/// A file held under an exclusive advisory lock until this is dropped (or the process ends).
#[derive(Debug)]
pub struct Held {
    file: fs::File,
    path: PathBuf,
}

/// How many times a lock is retried when the name moved to a new file while it was taken.
const TRIES: usize = 16;

impl Held {
    /// Locks the file at `path` without waiting: [`LockError::Busy`] when another holds it.
    pub fn take(path: &Path) -> Result<Held, LockError> {
        let open = |cause| LockError::Open {
            path: path.to_path_buf(),
            cause,
        };
        for _ in 0..TRIES {
            let file = fs::File::open(path).map_err(open)?;
            try_lock(&file, path)?;
            // A save may have replaced the file between the open and the lock: the lock
            // counts only when the name still names the file that was locked.
            if same_inode(&file, path) {
                return Ok(Held {
                    file,
                    path: path.to_path_buf(),
                });
            }
        }
        Err(LockError::Busy {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Locks `file`, which is about to replace the held one under the same name. Call
    /// [`Held::moved_to`] once it has.
    pub fn lock_new(&self, file: &fs::File) -> Result<(), LockError> {
        try_lock(file, &self.path)
    }

    /// The held file was replaced by `file` (locked with [`Held::lock_new`]); the old one,
    /// no longer named, is let go.
    pub fn moved_to(&mut self, file: fs::File) {
        self.file = file;
    }
}

fn try_lock(file: &fs::File, path: &Path) -> Result<(), LockError> {
    match fs4::FileExt::try_lock(file) {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => Err(LockError::Busy {
            path: path.to_path_buf(),
        }),
        Err(TryLockError::Error(cause)) => Err(LockError::Open {
            path: path.to_path_buf(),
            cause,
        }),
    }
}

#[cfg(unix)]
fn same_inode(file: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &fs::File, _: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_a_held_file_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        fs::write(&path, "x").unwrap();
        let held = Held::take(&path).unwrap();
        assert!(matches!(Held::take(&path), Err(LockError::Busy { .. })));
        drop(held);
        Held::take(&path).unwrap();
    }
}
