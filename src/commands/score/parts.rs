//! A survey export scored on every core: the rows of each part of the file decoded, scored and
//! encoded (CSV, or whole JSON reports) on the worker threads ([`Maker`]), then counted and
//! written here in file order ([`Run::take`]); rows not scored are said and written one at a
//! time, as before.

use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use anyhow::Result;

use super::batch::{Batch, Need};
use crate::answers::{Responses, survey};
use crate::problem::answers::RowProblem;
use crate::render::csv::RowEncoder;
use crate::render::{JsonEncoder, Record, Sheet};
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::summary::Cohort;

/// What a row of a part came to.
enum Entry {
    /// Scored: its bytes end at `end` in [`Made::bytes`].
    Scored {
        end: usize,
        /// A JSON record's head, which is written anew with the row's place.
        head: usize,
        named: bool,
        partial: bool,
    },
    NotAsked,
    Failed {
        respondent: Option<String>,
        problem: RowProblem,
    },
}

/// What the worker threads made of one part.
pub(super) struct Made {
    entries: Vec<Entry>,
    /// The scored rows' CSV bytes, one after the other.
    bytes: Vec<u8>,
    /// The scored rows' figures, in order, for the cohort's sums.
    figures: Vec<Option<f64>>,
    cohort: Option<Cohort>,
    /// The hashes of the respondent ids the rows name.
    hashes: Vec<u64>,
    /// JSON: the scored rows' respondents, each ending at its entry's place in `ends`.
    names: String,
    ends: Vec<usize>,
    scores: Scores,
}

/// What the worker threads encode of each scored row.
#[derive(Clone)]
pub(super) enum Encode {
    /// Nothing: the cohort alone is wanted (`--summary-only`).
    Nothing,
    /// A CSV line in the columns of the export's rubric.
    Csv(RowEncoder),
    /// A whole report as a JSON record, without its place (the file and row).
    Json(JsonEncoder),
}

/// Scores and encodes rows on the worker threads.
pub(super) struct Maker {
    rubric: Arc<Rubric>,
    encode: Encode,
    /// The report options, checked against the rubric (JSON).
    options: crate::report::Options,
    summary: bool,
    ids: RandomState,
    /// Parts' outputs taken and emptied, for the next parts: their memory is reused.
    pool: std::sync::Mutex<Vec<Made>>,
}

impl survey::Split for Maker {
    type Out = Made;

    fn out(&self) -> Made {
        let reused = self.pool.lock().ok().and_then(|mut p| p.pop());
        reused.unwrap_or_else(|| Made {
            entries: Vec::new(),
            bytes: Vec::new(),
            figures: Vec::new(),
            cohort: self.summary.then(|| Cohort::new(&self.rubric)),
            hashes: Vec::new(),
            names: String::new(),
            ends: Vec::new(),
            scores: Scores::new(&self.rubric.key),
        })
    }

    /// A JSON record is some 15 times its row's bytes: parts of a sixteenth of the size keep
    /// the parts in flight about as large in memory as CSV's.
    fn part_bytes(&self, planned: u64) -> u64 {
        match self.encode {
            Encode::Json(_) => planned / 16,
            _ => planned,
        }
    }

    fn row(&self, out: &mut Made, row: survey::Row<'_>) {
        let responses = row.responses;
        let id = responses
            .respondent
            .as_deref()
            .filter(|id| !id.starts_with("row "));
        if let Some(id) = id {
            out.hashes.push(self.ids.hash_one(id));
        }
        let entry = match row.result {
            Ok(()) => self.scored(out, responses, row.named),
            Err(RowProblem::NotAsked { .. }) => Entry::NotAsked,
            Err(problem) => Entry::Failed {
                respondent: id.map(str::to_owned),
                problem,
            },
        };
        out.entries.push(entry);
    }
}

impl Maker {
    /// A part's output, taken: emptied and kept for another part.
    fn done(&self, mut made: Made) {
        made.entries.clear();
        made.bytes.clear();
        made.figures.clear();
        made.hashes.clear();
        made.names.clear();
        made.ends.clear();
        if let Some(c) = &mut made.cohort {
            *c = Cohort::new(&self.rubric);
        }
        if let Ok(mut pool) = self.pool.lock() {
            pool.push(made);
        }
    }

    fn scored(&self, out: &mut Made, responses: &Responses, named: bool) -> Entry {
        let rubric = &*self.rubric;
        crate::scoring::fits_into(&rubric.key, &responses.points, &mut out.scores);
        if let Some(cohort) = &mut out.cohort {
            cohort.count(rubric, &responses.points, &out.scores);
            out.figures.extend(Cohort::figures(&out.scores));
        }
        let head = match &self.encode {
            Encode::Nothing => 0,
            Encode::Csv(encoder) => {
                let quality = crate::quality::check(&rubric.key, &responses.points);
                let sheet = Sheet {
                    source: "",
                    row: None,
                    rubric,
                    responses,
                    scores: &out.scores,
                    quality: &quality,
                    report: None,
                };
                // Writing to a Vec fails only when memory runs out.
                let _ = encoder.encode(sheet, named, &mut out.bytes);
                0
            }
            Encode::Json(encoder) => self.json(*encoder, out, responses),
        };
        Entry::Scored {
            end: out.bytes.len(),
            head,
            named,
            partial: responses.partial(),
        }
    }

    /// A row's whole report as a JSON record without its place; the length of its head.
    fn json(&self, encoder: JsonEncoder, out: &mut Made, responses: &Responses) -> usize {
        let rubric = &*self.rubric;
        let report = crate::report::build(rubric, responses, &self.options);
        let record = Record::Scored {
            source: "",
            row: None,
            rubric,
            responses,
            report: &report,
        };
        out.names
            .push_str(responses.respondent.as_deref().unwrap_or_default());
        out.ends.push(out.names.len());
        // A record's head is the same at every place, so this never fails but for memory.
        encoder
            .encode_unplaced(&record, &mut out.bytes)
            .unwrap_or_default()
    }
}

/// An export being read: the batch, and what its closing warnings need.
pub(super) struct Run<'b, 'a> {
    pub batch: &'b mut Batch<'a>,
    pub source: &'b str,
    pub rubric: &'b Arc<Rubric>,
    pub report_options: &'b crate::report::Options,
    /// The number of the last row.
    pub rows: usize,
    pub ids: super::read::Ids,
    pub unasked: usize,
    pub hinted: bool,
    /// A JSON record put in its place, reused.
    pub line: Vec<u8>,
}

impl Run<'_, '_> {
    /// The encoder the worker threads use, when the export can be read in parts: CSV into
    /// columns of its rubric, or no records at all (`--summary-only`).
    pub fn split(&self) -> Option<Encode> {
        // Picking respondents out reads row by row: the parts would score everyone.
        if self.batch.only.is_some() {
            return None;
        }
        match self.batch.need {
            Need::Scores => Some(Encode::Nothing),
            Need::Brief => self.batch.sink.row_encoder(self.rubric).map(Encode::Csv),
            // JSON records are made on the workers; tables, Markdown and HTML here.
            Need::Report => self.batch.sink.encoder().map(Encode::Json),
        }
    }

    /// Reads the export's parts on every core.
    pub fn parts(&mut self, plan: &survey::Plan, encode: Encode) -> Result<survey::Ended> {
        let maker = Maker {
            rubric: Arc::clone(self.rubric),
            encode,
            options: self.report_options.clone(),
            summary: self.batch.summary(),
            ids: self.ids.state.clone(),
            pool: std::sync::Mutex::new(Vec::new()),
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        survey::run(plan, &maker, threads, &mut |first, mut made| {
            let done = self.take(first, &mut made);
            maker.done(made);
            done
        })
    }

    /// Counts and writes a part's rows, the first numbered `first`.
    fn take(&mut self, first: usize, made: &mut Made) -> Result<()> {
        let (source, rubric) = (self.source, self.rubric);
        // Where the next row's bytes, respondent end and respondent start are.
        let mut at = (0, 0, 0);
        for (k, entry) in made.entries.drain(..).enumerate() {
            let row = first + k;
            self.rows = row;
            match entry {
                Entry::Scored {
                    end,
                    head,
                    named,
                    partial,
                } => {
                    self.batch.scored_row(partial);
                    let bytes = (&made.bytes[at.0..end], head);
                    at.0 = end;
                    let done = match self.batch.need {
                        Need::Brief => {
                            let sink = &mut self.batch.sink;
                            sink.encoded_row((source, row), rubric, named, bytes.0)
                        }
                        Need::Report => {
                            let name_end = made.ends.get(at.1).copied().unwrap_or_default();
                            let name = made.names.get(at.2..name_end).unwrap_or_default();
                            (at.1, at.2) = (at.1 + 1, name_end);
                            self.json((row, named.then_some(name)), bytes)
                        }
                        Need::Scores => Ok(()),
                    };
                    self.batch.written(done)?;
                }
                Entry::NotAsked => {
                    self.unasked += 1;
                    self.batch.not_asked();
                }
                Entry::Failed {
                    respondent,
                    problem,
                } => {
                    let reason = self.batch.reason(&problem, &mut self.hinted);
                    let respondent = respondent.as_deref();
                    self.batch
                        .fail_row(source, Some(row), respondent, Some(rubric), &[reason])?;
                }
            }
            self.every_1024(row)?;
        }
        if let Some(cohort) = &made.cohort {
            self.batch.merge_cohort(rubric, cohort, &made.figures);
        }
        for &h in &made.hashes {
            self.ids.add_hash(h);
        }
        Ok(())
    }

    /// Writes a row's JSON record made on a worker, with its place: the export, the row's
    /// number and its respondent (None: the row names none, so it is "row N").
    fn json(
        &mut self,
        (row, name): (usize, Option<&str>),
        bytes: (&[u8], usize),
    ) -> std::io::Result<()> {
        let Some(encoder) = self.batch.sink.encoder() else {
            return Ok(());
        };
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        let numbered;
        let respondent = match name {
            Some(name) => name,
            None => {
                numbered = crate::answers::survey::RowName(row).to_string();
                &numbered
            }
        };
        encoder.place((self.source, row), respondent, bytes, &mut line)?;
        let done = self.batch.sink.encoded(&line);
        self.line = line;
        done
    }

    /// As each row is read one by one: every 1024 rows, progress, and a stop when asked.
    pub fn every_1024(&mut self, row: usize) -> std::io::Result<()> {
        if row.is_multiple_of(1024) {
            self.batch.progress.rows(1024);
            if self.batch.stop.load(Ordering::Relaxed) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::Interrupted,
                    "stopped",
                ));
            }
        }
        Ok(())
    }
}
