//! `pathfit map FILE`: which column of a survey export went to which question, and what is
//! left unmatched, so a coach can write the --map file.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::score::SurveyFlags;
use crate::answers::survey::{self, Column};
use crate::base::printable::printable as safe;
use crate::rubric::Catalog;
use crate::text::commands::map as words;

#[derive(Debug)]
pub struct Map {
    pub file: PathBuf,
    pub rubric: Option<String>,
    /// `--missing` is not asked by `map`: it is empty.
    pub survey: SurveyFlags,
}

/// Returns whether every question has a column.
pub fn run(args: &Map, catalog: &Catalog, out: &mut dyn Write) -> Result<bool> {
    let rubric = super::chosen_rubric(catalog, args.rubric.as_deref())?;
    let options = super::score::survey_options(&args.survey)?;
    let (head, columns, notes) = survey::inspect(&args.file, &rubric, &options)?;
    let file = args.file.display().to_string();
    for notice in super::score::notices(&file, notes) {
        crate::text::commands::say(notice);
    }
    let given = options.layout.is_some();
    let heading = words::heading(&file, head.layout.name(), given, &rubric.id);
    writeln!(out, "{heading}")?;
    let mut found = vec![false; rubric.key.questions()];
    for (h, c) in head.header.iter().zip(&columns) {
        let what = match c {
            Column::Question(q) => {
                found[*q] = true;
                rubric.ids.questions[*q].as_str()
            }
            Column::Id => words::RESPONDENT_ID,
            Column::Other => words::NOT_A_QUESTION,
        };
        let shown = console::truncate_str(&safe(h), 50, "…").into_owned();
        writeln!(out, "{}", words::column(&shown, what))?;
    }
    let missing: Vec<&str> = (0..found.len())
        .filter(|&q| !found[q])
        .map(|q| rubric.ids.questions[q].as_str())
        .collect();
    if missing.is_empty() {
        writeln!(out, "{}", words::ALL_FOUND)?;
    } else {
        writeln!(out, "{}", words::missing(&missing))?;
        writeln!(out, "{}", words::HOW_TO_MAP)?;
    }
    Ok(missing.is_empty())
}
