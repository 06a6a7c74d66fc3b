//! JSON output: one array, streamed a record at a time. Numbers are unrounded; every record
//! carries ids (stable, documented in docs/scoring.md) and, where useful, the English text.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

mod plan;
mod view;

use super::{Record, Sheet, Sink};
use view::view;
pub(crate) use view::{FitView, RubricView, VerdictView, fits_view, rubric_view, verdict_view};

/// A JSON array of pretty records, or (`lines`) one compact record per line.
pub struct Json<'w> {
    out: &'w mut dyn Write,
    encoder: Encoder,
    written: usize,
    /// One record's bytes, reused.
    buffer: Vec<u8>,
}

/// Makes one record's JSON bytes: pure, so records can be encoded on any thread and written
/// in order with [`Sink::encoded`].
#[derive(Debug, Clone, Copy)]
pub struct Encoder {
    lines: bool,
    /// Each sheet's answers as scale values (`--answers`).
    answers: bool,
}

impl Encoder {
    /// Appends `record`'s JSON to `out` (a line of it, with `lines`).
    pub fn encode(self, record: &Record, out: &mut Vec<u8>) -> io::Result<()> {
        if let Some((sheet, report)) = record.sheet().and_then(Sheet::full) {
            return self.put(&view(sheet, report, self.answers), out);
        }
        match record {
            Record::Failed {
                source,
                row,
                respondent,
                rubric,
                error,
            } => self.put(
                &Failed {
                    source,
                    row: *row,
                    respondent: *respondent,
                    rubric: rubric.map(rubric_view),
                    error,
                },
                out,
            ),
            // A brief record is sent to the CSV renderer only.
            _ => Ok(()),
        }
    }

    /// Appends a scored record made away from its place (a worker thread reading a part of an
    /// export, which knows neither the file's name nor the row's number): `record` carries an
    /// empty source and no row. Returns the length of the record's head (source, row and
    /// respondent), which [`Encoder::place`] writes anew.
    pub fn encode_unplaced(self, record: &Record, out: &mut Vec<u8>) -> io::Result<usize> {
        let start = out.len();
        self.encode(record, out)?;
        let respondent = record
            .sheet()
            .and_then(|s| s.responses.respondent.as_deref());
        let mut head = Vec::new();
        self.head("", None, respondent, &mut head)?;
        if out[start..].starts_with(&head) {
            Ok(head.len())
        } else {
            Err(io::ErrorKind::InvalidData.into())
        }
    }

    /// Appends the record of `bytes` (made by [`Encoder::encode_unplaced`], its head `head`
    /// bytes long) with its source, row and respondent in place: the bytes the record would
    /// have had if made where it is written.
    pub fn place(
        self,
        (source, row): (&str, usize),
        respondent: &str,
        (bytes, head): (&[u8], usize),
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
        self.head(source, Some(row), Some(respondent), out)?;
        out.extend_from_slice(bytes.get(head..).unwrap_or_default());
        Ok(())
    }

    /// A record's first three members, as the whole record writes them, without the close.
    fn head(
        self,
        source: &str,
        row: Option<usize>,
        respondent: Option<&str>,
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
        let head = Head {
            source,
            row,
            respondent,
        };
        let start = out.len();
        if self.lines {
            serde_json::to_writer(&mut *out, &head)?;
        } else {
            serde_json::to_writer_pretty(&mut *out, &head)?;
        }
        // The close, and the line end before it in a pretty record.
        out.pop();
        while out.len() > start && out.last().is_some_and(u8::is_ascii_whitespace) {
            out.pop();
        }
        Ok(())
    }

    fn put<T: Serialize>(self, value: &T, out: &mut Vec<u8>) -> io::Result<()> {
        if self.lines {
            serde_json::to_writer(&mut *out, value)?;
            out.push(b'\n');
        } else {
            serde_json::to_writer_pretty(&mut *out, value)?;
        }
        Ok(())
    }
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write, lines: bool) -> Self {
        Json {
            out,
            encoder: Encoder {
                lines,
                answers: false,
            },
            written: 0,
            buffer: Vec::new(),
        }
    }

    /// Records that carry each sheet's answers (`--answers`).
    pub fn with_answers(mut self, answers: bool) -> Self {
        self.encoder.answers = answers;
        self
    }
}

impl Sink for Json<'_> {
    fn begin(&mut self) -> io::Result<()> {
        if self.encoder.lines {
            Ok(())
        } else {
            write!(self.out, "[")
        }
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        self.encoder.encode(record, &mut buffer)?;
        let done = self.encoded(&buffer);
        self.buffer = buffer;
        done
    }

    fn encoder(&self) -> Option<Encoder> {
        Some(self.encoder)
    }

    fn encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        if !self.encoder.lines {
            self.out
                .write_all(if self.written > 0 { b",\n" } else { b"\n" })?;
        }
        self.written += 1;
        self.out.write_all(bytes)
    }

    fn end(&mut self) -> io::Result<()> {
        if self.encoder.lines {
            return Ok(());
        }
        if self.written > 0 {
            writeln!(self.out)?;
        }
        writeln!(self.out, "]")
    }
}

/// The first members of a scored record ([`view::View`]), typed as there.
#[derive(Serialize)]
struct Head<'a> {
    source: &'a str,
    row: Option<usize>,
    respondent: Option<&'a str>,
}

#[derive(Serialize)]
struct Failed<'a> {
    source: &'a str,
    row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    respondent: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rubric: Option<RubricView<'a>>,
    error: &'a str,
}

/// A list of (key, value) pairs written as a JSON object, in order.
pub(crate) struct Pairs<K, V>(pub Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Pairs<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}
