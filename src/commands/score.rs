//! `pathfit score FILE...`: score answer files, folders and survey exports, writing each
//! report as soon as it is made; at the end, how many were scored, partial and skipped.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::answers::{self, FileFormat, Responses, survey};
use crate::base::input;
use crate::cli::{InputFormat, ReportArgs, ScoreArgs};
use crate::error::{EXIT_INTERRUPTED, Interrupted, Reported, UsageError};
use crate::problem::{Problem, Problems};
use crate::render::{self, Format, Look, Record, Sink, safe};
use crate::report::{self, Options};
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};
use crate::scoring::Scores;
use crate::summary::Cohort;

/// A renderer that writes nothing: `--summary-only` keeps every person's rows out.
struct Nothing;

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

/// One input: an answer file, a survey export, or standard input.
enum Input {
    Sheet(PathBuf),
    Export(PathBuf),
    Stdin,
}

/// How much of a sheet each output needs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Need {
    /// A whole report (table, markdown, json, jsonl).
    Report,
    /// Scores and quality flags (csv).
    Brief,
    /// Scores alone (`--summary-only`).
    Scores,
}

/// What was made of one sheet, ready to write.
enum Made {
    Report(Box<report::Report>),
    Brief(Scores, crate::quality::Quality),
    Scores(Scores),
}

/// Answer files are read, decoded and scored this many at a time across the cores, then
/// written in their order: output order is stable and memory stays flat.
const CHUNK: usize = 256;

/// A batch in progress: where records go, the counts for the closing line, the cohort.
struct Batch<'a> {
    sink: Box<dyn Sink + 'a>,
    report_args: &'a ReportArgs,
    need: Need,
    summary: bool,
    scored: usize,
    partial: usize,
    skipped: usize,
    cohort: Option<Cohort>,
    other_rubrics: usize,
    /// Scores reused from row to row of an export.
    scratch: Option<Scores>,
    progress: Progress,
    stop: Arc<AtomicBool>,
}

impl Batch<'_> {
    /// Makes what the output needs of one sheet: pure, so sheets are made in parallel.
    fn make(need: Need, options: &Options, rubric: &Rubric, responses: &Responses) -> Made {
        match need {
            Need::Report => Made::Report(Box::new(report::build(rubric, responses, options))),
            Need::Brief => Made::Brief(
                crate::scoring::score(&rubric.key, &responses.points),
                crate::quality::check(&rubric.key, &responses.points),
            ),
            Need::Scores => Made::Scores(crate::scoring::score(&rubric.key, &responses.points)),
        }
    }

    fn count(&mut self, rubric: &Rubric, responses: &Responses, scores: &Scores) {
        self.scored += 1;
        if responses.partial() {
            self.partial += 1;
        }
        if self.summary {
            let cohort = self.cohort.get_or_insert_with(|| Cohort::new(rubric));
            if cohort.key_hash == rubric.key.hash {
                cohort.add(rubric, &responses.points, scores);
            } else {
                self.other_rubrics += 1;
            }
        }
    }

    /// Counts and writes one sheet.
    fn write(
        &mut self,
        source: &str,
        row: Option<usize>,
        rubric: &Rubric,
        responses: &Responses,
        made: &Made,
    ) -> Result<()> {
        match made {
            Made::Report(report) => {
                self.count(rubric, responses, &report.scores);
                self.sink.record(&Record::Scored {
                    source,
                    row,
                    rubric,
                    responses,
                    report,
                })?;
            }
            Made::Brief(scores, quality) => {
                self.count(rubric, responses, scores);
                self.sink.record(&Record::Brief {
                    source,
                    row,
                    rubric,
                    responses,
                    scores,
                    quality,
                })?;
            }
            Made::Scores(scores) => self.count(rubric, responses, scores),
        }
        Ok(())
    }

    /// One row of an export: scored into reused buffers, with no report unless one is written.
    fn row(
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

    fn fail(&mut self, source: &str, row: Option<usize>, lines: &[String]) -> Result<()> {
        self.fail_row(source, row, None, None, lines)
    }

    /// A row or file not scored: a line on stderr (without the respondent: stderr ends up in
    /// logs) and a record with the reason.
    fn fail_row(
        &mut self,
        source: &str,
        row: Option<usize>,
        respondent: Option<&str>,
        rubric: Option<&Rubric>,
        lines: &[String],
    ) -> Result<()> {
        self.skipped += 1;
        self.progress.say(|| {
            for line in lines {
                match row {
                    Some(r) => crate::say!("error: {}: row {r}: {line}", safe(source)),
                    None => crate::say!("error: {line}"),
                }
            }
        });
        self.sink.record(&Record::Failed {
            source,
            row,
            respondent,
            rubric,
            error: &lines.join("; "),
        })?;
        Ok(())
    }

    fn check_stop(&self) -> Result<()> {
        if self.stop.load(Ordering::Relaxed) {
            self.progress.finish();
            crate::say!(
                "Stopped by Ctrl-C after {} scored and {} skipped; no --output file was written.",
                self.scored,
                self.skipped
            );
            return Err(Interrupted(EXIT_INTERRUPTED).into());
        }
        Ok(())
    }

    /// Answer files, read and scored in parallel a chunk at a time, written in order.
    fn sheets(
        &mut self,
        files: &[&Path],
        forced: Option<&Arc<Rubric>>,
        catalog: &Catalog,
        rubrics: &Mutex<HashMap<String, Arc<Rubric>>>,
    ) -> Result<()> {
        let (need, report_args) = (self.need, self.report_args);
        // Where the output can be encoded apart from the sink (JSON), each report's bytes are
        // made on the worker threads too; the sink only writes them in order.
        let encoder = self.sink.encoder().filter(|_| need == Need::Report);
        for chunk in files.chunks(CHUNK) {
            type Sheet = (Arc<Rubric>, Responses, Made, Option<Vec<u8>>);
            let made: Vec<Result<Sheet>> = chunk
                .par_iter()
                .map(|file| {
                    let (rubric, responses) = read_sheet(file, forced, catalog, rubrics)?;
                    let made =
                        Self::make(need, &options(report_args, &rubric)?, &rubric, &responses);
                    let bytes = match (&made, encoder) {
                        (Made::Report(report), Some(encoder)) => {
                            let mut bytes = Vec::new();
                            let record = Record::Scored {
                                source: &file.display().to_string(),
                                row: None,
                                rubric: &rubric,
                                responses: &responses,
                                report,
                            };
                            encoder.encode(&record, &mut bytes)?;
                            Some(bytes)
                        }
                        _ => None,
                    };
                    Ok((rubric, responses, made, bytes))
                })
                .collect();
            for (file, result) in chunk.iter().zip(made) {
                let source = file.display().to_string();
                match result {
                    Ok((rubric, responses, Made::Report(report), Some(bytes))) => {
                        self.count(&rubric, &responses, &report.scores);
                        self.sink.encoded(&bytes)?;
                    }
                    Ok((rubric, responses, made, _)) => {
                        self.write(&source, None, &rubric, &responses, &made)?;
                    }
                    // A flag that does not fit the sheet's rubric (--target) stops the batch.
                    Err(e) if e.is::<UsageError>() => return Err(e),
                    Err(e) => self.fail(&source, None, &error_lines(&e))?,
                }
            }
            self.progress.files(chunk.len());
            self.check_stop()?;
        }
        Ok(())
    }

    /// Every row of a survey export, scored as it is read.
    fn export(
        &mut self,
        source: &str,
        file: Option<&Path>,
        options: &survey::Options,
        rubric: &Arc<Rubric>,
    ) -> Result<()> {
        let kind = survey::Kind::of(source);
        // The report options, checked against the rubric once for the whole export.
        let report_options = self::options(self.report_args, rubric)?;
        let mut rows = 0;
        let mut each = |row: usize, result: survey::Outcome<'_>| -> std::io::Result<()> {
            rows = row;
            let done = match result {
                Ok(responses) => self.row((source, row), rubric, &report_options, responses),
                Err((respondent, reason)) => {
                    let reason = reason.to_string();
                    self.fail_row(source, Some(row), respondent, Some(rubric), &[reason])
                }
            };
            done.map_err(std::io::Error::other)?;
            if row.is_multiple_of(1024) {
                self.progress.rows(1024);
                if self.stop.load(Ordering::Relaxed) {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::Interrupted,
                        "stopped",
                    ));
                }
            }
            Ok(())
        };
        let fallback = match (kind, file) {
            (survey::Kind::Xlsx, Some(f)) => {
                let input = input::open_reader(f, "survey export")?;
                survey::read_xlsx(source, input, rubric, options, &mut each).map(|()| false)
            }
            (_, Some(f)) => {
                let input = input::open_reader(f, "survey export")?;
                survey::read(source, input, kind, rubric, options, &mut each)
            }
            (_, None) => survey::read(source, std::io::stdin(), kind, rubric, options, &mut each),
        };
        self.check_stop()?;
        if fallback? {
            self.progress.say(|| {
                crate::say!(
                    "warning: {} is not UTF-8; read it as Windows-1252",
                    safe(source)
                )
            });
        }
        if rows == 0 {
            self.progress
                .say(|| crate::say!("warning: {} has a header but no respondents", safe(source)));
        }
        self.progress.files(1);
        Ok(())
    }
}

/// Progress on a terminal's stderr: files done and rows scored. It appears only once a batch
/// has run for a second, so short runs print nothing but their results; never on a dumb
/// terminal or when stderr is not a terminal.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
    shown: std::cell::Cell<bool>,
    rows: std::cell::Cell<u64>,
}

/// How long a batch runs before its progress is shown.
const QUIET: std::time::Duration = std::time::Duration::from_secs(1);

impl Progress {
    fn new(files: usize) -> Progress {
        use std::io::IsTerminal;
        let wanted = std::io::stderr().is_terminal()
            && files > 0
            && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
        let bar = wanted.then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(files as u64),
                indicatif::ProgressDrawTarget::hidden(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files {msg} {elapsed}",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            started: std::time::Instant::now(),
            shown: std::cell::Cell::new(false),
            rows: std::cell::Cell::new(0),
        }
    }

    fn show(&self, bar: &indicatif::ProgressBar) {
        if !self.shown.get() && self.started.elapsed() >= QUIET {
            self.shown.set(true);
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(8));
        }
    }

    fn files(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
            self.show(bar);
        }
    }

    fn rows(&self, n: usize) {
        if let Some(bar) = &self.bar {
            self.rows.set(self.rows.get() + n as u64);
            bar.set_message(format!("{} rows", self.rows.get()));
            self.show(bar);
        }
    }

    /// Runs `f` (which writes to stderr) with the bar cleared, so lines never mix with it.
    fn say(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) if self.shown.get() => bar.suspend(f),
            _ => f(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

pub fn run(args: &ScoreArgs, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
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
    let format = args.report.format;
    if args.summary && matches!(format, Format::Json | Format::Jsonl | Format::Csv) {
        return Err(UsageError(
            "--summary adds a cohort report to table or markdown output; with json, jsonl or csv use --summary-only".into(),
        )
        .into());
    }
    let mut survey_options = survey_options(args)?;
    let inputs = expand(&args.files);
    let stop = Arc::new(AtomicBool::new(false));
    // Ctrl-C stops at the next row or chunk of files; the --output file is then never made.
    // A second Ctrl-C ends pathfit at once (standard input that never ends, say).
    let sigint = signal_hook::consts::SIGINT;
    signal_hook::flag::register_conditional_default(sigint, Arc::clone(&stop))
        .and_then(|_| signal_hook::flag::register(sigint, Arc::clone(&stop)))
        .context("cannot watch for Ctrl-C")?;
    survey_options.stop = Some(Arc::clone(&stop));
    let rubrics: Mutex<HashMap<String, Arc<Rubric>>> = Mutex::new(HashMap::new());
    let (scored, partial, skipped, cohort, other_rubrics) = {
        let sink: Box<dyn Sink + '_> = if args.summary_only {
            Box::new(Nothing)
        } else {
            match (&forced, format) {
                (Some(r), Format::Csv) => {
                    Box::new(render::csv::Csv::for_rubric(out, Arc::clone(r)))
                }
                _ => render::sink(format, out, look),
            }
        };
        let mut batch = Batch {
            sink,
            report_args: &args.report,
            need: if args.summary_only {
                Need::Scores
            } else if format == Format::Csv {
                Need::Brief
            } else {
                Need::Report
            },
            summary: args.summary || args.summary_only,
            scored: 0,
            partial: 0,
            skipped: 0,
            cohort: None,
            other_rubrics: 0,
            scratch: None,
            progress: Progress::new(inputs.len()),
            stop,
        };
        batch.sink.begin()?;
        let mut i = 0;
        while i < inputs.len() {
            match &inputs[i] {
                Input::Sheet(_) => {
                    let mut files = Vec::new();
                    while let Some(Input::Sheet(f)) = inputs.get(i) {
                        files.push(f.as_path());
                        i += 1;
                    }
                    batch.sheets(&files, forced.as_ref(), catalog, &rubrics)?;
                    continue;
                }
                Input::Stdin if args.input_format != InputFormat::Csv => {
                    let read = read_stdin(args.input_format, forced.as_ref(), catalog, &rubrics);
                    match read {
                        Ok((rubric, responses)) => {
                            let made = Batch::make(
                                batch.need,
                                &options(&args.report, &rubric)?,
                                &rubric,
                                &responses,
                            );
                            batch.write("-", None, &rubric, &responses, &made)?;
                        }
                        Err(e) => batch.fail("-", None, &error_lines(&e))?,
                    }
                }
                input => {
                    let (source, file) = match input {
                        Input::Export(f) => (f.display().to_string(), Some(f.as_path())),
                        _ => ("-".to_owned(), None),
                    };
                    let rubric = match &forced {
                        Some(r) => Arc::clone(r),
                        None => catalog.resolve(DEFAULT_ID)?,
                    };
                    if let Err(e) = batch.export(&source, file, &survey_options, &rubric) {
                        if e.downcast_ref::<Interrupted>().is_some()
                            || e.chain().any(|c| {
                                c.downcast_ref::<std::io::Error>()
                                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                            })
                        {
                            return Err(e);
                        }
                        batch.check_stop()?;
                        batch.fail(&source, None, &error_lines(&e))?;
                    }
                }
            }
            i += 1;
        }
        batch.progress.finish();
        batch.sink.end()?;
        (
            batch.scored,
            batch.partial,
            batch.skipped,
            batch.cohort.take(),
            batch.other_rubrics,
        )
    };
    let rubrics = rubrics
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(mut cohort) = cohort {
        cohort.skipped = skipped;
        if other_rubrics > 0 {
            crate::say!(
                "warning: the summary covers rubric `{}` only; {} sheets of other rubrics are not in it",
                cohort_rubric_id(&rubrics, &cohort, forced.as_ref()),
                other_rubrics
            );
        }
        let rubric = cohort_rubric(&rubrics, &cohort, forced.as_ref(), catalog)?;
        render::summary::write(out, format, look, &rubric, &cohort)?;
    }
    if inputs.len() > 1 || scored + skipped > 1 {
        crate::say!("{scored} scored, {partial} partial, {skipped} skipped");
    }
    if skipped > 0 {
        return Err(Reported.into());
    }
    Ok(())
}

/// The rubric a cohort was counted on.
fn cohort_rubric(
    rubrics: &HashMap<String, Arc<Rubric>>,
    cohort: &Cohort,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
) -> Result<Arc<Rubric>> {
    if let Some(r) = forced.filter(|r| r.key.hash == cohort.key_hash) {
        return Ok(Arc::clone(r));
    }
    if let Some(r) = rubrics.values().find(|r| r.key.hash == cohort.key_hash) {
        return Ok(Arc::clone(r));
    }
    catalog.resolve(DEFAULT_ID)
}

fn cohort_rubric_id(
    rubrics: &HashMap<String, Arc<Rubric>>,
    cohort: &Cohort,
    forced: Option<&Arc<Rubric>>,
) -> String {
    forced
        .filter(|r| r.key.hash == cohort.key_hash)
        .or_else(|| rubrics.values().find(|r| r.key.hash == cohort.key_hash))
        .map_or_else(|| DEFAULT_ID.to_owned(), |r| r.id.clone())
}

fn stdin_bytes() -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(input::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    Ok(bytes)
}

fn read_stdin(
    format: InputFormat,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Mutex<HashMap<String, Arc<Rubric>>>,
) -> Result<(Arc<Rubric>, Responses)> {
    let bytes = stdin_bytes()?;
    if bytes.len() as u64 > input::MAX_BYTES {
        anyhow::bail!(
            "standard input is larger than {} MiB",
            input::MAX_BYTES >> 20
        );
    }
    let text = String::from_utf8(bytes).context("standard input is not UTF-8 text")?;
    let format = if format == InputFormat::Json {
        FileFormat::Json
    } else {
        FileFormat::Toml
    };
    decode_sheet("-", format, &text, forced, catalog, rubrics)
}

/// The inputs, with folders searched (sorted, recursively) for answer files and exports.
fn expand(files: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for f in files {
        if f.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if f.is_dir() {
            let mut found = Vec::new();
            walk(f, &mut found);
            found.sort();
            if found.is_empty() {
                crate::say!(
                    "warning: folder {} holds no .toml, .json, .csv, .tsv or .xlsx files",
                    f.display()
                );
            }
            out.extend(found.into_iter().map(classify));
        } else {
            out.push(classify(f.clone()));
        }
    }
    out
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        crate::say!("warning: cannot read folder {}", dir.display());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
        } else if matches!(
            extension(&path).as_str(),
            "toml" | "json" | "csv" | "tsv" | "xlsx"
        ) {
            found.push(path);
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase()
}

fn classify(path: PathBuf) -> Input {
    match extension(&path).as_str() {
        "csv" | "tsv" | "xlsx" => Input::Export(path),
        _ => Input::Sheet(path),
    }
}

fn survey_options(args: &ScoreArgs) -> Result<survey::Options> {
    survey_options_from(
        args.map.as_deref(),
        &args.missing,
        args.id_column.as_deref(),
        args.layout,
    )
}

/// Survey options from the flags `score` and `map` share.
pub(crate) fn survey_options_from(
    map: Option<&Path>,
    missing: &[String],
    id_column: Option<&str>,
    layout: Option<survey::Layout>,
) -> Result<survey::Options> {
    let map = match map {
        None => Vec::new(),
        Some(file) => {
            let text = input::read_text(file, "mapping file")?;
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
                    Some(id) => pairs.push((header, id.to_owned())),
                    None => {
                        return Err(UsageError(format!(
                            "{name}: `{header}` must map to a question id in quotes"
                        ))
                        .into());
                    }
                }
            }
            pairs
        }
    };
    Ok(survey::Options {
        map,
        missing: missing.to_vec(),
        id_column: id_column.map(str::to_owned),
        layout,
        stop: None,
    })
}

/// An error as the lines it is reported with.
fn error_lines(e: &anyhow::Error) -> Vec<String> {
    match e.downcast_ref::<Problems>() {
        Some(p) => p.0.iter().map(ToString::to_string).collect(),
        None => vec![crate::base::printable::printable(&format!("{e:#}")).into_owned()],
    }
}

/// Reads one answer file once and decodes it with its rubric: `--rubric` when given, else the
/// one it names.
pub(crate) fn read_sheet(
    file: &Path,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Mutex<HashMap<String, Arc<Rubric>>>,
) -> Result<(Arc<Rubric>, Responses)> {
    let name = file.display().to_string();
    let text = input::read_text(file, "answer file")?;
    decode_sheet(
        &name,
        FileFormat::detect(file, &text),
        &text,
        forced,
        catalog,
        rubrics,
    )
}

fn decode_sheet(
    name: &str,
    format: FileFormat,
    text: &str,
    forced: Option<&Arc<Rubric>>,
    catalog: &Catalog,
    rubrics: &Mutex<HashMap<String, Arc<Rubric>>>,
) -> Result<(Arc<Rubric>, Responses)> {
    let raw = answers::parse_raw(name, format, text)?;
    let rubric = match forced {
        Some(r) => Arc::clone(r),
        None => {
            let Some(id) = raw.rubric_id() else {
                // Decoding against the default rubric reports the missing id with the rest.
                let r = catalog.resolve(DEFAULT_ID)?;
                return Err(answers::decode(raw, &r).err().map_or_else(
                    || {
                        anyhow::anyhow!(
                            "{name}: the answer file does not say which rubric it answers"
                        )
                    },
                    Into::into,
                ));
            };
            let known = rubrics.lock().ok().and_then(|m| m.get(id).cloned());
            match known {
                Some(r) => r,
                None => {
                    let r = catalog.resolve(id).map_err(|e| {
                        Problems::from(Problem::in_file(
                            name,
                            format!("{e:#}; pass --rubric PATH to score it with a rubric file"),
                        ))
                    })?;
                    if let Ok(mut m) = rubrics.lock() {
                        m.insert(id.to_owned(), Arc::clone(&r));
                    }
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
            let hint = match crate::base::names::did_you_mean(t, ids.iter().map(String::as_str)) {
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
