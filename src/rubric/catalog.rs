//! The rubrics pathfit knows: those embedded in the binary and those in rubric folders.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Rubric;
use crate::problem::Problems;

/// The rubric used when none is named.
pub const DEFAULT_ID: &str = "office-secretary-vs-specialist";

/// Rubric files shipped in `rubrics/`, embedded so pathfit works from any folder.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "office-secretary-vs-specialist.toml",
        include_str!("../../rubrics/office-secretary-vs-specialist.toml"),
    ),
    (
        "specialist-vs-leadership.toml",
        include_str!("../../rubrics/specialist-vs-leadership.toml"),
    ),
];

/// One rubric found, or a file in a rubric folder that failed to load.
pub enum Entry {
    Ok(Box<Rubric>),
    Broken(PathBuf, Problems),
}

/// Where rubrics are looked up by id: the embedded ones first, then each folder in order.
pub struct Catalog {
    dirs: Vec<PathBuf>,
}

impl Catalog {
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Catalog { dirs }
    }

    /// Every rubric known, embedded first; broken files in folders are listed, not fatal.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        let mut entries: Vec<Entry> = embedded().map(|r| Entry::Ok(Box::new(r))).collect();
        for dir in &self.dirs {
            for path in toml_files(dir)? {
                entries.push(match load_file(&path) {
                    Ok(r) => Entry::Ok(Box::new(r)),
                    Err(e) => match e.downcast::<Problems>() {
                        Ok(p) => Entry::Broken(path, p),
                        Err(e) => return Err(e),
                    },
                });
            }
        }
        Ok(entries)
    }

    /// Resolves `--rubric ID|PATH`: a path when it names a file or looks like one, else an id.
    pub fn resolve(&self, spec: &str) -> Result<Rubric> {
        let as_path = Path::new(spec);
        if spec.ends_with(".toml") || spec.contains(std::path::MAIN_SEPARATOR) || as_path.is_file()
        {
            return load_file(as_path);
        }
        // Embedded ids need no folder read, so a bad --rubric-dir cannot break them.
        if let Some(r) = embedded().find(|r| r.id == spec) {
            return Ok(r);
        }
        let mut known = Vec::new();
        for entry in self.entries()? {
            if let Entry::Ok(r) = entry {
                if r.id == spec {
                    return Ok(*r);
                }
                known.push(r.id);
            }
        }
        bail!(
            "unknown rubric `{spec}`; known rubrics: {} (or give the path to a .toml rubric file)",
            known.join(", ")
        )
    }
}

/// The embedded rubrics; they are checked by the test suite, so a failure here is a build bug.
fn embedded() -> impl Iterator<Item = Rubric> {
    EMBEDDED.iter().map(|(name, text)| {
        Rubric::parse(&format!("embedded:{name}"), text)
            .unwrap_or_else(|p| panic!("embedded rubric {name} is invalid:\n{p}"))
    })
}

/// The text of an embedded rubric, for `rubric show --raw` of an id.
pub fn embedded_text(id: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .zip(embedded())
        .find(|(_, r)| r.id == id)
        .map(|((_, text), _)| *text)
}

/// Reads and validates one rubric file.
pub fn load_file(path: &Path) -> Result<Rubric> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read rubric file {}", path.display()))?;
    Ok(Rubric::parse(&path.display().to_string(), &text)?)
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let read = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read rubric folder {}", dir.display()))?;
    let mut files: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rubrics_are_valid_and_distinct() {
        let ids: Vec<String> = embedded().map(|r| r.id).collect();
        assert_eq!(ids, [DEFAULT_ID, "specialist-vs-leadership"]);
        assert!(embedded_text(DEFAULT_ID).unwrap().contains(DEFAULT_ID));
    }
}
