//! `pathfit compare BEFORE AFTER`: the re-assessment at day 30.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::Sheet;
use crate::error::Usage;
use crate::render::{self, Look};
use crate::rubric::Catalog;

#[derive(Debug)]
pub struct Compare {
    pub before: PathBuf,
    pub after: PathBuf,
    pub sheet: Sheet,
}

pub fn run(args: &Compare, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let spec = args.sheet.rubric.as_deref();
    let (rubric, before) = super::read_one(&args.before, spec, catalog)?;
    let (after_rubric, after) = super::read_one(&args.after, spec, catalog)?;
    let names = (
        args.before.display().to_string(),
        args.after.display().to_string(),
    );
    // A comparison needs one scoring key: the same rubric (in any language).
    if after_rubric.key.hash != rubric.key.hash {
        return Err(Usage::DifferentRubrics {
            before: names.0,
            after: names.1,
            rubrics: Box::new([
                (rubric.id.clone(), rubric.version.clone()),
                (after_rubric.id.clone(), after_rubric.version.clone()),
            ]),
        }
        .into());
    }
    for m in crate::compare::mismatches(&before, &after) {
        crate::text::commands::say(crate::text::commands::Notice::Mismatch(&m));
    }
    let comparison = crate::compare::compare(&rubric, &before, &after);
    render::explain::write_compare(
        out,
        args.sheet.format,
        look,
        &rubric,
        (&names.0, &names.1),
        &comparison,
    )?;
    Ok(())
}
