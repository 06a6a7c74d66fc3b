//! `pathfit score FILE...`: score answer files, folders and survey exports, writing each
//! report as soon as it is made; at the end, how many were scored, partial and skipped.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};

use crate::answers::{self, FileFormat, Responses, survey};
use crate::cli::{InputFormat, ReportArgs, ScoreArgs};
use crate::error::{Reported, UsageError};
use crate::input;
use crate::problem::{Problem, Problems};
use crate::render::{self, Format, Look, Record, Sink};
use crate::report::{self, Options};
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};
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

/// Counts for the closing line, and the cohort when a summary is wanted.
#[derive(Default)]
struct Tally {
    scored: usize,
    partial: usize,
    skipped: usize,
    summary: bool,
    /// `--summary-only`: no report is made per sheet, only the scores the cohort needs.
    scores_only: bool,
    /// `--format csv`: rows need scores and quality flags only, not a whole report.
    brief: bool,
    cohort: Option<Cohort>,
    other_rubrics: usize,
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
    let survey_options = survey_options(args)?;
    let inputs = expand(&args.files);
    let mut rubrics: HashMap<String, Arc<Rubric>> = HashMap::new();
    let mut sink: Box<dyn Sink + '_> = if args.summary_only {
        Box::new(Nothing)
    } else {
        render::sink(format, out, look)
    };
    sink.begin()?;
    let mut tally = Tally {
        summary: args.summary || args.summary_only,
        scores_only: args.summary_only,
        brief: format == Format::Csv,
        ..Tally::default()
    };
    for input in &inputs {
        match input {
            Input::Sheet(file) => {
                let source = file.display().to_string();
                let read = read_sheet(file, forced.as_ref(), catalog, &mut rubrics);
                sheet(&mut *sink, &mut tally, &args.report, &source, None, read)?;
            }
            Input::Stdin if args.input_format != InputFormat::Csv => {
                let read = read_stdin(args.input_format, forced.as_ref(), catalog, &mut rubrics);
                sheet(&mut *sink, &mut tally, &args.report, "-", None, read)?;
            }
            Input::Stdin | Input::Export(_) => {
                let source = match input {
                    Input::Export(f) => f.display().to_string(),
                    _ => "-".to_owned(),
                };
                let rubric = match &forced {
                    Some(r) => Arc::clone(r),
                    None => catalog.resolve(DEFAULT_ID)?,
                };
                let result = match input {
                    Input::Export(f) => input::open_reader(f, "survey export").and_then(|r| {
                        export(
                            &mut *sink,
                            &mut tally,
                            (&args.report, &survey_options),
                            &source,
                            r,
                            &rubric,
                        )
                    }),
                    _ => export(
                        &mut *sink,
                        &mut tally,
                        (&args.report, &survey_options),
                        &source,
                        std::io::stdin().lock(),
                        &rubric,
                    ),
                };
                if let Err(e) = result {
                    if e.chain().any(|c| {
                        c.downcast_ref::<std::io::Error>()
                            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    }) {
                        return Err(e);
                    }
                    fail(&mut *sink, &mut tally, &source, None, &error_lines(&e))?;
                }
            }
        }
    }
    sink.end()?;
    drop(sink);
    if let Some(mut cohort) = tally.cohort.take() {
        cohort.skipped = tally.skipped;
        if tally.other_rubrics > 0 {
            crate::say!(
                "warning: the summary covers rubric `{}` only; {} sheets of other rubrics are not in it",
                cohort_rubric_id(&rubrics, &cohort, forced.as_ref()),
                tally.other_rubrics
            );
        }
        let rubric = cohort_rubric(&rubrics, &cohort, forced.as_ref(), catalog)?;
        render::summary::write(out, format, look, &rubric, &cohort)?;
    }
    if inputs.len() > 1 || tally.scored + tally.skipped > 1 {
        crate::say!(
            "{} scored, {} partial, {} skipped",
            tally.scored,
            tally.partial,
            tally.skipped
        );
    }
    if tally.skipped > 0 {
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

/// Writes one sheet's record, or its failure.
fn sheet(
    sink: &mut dyn Sink,
    tally: &mut Tally,
    report_args: &ReportArgs,
    source: &str,
    row: Option<usize>,
    read: Result<(Arc<Rubric>, Responses)>,
) -> Result<()> {
    match read {
        Ok((rubric, responses)) => {
            scored(sink, tally, report_args, source, row, &rubric, &responses)
        }
        Err(e) => fail(sink, tally, source, row, &error_lines(&e)),
    }
}

fn scored(
    sink: &mut dyn Sink,
    tally: &mut Tally,
    report_args: &ReportArgs,
    source: &str,
    row: Option<usize>,
    rubric: &Rubric,
    responses: &Responses,
) -> Result<()> {
    tally.scored += 1;
    if responses.answered() < rubric.key.questions() {
        tally.partial += 1;
    }
    if tally.brief && !tally.scores_only {
        let scores = crate::scoring::score(&rubric.key, &responses.points);
        let quality = crate::quality::check(&rubric.key, &responses.points);
        if tally.summary {
            let cohort = tally.cohort.get_or_insert_with(|| Cohort::new(rubric));
            if cohort.key_hash == rubric.key.hash {
                cohort.add(rubric, &responses.points, &scores);
            }
        }
        sink.record(&Record::Brief {
            source,
            row,
            rubric,
            responses,
            scores: &scores,
            quality: &quality,
        })?;
        return Ok(());
    }
    let report = if tally.scores_only {
        None
    } else {
        Some(report::build(
            rubric,
            responses,
            &options(report_args, rubric)?,
        ))
    };
    if tally.summary {
        let cohort = tally.cohort.get_or_insert_with(|| Cohort::new(rubric));
        if cohort.key_hash == rubric.key.hash {
            match &report {
                Some(r) => cohort.add(rubric, &responses.points, &r.scores),
                None => cohort.add(
                    rubric,
                    &responses.points,
                    &crate::scoring::score(&rubric.key, &responses.points),
                ),
            }
        } else {
            tally.other_rubrics += 1;
        }
    }
    let Some(report) = report else {
        return Ok(());
    };
    sink.record(&Record::Scored {
        source,
        row,
        rubric,
        responses,
        report: &report,
    })?;
    Ok(())
}

fn fail(
    sink: &mut dyn Sink,
    tally: &mut Tally,
    source: &str,
    row: Option<usize>,
    lines: &[String],
) -> Result<()> {
    tally.skipped += 1;
    for line in lines {
        match row {
            Some(r) => crate::say!("error: {source}: row {r}: {line}"),
            None => crate::say!("error: {line}"),
        }
    }
    sink.record(&Record::Failed {
        source,
        row,
        error: &lines.join("; "),
    })?;
    Ok(())
}

/// Scores every row of a survey export as it is read.
fn export(
    sink: &mut dyn Sink,
    tally: &mut Tally,
    (report_args, options): (&ReportArgs, &survey::Options),
    source: &str,
    reader: impl Read,
    rubric: &Rubric,
) -> Result<()> {
    let tsv = source.to_lowercase().ends_with(".tsv");
    let fallback = survey::read(source, reader, tsv, rubric, options, |row| {
        let result = match row.result {
            Ok(responses) => scored(
                sink,
                tally,
                report_args,
                source,
                Some(row.number),
                rubric,
                &responses,
            ),
            Err(reason) => fail(sink, tally, source, Some(row.number), &[reason]),
        };
        result.map_err(std::io::Error::other)
    })?;
    if fallback {
        crate::say!("warning: {source} is not UTF-8; read it as Windows-1252");
    }
    Ok(())
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
    rubrics: &mut HashMap<String, Arc<Rubric>>,
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
                    "warning: folder {} holds no .toml, .json, .csv or .tsv files",
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
        } else if matches!(extension(&path).as_str(), "toml" | "json" | "csv" | "tsv") {
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
        "csv" | "tsv" => Input::Export(path),
        _ => Input::Sheet(path),
    }
}

fn survey_options(args: &ScoreArgs) -> Result<survey::Options> {
    survey_options_from(
        args.map.as_deref(),
        &args.missing,
        args.id_column.as_deref(),
    )
}

/// Survey options from the flags `score` and `map` share.
pub(crate) fn survey_options_from(
    map: Option<&Path>,
    missing: &[String],
    id_column: Option<&str>,
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
                    "write one `\"column header\" = \"question_id\"` per line",
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
    })
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
    rubrics: &mut HashMap<String, Arc<Rubric>>,
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
            match rubrics.get(id) {
                Some(r) => Arc::clone(r),
                None => {
                    let r = catalog.resolve(id).map_err(|e| {
                        Problems::from(Problem::in_file(
                            name,
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
