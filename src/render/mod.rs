//! Renderers: report data written as a terminal table, Markdown, HTML or JSON to any `io::Write`,
//! as a stream (begin, one record per answer sheet, end) that holds nothing per respondent.

pub mod brief;
pub mod calendar;
pub mod columns;
pub mod csv;
pub mod explain;
pub mod guide;
pub mod html;
mod json;
pub mod lint;
mod markdown;
pub mod summary;
pub(crate) mod table;

use std::io::{self, Write};

use crate::answers::Responses;
use crate::report::Report;
use crate::rubric::Rubric;

pub use json::Encoder as JsonEncoder;
pub use table::bar;

/// The output formats of every command that prints a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    /// One self-contained page: inline CSS and SVG, no script.
    Html,
    Json,
    /// One JSON object per line.
    Jsonl,
    /// One row per answer sheet, for spreadsheets; columns in docs/batch.md.
    Csv,
}

/// How a renderer may decorate its text: the one colour decision, and the width to fit.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    pub width: usize,
    /// Plain ASCII only (TERM=dumb): no box drawing or block characters.
    pub ascii: bool,
}

impl Look {
    fn paint(&self, style: console::Style, text: &str) -> String {
        if self.color {
            style.force_styling(true).apply_to(text).to_string()
        } else {
            text.to_owned()
        }
    }
    pub fn bold(&self, text: &str) -> String {
        self.paint(console::Style::new().bold(), text)
    }
    pub fn warn(&self, text: &str) -> String {
        self.paint(console::Style::new().yellow().bold(), text)
    }
}

/// One record of a stream: a scored sheet, or a file that could not be scored.
pub enum Record<'a> {
    Scored {
        /// Where the answers came from (a file name, or "interactive session").
        source: &'a str,
        /// The data row within a survey export (1 = the first respondent).
        row: Option<usize>,
        rubric: &'a Rubric,
        responses: &'a Responses,
        report: &'a Report,
    },
    Failed {
        source: &'a str,
        row: Option<usize>,
        /// Who the row was, when the export names respondents.
        respondent: Option<&'a str>,
        /// The rubric the row was read with, when known (rows of an export).
        rubric: Option<&'a Rubric>,
        error: &'a str,
    },
    /// Scores without the rest of a report: all the CSV rows need, for speed in big batches.
    /// Only the CSV renderer is sent these.
    Brief {
        source: &'a str,
        row: Option<usize>,
        rubric: &'a Rubric,
        responses: &'a Responses,
        scores: &'a crate::scoring::Scores,
        quality: &'a crate::quality::Quality,
    },
}

/// What every renderer reads of a scored sheet, whichever record carried it.
#[derive(Clone, Copy)]
pub struct Sheet<'a> {
    pub source: &'a str,
    pub row: Option<usize>,
    pub rubric: &'a Rubric,
    pub responses: &'a Responses,
    pub scores: &'a crate::scoring::Scores,
    pub quality: &'a crate::quality::Quality,
    /// The full report; None for [`Record::Brief`], which carries scores only.
    pub report: Option<&'a Report>,
}

impl<'a> Record<'a> {
    /// The scored sheet of this record; None for a file that failed.
    pub fn sheet(&self) -> Option<Sheet<'a>> {
        match *self {
            Record::Scored {
                source,
                row,
                rubric,
                responses,
                report,
            } => Some(Sheet {
                source,
                row,
                rubric,
                responses,
                scores: &report.scores,
                quality: &report.quality,
                report: Some(report),
            }),
            Record::Brief {
                source,
                row,
                rubric,
                responses,
                scores,
                quality,
            } => Some(Sheet {
                source,
                row,
                rubric,
                responses,
                scores,
                quality,
                report: None,
            }),
            Record::Failed { .. } => None,
        }
    }
}

impl<'a> Sheet<'a> {
    /// The full report, for the renderers that show one (all but CSV).
    pub fn full(self) -> Option<(Self, &'a Report)> {
        self.report.map(|r| (self, r))
    }
}

/// A renderer: `begin` once, `record` for each sheet as soon as it is scored, `end` once.
pub trait Sink {
    fn begin(&mut self) -> io::Result<()>;
    fn record(&mut self, record: &Record) -> io::Result<()>;
    fn end(&mut self) -> io::Result<()>;
    /// When records can be encoded apart from the sink (on other threads), the encoder; their
    /// bytes are then given, in order, to [`Sink::encoded`].
    fn encoder(&self) -> Option<json::Encoder> {
        None
    }
    /// Writes a record encoded by [`Sink::encoder`]'s encoder.
    fn encoded(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Ok(())
    }
    /// Writes the cohort report inside the output, after the last record and before `end`,
    /// when the format has a place for it there (HTML: a part of the same page); false when
    /// the caller writes it after `end` with [`summary::write`].
    fn cohort(&mut self, _rubric: &Rubric, _cohort: &crate::summary::Cohort) -> io::Result<bool> {
        Ok(false)
    }
    /// When scored rows of `rubric` can be encoded on other threads (CSV), their encoder.
    fn row_encoder(&self, _rubric: &crate::rubric::Rubric) -> Option<csv::RowEncoder> {
        None
    }
    /// Writes a row encoded by [`Sink::row_encoder`]'s encoder, at `(source, row)`; `named`:
    /// the row names its respondent (else it is "row N").
    fn encoded_row(
        &mut self,
        _at: (&str, usize),
        _rubric: &crate::rubric::Rubric,
        _named: bool,
        _bytes: &[u8],
    ) -> io::Result<()> {
        Ok(())
    }
}

/// The renderer for `format`, writing to `out`.
pub fn sink<'w>(format: Format, out: &'w mut dyn Write, look: Look) -> Box<dyn Sink + 'w> {
    match format {
        Format::Table => Box::new(table::Table::new(out, look)),
        Format::Markdown => Box::new(markdown::Markdown::new(out)),
        Format::Html => Box::new(html::Html::new(out)),
        Format::Json => Box::new(json::Json::new(out, false)),
        Format::Jsonl => Box::new(json::Json::new(out, true)),
        Format::Csv => Box::new(csv::Csv::new(out)),
    }
}

/// The renderer of the first screen of each report (`table` without `--full`).
pub fn brief_sink<'w>(
    out: &'w mut dyn Write,
    look: Look,
    again: brief::Again,
) -> Box<dyn Sink + 'w> {
    Box::new(table::Table::new(out, look).brief(again))
}

/// The renderer for a batch: [`sink`], with each respondent's answers when `answers` (csv,
/// json and jsonl; the reports show them already).
pub fn batch_sink<'w>(
    format: Format,
    out: &'w mut dyn Write,
    look: Look,
    answers: bool,
) -> Box<dyn Sink + 'w> {
    match format {
        Format::Json | Format::Jsonl => {
            Box::new(json::Json::new(out, format == Format::Jsonl).with_answers(answers))
        }
        Format::Csv => Box::new(csv::Csv::new(out).with_answers(answers)),
        _ => sink(format, out, look),
    }
}

/// Text from an input file or a person, safe to print on a terminal.
pub fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    crate::base::printable::printable(text)
}
