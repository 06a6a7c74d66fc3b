//! Checks made before any row is scored: every `--map` line names a question of the rubric
//! and a column of each export, and maps onto a question nothing else gives; no `--missing`
//! code is an answer.

use std::path::Path;

use crate::answers::survey::{self, Column, fold};
use crate::base::names::did_you_mean;
use crate::error::Usage;
use crate::problem::{CommandProblem, Kind, Problem, Problems};
use crate::rubric::Rubric;

/// A `--missing` code must not be a value of the scale, a label or an alias, as the rubric's
/// own `missing_codes` must not.
pub fn missing_codes(codes: &[String], rubric: &Rubric) -> Result<(), Usage> {
    let k = &rubric.key;
    let (min, max) = (
        k.value(0),
        k.value(u8::try_from(k.points - 1).unwrap_or(u8::MAX)),
    );
    for code in codes {
        let f = fold(code);
        if let Some(value) = f.parse::<i64>().ok().filter(|v| (min..=max).contains(v)) {
            return Err(Usage::MissingOnScale {
                code: code.clone(),
                value,
                min,
                max,
            });
        }
        let texts = &rubric.texts;
        let words = texts
            .labels
            .iter()
            .chain(texts.label_aliases.iter().map(|(w, _)| w));
        if let Some(word) = words.into_iter().find(|w| fold(w) == f) {
            return Err(Usage::MissingIsAnswer {
                code: code.clone(),
                word: word.clone(),
            });
        }
    }
    Ok(())
}

/// The mapping file's lines against the rubric, and against the header of each export that
/// is a file (standard input is read once, by the batch).
pub fn mapping(
    map_file: &Path,
    options: &survey::Options,
    rubric: &Rubric,
    exports: &[&Path],
) -> Result<(), Problems> {
    let name = map_file.display().to_string();
    let mut found = ids(&name, &options.map, rubric);
    for export in exports {
        let Ok((head, _, _)) = survey::inspect(export, rubric, options) else {
            // An export that cannot be read is reported by the batch, as any input.
            continue;
        };
        let export = export.display().to_string();
        found.extend(headers(&name, &export, options, rubric, &head));
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(Problems(found))
    }
}

fn problem(file: &str, p: CommandProblem) -> Problem {
    Problem::in_file(file, Kind::Command(p))
}

/// Each line's question is the rubric's, and no two lines give the same question.
fn ids(file: &str, map: &[(String, String)], rubric: &Rubric) -> Vec<Problem> {
    let ids = &rubric.ids.questions;
    let mut found = Vec::new();
    let mut given: Vec<(usize, &str)> = Vec::new();
    for (header, id) in map {
        let Some(q) = rubric.ids.question(id) else {
            let close = did_you_mean(id, ids.iter().map(String::as_str)).map(str::to_owned);
            found.push(problem(
                file,
                CommandProblem::MapUnknownQuestion {
                    header: header.clone(),
                    id: id.clone(),
                    rubric: rubric.id.clone(),
                    close,
                },
            ));
            continue;
        };
        if let Some((_, by)) = given.iter().find(|(g, _)| *g == q) {
            let by = (*by).to_owned();
            let (header, id) = (header.clone(), id.clone());
            found.push(problem(
                file,
                CommandProblem::MapAlreadyMatched { header, id, by },
            ));
        }
        given.push((q, header));
    }
    found
}

/// Each line's header is a column of the export, and its question no other column's.
fn headers(
    file: &str,
    export: &str,
    options: &survey::Options,
    rubric: &Rubric,
    head: &survey::Head,
) -> Vec<Problem> {
    let unmapped = survey::Options {
        map: Vec::new(),
        ..options.clone()
    };
    let columns = survey::map_columns(rubric, &head.rows, &unmapped, head.layout);
    let folded: Vec<String> = head.header.iter().map(|h| fold(h)).collect();
    let mut found = Vec::new();
    for (header, id) in &options.map {
        let f = fold(header);
        if !folded.contains(&f) {
            let cells = head.header.iter().map(String::as_str);
            let close = did_you_mean(header, cells).map(str::to_owned);
            let (header, export) = (header.clone(), export.to_owned());
            let p = CommandProblem::MapUnknownHeader {
                header,
                export,
                close,
            };
            found.push(problem(file, p));
            continue;
        }
        let Some(q) = rubric.ids.question(id) else {
            continue;
        };
        // A line that maps a column already matching the question picks it among the columns
        // that match it (the others are then no question): that is what --map is for.
        let own = folded.iter().position(|x| *x == f);
        if own.is_some_and(|c| columns[c] == Column::Question(q)) {
            continue;
        }
        let other =
            (0..columns.len()).find(|&c| columns[c] == Column::Question(q) && folded[c] != f);
        if let Some(c) = other {
            let by = head.header[c].clone();
            let (header, id) = (header.clone(), id.clone());
            found.push(problem(
                file,
                CommandProblem::MapAlreadyMatched { header, id, by },
            ));
        }
    }
    found
}
