//! The rubrics pathfit knows: those embedded in the binary (parsed once per process) and those
//! in rubric folders.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result};

use super::Rubric;
use crate::base::input;
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
    Ok(Arc<Rubric>),
    Broken(PathBuf, anyhow::Error),
}

/// Where rubrics are looked up by id: rubric folders first (a folder rubric with an embedded
/// id shadows it, with a warning), then the embedded ones.
pub struct Catalog {
    dirs: Vec<PathBuf>,
}

impl Catalog {
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Catalog { dirs }
    }

    /// Every rubric known, embedded first. Broken files and missing folders are listed as
    /// warnings (on stderr), never fatal.
    pub fn entries(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = embedded().iter().cloned().map(Entry::Ok).collect();
        for dir in &self.dirs {
            let files = match toml_files(dir) {
                Ok(files) => files,
                Err(e) => {
                    crate::say!("warning: {e:#}; its rubrics are skipped");
                    continue;
                }
            };
            for path in files {
                entries.push(match load_file(&path) {
                    Ok(r) => Entry::Ok(r),
                    Err(e) => Entry::Broken(path, e),
                });
            }
        }
        entries
    }

    /// Resolves `--rubric ID|PATH`: a path when it names a file or looks like one, else an id.
    pub fn resolve(&self, spec: &str) -> Result<Arc<Rubric>> {
        let as_path = Path::new(spec);
        if spec.ends_with(".toml") || spec.contains(std::path::MAIN_SEPARATOR) || as_path.is_file()
        {
            return load_file(as_path);
        }
        let embedded_one = embedded().iter().find(|r| r.id == spec).cloned();
        if self.dirs.is_empty()
            && let Some(r) = embedded_one
        {
            return Ok(r);
        }
        let mut found: Vec<Arc<Rubric>> = Vec::new();
        let mut known = Vec::new();
        for entry in self.entries() {
            match entry {
                Entry::Ok(r) if r.id == spec && !r.source.starts_with("embedded:") => found.push(r),
                Entry::Ok(r) => known.push(r.id.clone()),
                Entry::Broken(path, e) => {
                    crate::say!(
                        "warning: skipping invalid rubric {}: {}",
                        path.display(),
                        first_line(&e)
                    );
                }
            }
        }
        if found.len() > 1 {
            let files: Vec<&str> = found.iter().map(|r| r.source.as_str()).collect();
            crate::say!(
                "warning: rubric id `{spec}` is defined by {}; using the first (give a path to choose)",
                crate::text::report::list_and(&files)
            );
        }
        if let Some(r) = found.into_iter().next() {
            if embedded_one.is_some() {
                crate::say!(
                    "warning: {} shadows the embedded rubric `{spec}`; rename its id to keep both",
                    r.source
                );
            }
            return Ok(r);
        }
        if let Some(r) = embedded_one {
            return Ok(r);
        }
        known.sort();
        known.dedup();
        let hint = match crate::base::names::did_you_mean(spec, known.iter().map(String::as_str)) {
            Some(close) => format!("did you mean `{close}`?"),
            None => format!("known rubrics: {}", known.join(", ")),
        };
        Err(crate::error::UsageError(format!(
            "unknown rubric `{spec}`; {hint} (or give the path to a .toml rubric file)"
        ))
        .into())
    }
}

fn first_line(e: &anyhow::Error) -> String {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.first().map(ToString::to_string).unwrap_or_default(),
        None => format!("{e:#}"),
    }
}

/// The embedded rubrics, parsed once per process. The test suite checks them, so a failure
/// here is a bug in the build, not in anyone's input.
pub fn embedded() -> &'static [Arc<Rubric>] {
    static PARSED: OnceLock<Vec<Arc<Rubric>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        EMBEDDED
            .iter()
            .filter_map(|(name, text)| {
                Rubric::parse(&format!("embedded:{name}"), text)
                    .map(Arc::new)
                    .map_err(|p| crate::say!("error: embedded rubric {name} is invalid: {p}"))
                    .ok()
            })
            .collect()
    })
}

/// The text of an embedded rubric, for `rubric show --raw` of an id.
pub fn embedded_text(id: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .find(|(name, _)| name.strip_suffix(".toml") == Some(id))
        .map(|(_, text)| *text)
}

/// Reads and validates one rubric file.
pub fn load_file(path: &Path) -> Result<Arc<Rubric>> {
    let name = path.display().to_string();
    let text = input::read_text(path, "rubric file")?;
    Ok(Arc::new(Rubric::parse(&name, &text)?))
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
        let ids: Vec<&str> = embedded().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, [DEFAULT_ID, "specialist-vs-leadership"]);
        assert!(embedded_text(DEFAULT_ID).unwrap().contains(DEFAULT_ID));
    }
}
