//! Feeding a batch: answer files read and scored in parallel a chunk at a time and written in
//! order, and survey exports scored row by row as they are read.

use std::path::Path;
use std::sync::Arc;

use anyhow::Result;
use rayon::prelude::*;

use super::batch::{Batch, CHUNK, Made, Need, Sources};
use super::parts::Run;
use super::sheets::{file_options, read_sheet};
use crate::answers::{Responses, survey};
use crate::base::input;
use crate::error::Usage;
use crate::render::Record;
use crate::rubric::Rubric;
use crate::text::commands::{self as words, Notice};

type Sheet = (Arc<Rubric>, Responses, Made, Option<Vec<u8>>);

impl Batch<'_> {
    /// Answer files, read and scored in parallel a chunk at a time, written in order.
    pub(super) fn sheets(&mut self, files: &[&Path], from: &Sources<'_>) -> Result<()> {
        for chunk in files.chunks(CHUNK) {
            let made = self.make_chunk(chunk, from);
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
                    Err(e) if e.is::<Usage>() => return Err(e),
                    Err(e) => self.fail(&source, None, &self.lines(&e))?,
                }
            }
            self.progress.files(chunk.len());
            self.check_stop()?;
        }
        Ok(())
    }

    /// One chunk of answer files, made on the worker threads.
    fn make_chunk(&self, chunk: &[&Path], from: &Sources<'_>) -> Vec<Result<Sheet>> {
        let (need, report_args) = (self.need, self.report_args);
        // Where the output can be encoded apart from the sink (JSON), each report's bytes are
        // made on the worker threads too; the sink only writes them in order.
        let encoder = self.sink.encoder().filter(|_| need == Need::Report);
        chunk
            .par_iter()
            .map(|file| {
                let (rubric, responses) =
                    read_sheet(file, from.forced, from.catalog, from.rubrics)?;
                let options = file_options(report_args, &rubric, file)?;
                let made = Self::make(need, &options, &rubric, &responses);
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
            .collect()
    }

    /// Every row of a survey export, scored as it is read.
    pub(super) fn export(
        &mut self,
        source: &str,
        file: Option<&Path>,
        options: &survey::Options,
        rubric: &Arc<Rubric>,
    ) -> Result<()> {
        let kind = survey::Kind::of(source);
        // The report options, checked against the rubric once for the whole export.
        let report_options = super::sheets::options(self.report_args, rubric)?;
        let run = std::cell::RefCell::new(Run {
            batch: self,
            source,
            rubric,
            report_options: &report_options,
            rows: 0,
            ids: Ids::default(),
            unasked: 0,
            hinted: false,
            line: Vec::new(),
        });
        let split = run.borrow().split();
        let mut each = |row: usize, result: survey::Outcome<'_>| run.borrow_mut().each(row, result);
        let notes = match (kind, file, split) {
            (survey::Kind::Xlsx, Some(f), _) => {
                let input = input::open_reader(f, crate::base::What::SurveyExport)?;
                survey::read_xlsx(source, input, rubric, options, &mut each)
            }
            (_, Some(f), Some(encoder)) => {
                let mut parts = |plan: &survey::Plan| run.borrow_mut().parts(plan, encoder.clone());
                survey::read_file(source, f, kind, rubric, options, &mut each, &mut parts)
            }
            (_, Some(f), None) => {
                let input = input::open_reader(f, crate::base::What::SurveyExport)?;
                survey::read(source, input, kind, rubric, options, &mut each)
            }
            (_, None, _) => {
                survey::read(source, std::io::stdin(), kind, rubric, options, &mut each)
            }
        };
        let Run {
            rows, ids, unasked, ..
        } = run.into_inner();
        self.check_stop()?;
        self.after_export(source, notes?, &ids, (rows, unasked));
        self.progress.files(1);
        Ok(())
    }
}

impl Run<'_, '_> {
    /// One row as the sequential reader gives it.
    fn each(&mut self, row: usize, result: survey::Outcome<'_>) -> std::io::Result<()> {
        self.rows = row;
        self.ids.add(match &result {
            Ok(responses) => responses.respondent.as_deref(),
            Err((respondent, _)) => *respondent,
        });
        let (source, rubric) = (self.source, self.rubric);
        let done = match result {
            Err((_, crate::problem::answers::RowProblem::NotAsked { .. })) => {
                self.unasked += 1;
                self.batch.not_asked();
                Ok(())
            }
            Ok(responses) => self
                .batch
                .row((source, row), rubric, self.report_options, responses),
            Err((respondent, reason)) => {
                let reason = self.batch.reason(reason, &mut self.hinted);
                self.batch
                    .fail_row(source, Some(row), respondent, Some(rubric), &[reason])
            }
        };
        done.map_err(std::io::Error::other)?;
        self.every_1024(row)
    }
}

impl Batch<'_> {
    /// The warnings an export ends with.
    /// `rows`: the rows read, and how many of them answer none of the questions.
    fn after_export(
        &self,
        source: &str,
        notes: survey::Notes,
        ids: &Ids,
        (rows, unasked): (usize, usize),
    ) {
        if unasked > 0 {
            let rows = unasked;
            self.progress
                .say(|| words::say(Notice::NotAsked { source, rows }));
        }
        for notice in super::notices(source, notes) {
            self.progress.say(|| words::say(notice));
        }
        if ids.repeated > 0 {
            let rows = ids.repeated;
            self.progress
                .say(|| words::say(Notice::RepeatedIds { source, rows }));
        }
        if rows == 0 {
            self.progress
                .say(|| words::say(Notice::NoRespondents { source }));
        }
    }
}

/// The respondent ids of an export so far, by hash, and how many rows repeated one.
#[derive(Default)]
pub(super) struct Ids {
    seen: std::collections::HashSet<u64>,
    pub state: std::hash::RandomState,
    repeated: usize,
}

impl Ids {
    /// A row's id ("row N" when the row names none, never a repeat).
    fn add(&mut self, id: Option<&str>) {
        let Some(id) = id.filter(|id| !id.starts_with("row ")) else {
            return;
        };
        self.add_hash(std::hash::BuildHasher::hash_one(&self.state, id));
    }

    /// A row's id, by its hash.
    pub fn add_hash(&mut self, hash: u64) {
        if !self.seen.insert(hash) {
            self.repeated += 1;
        }
    }
}
