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
    /// After the reports (table and markdown).
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
    let tally = {
        let sink = sink(args, forced.as_ref(), out, look);
        let mut batch = Batch::new(args, sink, inputs.len(), stop);
        batch.sink.begin()?;
        batch.all(&inputs, args.stdin, &from)?;
        batch.progress.finish();
        batch.sink.end()?;
        batch.into_tally()
    };
    close(tally, inputs.len(), &from, look, args, out)
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
    Watch::install(SecondCtrlC::Ends).context(context::WATCH_CTRL_C)
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
        (_, format) => render::batch_sink(format, out, look, args.answers),
    }
}

/// After the records: the cohort report, the closing counts, and whether any input failed.
fn close(
    tally: Tally,
    inputs: usize,
    from: &Sources<'_>,
    look: Look,
    args: &Score,
    out: &mut dyn Write,
) -> Result<()> {
    let Tally {
        scored,
        partial,
        skipped,
        not_asked,
        cohort,
        other_rubrics,
    } = tally;
    let counted = cohort.as_ref().map_or(0, |c| c.respondents);
    if args.summary == Summary::Only && counted < args.min_cohort {
        return Err(Usage::SmallCohort {
            respondents: counted,
            min: args.min_cohort,
        }
        .into());
    }
    if let Some(mut cohort) = cohort {
        cohort.skipped = skipped;
        let rubric = cohort_rubric(from, &cohort);
        if other_rubrics > 0 {
            words::say(Notice::OtherRubrics {
                rubric: rubric.as_ref().map_or(DEFAULT_ID, |r| r.id.as_str()),
                sheets: other_rubrics,
            });
        }
        let rubric = match rubric {
            Some(r) => r,
            None => from.catalog.resolve(DEFAULT_ID)?,
        };
        render::summary::write(out, args.report.format, look, &rubric, &cohort)?;
    }
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
