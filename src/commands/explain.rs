//! `pathfit explain FILE`: each answer's share of the margin, and what would change the verdict.

use std::io::Write;

use anyhow::Result;

use crate::cli::ExplainArgs;
use crate::render::{self, Look};
use crate::rubric::Catalog;

pub fn run(args: &ExplainArgs, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let format = super::doc_format(args.sheet.format, "explain")?;
    let (rubric, responses) = super::read_one(&args.file, args.sheet.rubric.as_deref(), catalog)?;
    let scores = crate::scoring::score(&rubric.key, &responses.points);
    let explanation = crate::explain::explain(&rubric.key, &responses.points, &scores);
    let source = args.file.display().to_string();
    render::explain::write_explain(
        out,
        format,
        look,
        (&rubric, &responses, &source),
        &scores,
        &explanation,
    )?;
    Ok(())
}
