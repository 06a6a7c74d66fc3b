//! The assessment's autosave file: written after every answer, and locked for as long as the
//! assessment runs, so two pathfits never answer into one file.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::assess::Assess;
use super::shell::{resume_command, stamp};
use crate::base::lock::Held;
use crate::base::store;
use crate::error::Usage;
use crate::interview::Session;
use crate::rubric::Rubric;
use crate::text::commands::{assess as ask, context};

/// The autosave file: claimed at the first save (so a stop before any answer leaves nothing
/// behind), under a name pathfit makes, in a folder checked before the first question.
pub(super) struct Autosave {
    /// The resume folder; None with --no-autosave.
    dir: Option<PathBuf>,
    stem: String,
    pub(super) path: Option<PathBuf>,
    /// The lock on the file at `path`, held while the assessment runs.
    held: Option<Held>,
}

impl Autosave {
    /// The autosave of a new session, or the session file `resumed` (locked by the caller).
    pub(super) fn new(args: &Assess, rubric: &Rubric, resumed: Option<Held>) -> Result<Autosave> {
        if args.no_autosave {
            return Ok(Autosave {
                dir: None,
                stem: String::new(),
                path: None,
                held: None,
            });
        }
        let path = resumed.as_ref().map(|h| h.path().to_path_buf());
        let dir = match &path {
            Some(file) => file.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => store::data_dir()?.join("resume"),
        };
        if path.is_none() {
            store::check_writable(&dir).map_err(|e| Usage::AutosaveFolder(e.into()))?;
        }
        Ok(Autosave {
            dir: Some(dir),
            stem: format!("{}-{}", rubric.id, stamp()),
            path,
            held: resumed,
        })
    }

    /// Writes the session, claiming and locking a new autosave file at the first save.
    pub(super) fn save(&mut self, session: &Session, rubric: &Rubric) -> Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        let held = match &mut self.held {
            Some(held) => held,
            None => {
                let p = store::claim(dir, &self.stem, "toml")?;
                self.path = Some(p.clone());
                self.held.insert(Held::take(&p)?)
            }
        };
        let body = toml::to_string(session).with_context(context::write_session)?;
        let text = ask::autosave_head(&resume_command(Some(held.path()), rubric)) + &body;
        Ok(store::write_held(held, text.as_bytes())?)
    }

    /// Removes the autosave, unless it is the file the answers were just saved to.
    pub(super) fn remove(&self, saved: Option<&Path>) {
        if let Some(p) = &self.path
            && !saved.is_some_and(|s| store::same_file(s, p))
        {
            let _ = std::fs::remove_file(p);
        }
    }
}
