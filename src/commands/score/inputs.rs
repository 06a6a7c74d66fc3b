//! What `score` was given, as inputs: folders are searched (sorted, recursively) for answer
//! files and exports.

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
            out.extend(found.into_iter().map(classify));
        } else {
            out.push(classify(f.clone()));
        }
    }
    out
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        words::say(Notice::UnreadableFolder { folder: dir });
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
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
