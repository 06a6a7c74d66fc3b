//! Private files on disk: atomic writes with mode 0600 in folders with mode 0700, never
//! replacing an existing file unless asked to.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// pathfit's data folder (e.g. ~/.local/share/pathfit), following the platform's rules.
pub fn data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "pathfit")
        .map(|d| d.data_dir().to_path_buf())
        .context("cannot find a home folder for saved sessions; pass --save FILE")
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

/// Writes `bytes` to `path` atomically (temp file + rename) with mode 0600. An existing file is
/// replaced only when `overwrite` is true.
pub fn write_private(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
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
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    let result = if overwrite {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    result.with_context(|| format!("cannot save {}", path.display()))
}

/// `path` itself when free, else `stem-2.ext`, `stem-3.ext`, ...
pub fn free_path(path: &Path) -> PathBuf {
    if !path.exists() {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..)
        .map(|n| path.with_file_name(format!("{stem}-{n}{ext}")))
        .find(|p| !p.exists())
        .expect("some numbered name is free")
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
        assert_eq!(free_path(&path), dir.path().join("sub/answers-2.toml"));
    }
}
