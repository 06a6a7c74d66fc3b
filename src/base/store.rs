//! Private files on disk: atomic writes with mode 0600 in folders with mode 0700, never
//! replacing an existing file unless asked to, and names that two sessions can never share.
//! Temporary files are tracked until they are saved or dropped, so a stop by a signal can
//! remove them ([`discard_pending`]).

use crate::base::What;
use crate::base::lock::{Held, LockError};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A cause kept as the source of a [`StoreError`].
type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why a file or folder could not be written; worded in `text::base`. Variants with a
/// `cause` show it after their own words, as the source of the error.
#[derive(Debug)]
pub enum StoreError {
    /// Neither `$PATHFIT_DATA` nor a home folder.
    NoDataFolder,
    CreateFolder {
        dir: PathBuf,
        cause: Cause,
    },
    /// `write_private` was not allowed to replace `path`.
    Exists {
        path: PathBuf,
    },
    WriteIn {
        dir: PathBuf,
        cause: Cause,
    },
    Save {
        path: PathBuf,
        cause: Cause,
    },
    CreateFileIn {
        dir: PathBuf,
        cause: Cause,
    },
    NoFreeName {
        name: String,
        dir: PathBuf,
    },
    /// The target's folder is missing.
    NoFolder {
        what: What,
        path: PathBuf,
        dir: PathBuf,
    },
    /// The target is a folder.
    TargetIsFolder {
        what: What,
        path: PathBuf,
    },
    /// The target exists and may not be replaced.
    TargetExists {
        what: What,
        path: PathBuf,
    },
    /// The target is a symbolic link (`dangling`: to nothing) and may not be replaced.
    TargetIsLink {
        what: What,
        path: PathBuf,
        dangling: bool,
    },
    /// The target is neither a file, a folder nor a link: a pipe, socket or device.
    NotAFile {
        what: What,
        path: PathBuf,
    },
    /// The target belongs to someone else in a folder that lets only its owner replace it.
    NotYours {
        what: What,
        path: PathBuf,
    },
    /// The held file could not be locked again as it was saved.
    Lock(LockError),
    /// The target cannot be written, for the reason in `cause`.
    CannotWrite {
        what: What,
        path: PathBuf,
        cause: Cause,
    },
    NoNewFiles {
        dir: PathBuf,
        cause: Cause,
    },
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::CreateFolder { cause, .. }
            | StoreError::WriteIn { cause, .. }
            | StoreError::Save { cause, .. }
            | StoreError::CreateFileIn { cause, .. }
            | StoreError::CannotWrite { cause, .. }
            | StoreError::NoNewFiles { cause, .. } => Some(cause.as_ref()),
            StoreError::Lock(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

/// pathfit's data folder: `$PATHFIT_DATA` when set, else the platform's (e.g.
/// ~/.local/share/pathfit).
pub fn data_dir() -> Result<PathBuf, StoreError> {
    if let Some(dir) = std::env::var_os("PATHFIT_DATA").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "pathfit")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StoreError::NoDataFolder)
}

/// Creates `dir` and its missing parents, readable by the owner only.
pub fn private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| StoreError::CreateFolder {
        dir: dir.to_path_buf(),
        cause: e.into(),
    })
}

/// The folder a file goes in ("." for a bare name).
fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The temporary files not yet saved nor dropped.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file still being written. For a signal path that must end the
/// process at once, where no destructor will run.
pub fn discard_pending() {
    let paths = match PENDING.lock() {
        Ok(mut p) => std::mem::take(&mut *p),
        Err(p) => std::mem::take(&mut *p.into_inner()),
    };
    for path in paths {
        let _ = fs::remove_file(path);
    }
}

fn pending(f: impl FnOnce(&mut Vec<PathBuf>)) {
    match PENDING.lock() {
        Ok(mut p) => f(&mut p),
        Err(p) => f(&mut p.into_inner()),
    }
}

/// A private temporary file in a folder, listed in [`PENDING`] while it lives.
struct Temp {
    file: tempfile::NamedTempFile,
    _listed: Listed,
}

/// A path in [`PENDING`], taken off the list when dropped.
struct Listed(PathBuf);

impl Drop for Listed {
    fn drop(&mut self) {
        pending(|p| p.retain(|q| *q != self.0));
    }
}

impl Temp {
    fn new_in(dir: &Path) -> io::Result<Temp> {
        let file = tempfile::NamedTempFile::new_in(dir)?;
        let path = file.path().to_path_buf();
        pending(|p| p.push(path.clone()));
        Ok(Temp {
            file,
            _listed: Listed(path),
        })
    }

    fn file(&mut self) -> &mut fs::File {
        self.file.as_file_mut()
    }

    /// Renames the file to `path`; then it is no longer pending, saved or not.
    fn persist(self, path: &Path, overwrite: bool) -> Result<fs::File, StoreError> {
        let result = if overwrite {
            self.file.persist(path)
        } else {
            self.file.persist_noclobber(path)
        };
        result.map_err(|e| StoreError::Save {
            path: path.to_path_buf(),
            cause: e.into(),
        })
    }
}

/// Writes `bytes` to `path` atomically (temp file + rename) with mode 0600. An existing file is
/// replaced only when `overwrite` is true.
pub fn write_private(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), StoreError> {
    let dir = parent(path);
    private_dir(&dir)?;
    if !overwrite && path.exists() {
        return Err(StoreError::Exists {
            path: path.to_path_buf(),
        });
    }
    written(&dir, bytes)?.persist(path, overwrite).map(drop)
}

/// A temporary file in `dir` (mode 0600: tempfile makes it so on unix) holding `bytes`, on disk.
fn written(dir: &Path, bytes: &[u8]) -> Result<Temp, StoreError> {
    let write_in = |e: io::Error| StoreError::WriteIn {
        dir: dir.to_path_buf(),
        cause: e.into(),
    };
    let mut tmp = Temp::new_in(dir).map_err(write_in)?;
    tmp.file()
        .write_all(bytes)
        .and_then(|()| tmp.file().sync_all())
        .map_err(write_in)?;
    Ok(tmp)
}

/// Replaces the held file atomically with `bytes`, keeping it locked: the new file is locked
/// before it takes the name.
pub fn write_held(held: &mut Held, bytes: &[u8]) -> Result<(), StoreError> {
    let path = held.path().to_path_buf();
    let dir = parent(&path);
    let mut tmp = written(&dir, bytes)?;
    held.lock_new(tmp.file()).map_err(StoreError::Lock)?;
    let file = tmp.persist(&path, true)?;
    held.moved_to(file);
    Ok(())
}

/// Creates a new, empty, private file `stem.ext` in `dir`, or `stem-2.ext`, `stem-3.ext`...
/// when taken. The name is claimed atomically, so two sessions never get the same one.
pub fn claim(dir: &Path, stem: &str, ext: &str) -> Result<PathBuf, StoreError> {
    private_dir(dir)?;
    for n in 1..10_000 {
        let name = if n == 1 {
            [stem, ".", ext].concat()
        } else {
            [stem, "-", &n.to_string(), ".", ext].concat()
        };
        let path = dir.join(name);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(StoreError::CreateFileIn {
                    dir: dir.to_path_buf(),
                    cause: e.into(),
                });
            }
        }
    }
    Err(StoreError::NoFreeName {
        name: [stem, ".", ext].concat(),
        dir: dir.to_path_buf(),
    })
}

/// Checks, before any work, that `path` can be written: its folder exists and takes new files,
/// and the file is absent or `force` allows replacing it. A pipe, socket or device is never
/// replaced. A symbolic link is refused without
/// `force`, dangling or not; with it, the link itself is replaced, never the file it names.
pub fn check_target(path: &Path, force: bool, what: What) -> Result<(), StoreError> {
    let dir = parent(path);
    let target = path.to_path_buf();
    if !dir.is_dir() {
        return Err(StoreError::NoFolder {
            what,
            path: target,
            dir,
        });
    }
    let cannot = |e: io::Error| StoreError::CannotWrite {
        what,
        path: path.to_path_buf(),
        cause: e.into(),
    };
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(cannot(e)),
    };
    match &meta {
        Some(m) if m.file_type().is_symlink() && !force => {
            let dangling = fs::metadata(path).is_err();
            return Err(StoreError::TargetIsLink {
                what,
                path: target,
                dangling,
            });
        }
        Some(m) if m.is_dir() => return Err(StoreError::TargetIsFolder { what, path: target }),
        Some(m) if !m.is_file() && !m.file_type().is_symlink() => {
            return Err(StoreError::NotAFile { what, path: target });
        }
        Some(_) if !force => return Err(StoreError::TargetExists { what, path: target }),
        _ => {}
    }
    let own = Temp::new_in(&dir).map_err(cannot)?;
    if let Some(m) = &meta
        && !may_replace(&dir, m, own.file.as_file())
    {
        return Err(StoreError::NotYours { what, path: target });
    }
    Ok(())
}

/// Whether a file with metadata `meta` in `dir` may be renamed over: in a folder with the
/// sticky bit (such as /tmp) only the owner of the file or of the folder may. `own` is a
/// file this process just made, to learn whose files it makes.
#[cfg(unix)]
fn may_replace(dir: &Path, meta: &fs::Metadata, own: &fs::File) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(folder), Ok(mine)) = (fs::metadata(dir), own.metadata()) else {
        return true;
    };
    let sticky = folder.mode() & 0o1000 != 0;
    !sticky || meta.uid() == mine.uid() || folder.uid() == mine.uid()
}

#[cfg(not(unix))]
fn may_replace(_: &Path, _: &fs::Metadata, _: &fs::File) -> bool {
    true
}

/// Whether new files can be made in `dir` (creating it when missing).
pub fn check_writable(dir: &Path) -> Result<(), StoreError> {
    private_dir(dir)?;
    Temp::new_in(dir)
        .map(drop)
        .map_err(|e| StoreError::NoNewFiles {
            dir: dir.to_path_buf(),
            cause: e.into(),
        })
}

/// A file being written: it appears at its path, complete, only when [`Pending::commit`] is
/// called; a run that fails or is stopped leaves whatever was there untouched.
pub struct Pending {
    tmp: Temp,
    path: PathBuf,
    overwrite: bool,
}

impl Pending {
    /// Checks the target now (folder, existing file) and opens a private temporary file
    /// beside it.
    pub fn create(path: &Path, overwrite: bool, what: What) -> Result<Pending, StoreError> {
        check_target(path, overwrite, what)?;
        let tmp = Temp::new_in(&parent(path)).map_err(|e| StoreError::CannotWrite {
            what,
            path: path.to_path_buf(),
            cause: e.into(),
        })?;
        Ok(Pending {
            tmp,
            path: path.to_path_buf(),
            overwrite,
        })
    }

    pub fn file(&mut self) -> &mut fs::File {
        self.tmp.file()
    }

    pub fn commit(mut self) -> Result<(), StoreError> {
        let path = self.path;
        if let Err(e) = self.tmp.file().sync_all() {
            return Err(StoreError::Save {
                path,
                cause: e.into(),
            });
        }
        self.tmp.persist(&path, self.overwrite).map(drop)
    }
}

/// Whether two paths name the same file (after resolving links and `..`).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_are_private_and_do_not_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/answers.toml");
        write_private(&path, b"one", false).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        let err = write_private(&path, b"two", false).unwrap_err();
        assert!(err.to_string().contains("already exists; pass --force"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        write_private(&path, b"two", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
    }

    #[test]
    fn temporary_files_are_listed_until_saved_or_dropped() {
        let listed = |p: &Path| PENDING.lock().unwrap().iter().any(|q| q == p);
        let dir = tempfile::tempdir().unwrap();
        let mut pending =
            Pending::create(&dir.path().join("r.md"), false, What::OutputFile).unwrap();
        let tmp = pending.tmp.file.path().to_path_buf();
        assert!(listed(&tmp));
        pending.file().write_all(b"report").unwrap();
        pending.commit().unwrap();
        assert!(!listed(&tmp));
        let dropped = Pending::create(&dir.path().join("s.md"), false, What::OutputFile).unwrap();
        let tmp = dropped.tmp.file.path().to_path_buf();
        drop(dropped);
        assert!(!listed(&tmp) && !tmp.exists());
    }

    #[test]
    fn claimed_names_are_never_shared() {
        let dir = tempfile::tempdir().unwrap();
        let a = claim(dir.path(), "r-20261126-080000", "toml").unwrap();
        let b = claim(dir.path(), "r-20261126-080000", "toml").unwrap();
        assert_ne!(a, b);
        assert_eq!(b, dir.path().join("r-20261126-080000-2.toml"));
    }

    #[test]
    fn targets_are_checked_before_any_work() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no/such/folder/a.toml");
        let err = check_target(&missing, false, What::SaveFile).unwrap_err();
        assert!(format!("{err:#}").contains("does not exist"), "{err:#}");
        let file = dir.path().join("a.toml");
        fs::write(&file, "x").unwrap();
        let err = check_target(&file, false, What::SaveFile).unwrap_err();
        assert!(format!("{err:#}").contains("already exists; pass --force"));
        check_target(&file, true, What::SaveFile).unwrap();
    }
}
