//! Private files on disk: atomic writes with mode 0600 in folders with mode 0700, never
//! replacing an existing file unless asked to, and names that two sessions can never share.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// pathfit's data folder: `$PATHFIT_DATA` when set, else the platform's (e.g.
/// ~/.local/share/pathfit).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PATHFIT_DATA").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "pathfit")
        .map(|d| d.data_dir().to_path_buf())
        .context("cannot find a home folder for saved sessions; set PATHFIT_DATA to a folder")
}

/// Creates `dir` and its missing parents, readable by the owner only.
pub fn private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("cannot create folder {}", dir.display()))
}

/// The folder a file goes in ("." for a bare name).
fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` atomically (temp file + rename) with mode 0600. An existing file is
/// replaced only when `overwrite` is true.
pub fn write_private(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let dir = parent(path);
    private_dir(&dir)?;
    if !overwrite && path.exists() {
        bail!(
            "{} already exists; pass --force to replace it or choose another file",
            path.display()
        );
    }
    // tempfile creates the file with mode 0600 on unix.
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    let result = if overwrite {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    result.with_context(|| format!("cannot save {}", path.display()))
}

/// Creates a new, empty, private file `stem.ext` in `dir`, or `stem-2.ext`, `stem-3.ext`...
/// when taken. The name is claimed atomically, so two sessions never get the same one.
pub fn claim(dir: &Path, stem: &str, ext: &str) -> Result<PathBuf> {
    private_dir(dir)?;
    for n in 1..10_000 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
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
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot create a file in {}", dir.display()));
            }
        }
    }
    bail!(
        "cannot find a free file name for {stem}.{ext} in {}",
        dir.display()
    )
}

/// Checks, before any work, that `path` can be written: its folder exists and takes new files,
/// and the file is absent or `force` allows replacing it.
pub fn check_target(path: &Path, force: bool, what: &str) -> Result<()> {
    let dir = parent(path);
    if !dir.is_dir() {
        bail!(
            "cannot write {what} {}: folder {} does not exist; create it or choose another path",
            path.display(),
            dir.display()
        );
    }
    if path.is_dir() {
        bail!("{what} {} is a folder; give a file name", path.display());
    }
    if path.exists() && !force {
        bail!(
            "{what} {} already exists; pass --force to replace it or choose another file",
            path.display()
        );
    }
    check_writable(&dir).with_context(|| format!("cannot write {what} {}", path.display()))
}

/// Whether new files can be made in `dir` (creating it when missing).
pub fn check_writable(dir: &Path) -> Result<()> {
    private_dir(dir)?;
    tempfile::NamedTempFile::new_in(dir)
        .map(drop)
        .with_context(|| format!("folder {} does not take new files", dir.display()))
}

/// A file being written: it appears at its path, complete, only when [`Pending::commit`] is
/// called; a run that fails or is stopped leaves whatever was there untouched.
pub struct Pending {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
    overwrite: bool,
}

impl Pending {
    /// Checks the target now (folder, existing file) and opens a private temporary file
    /// beside it.
    pub fn create(path: &Path, overwrite: bool, what: &str) -> Result<Pending> {
        check_target(path, overwrite, what)?;
        let tmp = tempfile::NamedTempFile::new_in(parent(path))
            .with_context(|| format!("cannot write {what} {}", path.display()))?;
        Ok(Pending {
            tmp,
            path: path.to_path_buf(),
            overwrite,
        })
    }

    pub fn file(&mut self) -> &mut fs::File {
        self.tmp.as_file_mut()
    }

    pub fn commit(self) -> Result<()> {
        self.tmp
            .as_file()
            .sync_all()
            .with_context(|| format!("cannot save {}", self.path.display()))?;
        let result = if self.overwrite {
            self.tmp.persist(&self.path).map(|_| ())
        } else {
            self.tmp.persist_noclobber(&self.path).map(|_| ())
        };
        result.with_context(|| format!("cannot save {}", self.path.display()))
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
        let err = check_target(&missing, false, "--save file").unwrap_err();
        assert!(format!("{err:#}").contains("does not exist"), "{err:#}");
        let file = dir.path().join("a.toml");
        fs::write(&file, "x").unwrap();
        let err = check_target(&file, false, "--save file").unwrap_err();
        assert!(format!("{err:#}").contains("already exists; pass --force"));
        check_target(&file, true, "--save file").unwrap();
    }
}
