//! The answers an export's question columns hold that are neither on the scale nor "not
//! answered" (`pathfit map`): each distinct value (compared folded) with how many cells hold
//! it, so a coach sees at once which `--missing` code or `[scale.aliases]` word is lacking.
//! The work is bounded: at most [`SCAN_ROWS`] data rows are read and [`KEPT_VALUES`] values
//! kept a column, the cells of the rest counted.

use std::sync::Arc;

use super::cells::Decoder;
use super::columns::fold;
use super::layout::HEAD_ROWS;
use super::{Kind, Options, reader, start, xlsx};
use crate::rubric::Rubric;

/// The most data rows read for strays.
pub const SCAN_ROWS: usize = 10_000;
/// The most distinct values kept a column.
pub const KEPT_VALUES: usize = 20;

/// One value not on the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct StrayValue {
    /// As first seen, trimmed.
    pub text: String,
    /// Whether it is a number (off the scale) rather than a word.
    pub number: bool,
    pub cells: usize,
}

/// A question column's values not on the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Stray {
    pub column: usize,
    pub question: usize,
    /// The first [`KEPT_VALUES`] distinct values, in the order first seen.
    pub values: Vec<StrayValue>,
    /// Cells holding values past those kept.
    pub more_cells: usize,
}

/// The strays by question column, and the folded values kept, per column.
struct Tally {
    strays: Vec<Stray>,
    keys: Vec<Vec<String>>,
    rows: usize,
    fallback: bool,
}

impl Tally {
    fn new(decoder: &Decoder) -> Tally {
        let strays: Vec<Stray> = decoder
            .questions()
            .iter()
            .map(|&(column, question)| Stray {
                column,
                question,
                values: Vec::new(),
                more_cells: 0,
            })
            .collect();
        let keys = vec![Vec::new(); strays.len()];
        Tally {
            strays,
            keys,
            rows: 0,
            fallback: false,
        }
    }

    fn add(&mut self, decoder: &Decoder, cells: &(impl super::Cells + ?Sized)) {
        self.rows += 1;
        for (i, &(c, _)) in decoder.questions().iter().enumerate() {
            let Some((text, number)) = cells
                .cell(c)
                .and_then(|cell| decoder.stray(cell, &mut self.fallback))
            else {
                continue;
            };
            let key = fold(&text);
            let stray = &mut self.strays[i];
            if let Some(k) = self.keys[i].iter().position(|k| *k == key) {
                stray.values[k].cells += 1;
            } else if stray.values.len() < KEPT_VALUES {
                self.keys[i].push(key);
                stray.values.push(StrayValue {
                    text,
                    number,
                    cells: 1,
                });
            } else {
                stray.more_cells += 1;
            }
        }
    }

    fn done(&self) -> bool {
        self.rows >= SCAN_ROWS
    }
}

/// The strays of the first [`SCAN_ROWS`] data rows of an export, question columns without
/// any left out, and how many data rows were read.
pub fn strays(
    file: &std::path::Path,
    rubric: &Arc<Rubric>,
    options: &Options,
) -> anyhow::Result<(Vec<Stray>, usize)> {
    let name = file.display().to_string();
    let input = crate::base::input::open_reader(file, crate::base::What::SurveyExport)?;
    let begin = |top: Vec<Vec<String>>| -> anyhow::Result<(Decoder, Tally)> {
        let (decoder, pending, _) = start(&name, rubric, options, top)?;
        let mut tally = Tally::new(&decoder);
        for row in pending.iter().take(SCAN_ROWS) {
            tally.add(&decoder, &row[..]);
        }
        Ok((decoder, tally))
    };
    let (_, tally) = match Kind::of(&name) {
        Kind::Xlsx => {
            let mut top = Vec::new();
            let mut scan: Option<(Decoder, Tally)> = None;
            xlsx::xlsx_rows(&name, input, |row| {
                match &mut scan {
                    Some((decoder, tally)) => tally.add(decoder, row),
                    None => top.push(row.to_vec()),
                }
                if scan.is_none() && top.len() == HEAD_ROWS {
                    scan = Some(begin(std::mem::take(&mut top))?);
                }
                Ok(!scan.as_ref().is_some_and(|(_, t)| t.done()))
            })?;
            match scan {
                Some(scan) => scan,
                None => begin(top)?,
            }
        }
        kind => {
            let (mut reader, _) = reader::csv_reader(input, kind == Kind::Tsv)?;
            let mut fallback = false;
            let (top, long) = reader::top_rows(&name, &mut reader, &mut fallback)?;
            let (decoder, mut tally) = begin(top)?;
            let mut record = csv::ByteRecord::new();
            while !long && !tally.done() {
                let read = reader.read_byte_record(&mut record);
                // A row too long, a broken row or the end: what was read so far is enough.
                if reader::next_record(&mut reader) || !matches!(read, Ok(true)) {
                    break;
                }
                tally.add(&decoder, &record);
            }
            (decoder, tally)
        }
    };
    let rows = tally.rows;
    let found = tally
        .strays
        .into_iter()
        .filter(|s| !s.values.is_empty() || s.more_cells > 0);
    Ok((found.collect(), rows))
}
