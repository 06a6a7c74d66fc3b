//! The words for what the rubric catalog finds: unreadable folders, skipped files, ids defined
//! twice or shadowing an embedded rubric, and an id that names no rubric.

use std::fmt;

use crate::problem::Problems;
use crate::rubric::catalog::{UnknownRubric, Warning};
use crate::t;
use crate::text::l10n;

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&warning(self))
    }
}

fn warning(warning: &Warning) -> String {
    match warning {
        Warning::FolderUnreadable { dir, error } => t!(
            "rubric-catalog-folder-unreadable",
            dir = dir.display(),
            error = crate::text::os::reason(error)
        ),
        Warning::Skipped { path, error } => t!(
            "rubric-catalog-skipped",
            path = path.display(),
            first = first_line(error)
        ),
        Warning::SameId { id, files } => t!(
            "rubric-catalog-same-id",
            id = id,
            files = l10n::list(l10n::lang(), files)
        ),
        Warning::Shadows { source, id } => t!("rubric-catalog-shadows", source = source, id = id),
        Warning::EmbeddedInvalid { name, problems } => t!(
            "rubric-catalog-embedded-invalid",
            name = name,
            problems = problems
        ),
        Warning::Overlay { problem } => t!("rubric-catalog-overlay", problem = problem),
        Warning::OverlaySkipped { name, problems } => {
            let first = problems
                .0
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            t!("rubric-catalog-overlay-skipped", name = name, first = first)
        }
    }
}

/// Why a file is not a rubric, in one line: its first problem, or the reading error.
fn first_line(e: &anyhow::Error) -> String {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.first().map(ToString::to_string).unwrap_or_default(),
        None => crate::text::os::chain(e),
    }
}

impl fmt::Display for UnknownRubric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest = match &self.close {
            Some(close) => t!("rubric-catalog-did-you-mean", close = close),
            None => t!(
                "rubric-catalog-known",
                known = crate::text::l10n::joined(&self.known)
            ),
        };
        f.write_str(&t!("rubric-catalog-unknown", spec = self.spec, rest = rest))
    }
}
