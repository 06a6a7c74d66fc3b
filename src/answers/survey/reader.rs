//! CSV and TSV exports (from a file or standard input), streamed: the delimiter is sniffed from
//! the first line, and a second thread parses and decodes rows while the caller scores them.

use std::io::Read;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender};

use super::cells::{Decoder, text};
use super::encoding::{Chosen, Transcoder};
use super::parts::{Ended, Plan};
use super::{Each, HEAD_ROWS, Notes, Options, outcome, start, wide};
use crate::answers::Responses;
use crate::problem::answers::{AnswerProblem, RowProblem};
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// The file kinds an export comes in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Csv,
    Tsv,
    Xlsx,
}

impl Kind {
    /// By extension: `.tsv`, `.xlsx`, anything else is CSV.
    pub fn of(name: &str) -> Kind {
        let lower = name.to_lowercase();
        if lower.ends_with(".tsv") {
            Kind::Tsv
        } else if lower.ends_with(".xlsx") {
            Kind::Xlsx
        } else {
            Kind::Csv
        }
    }
}

/// The delimiter of a CSV text: tab, semicolon or comma, whichever the header line has most of.
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map_or(b',', |(d, _)| d)
}

/// The most of a CSV export's first line read to find the delimiter.
const SNIFF: usize = 64 * 1024;

/// The most bytes of one record (a row of the export) read: the csv crate holds a whole record
/// and the bounds of each of its cells, so this bounds memory whatever the input.
pub const MAX_RECORD: usize = 4 << 20;

/// The input of a CSV reader, failing once more than [`MAX_RECORD`] bytes have been read past
/// the start of the current record (set by [`Bounded::mark`] after each record).
pub(super) struct Bounded<R> {
    inner: R,
    read: u64,
    limit: u64,
    /// Set when the limit was reached.
    over: bool,
    /// Whether an odd number of quotes has been read: at the end, a quote never closed.
    open: bool,
    /// Whether the input has ended: a record read after that ended with the input.
    ended: bool,
}

impl<R> Bounded<R> {
    /// A record starts at byte `at` of the input.
    fn mark(&mut self, at: u64) {
        self.limit = at + MAX_RECORD as u64;
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read >= self.limit {
            self.over = true;
            // Never shown: `over` makes it [`RowProblem::TooLong`].
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.open ^= buf[..n].iter().filter(|&&b| b == b'"').count() % 2 == 1;
        self.ended |= n == 0 && !buf.is_empty();
        Ok(n)
    }
}

/// Notes where the next record starts; true when the last read stopped at [`MAX_RECORD`].
pub(super) fn next_record<R: Read>(reader: &mut csv::Reader<Bounded<R>>) -> bool {
    let at = reader.position().byte();
    let input = reader.get_mut();
    input.mark(at);
    input.over
}

/// A CSV reader over `input` as UTF-8 (see [`Transcoder`]) with its delimiter sniffed (tab
/// for `.tsv`) and any BOM dropped, and the encoding it chooses when not UTF-8.
pub(super) fn csv_reader(
    input: impl Read,
    tsv: bool,
) -> anyhow::Result<(csv::Reader<Bounded<impl Read>>, Chosen)> {
    csv_reader_with(input, tsv).map(|(r, c, _)| (r, c))
}

/// [`csv_reader`], and the delimiter it reads with.
fn csv_reader_with(
    input: impl Read,
    tsv: bool,
) -> anyhow::Result<(csv::Reader<Bounded<impl Read>>, Chosen, u8)> {
    let input = Transcoder::new(input);
    let chosen = std::sync::Arc::clone(&input.chosen);
    // The first line only (at most 64 KiB): a slow writer's rows are read as they come.
    let mut input = std::io::BufReader::new(input);
    let mut head = Vec::new();
    std::io::BufRead::read_until(&mut (&mut input).take(SNIFF as u64), b'\n', &mut head)?;
    let start = if head.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    let delimiter = if tsv {
        b'\t'
    } else {
        sniff_delimiter(&String::from_utf8_lossy(&head[start..]))
    };
    head.drain(..start);
    let reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(Bounded {
            inner: std::io::Cursor::new(head).chain(input),
            read: 0,
            limit: MAX_RECORD as u64,
            over: false,
            open: false,
            ended: false,
        });
    Ok((reader, chosen, delimiter))
}

/// Whether the record just read is the last and a quote in it never closed.
fn open_quote<R: Read>(reader: &csv::Reader<Bounded<R>>) -> bool {
    let input = reader.get_ref();
    input.ended && input.open
}

/// A record's cells as text.
pub(super) fn strings(record: &csv::ByteRecord, fallback: &mut bool) -> Vec<String> {
    record
        .iter()
        .map(|b| text(b, fallback).into_owned())
        .collect()
}

/// The first rows of a CSV export, up to [`HEAD_ROWS`], as text, and whether reading stopped
/// at a row longer than [`MAX_RECORD`] (the first row so long is refused); a row wider than
/// [`MAX_COLUMNS`] is refused before it is copied.
pub(super) fn top_rows<R: Read>(
    file: &str,
    reader: &mut csv::Reader<Bounded<R>>,
    fallback: &mut bool,
) -> anyhow::Result<(Vec<Vec<String>>, bool)> {
    let mut record = csv::ByteRecord::new();
    let mut top = Vec::new();
    while top.len() < HEAD_ROWS {
        let read = reader.read_byte_record(&mut record);
        if next_record(reader) {
            if top.is_empty() {
                let problem = AnswerProblem::LongHead {
                    row: 1,
                    limit: MAX_RECORD,
                };
                return Err(Problems::from(Problem::in_file(file, problem)).into());
            }
            return Ok((top, true));
        }
        let more = read.map_err(|e| {
            let (message, io) = (e.to_string(), io_kind(&e));
            Problems::from(Problem::in_file(file, AnswerProblem::Csv { message, io }))
        })?;
        if !more {
            break;
        }
        wide(file, record.len())?;
        top.push(strings(&record, fallback));
    }
    Ok((top, false))
}

/// Reads a CSV or TSV export row by row, calling `each` as each row is decoded: one row is
/// held at a time, so memory does not grow with the number of respondents. Returns whether
/// any cell had to be read as Windows-1252, and whether `--layout` disagrees with the header.
pub fn read(
    file: &str,
    input: impl Read + Send + 'static,
    kind: Kind,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<Notes> {
    read_with(file, input, kind, rubric, options, each, None)
}

/// Runs the parallel reading of an export from its [`Plan`] (see [`super::parts::run`]).
pub type Parts<'a> = dyn FnMut(&Plan) -> anyhow::Result<Ended> + 'a;

/// [`read`] of a file: past the header, a large file whose bytes the reader passes on as they
/// are (UTF-8, or UTF-8 mixed with other bytes) is read in parts by `parts`; rows it leaves to
/// the sequential reader ([`Ended::Again`]) are read from the start again, those already taken
/// skipped.
pub fn read_file(
    file: &str,
    path: &std::path::Path,
    kind: Kind,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
    parts: &mut Parts,
) -> anyhow::Result<Notes> {
    let input = crate::base::input::open_reader(path, crate::base::What::SurveyExport)?;
    read_with(
        file,
        input,
        kind,
        rubric,
        options,
        each,
        Some((path, parts)),
    )
}

fn read_with(
    file: &str,
    input: impl Read + Send + 'static,
    kind: Kind,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
    split: Option<(&std::path::Path, &mut Parts)>,
) -> anyhow::Result<Notes> {
    let (mut reader, chosen, delimiter) = csv_reader_with(input, kind == Kind::Tsv)?;
    let mut fallback = false;
    let (top, long) = top_rows(file, &mut reader, &mut fallback)?;
    let (mut decoder, pending, layout) = start(file, rubric, options, top)?;
    decoder.strict();
    let notes = |fallback: bool| Notes {
        encoding: chosen
            .get()
            .copied()
            .or(fallback.then_some(encoding_rs::WINDOWS_1252)),
        layout,
    };
    let mut responses = Responses::empty(rubric);
    let mut number = 0;
    for (i, cells) in pending.iter().enumerate() {
        number += 1;
        let mut result = decoder.row(&cells[..], number, &mut responses, &mut fallback);
        if i + 1 == pending.len() && !long && open_quote(&reader) {
            result = Err(RowProblem::OpenQuote);
        }
        each(number, outcome(&result, &responses))?;
    }
    if long {
        responses.respondent = None;
        let result = Err(RowProblem::TooLong { limit: MAX_RECORD });
        each(number + 1, outcome(&result, &responses))?;
        return Ok(notes(fallback));
    }
    if let Some(split) = split
        && chosen.get().is_none()
        && !reader.get_ref().ended
    {
        let head = (delimiter, reader.position().byte(), number);
        match in_parts((file, kind, options), rubric, split, each, decoder, head)? {
            Whole::Decoder(d) => decoder = d,
            Whole::Fallback(f) => return Ok(notes(fallback || f)),
            Whole::Notes(n) => return Ok(n),
        }
    }
    let read_fallback = sequential((reader, decoder, number), rubric, options, each)?;
    Ok(notes(fallback || read_fallback))
}

/// What reading in parts came to.
enum Whole {
    /// Every row read; whether a cell was read as Windows-1252.
    Fallback(bool),
    /// Rows read again sequentially, with what that reading noticed.
    Notes(Notes),
    /// Not read in parts: the decoder back, for the sequential reader.
    Decoder(Decoder),
}

/// Reads the rest of the export in parts, when [`super::parts::plan`] makes a plan.
fn in_parts(
    (file, kind, options): (&str, Kind, &Options),
    rubric: &std::sync::Arc<Rubric>,
    (path, parts): (&std::path::Path, &mut Parts),
    each: &mut Each,
    decoder: Decoder,
    head: (u8, u64, usize),
) -> anyhow::Result<Whole> {
    let plan = match super::parts::plan(path, rubric, decoder, head)? {
        Err(d) => return Ok(Whole::Decoder(d)),
        Ok(plan) => plan,
    };
    match parts(&plan)? {
        Ended::Done { fallback } => Ok(Whole::Fallback(fallback)),
        Ended::Again { after } => {
            let input = crate::base::input::open_reader(path, crate::base::What::SurveyExport)?;
            let mut skip = |n: usize, o: super::Outcome<'_>| match n <= after {
                true => Ok(()),
                false => each(n, o),
            };
            let notes = read_with(file, input, kind, rubric, options, &mut skip, None)?;
            Ok(Whole::Notes(notes))
        }
    }
}

/// The rows after the `number` read, read sequentially; whether a cell was read as
/// Windows-1252.
fn sequential<R: Read + Send + 'static>(
    (reader, decoder, number): (csv::Reader<Bounded<R>>, Decoder, usize),
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<bool> {
    // A second thread parses and decodes rows while this one scores and writes them: batches
    // of decoded rows go over a bounded channel and come back to be refilled, so memory stays
    // flat and nothing is allocated per row.
    let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    let (empty_tx, empty_rx) = std::sync::mpsc::sync_channel::<Batch>(6);
    let rubric = std::sync::Arc::clone(rubric);
    // Not a scoped thread: when the batch is stopped while standard input has nothing to read,
    // this side returns at once and the reading thread ends with the process.
    let reading = std::thread::spawn(move || {
        let mut rows = Rows {
            reader,
            decoder,
            rubric,
            number,
            fallback: false,
        };
        rows.run(&full_tx, &empty_rx)
    });
    receive(&full_rx, &empty_tx, options, each)?;
    Ok(reading.join().unwrap_or(false))
}

/// Hands each decoded row of each batch to `each`, in order, until the reading thread is done;
/// stops when asked to while waiting for input.
fn receive(
    full: &Receiver<Batch>,
    empty: &SyncSender<Batch>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<()> {
    loop {
        let batch = match full.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(batch) => batch,
            Err(RecvTimeoutError::Timeout) => {
                if options
                    .stop
                    .as_ref()
                    .is_some_and(|s| s.load(std::sync::atomic::Ordering::Relaxed))
                {
                    return Err(std::io::Error::from(std::io::ErrorKind::Interrupted).into());
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        for (number, responses, result) in &batch.rows[..batch.filled] {
            each(*number, outcome(result, responses))?;
        }
        let _ = empty.try_send(batch);
    }
}

/// Rows parsed and decoded ahead on the reading thread: (row number, answers, outcome).
#[derive(Default)]
struct Batch {
    rows: Vec<(usize, Responses, Result<(), RowProblem>)>,
    filled: usize,
}
/// Rows in one batch.
const BATCH: usize = 256;

/// The reading thread's side: the rest of the export, decoded a batch at a time.
struct Rows<R: Read> {
    reader: csv::Reader<Bounded<R>>,
    decoder: Decoder,
    rubric: std::sync::Arc<Rubric>,
    /// The number of the last row read.
    number: usize,
    /// Whether any cell had to be read as Windows-1252.
    fallback: bool,
}

impl<R: Read> Rows<R> {
    /// Fills batches until the export ends or the scoring side stops; returns the fallback.
    fn run(&mut self, full: &SyncSender<Batch>, empty: &Receiver<Batch>) -> bool {
        let mut record = csv::ByteRecord::new();
        loop {
            let mut batch = empty.try_recv().unwrap_or_default();
            batch
                .rows
                .resize_with(BATCH, || (0, Responses::empty(&self.rubric), Ok(())));
            let done = self.fill(&mut batch, &mut record);
            // A closed channel means the scoring side stopped: stop too.
            if full.send(batch).is_err() || done {
                return self.fallback;
            }
        }
    }

    /// Reads and decodes rows into `batch`; true when the export has ended (or cannot be read
    /// further).
    fn fill(&mut self, batch: &mut Batch, record: &mut csv::ByteRecord) -> bool {
        let (mut n, mut done) = (0, false);
        while n < BATCH {
            let (at, responses, result) = &mut batch.rows[n];
            let read = self.reader.read_byte_record(record);
            if next_record(&mut self.reader) {
                self.number += 1;
                *at = self.number;
                responses.respondent = None;
                *result = Err(RowProblem::TooLong { limit: MAX_RECORD });
                batch.filled = n + 1;
                return true;
            }
            match read {
                Ok(true) => {
                    self.number += 1;
                    *at = self.number;
                    *result =
                        self.decoder
                            .row(&*record, self.number, responses, &mut self.fallback);
                    if open_quote(&self.reader) {
                        *result = Err(RowProblem::OpenQuote);
                    }
                }
                Ok(false) => {
                    done = true;
                    break;
                }
                Err(e) => {
                    self.number += 1;
                    *at = self.number;
                    responses.respondent = None;
                    *result = Err(RowProblem::Unreadable {
                        message: e.to_string(),
                        io: io_kind(&e),
                    });
                    done = matches!(e.kind(), csv::ErrorKind::Io(_));
                }
            }
            n += 1;
            if done {
                break;
            }
        }
        batch.filled = n;
        done
    }
}

/// The kind of a CSV error's cause, when it is the system's (a read that failed).
fn io_kind(e: &csv::Error) -> Option<std::io::ErrorKind> {
    match e.kind() {
        csv::ErrorKind::Io(io) => Some(io.kind()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
    }
}
