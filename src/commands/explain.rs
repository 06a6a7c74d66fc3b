//! `pathfit explain FILE`: each answer's share of the margin, and what would change the verdict.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::Sheet;
use crate::render::{self, Look};
use crate::rubric::Catalog;

#[derive(Debug)]
pub struct Explain {
    pub file: PathBuf,
    pub sheet: Sheet,
}

pub fn run(args: &Explain, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let (rubric, responses) = super::read_one(&args.file, args.sheet.rubric.as_deref(), catalog)?;
    let scores = crate::scoring::score(&rubric.key, &responses.points);
    let explanation = crate::explain::explain(&rubric.key, &responses.points, &scores);
    let source = args.file.display().to_string();
    render::explain::write_explain(
        out,
        args.sheet.format,
        look,
        (&rubric, &responses, &source),
        &scores,
        &explanation,
    )?;
    Ok(())
}
