//! `pathfit map FILE`: which column of a survey export went to which question, and what is
//! left unmatched, so a coach can write the --map file; with `--write MAP`, that file itself,
//! complete, to edit.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::score::SurveyFlags;
use crate::answers::survey::{self, Column};
use crate::base::printable::printable as safe;
use crate::rubric::{Catalog, Rubric};
use crate::text::commands::map as words;

#[derive(Debug)]
pub struct Map {
    pub file: PathBuf,
    pub rubric: Option<String>,
    /// `--missing` is not asked by `map`: it is empty.
    pub survey: SurveyFlags,
    /// `--write MAP`: the output is a mapping file (the --output machinery writes it).
    pub write: bool,
}

/// Returns whether every question has a column (with `--write`: whether the file was made).
/// Headers are wrapped to `width`, never cut.
pub fn run(args: &Map, catalog: &Catalog, out: &mut dyn Write, width: usize) -> Result<bool> {
    let rubric = super::chosen_rubric(catalog, args.rubric.as_deref())?;
    let options = super::score::survey_options(&args.survey)?;
    let (head, columns, notes) = survey::inspect(&args.file, &rubric, &options)?;
    let file = args.file.display().to_string();
    for notice in super::score::notices(&file, notes) {
        crate::text::commands::say(notice);
    }
    let missing = unmatched(&rubric, &columns);
    if args.write {
        write_mapping(out, &file, &rubric, (&head.header, &columns), &missing)?;
        let matched = columns
            .iter()
            .filter(|c| matches!(c, Column::Question(_)))
            .count();
        crate::say!(
            "{}",
            words::written(matched, head.header.len(), missing.len())
        );
        return Ok(true);
    }
    let given = options.layout.is_some();
    let heading = words::heading(&file, head.layout.name(), given, &rubric.id);
    writeln!(out, "{heading}")?;
    for (h, c) in head.header.iter().zip(&columns) {
        let what = match c {
            Column::Question(q) => rubric.ids.questions[*q].clone(),
            Column::Id => words::respondent_id(),
            Column::Other => words::not_a_question(),
        };
        writeln!(out, "{}", words::column(&safe(h), &what, width))?;
    }
    write_strays(out, &args.file, &rubric, &options)?;
    if missing.is_empty() {
        writeln!(out, "{}", words::all_found())?;
    } else {
        writeln!(out, "{}", words::missing(&missing))?;
        writeln!(out, "{}", words::how_to_map())?;
    }
    Ok(missing.is_empty())
}

/// The answers question columns hold that are not on the scale, and what would read each.
/// An export `score` would refuse whole (two columns for a question, no question) has none
/// shown: the columns above say why.
fn write_strays(
    out: &mut dyn Write,
    file: &std::path::Path,
    rubric: &std::sync::Arc<Rubric>,
    options: &survey::Options,
) -> std::io::Result<()> {
    let Ok((strays, rows)) = survey::strays(file, rubric, options) else {
        return Ok(());
    };
    if strays.is_empty() {
        return Ok(());
    }
    let capped = rows >= survey::SCAN_ROWS;
    writeln!(out, "{}", words::strays_heading(rows, capped))?;
    let mut fixes: Vec<&survey::StrayValue> = Vec::new();
    let mut more = 0;
    for s in &strays {
        let id = &rubric.ids.questions[s.question];
        writeln!(out, "{}", words::stray_column(id, &s.values, s.more_cells))?;
        for v in &s.values {
            let key = survey::fold(&v.text);
            if fixes.iter().any(|f| survey::fold(&f.text) == key) {
                continue;
            }
            if fixes.len() < survey::KEPT_VALUES {
                fixes.push(v);
            } else {
                more += 1;
            }
        }
    }
    writeln!(out, "{}", words::fixes())?;
    for v in fixes {
        writeln!(out, "{}", words::fix(&v.text, v.number))?;
    }
    if more > 0 {
        writeln!(out, "{}", words::more_fixes(more))?;
    }
    Ok(())
}

/// The question ids no column gives.
fn unmatched<'r>(rubric: &'r Rubric, columns: &[Column]) -> Vec<&'r str> {
    let mut found = vec![false; rubric.key.questions()];
    for c in columns {
        if let Column::Question(q) = c {
            found[*q] = true;
        }
    }
    (0..found.len())
        .filter(|&q| !found[q])
        .map(|q| rubric.ids.questions[q].as_str())
        .collect()
}

/// A mapping file of every column, with its full header: a matched column's line filled in,
/// the others commented out; the rubric's question ids listed above them.
fn write_mapping(
    out: &mut dyn Write,
    file: &str,
    rubric: &Rubric,
    (header, columns): (&[String], &[Column]),
    missing: &[&str],
) -> std::io::Result<()> {
    for line in words::mapping_intro(&safe(file), &rubric.id, &rubric.ids.questions, missing) {
        writeln!(out, "# {line}")?;
    }
    let mut seen = std::collections::HashSet::new();
    for (h, c) in header.iter().zip(columns) {
        // A TOML string, escaped as TOML escapes it: a header of several lines stays one line.
        let key = toml::Value::String(h.clone()).to_string();
        let first = seen.insert(survey::fold(h));
        match c {
            Column::Question(q) if first => {
                let id = toml::Value::String(rubric.ids.questions[*q].clone());
                writeln!(out, "{key} = {id}")?;
            }
            _ => {
                let why = match c {
                    _ if !first => words::same_header(),
                    Column::Id => words::respondent_id(),
                    Column::Other => words::not_a_question(),
                    Column::Question(_) => words::same_header(),
                };
                writeln!(out, "# {key} = \"\"  {why}")?;
            }
        }
    }
    Ok(())
}
