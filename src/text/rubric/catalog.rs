//! The words for what the rubric catalog finds: unreadable folders, skipped files, ids defined
//! twice or shadowing an embedded rubric, and an id that names no rubric.

use std::fmt;

use crate::problem::Problems;
use crate::rubric::catalog::{UnknownRubric, Warning};
use crate::text::report::list_and;

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::FolderUnreadable { dir, error } => write!(
                f,
                "warning: cannot read rubric folder {}: {error}; its rubrics are skipped",
                dir.display()
            ),
            Warning::Skipped { path, error } => write!(
                f,
                "warning: skipping invalid rubric {}: {}",
                path.display(),
                first_line(error)
            ),
            Warning::SameId { id, files } => write!(
                f,
                "warning: rubric id `{id}` is defined by {}; using the first (give a path to choose)",
                list_and(files)
            ),
            Warning::Shadows { source, id } => write!(
                f,
                "warning: {source} shadows the embedded rubric `{id}`; rename its id to keep both"
            ),
            Warning::EmbeddedInvalid { name, problems } => {
                write!(f, "error: embedded rubric {name} is invalid: {problems}")
            }
            Warning::Overlay { problem } => write!(f, "warning: {problem}"),
            Warning::OverlaySkipped { name, problems } => write!(
                f,
                "warning: skipping the overlay {name}, its rubric's own texts are used: {}",
                problems
                    .0
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            ),
        }
    }
}

/// Why a file is not a rubric, in one line: its first problem, or the reading error.
fn first_line(e: &anyhow::Error) -> String {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.first().map(ToString::to_string).unwrap_or_default(),
        None => format!("{e:#}"),
    }
}

impl fmt::Display for UnknownRubric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = &self.spec;
        write!(f, "unknown rubric `{spec}`; ")?;
        match &self.close {
            Some(close) => write!(f, "did you mean `{close}`?")?,
            None => write!(f, "known rubrics: {}", self.known.join(", "))?,
        }
        f.write_str(" (or give the path to a .toml rubric file)")
    }
}
