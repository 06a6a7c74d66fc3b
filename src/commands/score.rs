//! `pathfit score FILE...`: score answer files, writing each report as soon as it is made.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Result;

use crate::answers::{self, FileFormat, Responses};
use crate::cli::{ReportArgs, ScoreArgs};
use crate::error::{Reported, UsageError};
use crate::input;
use crate::problem::{Problem, Problems};
use crate::render::{self, Look, Record};
use crate::report::{self, Options};
use crate::rubric::{Catalog, Rubric};

pub fn run(args: &ScoreArgs, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let forced = args
        .rubric
        .as_deref()
        .map(|r| catalog.resolve(r))
        .transpose()?;
    if let Some(r) = &forced {
        options(&args.report, r)?;
    }
    let mut rubrics: HashMap<String, Arc<Rubric>> = HashMap::new();
    let mut sink = render::sink(args.report.format, out, look);
    sink.begin()?;
    let mut failed = 0;
    for file in &args.files {
        let source = file.display().to_string();
        match read_sheet(file, forced.as_ref(), catalog, &mut rubrics) {
            Ok((rubric, responses)) => {
                let options = options(&args.report, &rubric)?;
                let report = report::build(&rubric, &responses, &options);
                sink.record(&Record::Scored {
                    source: &source,
                    rubric: &rubric,
                    responses: &responses,
                    report: &report,
                })?;
            }
            Err(e) => {
                failed += 1;
                let lines = error_lines(&e);
                for line in &lines {
                    crate::say!("error: {line}");
                }
                sink.record(&Record::Failed {
                    source: &source,
                    error: &lines.join("; "),
                })?;
            }
        }
    }
    sink.end()?;
    if failed > 0 {
        return Err(Reported.into());
    }
    Ok(())
}

/// An error as the lines it is reported with.
fn error_lines(e: &anyhow::Error) -> Vec<String> {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.iter().map(ToString::to_string).collect(),
        None => vec![crate::problem::printable(&format!("{e:#}")).into_owned()],
    }
}

/// Reads one answer file once and decodes it with its rubric: `--rubric` when given, else the
/// one it names.
pub(crate) fn read_sheet(
    file: &Path,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &mut HashMap<String, Arc<Rubric>>,
) -> Result<(Arc<Rubric>, Responses)> {
    let name = file.display().to_string();
    let text = input::read_text(file, "answer file")?;
    let raw = answers::parse_raw(&name, FileFormat::detect(file, &text), &text)?;
    let rubric = match forced {
        Some(r) => Arc::clone(r),
        None => {
            let Some(id) = raw.rubric_id() else {
                // Decoding against the default rubric reports the missing id with the rest.
                let r = catalog.resolve(crate::rubric::DEFAULT_ID)?;
                return Err(answers::decode(raw, &r).err().map_or_else(
                    || {
                        anyhow::anyhow!(
                            "{name}: the answer file does not say which rubric it answers"
                        )
                    },
                    Into::into,
                ));
            };
            match rubrics.get(id) {
                Some(r) => Arc::clone(r),
                None => {
                    let r = catalog.resolve(id).map_err(|e| {
                        Problems::from(Problem::in_file(
                            &name,
                            format!("{e:#}; pass --rubric PATH to score it with a rubric file"),
                        ))
                    })?;
                    rubrics.insert(id.to_owned(), Arc::clone(&r));
                    r
                }
            }
        }
    };
    let responses = answers::decode(raw, &rubric)?;
    Ok((rubric, responses))
}

/// Turns the report flags into options, checking `--target` against the rubric's paths.
pub fn options(args: &ReportArgs, rubric: &Rubric) -> Result<Options> {
    let target = match &args.target {
        Some(t) => Some(rubric.ids.path(t).ok_or_else(|| {
            let ids = &rubric.ids.paths;
            let hint = match crate::problem::did_you_mean(t, ids.iter().map(String::as_str)) {
                Some(c) => format!("did you mean `{c}`?"),
                None => format!("use one of: {}", ids.join(", ")),
            };
            UsageError(format!(
                "--target `{t}` is not a path of rubric `{}`; {hint}",
                rubric.id
            ))
        })?),
        None => None,
    };
    Ok(Options {
        target,
        start: args.start,
        gaps: args.gaps,
        sections: args.sections.clone(),
    })
}
