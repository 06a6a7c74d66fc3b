//! A batch in progress: each sheet or row made into what the output needs, written in order,
//! counted for the closing line and the cohort.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Result;

use super::inputs::Input;
use super::progress::Progress;
use super::sheets::{self, Rubrics, error_lines, options};
use super::{Score, StdinFormat, Summary};
use crate::answers::{Responses, survey};
use crate::base::signal::{self, Stop};
use crate::commands::ReportFlags;
use crate::error::Interrupted;
use crate::render::{Format, Record, Sink};
use crate::report::{self, Options};
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};
use crate::scoring::Scores;
use crate::summary::Cohort;
use crate::text::commands::{self as words, Notice};

/// A renderer that writes nothing: `--summary-only` keeps every person's rows out.
pub struct Nothing;

impl Sink for Nothing {
    fn begin(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn record(&mut self, _: &Record) -> std::io::Result<()> {
        Ok(())
    }
    fn end(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether an error comes of the output's reader going away.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// How much of a sheet each output needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Need {
    /// A whole report (table, markdown, html, json, jsonl).
    Report,
    /// Scores and quality flags (csv).
    Brief,
    /// Scores alone (`--summary-only`).
    Scores,
}

/// What was made of one sheet, ready to write.
pub(super) enum Made {
    Report(Box<report::Report>),
    Brief(Scores, crate::quality::Quality),
    Scores(Scores),
}

/// Answer files are read, decoded and scored this many at a time across the cores, then
/// written in their order: output order is stable and memory stays flat.
pub(super) const CHUNK: usize = 256;

/// The counts a batch ends with.
pub struct Tally {
    pub scored: usize,
    pub partial: usize,
    pub skipped: usize,
    /// Rows of exports that answer none of the questions: never asked them.
    pub not_asked: usize,
    pub cohort: Option<Cohort>,
    pub other_rubrics: usize,
}

/// What a batch reads with: the rubric `--rubric` forces, the catalog, the rubrics met.
pub struct Sources<'a> {
    pub forced: Option<&'a Arc<Rubric>>,
    pub catalog: &'a Catalog,
    pub rubrics: &'a Rubrics,
    pub survey: &'a survey::Options,
}

pub struct Batch<'a> {
    pub sink: Box<dyn Sink + 'a>,
    pub(super) report_args: &'a ReportFlags,
    pub(super) need: Need,
    summary: bool,
    tally: Tally,
    /// Scores reused from row to row of an export.
    scratch: Option<Scores>,
    pub progress: Progress,
    pub(super) stop: Arc<AtomicBool>,
    /// The reader of the output went away (`| head`): nothing more is written or said.
    closed: bool,
    /// `--summary-only`: errors name the row and the column, never a value or a person.
    withhold: bool,
    /// `--respondent`: the names asked for, each with whether a sheet had it.
    pub(super) only: Option<Vec<(String, bool)>>,
}

impl<'a> Batch<'a> {
    pub fn new(
        args: &'a Score,
        sink: Box<dyn Sink + 'a>,
        inputs: usize,
        stop: Arc<AtomicBool>,
    ) -> Batch<'a> {
        let need = match args.summary {
            Summary::Only => Need::Scores,
            _ if args.report.format == Format::Csv => Need::Brief,
            _ => Need::Report,
        };
        Batch {
            sink,
            report_args: &args.report,
            need,
            summary: args.summary != Summary::Off,
            tally: Tally {
                scored: 0,
                partial: 0,
                skipped: 0,
                not_asked: 0,
                cohort: None,
                other_rubrics: 0,
            },
            scratch: None,
            progress: Progress::new(args.progress, inputs),
            stop,
            closed: false,
            withhold: args.summary == Summary::Only,
            only: (!args.respondents.is_empty()).then(|| {
                args.respondents
                    .iter()
                    .map(|r| (r.clone(), false))
                    .collect()
            }),
        }
    }

    /// Whether a sheet of `respondent` is one `--respondent` asks for (every sheet without
    /// it), noting the name as found.
    fn picked(&mut self, respondent: Option<&str>) -> bool {
        let Some(only) = &mut self.only else {
            return true;
        };
        let Some(who) = respondent.map(str::trim).filter(|w| !w.is_empty()) else {
            return false;
        };
        let mut hit = false;
        for (_, found) in only.iter_mut().filter(|(name, _)| name == who) {
            *found = true;
            hit = true;
        }
        hit
    }

    /// The `--respondent` names no sheet had.
    pub fn unmatched(&self) -> Vec<String> {
        self.only
            .iter()
            .flatten()
            .filter(|(_, found)| !found)
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// The sink, still to end, and the counts.
    pub fn into_parts(self) -> (Box<dyn Sink + 'a>, Tally) {
        (self.sink, self.tally)
    }

    /// Every input in order; consecutive answer files go to the threads together.
    pub fn all(&mut self, inputs: &[Input], stdin: StdinFormat, from: &Sources<'_>) -> Result<()> {
        let mut i = 0;
        while i < inputs.len() {
            match &inputs[i] {
                Input::Sheet(_) => {
                    let mut files = Vec::new();
                    while let Some(Input::Sheet(f)) = inputs.get(i) {
                        files.push(f.as_path());
                        i += 1;
                    }
                    self.sheets(&files, from)?;
                    continue;
                }
                Input::Stdin if stdin != StdinFormat::Csv => self.stdin(stdin, from)?,
                Input::Export(f) => self.one_export(&f.display().to_string(), Some(f), from)?,
                Input::Stdin => self.one_export("-", None, from)?,
            }
            i += 1;
        }
        Ok(())
    }

    /// An answer sheet on standard input.
    fn stdin(&mut self, format: StdinFormat, from: &Sources<'_>) -> Result<()> {
        match sheets::read_stdin(format, from.forced, from.catalog, from.rubrics) {
            Ok((rubric, responses)) => {
                let options = options(self.report_args, &rubric)?;
                let made = Self::make(self.need, &options, &rubric, &responses);
                self.write("-", None, &rubric, &responses, &made)
            }
            Err(e) => self.fail("-", None, &self.lines(&e)),
        }
    }

    /// A survey export: one failed export is a skipped input, unless the batch must stop.
    fn one_export(&mut self, source: &str, file: Option<&Path>, from: &Sources<'_>) -> Result<()> {
        let rubric = match from.forced {
            Some(r) => Arc::clone(r),
            None => from.catalog.resolve(DEFAULT_ID)?,
        };
        if let Err(e) = self.export(source, file, from.survey, &rubric) {
            // The reader's writes fail inside the export reader, which may wrap them past
            // recognition: the sink's own failure is what tells.
            if self.closed || broken_pipe(&e) {
                return Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe).into());
            }
            // A flag that does not fit the export (--id-column) stops the batch.
            if e.is::<crate::error::Usage>() || e.downcast_ref::<Interrupted>().is_some() {
                return Err(e);
            }
            self.check_stop()?;
            self.fail(source, None, &self.lines(&e))?;
        }
        Ok(())
    }

    /// Makes what the output needs of one sheet: pure, so sheets are made in parallel.
    pub(super) fn make(
        need: Need,
        options: &Options,
        rubric: &Rubric,
        responses: &Responses,
    ) -> Made {
        match need {
            Need::Report => Made::Report(Box::new(report::build(rubric, responses, options))),
            Need::Brief => Made::Brief(
                crate::scoring::score(&rubric.key, &responses.points),
                crate::quality::check(&rubric.key, &responses.points),
            ),
            Need::Scores => Made::Scores(crate::scoring::score(&rubric.key, &responses.points)),
        }
    }

    /// `--summary-only` or a summary after the records: the cohort is counted.
    pub(super) fn summary(&self) -> bool {
        self.summary
    }

    /// A row scored on a worker thread.
    pub(super) fn scored_row(&mut self, partial: bool) {
        self.tally.scored += 1;
        self.tally.partial += usize::from(partial);
    }

    /// The cohort of rows scored on a worker thread (see [`Cohort::merge`]).
    pub(super) fn merge_cohort(&mut self, rubric: &Rubric, part: &Cohort, figures: &[Option<f64>]) {
        if part.respondents == 0 {
            return;
        }
        let tally = &mut self.tally;
        let cohort = tally.cohort.get_or_insert_with(|| Cohort::new(rubric));
        if cohort.key_hash == rubric.key.hash {
            cohort.merge(part, figures);
        } else {
            tally.other_rubrics += part.respondents;
        }
    }

    pub(super) fn count(&mut self, rubric: &Rubric, responses: &Responses, scores: &Scores) {
        let tally = &mut self.tally;
        tally.scored += 1;
        if responses.partial() {
            tally.partial += 1;
        }
        if self.summary {
            let cohort = tally.cohort.get_or_insert_with(|| Cohort::new(rubric));
            if cohort.key_hash == rubric.key.hash {
                cohort.add(rubric, &responses.points, scores);
            } else {
                tally.other_rubrics += 1;
            }
        }
    }

    /// Counts and writes one sheet.
    pub(super) fn write(
        &mut self,
        source: &str,
        row: Option<usize>,
        rubric: &Rubric,
        responses: &Responses,
        made: &Made,
    ) -> Result<()> {
        if !self.picked(responses.respondent.as_deref()) {
            return Ok(());
        }
        match made {
            Made::Report(report) => {
                self.count(rubric, responses, &report.scores);
                let done = self.sink.record(&Record::Scored {
                    source,
                    row,
                    rubric,
                    responses,
                    report,
                });
                self.written(done)?;
            }
            Made::Brief(scores, quality) => {
                self.count(rubric, responses, scores);
                let done = self.sink.record(&Record::Brief {
                    source,
                    row,
                    rubric,
                    responses,
                    scores,
                    quality,
                });
                self.written(done)?;
            }
            Made::Scores(scores) => self.count(rubric, responses, scores),
        }
        Ok(())
    }

    /// One row of an export: scored into reused buffers, with no report unless one is written.
    pub(super) fn row(
        &mut self,
        (source, row): (&str, usize),
        rubric: &Rubric,
        report_options: &Options,
        responses: &Responses,
    ) -> Result<()> {
        if self.need == Need::Report {
            let made = Self::make(self.need, report_options, rubric, responses);
            return self.write(source, Some(row), rubric, responses, &made);
        }
        let mut scores = match self.scratch.take() {
            Some(s)
                if s.fits.len() == rubric.key.paths
                    && s.contributions.len() == rubric.key.questions() =>
            {
                s
            }
            _ => Scores::new(&rubric.key),
        };
        crate::scoring::fits_into(&rubric.key, &responses.points, &mut scores);
        let made = if self.need == Need::Brief {
            Made::Brief(
                scores,
                crate::quality::check(&rubric.key, &responses.points),
            )
        } else {
            Made::Scores(scores)
        };
        self.write(source, Some(row), rubric, responses, &made)?;
        if let Made::Brief(s, _) | Made::Scores(s) = made {
            self.scratch = Some(s);
        }
        Ok(())
    }

    /// An error as the lines it is reported with; under `--summary-only`, without what an
    /// answer file holds.
    pub(super) fn lines(&self, e: &anyhow::Error) -> Vec<String> {
        match e.downcast_ref::<crate::problem::Problems>() {
            Some(p) if self.withhold => {
                p.0.iter()
                    .map(crate::text::answers::withheld_problem)
                    .collect()
            }
            _ => error_lines(e),
        }
    }

    /// Why a row was not scored, in words; under `--summary-only`, without a cell's value.
    /// The first row of an export (`hinted` still false) with an answer not on the scale
    /// also says what would read it.
    pub(super) fn reason(
        &self,
        r: &crate::problem::answers::RowProblem,
        hinted: &mut bool,
    ) -> String {
        let mut reason = if self.withhold {
            crate::text::answers::Withheld(r).to_string()
        } else {
            r.to_string()
        };
        if !*hinted && let Some(hint) = crate::text::answers::stray_hint(r, self.withhold) {
            *hinted = true;
            reason.push_str(&hint);
        }
        reason
    }

    pub(super) fn fail(
        &mut self,
        source: &str,
        row: Option<usize>,
        lines: &[String],
    ) -> Result<()> {
        self.fail_row(source, row, None, None, lines)
    }

    /// A row or file not scored: a line on stderr (without the respondent: stderr ends up in
    /// logs) and a record with the reason.
    pub(super) fn fail_row(
        &mut self,
        source: &str,
        row: Option<usize>,
        respondent: Option<&str>,
        rubric: Option<&Rubric>,
        lines: &[String],
    ) -> Result<()> {
        if self.closed {
            return Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe).into());
        }
        // A row of an export names its respondent; a file that could not be read names nobody
        // and is reported whoever was asked for.
        if row.is_some() && !self.picked(respondent) {
            return Ok(());
        }
        self.tally.skipped += 1;
        self.progress.say(|| {
            for line in lines {
                words::say(Notice::Failed { source, row, line });
            }
        });
        let done = self.sink.record(&Record::Failed {
            source,
            row,
            respondent,
            rubric,
            error: &lines.join("; "),
        });
        self.written(done)?;
        Ok(())
    }

    /// A write to the sink, remembering a closed pipe.
    pub(super) fn written(&mut self, done: std::io::Result<()>) -> std::io::Result<()> {
        if let Err(e) = &done
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            self.closed = true;
        }
        done
    }

    /// A row that answers none of the questions: counted, not reported one by one.
    pub(super) fn not_asked(&mut self) {
        self.tally.not_asked += 1;
    }

    pub fn check_stop(&self) -> Result<()> {
        if self.stop.load(Ordering::Relaxed) {
            self.progress.finish();
            let by = signal::ending().unwrap_or(Stop::CtrlC);
            words::say(Notice::StoppedBatch {
                by,
                scored: self.tally.scored,
                skipped: self.tally.skipped,
            });
            return Err(Interrupted(by.exit_code()).into());
        }
        Ok(())
    }
}
