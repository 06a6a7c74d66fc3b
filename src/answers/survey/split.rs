//! One part of a CSV export read on its own: from a byte offset at the start of a record to the
//! first record that starts at or past a stopping offset, parsed with the csv crate's own state
//! machine (csv-core, set as the sequential reader sets it), so the records are the records the
//! sequential reader makes of the same bytes. What the sequential reader decides from bytes it
//! has read (an open quote at the end, a record too long, an encoding) is noted for the caller.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use super::MAX_RECORD;
use super::cells::Cells;
use super::parts::{Plan, Row, Split};
use crate::answers::Responses;
use crate::problem::answers::RowProblem;

/// Bytes read from the file at a time.
const BLOCK: usize = 256 * 1024;

/// What reading a part found: where it started and stopped, and what the caller decides on.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Part {
    /// Where the run of line ends before `start` begins (`start` for the first part).
    pub t: u64,
    /// The offset the part was read from.
    pub start: u64,
    /// Where the next record starts: the part's bytes are `start..end`.
    pub end: u64,
    pub records: usize,
    /// Whether the part holds an odd number of quotes.
    pub quotes: bool,
    /// UTF-8 beyond ASCII before the first bytes that are not UTF-8 (or in all the part).
    pub wide: bool,
    /// Bytes that are not UTF-8.
    pub bad: bool,
    /// A record longer than [`MAX_RECORD`] (the sequential reader decides on it).
    pub long: bool,
    /// The last record of the export ended with the file, not a line end: left for the caller,
    /// who knows the quotes before it. `end` is its start.
    pub held: bool,
    /// A cell was read as Windows-1252.
    pub fallback: bool,
}

/// A record's cells as csv-core leaves them: the bytes and where each cell ends.
struct Fields {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    len: usize,
}

impl Cells for Fields {
    #[inline]
    fn cell(&self, column: usize) -> Option<&[u8]> {
        if column >= self.len {
            return None;
        }
        let from = if column == 0 {
            0
        } else {
            self.ends[column - 1]
        };
        Some(&self.bytes[from..self.ends[column]])
    }
    fn count(&self) -> usize {
        self.len
    }
}

/// The file from an offset, in blocks; the current record's bytes stay in the buffer.
struct Source {
    file: File,
    buf: Vec<u8>,
    /// The file offset of `buf[0]`.
    at: u64,
    /// Where the current record (and any empty lines before it) starts in `buf`.
    rec: usize,
    pos: usize,
    filled: usize,
    eof: bool,
}

/// What the next record is.
enum Next {
    Record { ended: bool },
    End,
    Long,
}

std::thread_local! {
    /// A thread's last read buffer, reused by its next part.
    static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

impl Drop for Source {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        BUFFER.with(|b| b.set(buf));
    }
}

impl Source {
    fn open(plan: &Plan, start: u64) -> std::io::Result<Source> {
        let mut file = File::open(&plan.path)?;
        file.seek(SeekFrom::Start(start))?;
        let mut buf = BUFFER.with(std::cell::Cell::take);
        buf.resize(BLOCK.max(buf.len()), 0);
        Ok(Source {
            file,
            buf,
            at: start,
            rec: 0,
            pos: 0,
            filled: 0,
            eof: false,
        })
    }

    /// The file offset where the next record's bytes start.
    fn offset(&self) -> u64 {
        self.at + self.rec as u64
    }

    /// Reads more of the file, keeping the current record's bytes.
    fn more(&mut self) -> std::io::Result<()> {
        if self.rec > 0 {
            self.buf.copy_within(self.rec..self.filled, 0);
            self.at += self.rec as u64;
            self.pos -= self.rec;
            self.filled -= self.rec;
            self.rec = 0;
        }
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = loop {
            match self.file.read(&mut self.buf[self.filled..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                other => break other?,
            }
        };
        self.eof = n == 0;
        self.filled += n;
        Ok(())
    }

    /// Parses the next record into `fields`, as `csv::Reader::read_byte_record` does.
    fn next(&mut self, core: &mut csv_core::Reader, f: &mut Fields) -> std::io::Result<Next> {
        use csv_core::ReadRecordResult as R;
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            if self.pos - self.rec > MAX_RECORD {
                return Ok(Next::Long);
            }
            if self.pos == self.filled && !self.eof {
                self.more()?;
            }
            let input = &self.buf[self.pos..self.filled];
            let (res, nin, nout, nend) =
                core.read_record(input, &mut f.bytes[outlen..], &mut f.ends[endlen..]);
            self.pos += nin;
            outlen += nout;
            endlen += nend;
            match res {
                R::InputEmpty => {}
                R::OutputFull => f.bytes.resize(f.bytes.len() * 2, 0),
                R::OutputEndsFull => f.ends.resize(f.ends.len() * 2, 0),
                R::Record if self.pos - self.rec > MAX_RECORD => return Ok(Next::Long),
                R::Record => {
                    f.len = endlen;
                    return Ok(Next::Record { ended: self.eof });
                }
                R::End => return Ok(Next::End),
            }
        }
    }
}

/// Where a record can start near `nominal`: the first run of line ends at or after it, as
/// (where the run starts, where it ends); the file's end when there is none.
pub(super) fn boundary(plan: &Plan, nominal: u64) -> std::io::Result<(u64, u64)> {
    let mut file = File::open(&plan.path)?;
    file.seek(SeekFrom::Start(nominal))?;
    let mut buf = vec![0; 64 * 1024];
    let (mut at, mut run) = (nominal, None);
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(run.map_or((plan.len, plan.len), |t| (t, at)));
        }
        let mut i = 0;
        if run.is_none() {
            match memchr::memchr2(b'\r', b'\n', &buf[..n]) {
                Some(k) => {
                    run = Some(at + k as u64);
                    i = k;
                }
                None => {
                    at += n as u64;
                    continue;
                }
            }
        }
        while i < n && matches!(buf[i], b'\r' | b'\n') {
            i += 1;
        }
        if i < n {
            return Ok((run.unwrap_or(at), at + i as u64));
        }
        at += n as u64;
    }
}

/// The bytes' quotes and encoding, added to `p`; `last`: they end the file.
fn note(p: &mut Part, raw: &[u8], last: bool) {
    p.quotes ^= memchr::memchr_iter(b'"', raw).count() % 2 == 1;
    if p.bad || raw.is_ascii() {
        return;
    }
    match std::str::from_utf8(raw) {
        Ok(_) => p.wide = true,
        // A sequence cut off by the end of the file is passed on as it is.
        Err(e) if e.error_len().is_none() && last => p.wide = true,
        Err(e) => {
            p.bad = true;
            p.wide |= !raw[..e.valid_up_to()].is_ascii();
        }
    }
}

/// Reads the part from `start` (where a record starts) until a record starts at or past
/// `stop`, giving each decoded row to `split`. `quotes`: the quotes before `start` are odd,
/// when known; unknown, a last record that ends with the file is held.
pub(super) fn part<S: Split>(
    plan: &Plan,
    (start, stop): (u64, u64),
    quotes: Option<bool>,
    split: &S,
    out: &mut S::Out,
) -> std::io::Result<Part> {
    let mut p = Part {
        t: start,
        start,
        ..Part::default()
    };
    let mut core = csv_core::ReaderBuilder::new()
        .delimiter(plan.delimiter)
        .build();
    let mut src = Source::open(plan, start)?;
    let mut fields = Fields {
        bytes: vec![0; 1024],
        ends: vec![0; 64],
        len: 0,
    };
    let mut responses = Responses::empty(&plan.rubric);
    while src.offset() < stop {
        match src.next(&mut core, &mut fields)? {
            Next::End => break,
            Next::Long => {
                p.long = true;
                break;
            }
            Next::Record { ended } if ended && quotes.is_none() => {
                p.held = true;
                break;
            }
            Next::Record { ended } => {
                note(&mut p, &src.buf[src.rec..src.pos], ended);
                let mut result = plan
                    .decoder
                    .row(&fields, 0, &mut responses, &mut p.fallback);
                if ended && quotes.is_some_and(|q| q ^ p.quotes) {
                    result = Err(RowProblem::OpenQuote);
                }
                let named = plan.decoder.names(&fields);
                split.row(
                    out,
                    Row {
                        responses: &responses,
                        result,
                        named,
                    },
                );
                p.records += 1;
                src.rec = src.pos;
            }
        }
    }
    p.end = src.offset();
    Ok(p)
}
