//! `pathfit map FILE`: which column of a survey export went to which question, and what is
//! left unmatched, so a coach can write the --map file.

use std::io::Write;

use anyhow::Result;

use crate::answers::survey::{self, Column};
use crate::cli::MapArgs;
use crate::render::safe;
use crate::rubric::Catalog;

pub fn run(args: &MapArgs, catalog: &Catalog, out: &mut dyn Write) -> Result<bool> {
    let rubric = super::chosen_rubric(catalog, args.rubric.as_deref())?;
    let options = super::score::survey_options_from(
        args.map.as_deref(),
        &[],
        args.id_column.as_deref(),
        args.layout,
    )?;
    let (head, columns) = survey::inspect(&args.file, &rubric, &options)?;
    let how = if options.layout.is_some() {
        "as given"
    } else {
        "detected"
    };
    writeln!(
        out,
        "Columns of {} ({} layout, {how}) matched to rubric `{}`:",
        safe(&args.file.display().to_string()),
        head.layout.name(),
        rubric.id
    )?;
    let mut found = vec![false; rubric.key.questions()];
    for (h, c) in head.header.iter().zip(&columns) {
        let what = match c {
            Column::Question(q) => {
                found[*q] = true;
                rubric.ids.questions[*q].clone()
            }
            Column::Id => "(respondent id)".to_owned(),
            Column::Other => "(not a question: never copied into output)".to_owned(),
        };
        let shown = console::truncate_str(&safe(h), 50, "…").into_owned();
        writeln!(out, "  \"{shown}\" -> {what}")?;
    }
    let missing: Vec<&str> = (0..found.len())
        .filter(|&q| !found[q])
        .map(|q| rubric.ids.questions[q].as_str())
        .collect();
    if missing.is_empty() {
        writeln!(out, "Every question has a column.")?;
    } else {
        writeln!(
            out,
            "Questions with no column ({}): {}",
            missing.len(),
            missing.join(", ")
        )?;
        writeln!(
            out,
            "Map a column to one with a line `\"column header\" = \"question_id\"` in a file passed as --map."
        )?;
    }
    Ok(missing.is_empty())
}
