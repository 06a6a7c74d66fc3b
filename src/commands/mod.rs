//! One module per subcommand; each wires files, scoring, planning and rendering together. Each
//! takes its checked settings (plain data made from the command line by `settings`).

pub mod assess;
pub mod compare;
pub mod explain;
pub mod map;
mod resumed;
pub mod rubric;
pub mod score;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Result;

use crate::error::{EXIT_DATA, EXIT_OK, Usage};
use crate::render::{self, Format, Look};
use crate::report::SectionName;
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

/// One command, checked: what to do and with what.
#[derive(Debug)]
pub enum Job {
    Assess(assess::Assess),
    Score(score::Score),
    Explain(explain::Explain),
    Compare(compare::Compare),
    Roles(Sheet),
    Faq(Sheet),
    Map(map::Map),
    Template {
        rubric: Option<String>,
    },
    RubricList,
    RubricShow {
        rubric: String,
        raw: bool,
    },
    RubricCheck {
        files: Vec<PathBuf>,
        lint: bool,
        /// The width lint warnings wrap to: stderr is a terminal (piped, one line each).
        stderr_width: Option<usize>,
    },
    /// Bytes made whole before the run: a completion script, the manual page.
    Print(Vec<u8>),
}

/// A command that writes one document about a rubric (`roles`, `faq`), or about answers.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub rubric: Option<String>,
    /// table, markdown or json: checked.
    pub format: Format,
}

/// How a report is shaped; shared by every command that prints one.
#[derive(Debug, Clone)]
pub struct ReportFlags {
    pub format: Format,
    pub target: Option<String>,
    pub start: Option<chrono::NaiveDate>,
    pub gaps: usize,
    pub sections: Vec<SectionName>,
}

/// What every command may need beside its own settings.
pub struct Env<'a> {
    pub catalog: &'a Catalog,
    pub look: Look,
}

/// Runs one command, writing to `out`; returns the exit code of a run that did not fail.
pub fn run(job: &Job, env: &Env<'_>, out: &mut dyn Write) -> Result<u8> {
    let (catalog, look) = (env.catalog, env.look);
    let ok = |()| EXIT_OK;
    let all = |ok: bool| if ok { EXIT_OK } else { EXIT_DATA };
    match job {
        Job::Assess(a) => assess::run(a, catalog, look, out).map(ok),
        Job::Score(s) => score::run(s, catalog, look, out).map(ok),
        Job::Explain(e) => explain::run(e, catalog, look, out).map(ok),
        Job::Compare(c) => compare::run(c, catalog, look, out).map(ok),
        Job::Roles(sheet) => {
            let rubric = chosen_rubric(catalog, sheet.rubric.as_deref())?;
            render::guide::write_roles(out, sheet.format, look, &rubric)?;
            Ok(EXIT_OK)
        }
        Job::Faq(sheet) => {
            let rubric = chosen_rubric(catalog, sheet.rubric.as_deref())?;
            if rubric.texts.faq.is_empty() {
                let rubric = rubric.id.clone();
                return Err(Usage::NoFaq { rubric }.into());
            }
            render::guide::write_faq(out, sheet.format, look, &rubric)?;
            Ok(EXIT_OK)
        }
        Job::Map(m) => map::run(m, catalog, out).map(all),
        Job::Template { rubric } => {
            let rubric = chosen_rubric(catalog, rubric.as_deref())?;
            crate::answers::write_toml(out, &rubric, None, &[], &crate::text::answers::note)?;
            Ok(EXIT_OK)
        }
        Job::RubricList => rubric::list(out, catalog, look).map(ok),
        Job::RubricShow { rubric, raw } => rubric::show(out, catalog, rubric, *raw, look).map(ok),
        Job::RubricCheck {
            files,
            lint,
            stderr_width,
        } => rubric::check(out, files, (*lint, *stderr_width), look).map(all),
        Job::Print(bytes) => out.write_all(bytes).map(|()| EXIT_OK).map_err(Into::into),
    }
}

/// Reads one answer file with the rubric `--rubric` names, or the one the file names.
pub fn read_one(
    file: &std::path::Path,
    spec: Option<&str>,
    catalog: &Catalog,
) -> Result<(Arc<Rubric>, crate::answers::Responses)> {
    let forced = spec.map(|r| catalog.resolve(r)).transpose()?;
    let cache = std::sync::Mutex::new(std::collections::HashMap::new());
    score::read_sheet(file, forced.as_ref(), catalog, &cache)
}

/// The formats a one-document command writes: csv and jsonl are for `score`.
pub fn doc_format(format: Format, command: &'static str) -> Result<Format, Usage> {
    match format {
        Format::Csv | Format::Jsonl => Err(Usage::DocFormat { command }),
        f => Ok(f),
    }
}

/// The rubric named by `--rubric`, or the default one.
pub fn chosen_rubric(catalog: &Catalog, spec: Option<&str>) -> Result<Arc<Rubric>> {
    catalog.resolve(spec.unwrap_or(DEFAULT_ID))
}
