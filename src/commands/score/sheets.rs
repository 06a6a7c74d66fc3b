//! Reading one answer sheet (a file or standard input) with its rubric, and turning the
//! report and survey flags into options checked against that rubric.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};

use super::{StdinFormat, SurveyFlags};
use crate::answers::{self, FileFormat, Responses, survey};
use crate::base::input;
use crate::commands::ReportFlags;
use crate::error::Usage;
use crate::problem::{CommandProblem, Problem, Problems};
use crate::report::Options;
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};
use crate::text::commands::context;

/// Rubrics already resolved by id, shared by the threads that read sheets.
pub type Rubrics = Mutex<HashMap<String, Arc<Rubric>>>;

/// Reads one answer file once and decodes it with its rubric: `--rubric` when given, else the
/// one it names.
pub fn read_sheet(
    file: &Path,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Rubrics,
) -> Result<(Arc<Rubric>, Responses)> {
    let name = file.display().to_string();
    let text = input::read_text(file, crate::base::What::AnswerFile)?;
    let format = FileFormat::detect(file, &text);
    decode_sheet(&name, format, &text, forced, catalog, rubrics)
}

pub fn read_stdin(
    format: StdinFormat,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Rubrics,
) -> Result<(Arc<Rubric>, Responses)> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(input::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(context::read_stdin)?;
    if bytes.len() as u64 > input::MAX_BYTES {
        anyhow::bail!(crate::text::commands::stdin_too_large(
            input::MAX_BYTES >> 20
        ));
    }
    let text = String::from_utf8(bytes).with_context(context::stdin_not_utf8)?;
    // A TOML file never starts with `{` and a JSON answer sheet always does.
    let bare = text.trim_start_matches('\u{feff}');
    let json = bare.trim_start().starts_with('{');
    let format = if format == StdinFormat::Json || json {
        FileFormat::Json
    } else {
        FileFormat::Toml
    };
    decode_sheet("-", format, bare, forced, catalog, rubrics)
}

fn decode_sheet(
    name: &str,
    format: FileFormat,
    text: &str,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Rubrics,
) -> Result<(Arc<Rubric>, Responses)> {
    let raw = answers::parse_raw(name, format, text)?;
    let rubric = match forced {
        Some(r) => Arc::clone(r),
        None => {
            let Some(id) = raw.rubric_id() else {
                // Decoding against the default rubric reports the missing id with the rest.
                let r = catalog.resolve(DEFAULT_ID)?;
                return Err(answers::decode(raw, &r).err().map_or_else(
                    || Problems::from(Problem::in_file(name, no_id())).into(),
                    Into::into,
                ));
            };
            named_rubric(name, id, catalog, rubrics)?
        }
    };
    let responses = answers::decode(raw, &rubric)?;
    Ok((rubric, responses))
}

fn no_id() -> crate::problem::Kind {
    crate::problem::Kind::Command(CommandProblem::NoRubricId)
}

/// The rubric an answer file names, resolved once per id.
fn named_rubric(
    name: &str,
    id: &str,
    catalog: &Catalog,
    rubrics: &Rubrics,
) -> Result<Arc<Rubric>, Problems> {
    if let Some(r) = rubrics.lock().ok().and_then(|m| m.get(id).cloned()) {
        return Ok(r);
    }
    let r = catalog.resolve(id).map_err(|e| {
        let reason = crate::text::os::chain(&e);
        let kind = crate::problem::Kind::Command(CommandProblem::UnknownRubric { reason });
        Problems::from(Problem::in_file(name, kind))
    })?;
    if let Ok(mut m) = rubrics.lock() {
        m.insert(id.to_owned(), Arc::clone(&r));
    }
    Ok(r)
}

/// The options for the sheet of answer file `file`: the plan names it on day 30.
pub fn file_options(flags: &ReportFlags, rubric: &Rubric, file: &Path) -> Result<Options, Usage> {
    let mut options = options(flags, rubric)?;
    options.schedule.answers = Some(file.display().to_string());
    Ok(options)
}

/// Turns the report flags into options, checking `--target` against the rubric's paths.
pub fn options(flags: &ReportFlags, rubric: &Rubric) -> Result<Options, Usage> {
    let target = match &flags.target {
        Some(t) => Some(rubric.ids.path(t).ok_or_else(|| {
            let paths = rubric.ids.paths.clone();
            let close = crate::base::names::did_you_mean(t, paths.iter().map(String::as_str));
            Usage::UnknownTarget {
                target: t.clone(),
                rubric: rubric.id.clone(),
                close: close.map(str::to_owned),
                paths,
            }
        })?),
        None => None,
    };
    Ok(Options {
        target,
        schedule: crate::plan::Schedule {
            start: flags.start.unwrap_or_else(crate::base::today_date),
            practice: flags.practice.clone().unwrap_or_default(),
            partner: flags.partner.clone().filter(|p| !p.is_empty()),
            answers: None,
        },
        gaps: flags.gaps,
        sections: flags.sections.clone(),
    })
}

/// Survey options from the flags `score` and `map` share; reads the `--map` file.
pub fn survey_options(flags: &SurveyFlags) -> Result<survey::Options> {
    let map = match &flags.map {
        None => Vec::new(),
        Some(file) => mapping(file)?,
    };
    Ok(survey::Options {
        map,
        missing: flags.missing.clone(),
        id_column: flags.id_column.clone(),
        layout: flags.layout,
        stop: None,
    })
}

/// The `"column header" = "question_id"` pairs of a mapping file.
fn mapping(file: &Path) -> Result<Vec<(String, String)>> {
    use crate::base::neutral::line;
    let text = input::read_text(file, crate::base::What::MappingFile)?;
    let name = file.display().to_string();
    let table: toml::Table = toml::from_str(&text).map_err(|e| {
        Problems::from(crate::problem::from_toml(
            &name,
            &text,
            &e,
            crate::problem::Source::Mapping,
        ))
    })?;
    let mut pairs = Vec::new();
    for (header, id) in table {
        match id.as_str() {
            // Compared with an export's headers, which are made inert as they are read.
            Some(id) => pairs.push((line(&header).into_owned(), line(id).into_owned())),
            None => return Err(Usage::MapValue { file: name, header }.into()),
        }
    }
    Ok(pairs)
}

/// An error as the lines it is reported with.
pub fn error_lines(e: &anyhow::Error) -> Vec<String> {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.iter().map(ToString::to_string).collect(),
        None => vec![crate::base::printable::printable(&crate::text::os::chain(e)).into_owned()],
    }
}
