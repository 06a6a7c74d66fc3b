//! The rubrics pathfit knows: those embedded in the binary (parsed once per process) and those
//! in rubric folders.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use anyhow::Result;

use super::{Rubric, languages, overlay};
use crate::base::input;
use crate::base::lang::Lang;
pub use crate::error::UnknownRubric;
use crate::error::Usage;
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

/// What the catalog tells a person while looking rubrics up; none of it stops the lookup.
#[derive(Debug)]
pub enum Warning {
    /// A rubric folder that cannot be listed; its rubrics are skipped.
    FolderUnreadable { dir: PathBuf, error: std::io::Error },
    /// A file in a rubric folder that is not a valid rubric, met while resolving an id.
    Skipped { path: PathBuf, error: anyhow::Error },
    /// Several folder rubrics share the id asked for; the first (in `files`) is used.
    SameId { id: String, files: Vec<String> },
    /// A folder rubric with the id of an embedded one, used in its place.
    Shadows { source: String, id: String },
    /// An embedded rubric or overlay that does not validate: a bug in the build.
    EmbeddedInvalid { name: String, problems: Problems },
    /// What an overlay's check warns of (a `base_version` that is not the base's version).
    Overlay { problem: crate::problem::Problem },
    /// An overlay beside a rubric file that fails its checks; the rubric's own texts are used.
    OverlaySkipped { name: String, problems: Problems },
}

/// Where the catalog's warnings go; the caller words them and says them.
pub type Warn = fn(&Warning);

/// Where rubrics are looked up by id: rubric folders first (a folder rubric with an embedded
/// id shadows it, with a warning), then the embedded ones.
pub struct Catalog {
    dirs: Vec<PathBuf>,
    warn: Warn,
    /// The language rubrics are given in, when they have an overlay for it.
    lang: Lang,
}

impl Catalog {
    /// A catalog of `dirs` and the embedded rubrics whose warnings are dropped; see
    /// [`Catalog::warn_with`].
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Catalog {
            dirs,
            warn: |_| {},
            lang: Lang::En,
        }
    }

    /// The same catalog, giving each rubric in `lang` (see [`super::languages`]).
    pub fn in_language(self, lang: Lang) -> Self {
        Catalog { lang, ..self }
    }

    /// The language rubrics are given in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The warnings' destination, for the overlays a caller applies itself.
    pub fn warn(&self) -> Warn {
        self.warn
    }

    /// The same catalog, handing each warning to `warn` as it happens (so it keeps its place
    /// among the other lines on stderr).
    pub fn warn_with(self, warn: Warn) -> Self {
        Catalog { warn, ..self }
    }

    /// Every rubric known, embedded first. Broken files are entries and missing folders are
    /// warnings, never fatal.
    pub fn entries(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = embedded_with(self.warn)
            .iter()
            .cloned()
            .map(Entry::Ok)
            .collect();
        for dir in &self.dirs {
            let files = match toml_files(dir) {
                Ok(files) => files,
                Err(error) => {
                    let dir = dir.clone();
                    (self.warn)(&Warning::FolderUnreadable { dir, error });
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

    /// Resolves `--rubric ID|PATH` in the catalog's language.
    pub fn resolve(&self, spec: &str) -> Result<Arc<Rubric>> {
        let base = self.resolve_base(spec)?;
        Ok(languages::localize(base, self.lang, self.warn))
    }

    /// Resolves `--rubric ID|PATH` in the rubric's own language: a path when it names a file or
    /// looks like one, else an id.
    pub fn resolve_base(&self, spec: &str) -> Result<Arc<Rubric>> {
        let as_path = Path::new(spec);
        if spec.ends_with(".toml") || spec.contains(std::path::MAIN_SEPARATOR) || as_path.is_file()
        {
            return load_file(as_path);
        }
        let embedded_one = embedded_with(self.warn)
            .iter()
            .find(|r| r.id == spec)
            .cloned();
        if self.dirs.is_empty()
            && let Some(r) = embedded_one
        {
            return Ok(r);
        }
        let (found, mut known) = self.in_folders(spec);
        if let Some(r) = found {
            if embedded_one.is_some() {
                let (source, id) = (r.source.clone(), spec.to_owned());
                (self.warn)(&Warning::Shadows { source, id });
            }
            return Ok(r);
        }
        if let Some(r) = embedded_one {
            return Ok(r);
        }
        known.sort();
        known.dedup();
        let close = crate::base::names::did_you_mean(spec, known.iter().map(String::as_str))
            .map(str::to_owned);
        let unknown = UnknownRubric {
            spec: spec.to_owned(),
            close,
            known,
        };
        Err(Usage::UnknownRubric(unknown).into())
    }

    /// The first folder rubric with id `spec`, and the ids of all others known.
    fn in_folders(&self, spec: &str) -> (Option<Arc<Rubric>>, Vec<String>) {
        let mut found: Vec<Arc<Rubric>> = Vec::new();
        let mut known = Vec::new();
        for entry in self.entries() {
            match entry {
                Entry::Ok(r) if r.id == spec && !r.source.starts_with("embedded:") => found.push(r),
                Entry::Ok(r) => known.push(r.id.clone()),
                Entry::Broken(path, error) => (self.warn)(&Warning::Skipped { path, error }),
            }
        }
        if found.len() > 1 {
            let files = found.iter().map(|r| r.source.clone()).collect();
            let id = spec.to_owned();
            (self.warn)(&Warning::SameId { id, files });
        }
        (found.into_iter().next(), known)
    }
}

/// The embedded rubrics, parsed once per process. The test suite checks them, so a failure
/// here is a bug in the build, not in anyone's input.
pub fn embedded() -> &'static [Arc<Rubric>] {
    embedded_with(|_| {})
}

fn embedded_with(warn: Warn) -> &'static [Arc<Rubric>] {
    static PARSED: OnceLock<Vec<Arc<Rubric>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        EMBEDDED
            .iter()
            .filter_map(|(name, text)| {
                Rubric::parse(&format!("embedded:{name}"), text)
                    .map(Arc::new)
                    .map_err(|problems| {
                        let name = (*name).to_owned();
                        warn(&Warning::EmbeddedInvalid { name, problems });
                    })
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

/// Reads and validates one rubric file. An overlay file is read as its base rubric in the
/// overlay's language (see [`load_overlay`]).
pub fn load_file(path: &Path) -> Result<Arc<Rubric>> {
    let name = path.display().to_string();
    let text = input::read_text(path, crate::base::What::RubricFile)?;
    if overlay::is_overlay(&text) {
        return Ok(Arc::new(load_overlay(path, &text, &name)?.rubric));
    }
    Ok(Arc::new(Rubric::parse(&name, &text)?))
}

/// Applies the overlay `text` (the file `path`) to its base: the rubric file `<base>.toml`
/// beside it when there is one, else the embedded rubric with the base's id.
pub fn load_overlay(path: &Path, text: &str, name: &str) -> Result<overlay::Overlaid> {
    let (base_id, _) = overlay::head(text).unwrap_or_default();
    let sibling = path.with_file_name(format!("{base_id}.toml"));
    let base = if !base_id.is_empty() && sibling.is_file() {
        load_file(&sibling)?
    } else {
        match embedded().iter().find(|r| r.id == base_id) {
            Some(r) => r.clone(),
            None => {
                let known = embedded().iter().map(|r| r.id.clone()).collect::<Vec<_>>();
                let close =
                    crate::base::names::did_you_mean(&base_id, known.iter().map(String::as_str))
                        .map(str::to_owned);
                let unknown = UnknownRubric {
                    spec: base_id,
                    close,
                    known,
                };
                return Err(Usage::UnknownRubric(unknown).into());
            }
        }
    };
    Ok(overlay::apply(name, text, &base)?)
}

fn toml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let read = std::fs::read_dir(dir)?;
    let mut files: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .filter(|p| !languages::is_overlay_name(p))
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
