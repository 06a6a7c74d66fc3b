//! Whether two paths name one file: by (device, inode) after following links, so `./a.toml`,
//! `a.toml`, a hard link and a symbolic link to it are all the same file. A path that does not
//! exist yet is the same as another only through its folder and name.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::base::What;

/// Where a path leads.
#[derive(Debug, PartialEq, Eq)]
enum Identity {
    /// An existing file or folder: its device and inode.
    File(u64, u64),
    /// Nothing yet: the folder it would be made in, and its name there.
    Entry(Box<Identity>, OsString),
    /// Neither it nor its folder can be found: the path as written.
    Unknown(PathBuf),
}

fn identity(path: &Path) -> Identity {
    if let Ok(meta) = fs::metadata(path) {
        return file_id(&meta, path);
    }
    let parent = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    match (fs::metadata(parent), path.file_name()) {
        (Ok(meta), Some(name)) => Identity::Entry(Box::new(file_id(&meta, parent)), name.into()),
        _ => Identity::Unknown(path.to_path_buf()),
    }
}

#[cfg(unix)]
fn file_id(meta: &fs::Metadata, _: &Path) -> Identity {
    use std::os::unix::fs::MetadataExt;
    Identity::File(meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_id(_: &fs::Metadata, path: &Path) -> Identity {
    Identity::Unknown(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Whether `a` and `b` name one file, or would once the missing one is made.
pub fn same(a: &Path, b: &Path) -> bool {
    identity(a) == identity(b)
}

/// A file to be written that is also a file read (or written) by the same run.
#[derive(Debug)]
pub struct Clash {
    /// The file to be written, and which kind it is.
    pub target: (What, PathBuf),
    /// The other file, as it was given, and which kind it is.
    pub other: (What, PathBuf),
}

/// The first of `others` that `target` names, as a [`Clash`].
pub fn find(target: (What, &Path), others: &[(What, &Path)]) -> Option<Clash> {
    let found = identity(target.1);
    others
        .iter()
        .find(|(_, p)| identity(p) == found)
        .map(|&(what, p)| Clash {
            target: (target.0, target.1.to_path_buf()),
            other: (what, p.to_path_buf()),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_the_same_by_any_name_or_link() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "x").unwrap();
        let dotted = dir.path().join(".").join("a.toml");
        let hard = dir.path().join("hard.toml");
        fs::hard_link(&a, &hard).unwrap();
        assert!(same(&a, &dotted) && same(&a, &hard));
        #[cfg(unix)]
        {
            let soft = dir.path().join("soft.toml");
            std::os::unix::fs::symlink(&a, &soft).unwrap();
            assert!(same(&a, &soft));
        }
        let new = dir.path().join("new.md");
        assert!(same(&new, &dir.path().join("./new.md")));
        assert!(!same(&new, &a));
    }
}
