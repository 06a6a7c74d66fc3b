//! `pathfit score FILE...`: score answer files, folders and survey exports, writing each
//! report as soon as it is made; at the end, how many were scored, partial and skipped.

mod batch;
mod checks;
mod inputs;
mod parts;
mod progress;
mod read;
mod sheets;

pub use sheets::{Rubrics, options, read_sheet, survey_options};

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};

use crate::answers::survey::Layout;
use crate::base::signal::{SecondCtrlC, Watch};
use crate::commands::ReportFlags;
use crate::error::{Reported, Usage};
use crate::render::{self, Format, Look, Sink};
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};
use crate::summary::Cohort;
use crate::text::commands::{self as words, Notice, context};
use batch::{Batch, Nothing, Sources, Tally};

/// `score`'s command line, checked.
#[derive(Debug)]
pub struct Score {
    pub files: Vec<PathBuf>,
    /// The format of standard input (`-`).
    pub stdin: StdinFormat,
    pub survey: SurveyFlags,
    pub summary: Summary,
    /// Each respondent's answers in the output (csv, json, jsonl).
    pub answers: bool,
    /// The fewest respondents `--summary-only` reports on.
    pub min_cohort: usize,
    pub rubric: Option<String>,
    pub report: ReportFlags,
    /// Whether stderr shows a progress bar: a terminal that can draw one.
    pub progress: bool,
    /// `--respondent`: only these respondents are scored and shown; empty: everyone.
    pub respondents: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinFormat {
    Toml,
    Json,
    /// A survey export.
    Csv,
}

/// Whether a cohort report is written, and whether the per-person output is too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Summary {
    Off,
    /// After the reports (table, markdown and html).
    Also,
    /// Instead of them.
    Only,
}

/// The flags `score` and `map` share for survey exports.
#[derive(Debug, Clone, Default)]
pub struct SurveyFlags {
    pub map: Option<PathBuf>,
    pub missing: Vec<String>,
    pub id_column: Option<String>,
    pub layout: Option<Layout>,
}

pub fn run(args: &Score, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    let mut forced = args
        .rubric
        .as_deref()
        .map(|r| catalog.resolve(r))
        .transpose()?;
    // A CSV has one set of columns, so one rubric: --rubric, or the default one.
    if args.report.format == Format::Csv && forced.is_none() {
        forced = Some(catalog.resolve(DEFAULT_ID)?);
    }
    if let Some(r) = &forced {
        options(&args.report, r)?;
    }
    if let Some(file) = &args.report.calendar {
        super::calendar::check(file, args.report.force)?;
    }
    let mut survey = survey_options(&args.survey)?;
    let inputs = inputs::expand(&args.files);
    before_rows(args, &survey, forced.as_ref(), catalog, &inputs)?;
    // Kept alive for the whole batch: while it lives, SIGINT, SIGTERM and SIGHUP are recorded.
    let watch = watch_signals()?;
    let stop = watch.flag();
    survey.stop = Some(Arc::clone(&stop));
    let rubrics: Rubrics = Mutex::new(HashMap::new());
    let from = Sources {
        forced: forced.as_ref(),
        catalog,
        rubrics: &rubrics,
        survey: &survey,
    };
    let unmatched;
    let (tally, cohort) = {
        let sink = sink(args, forced.as_ref(), out, look);
        let mut batch = Batch::new(args, sink, inputs.len(), stop);
        batch.sink.begin()?;
        batch.all(&inputs, args.stdin, &from)?;
        batch.progress.finish();
        unmatched = batch.unmatched();
        let (mut sink, mut tally) = batch.into_parts();
        let cohort = cohort(&mut tally, &from, args)?;
        // An HTML page holds the cohort report as its last part; the others follow it.
        let inside = match &cohort {
            Some((rubric, c)) => sink.cohort(rubric, c)?,
            None => false,
        };
        sink.end()?;
        (tally, cohort.filter(|_| !inside))
    };
    picked(args, unmatched)?;
    if let Some((rubric, c)) = &cohort {
        render::summary::write(out, args.report.format, look, rubric, c)?;
    }
    close(&tally, inputs.len())?;
    match (&args.report.calendar, args.files.as_slice()) {
        (Some(calendar), [file]) => write_calendar(args, calendar, file, catalog),
        _ => Ok(()),
    }
}

/// The `--respondent` names no sheet had: a warning each, or an error when none was found.
fn picked(args: &Score, unmatched: Vec<String>) -> Result<()> {
    if !unmatched.is_empty() && unmatched.len() == args.respondents.len() {
        return Err(Usage::NoRespondent { names: unmatched }.into());
    }
    for name in &unmatched {
        words::say(Notice::NoSuchRespondent { name });
    }
    Ok(())
}

/// The plan of the one answer file, as an iCalendar file.
fn write_calendar(
    args: &Score,
    calendar: &std::path::Path,
    file: &std::path::Path,
    catalog: &Catalog,
) -> Result<()> {
    let (rubric, responses) = super::read_one(file, args.rubric.as_deref(), catalog)?;
    let options = sheets::file_options(&args.report, &rubric, file)?;
    let report = crate::report::build(&rubric, &responses, &options);
    let who = super::calendar::who(Some(file), responses.respondent.as_deref());
    super::calendar::write(calendar, args.report.force, &rubric, &report.plan, &who)
}

/// What is checked before any row is scored: `--missing` and the `--map` lines, against the
/// rubric exports are read with and the header of each export file.
fn before_rows(
    args: &Score,
    survey: &crate::answers::survey::Options,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    inputs: &[inputs::Input],
) -> Result<()> {
    let exports: Vec<&std::path::Path> = inputs
        .iter()
        .filter_map(|i| match i {
            inputs::Input::Export(f) => Some(f.as_path()),
            _ => None,
        })
        .collect();
    if args.survey.map.is_none() && args.survey.missing.is_empty() {
        return Ok(());
    }
    let rubric = match forced {
        Some(r) => Arc::clone(r),
        None => catalog.resolve(DEFAULT_ID)?,
    };
    checks::missing_codes(&args.survey.missing, &rubric)?;
    if let Some(map) = &args.survey.map {
        checks::mapping(map, survey, &rubric, &exports)?;
    }
    Ok(())
}

/// The warnings of what reading an export noticed: the encoding chosen, a `--layout` the
/// header disagrees with (for `score` and `map` alike).
pub fn notices(source: &str, notes: crate::answers::survey::Notes) -> Vec<Notice<'_>> {
    let mut notices = Vec::new();
    if let Some(encoding) = notes.encoding {
        notices.push(Notice::NotUtf8 {
            source,
            encoding: encoding.name(),
        });
    }
    if let Some((given, shown)) = notes.layout {
        notices.push(Notice::LayoutDisagrees {
            source,
            given: given.name(),
            shown: shown.name(),
        });
    }
    notices
}

/// Ctrl-C (or SIGTERM, SIGHUP) stops at the next row or chunk of files; the --output file is
/// then never made. A second Ctrl-C ends pathfit at once (standard input that never ends, say).
fn watch_signals() -> Result<Watch> {
    Watch::install(SecondCtrlC::Ends).with_context(context::watch_ctrl_c)
}

/// Where the records go: nowhere with `--summary-only`; a CSV's columns are the rubric's.
fn sink<'w>(
    args: &Score,
    forced: Option<&Arc<Rubric>>,
    out: &'w mut dyn Write,
    look: Look,
) -> Box<dyn Sink + 'w> {
    if args.summary == Summary::Only {
        return Box::new(Nothing);
    }
    match (forced, args.report.format) {
        (Some(r), Format::Csv) => {
            Box::new(render::csv::Csv::for_rubric(out, Arc::clone(r)).with_answers(args.answers))
        }
        (_, Format::Table) if !args.report.full => render::brief_sink(out, look, again(args)),
        (_, format) => render::batch_sink(format, out, look, args.answers),
    }
}

/// How a first screen names the commands that show the rest: the words of this command line
/// that shape the result, after each record's own source.
fn again(args: &Score) -> render::brief::Again {
    use render::brief::quote;
    let mut flags: Vec<String> = Vec::new();
    let mut add = |flag: &str, value: &str| flags.extend([flag.to_owned(), quote(value)]);
    if let Some(r) = &args.rubric {
        add("--rubric", r);
    }
    match args.stdin {
        StdinFormat::Toml => {}
        StdinFormat::Json => add("--input-format", "json"),
        StdinFormat::Csv => add("--input-format", "csv"),
    }
    let survey = &args.survey;
    if let Some(map) = &survey.map {
        add("--map", &map.display().to_string());
    }
    for code in &survey.missing {
        add("--missing", code);
    }
    if let Some(id) = &survey.id_column {
        add("--id-column", id);
    }
    if let Some(layout) = survey.layout {
        add("--layout", layout.flag());
    }
    super::report_words(&args.report, &mut add);
    if let Some(p) = &args.report.practice {
        add("--practice", &p.flag_value());
    }
    if let Some(p) = args.report.partner.as_ref().filter(|p| !p.is_empty()) {
        add("--partner", p);
    }
    render::brief::Again::Score { flags }
}

/// After the records, the cohort to report and its rubric; `--summary-only` on too few
/// respondents is refused here.
fn cohort(
    tally: &mut Tally,
    from: &Sources<'_>,
    args: &Score,
) -> Result<Option<(Arc<Rubric>, Cohort)>> {
    let cohort = tally.cohort.take();
    let counted = cohort.as_ref().map_or(0, |c| c.respondents);
    if args.summary == Summary::Only && counted < args.min_cohort {
        return Err(Usage::SmallCohort {
            respondents: counted,
            min: args.min_cohort,
        }
        .into());
    }
    let Some(mut cohort) = cohort else {
        return Ok(None);
    };
    cohort.skipped = tally.skipped;
    let rubric = cohort_rubric(from, &cohort);
    if tally.other_rubrics > 0 {
        words::say(Notice::OtherRubrics {
            rubric: rubric.as_ref().map_or(DEFAULT_ID, |r| r.id.as_str()),
            sheets: tally.other_rubrics,
        });
    }
    let rubric = match rubric {
        Some(r) => r,
        None => from.catalog.resolve(DEFAULT_ID)?,
    };
    Ok(Some((rubric, cohort)))
}

/// The closing counts, and whether any input failed.
fn close(tally: &Tally, inputs: usize) -> Result<()> {
    let &Tally {
        scored,
        partial,
        skipped,
        not_asked,
        ..
    } = tally;
    if inputs > 1 || scored + skipped + not_asked > 1 {
        words::say(Notice::Counts {
            scored,
            partial,
            skipped,
            not_asked,
        });
    }
    if skipped > 0 {
        return Err(Reported.into());
    }
    Ok(())
}

/// The rubric a cohort was counted on, when it is one already at hand.
fn cohort_rubric(from: &Sources<'_>, cohort: &Cohort) -> Option<Arc<Rubric>> {
    let counted = |r: &&Arc<Rubric>| r.key.hash == cohort.key_hash;
    if let Some(r) = from.forced.filter(counted) {
        return Some(Arc::clone(r));
    }
    let rubrics = from
        .rubrics
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    rubrics.values().find(counted).cloned()
}
