//! What `score` was given, as inputs: folders are searched (sorted, recursively) for answer
//! files and exports.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::text::commands::{self as words, Notice};

/// One input: an answer file, a survey export, or standard input.
pub enum Input {
    Sheet(PathBuf),
    Export(PathBuf),
    Stdin,
}

pub fn expand(files: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for f in files {
        if f.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if f.is_dir() {
            let mut found = Vec::new();
            walk(f, &mut found);
            found.sort();
            if found.is_empty() {
                words::say(Notice::EmptyFolder { folder: f });
            }
            // A file reached twice (by a link to it, or a folder named twice) is scored once.
            found.retain(|p| file_id(p).is_none_or(|id| seen.insert(id)));
            out.extend(found.into_iter().map(classify));
        } else {
            out.push(classify(f.clone()));
        }
    }
    out
}

/// A file's device and inode, which every name of it shares.
#[cfg(unix)]
fn file_id(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(_: &Path) -> Option<(u64, u64)> {
    None
}

/// The answer files and exports under `dir`. Links to folders are not followed (a link cycle
/// would never end, and a linked folder would be scored twice); each is said once.
fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        words::say(Notice::UnreadableFolder { folder: dir });
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let link = entry.file_type().is_ok_and(|t| t.is_symlink());
        if path.is_dir() {
            if link {
                words::say(Notice::LinkedFolder { link: &path });
            } else {
                walk(&path, found);
            }
        } else if matches!(
            extension(&path).as_str(),
            "toml" | "json" | "csv" | "tsv" | "xlsx"
        ) {
            found.push(path);
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase()
}

fn classify(path: PathBuf) -> Input {
    match extension(&path).as_str() {
        "csv" | "tsv" | "xlsx" => Input::Export(path),
        _ => Input::Sheet(path),
    }
}
