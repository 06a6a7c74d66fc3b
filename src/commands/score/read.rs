//! Feeding a batch: answer files read and scored in parallel a chunk at a time and written in
//! order, and survey exports scored row by row as they are read.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use anyhow::Result;
use rayon::prelude::*;

use super::batch::{Batch, CHUNK, Made, Need, Sources};
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
        let mut rows = 0;
        let mut ids = Ids::default();
        let mut unasked = 0;
        let mut hinted = false;
        let mut each = |row: usize, result: survey::Outcome<'_>| -> std::io::Result<()> {
            rows = row;
            ids.add(match &result {
                Ok(responses) => responses.respondent.as_deref(),
                Err((respondent, _)) => *respondent,
            });
            let done = match result {
                Err((_, crate::problem::answers::RowProblem::NotAsked { .. })) => {
                    unasked += 1;
                    self.not_asked();
                    Ok(())
                }
                Ok(responses) => self.row((source, row), rubric, &report_options, responses),
                Err((respondent, reason)) => {
                    let reason = self.reason(reason, &mut hinted);
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
        let notes = match (kind, file) {
            (survey::Kind::Xlsx, Some(f)) => {
                let input = input::open_reader(f, crate::base::What::SurveyExport)?;
                survey::read_xlsx(source, input, rubric, options, &mut each)
            }
            (_, Some(f)) => {
                let input = input::open_reader(f, crate::base::What::SurveyExport)?;
                survey::read(source, input, kind, rubric, options, &mut each)
            }
            (_, None) => survey::read(source, std::io::stdin(), kind, rubric, options, &mut each),
        };
        self.check_stop()?;
        self.after_export(source, notes?, &ids, (rows, unasked));
        self.progress.files(1);
        Ok(())
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
struct Ids {
    seen: std::collections::HashSet<u64>,
    state: std::hash::RandomState,
    repeated: usize,
}

impl Ids {
    /// A row's id ("row N" when the row names none, never a repeat).
    fn add(&mut self, id: Option<&str>) {
        let Some(id) = id.filter(|id| !id.starts_with("row ")) else {
            return;
        };
        let hash = std::hash::BuildHasher::hash_one(&self.state, id);
        if !self.seen.insert(hash) {
            self.repeated += 1;
        }
    }
}
