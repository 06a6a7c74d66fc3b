//! `pathfit compare BEFORE AFTER`: the re-assessment at day 30.

use std::io::Write;

use anyhow::Result;

use crate::cli::CompareArgs;
use crate::error::UsageError;
use crate::render::{self, Look};
use crate::rubric::Catalog;

pub fn run(args: &CompareArgs, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let format = super::doc_format(args.sheet.format, "compare")?;
    let spec = args.sheet.rubric.as_deref();
    let (rubric, before) = super::read_one(&args.before, spec, catalog)?;
    let (after_rubric, after) = super::read_one(&args.after, spec, catalog)?;
    // A comparison needs one scoring key: the same rubric (in any language).
    if after_rubric.key.hash != rubric.key.hash {
        return Err(UsageError(format!(
            "{} and {} answer different rubrics (`{}` v{} and `{}` v{}); compare two sheets of one rubric",
            args.before.display(),
            args.after.display(),
            rubric.id,
            rubric.version,
            after_rubric.id,
            after_rubric.version
        ))
        .into());
    }
    let comparison = crate::compare::compare(&rubric, &before, &after);
    let names = (
        args.before.display().to_string(),
        args.after.display().to_string(),
    );
    render::explain::write_compare(
        out,
        format,
        look,
        &rubric,
        (&names.0, &names.1),
        &comparison,
    )?;
    Ok(())
}
