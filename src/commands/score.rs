//! `pathfit score FILE...`: score answer files and print their reports.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::answers::{self, FileFormat};
use crate::cli::{ReportArgs, ScoreArgs};
use crate::error::UsageError;
use crate::problem::{Problem, Problems};
use crate::render::{self, Look};
use crate::report::{self, Options, Report};
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

pub fn run(args: &ScoreArgs, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let forced = args
        .rubric
        .as_deref()
        .map(|r| catalog.resolve(r))
        .transpose()?;
    let mut rubrics: HashMap<String, Rubric> = HashMap::new();
    let mut sheets = Vec::new();
    let mut problems = Vec::new();
    for file in &args.files {
        match read_sheet(file, forced.as_ref(), catalog, &mut rubrics) {
            Ok(sheet) => sheets.push(sheet),
            Err(e) => match e.downcast::<Problems>() {
                Ok(p) => problems.extend(p.0),
                Err(e) => return Err(e),
            },
        }
    }
    let reports: Vec<(Report, &Rubric)> = sheets
        .iter()
        .map(|(sheet, rubric_id, source)| {
            let rubric = forced.as_ref().unwrap_or_else(|| &rubrics[rubric_id]);
            let options = options(&args.report, rubric)?;
            Ok((report::build(rubric, sheet, source, &options), rubric))
        })
        .collect::<Result<_>>()?;
    render::write_reports(
        out,
        super::render_format(args.report.format),
        &reports,
        look,
    )?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Problems(problems).into())
    }
}

/// Reads one answer file, choosing its rubric: `--rubric` when given, else the one it names.
fn read_sheet(
    file: &Path,
    forced: Option<&Rubric>,
    catalog: &Catalog,
    rubrics: &mut HashMap<String, Rubric>,
) -> Result<(answers::AnswerSheet, String, String)> {
    let name = file.display().to_string();
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read answer file {name}"))?;
    let format = FileFormat::detect(file, &text);
    let rubric = match forced {
        Some(r) => r,
        None => {
            let id = answers::peek_rubric_id(&name, format, &text)
                .map_err(Problems::from)?
                .unwrap_or_else(|| DEFAULT_ID.to_owned());
            if !rubrics.contains_key(&id) {
                let rubric = catalog.resolve(&id).map_err(|e| {
                    Problems::from(Problem::in_file(
                        &name,
                        format!("{e:#}; pass --rubric PATH to score it with a rubric file"),
                    ))
                })?;
                rubrics.insert(id.clone(), rubric);
            }
            &rubrics[&id]
        }
    };
    let sheet = answers::parse(&name, format, &text, rubric)?;
    Ok((sheet, rubric.id.clone(), name))
}

/// Turns the report flags into options, checking `--target` against the rubric's paths.
pub fn options(args: &ReportArgs, rubric: &Rubric) -> Result<Options> {
    let target = match &args.target {
        Some(t) => Some(rubric.path_index(t).ok_or_else(|| {
            let ids: Vec<&str> = rubric.paths.iter().map(|p| p.id.as_str()).collect();
            UsageError(format!(
                "--target `{t}` is not a path of rubric `{}`; use one of: {}",
                rubric.id,
                ids.join(", ")
            ))
        })?),
        None => None,
    };
    Ok(Options {
        target,
        start: args.start,
        gaps: args.gaps,
    })
}
