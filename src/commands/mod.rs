//! One module per subcommand; each wires files, scoring, planning and rendering together. Each
//! takes its checked settings (plain data made from the command line by `settings`).

pub mod assess;
mod autosave;
mod calendar;
pub mod compare;
pub mod explain;
pub mod map;
mod resumed;
pub mod rubric;
pub mod score;
mod shell;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;

use crate::base::{What, clash};
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
    /// The data dictionary of `score -f csv`.
    Columns {
        sheet: Sheet,
        answers: bool,
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
    /// table, markdown, html or json: checked.
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
    /// The whole table report (`--full`, or `--sections`), not its first screen.
    pub full: bool,
    /// `--practice`, checked; None: the default, or what the assessment asks.
    pub practice: Option<crate::plan::Practice>,
    /// `--partner`, made inert.
    pub partner: Option<String>,
    /// `--calendar`: where the plan is written as an iCalendar file.
    pub calendar: Option<PathBuf>,
    /// `--force`: the `--calendar` file may be replaced.
    pub force: bool,
}

/// The report flags that shape a result, as the words of a command line (`add(flag, value)`).
pub fn report_words(r: &ReportFlags, add: &mut dyn FnMut(&str, &str)) {
    if let Some(t) = &r.target {
        add("--target", t);
    }
    if let Some(d) = r.start {
        add("--start", &d.to_string());
    }
    if r.gaps != DEFAULT_GAPS {
        add("--gaps", &r.gaps.to_string());
    }
}

/// The flags that give a plan's own time back: the practice days and time unless they are
/// the default, and the partner.
pub fn schedule_words(schedule: &crate::plan::Schedule, add: &mut dyn FnMut(&str, &str)) {
    if schedule.practice != crate::plan::Practice::default() {
        add("--practice", &schedule.practice.flag_value());
    }
    if let Some(p) = &schedule.partner {
        add("--partner", p);
    }
}

/// The gaps a plan works on unless `--gaps` says otherwise (cli.rs has the same default).
const DEFAULT_GAPS: usize = 3;

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
        Job::Map(m) => map::run(m, catalog, out, look.width).map(all),
        Job::Template { rubric } => {
            let rubric = chosen_rubric(catalog, rubric.as_deref())?;
            crate::answers::write_toml(out, &rubric, None, &[], &crate::text::answers::note)?;
            Ok(EXIT_OK)
        }
        Job::Columns { sheet, answers } => {
            let rubric = chosen_rubric(catalog, sheet.rubric.as_deref())?;
            render::columns::write(out, sheet.format, look, &rubric, *answers)?;
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

impl Job {
    /// The `--calendar` file of the commands that write one.
    fn calendar(&self) -> Option<&Path> {
        match self {
            Job::Assess(a) => a.report.calendar.as_deref(),
            Job::Score(s) => s.report.calendar.as_deref(),
            _ => None,
        }
    }

    /// What the command's output file is: an `--output`, or `map`'s `--write` file.
    pub fn output_kind(&self) -> What {
        match self {
            Job::Map(_) => What::WrittenMap,
            _ => What::OutputFile,
        }
    }

    /// The files this command reads, and the assessment's `--save` file, each with its kind.
    /// Standard input (`-`) and folders are not files to clash with.
    fn files(&self) -> Vec<(What, &Path)> {
        let mut files = Vec::new();
        match self {
            Job::Assess(a) => {
                files.extend(a.resume.as_deref().map(|p| (What::ResumeFile, p)));
                files.extend(rubric(&a.rubric));
                files.extend(a.save.as_deref().map(|p| (What::SaveFile, p)));
            }
            Job::Score(s) => {
                let read = s
                    .files
                    .iter()
                    .filter(|p| p.as_os_str() != "-" && !p.is_dir());
                files.extend(read.map(|p| (read_kind(p), p.as_path())));
                files.extend(s.survey.map.as_deref().map(|p| (What::MappingFile, p)));
                files.extend(rubric(&s.rubric));
            }
            Job::Explain(e) => {
                files.push((What::AnswerFile, e.file.as_path()));
                files.extend(rubric(&e.sheet.rubric));
            }
            Job::Compare(c) => {
                files.push((What::AnswerFile, c.before.as_path()));
                files.push((What::AnswerFile, c.after.as_path()));
                files.extend(rubric(&c.sheet.rubric));
            }
            Job::Map(m) => {
                files.push((What::SurveyExport, m.file.as_path()));
                files.extend(m.survey.map.as_deref().map(|p| (What::MappingFile, p)));
                files.extend(rubric(&m.rubric));
            }
            Job::Roles(sheet) | Job::Faq(sheet) | Job::Columns { sheet, .. } => {
                files.extend(rubric(&sheet.rubric));
            }
            _ => {}
        }
        files
    }
}

/// The `--rubric` file, when the spec names one rather than an id.
fn rubric(spec: &Option<String>) -> Option<(What, &Path)> {
    spec.as_deref()
        .map(Path::new)
        .filter(|p| p.is_file())
        .map(|p| (What::RubricFile, p))
}

/// What kind of file `score` reads at `path`, for the words of an error about it.
fn read_kind(path: &Path) -> What {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    match ext.to_ascii_lowercase().as_str() {
        "csv" | "tsv" | "xlsx" => What::SurveyExport,
        _ => What::AnswerFile,
    }
}

/// Refuses, before any work, an `--output` file that is a file the command reads or the
/// `--save` file, and a `--save` file that is a file the assessment reads (but the one it
/// resumes, which a save may replace).
pub fn check_clashes(job: &Job, output: Option<&Path>) -> Result<(), Usage> {
    let files = job.files();
    let clash = |found: Option<clash::Clash>| match found {
        Some(c) => Err(Usage::Clash(Box::new(c))),
        None => Ok(()),
    };
    if let Some(out) = output {
        clash(clash::find((job.output_kind(), out), &files))?;
    }
    if let Some(cal) = job.calendar() {
        let mut written = files.clone();
        written.extend(output.map(|o| (job.output_kind(), o)));
        clash(clash::find((What::CalendarFile, cal), &written))?;
    }
    if let Job::Assess(a) = job
        && let Some(save) = a.save.as_deref()
    {
        let read: Vec<_> = files
            .iter()
            .copied()
            .filter(|(w, _)| *w == What::RubricFile)
            .collect();
        clash(clash::find((What::SaveFile, save), &read))?;
    }
    Ok(())
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
