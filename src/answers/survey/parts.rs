//! A CSV export read on every core: past its header, the file is cut into parts of about
//! [`Plan::chunk`] bytes at line ends, each part parsed and decoded (and, by the caller's
//! [`Split`], scored and rendered) on a thread of its own, and the parts taken in file order.
//!
//! A cut is a guess: a line end inside a quoted cell is no record boundary. Each part reads on
//! past its end to the first record that starts at or past the next cut, so the parts' true
//! boundaries are known in order; a part that started at a wrong guess is read again from the
//! true boundary (on the taking thread). Everything the sequential reader decides from the
//! bytes it has read is decided here the same way: an open quote at the end from the quotes of
//! the whole file, a record longer than [`super::MAX_RECORD`] and bytes that would make the
//! reader change encoding by reading the file again from the start sequentially
//! ([`Ended::Again`]).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

use super::cells::Decoder;
use super::split::{Part, boundary, part};
use crate::answers::Responses;
use crate::problem::answers::RowProblem;
use crate::rubric::Rubric;

/// What the parallel reading starts from, once the header rows are read.
pub struct Plan {
    pub path: PathBuf,
    pub len: u64,
    /// The offset past the header rows.
    pub start: u64,
    /// The rows numbered so far.
    pub rows: usize,
    pub delimiter: u8,
    /// Whether the bytes before `start` hold an odd number of quotes.
    pub quotes: bool,
    /// UTF-8 beyond ASCII before `start`.
    pub wide: bool,
    /// Bytes that are not UTF-8 after UTF-8 beyond ASCII before `start`: all passed on.
    pub mixed: bool,
    pub decoder: Decoder,
    pub rubric: Arc<Rubric>,
    /// The bytes of a part.
    pub chunk: u64,
}

/// One decoded row, as a worker thread gives it to [`Split::row`]. The respondent reads
/// "row 0" when the row names none (`named` false): the row's number is known only in order.
pub struct Row<'a> {
    pub responses: &'a Responses,
    pub result: Result<(), RowProblem>,
    /// Whether the row names its respondent.
    pub named: bool,
}

/// What the caller makes of each row on the worker threads.
pub trait Split: Sync {
    type Out: Send;
    fn out(&self) -> Self::Out;
    fn row(&self, out: &mut Self::Out, row: Row<'_>);
    /// The bytes of a part, given the plan's: fewer where each row's output is large, so
    /// the parts in flight stay small in memory.
    fn part_bytes(&self, planned: u64) -> u64 {
        planned
    }
}

/// How the parallel reading ended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ended {
    /// Every row was taken; whether a cell was read as Windows-1252.
    Done { fallback: bool },
    /// The rows after the first `after` are to be read again sequentially, from the start.
    Again { after: usize },
}

/// The state of the taking side: where the next part must start, and what came before it.
struct Merge {
    expected: u64,
    rows: usize,
    quotes: bool,
    wide: bool,
    mixed: bool,
    fallback: bool,
}

impl Merge {
    /// Whether `p` can be taken as it was read: else the sequential reader decides.
    fn fits(&self, p: &Part) -> bool {
        // Bytes not UTF-8 after ASCII only: the sequential reader would change encoding.
        let legacy = p.bad && !self.mixed && !self.wide && !p.wide;
        !p.long && !legacy
    }

    fn took(&mut self, p: &Part) {
        self.rows += p.records;
        self.quotes ^= p.quotes;
        self.mixed |= p.bad;
        self.wide |= p.wide;
        self.fallback |= p.fallback;
        self.expected = p.end;
    }
}

/// One part's result as a worker sends it: its stop, what was read, what was made.
type Sent<T> = (u64, std::io::Result<Part>, T);

/// Sets the flag when dropped: the workers stop at their next part.
struct Cancel<'a>(&'a AtomicBool);

impl Drop for Cancel<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Reads the export's parts on `threads` workers, giving each part's output to `take` in
/// file order with the number of its first row.
pub fn run<S: Split>(
    plan: &Plan,
    split: &S,
    threads: usize,
    take: &mut dyn FnMut(usize, S::Out) -> anyhow::Result<()>,
) -> anyhow::Result<Ended> {
    let chunk = split.part_bytes(plan.chunk).max(1);
    let parts = (plan.len.saturating_sub(plan.start)).div_ceil(chunk) as usize;
    let threads = threads.clamp(1, parts.max(1));
    let cancel = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let mut inbox = Vec::new();
        for w in 0..threads {
            let (tx, rx) = sync_channel::<Sent<S::Out>>(2);
            inbox.push(rx);
            let cancel = &cancel;
            scope.spawn(move || {
                for i in (w..parts).step_by(threads) {
                    if cancel.load(Ordering::Relaxed)
                        || tx.send(work(plan, split, (i, parts), chunk)).is_err()
                    {
                        break;
                    }
                }
            });
        }
        let _cancel = Cancel(&cancel);
        gather(plan, split, &inbox, parts, take)
    })
}

/// Reads part `i` of `parts`, each `chunk` bytes, from its guessed start.
fn work<S: Split>(plan: &Plan, split: &S, (i, parts): (usize, usize), chunk: u64) -> Sent<S::Out> {
    let mut out = split.out();
    let nominal = plan.start + i as u64 * chunk;
    let read = (|| {
        let (t, start) = if i == 0 {
            (plan.start, plan.start)
        } else {
            boundary(plan, nominal)?
        };
        let stop = if i + 1 < parts {
            boundary(plan, nominal + chunk)?.0
        } else {
            u64::MAX
        };
        let mut p = part(plan, (start, stop), None, split, &mut out)?;
        p.t = t;
        Ok((stop, p))
    })();
    match read {
        Ok((stop, p)) => (stop, Ok(p), out),
        Err(e) => (u64::MAX, Err(e), out),
    }
}

/// Takes the parts in order, reading again those that started at a wrong guess.
fn gather<S: Split>(
    plan: &Plan,
    split: &S,
    inbox: &[Receiver<Sent<S::Out>>],
    parts: usize,
    take: &mut dyn FnMut(usize, S::Out) -> anyhow::Result<()>,
) -> anyhow::Result<Ended> {
    let mut m = Merge {
        expected: plan.start,
        rows: plan.rows,
        quotes: plan.quotes,
        wide: plan.wide,
        mixed: plan.mixed,
        fallback: false,
    };
    for i in 0..parts {
        let Ok((stop, read, mut out)) = inbox[i % inbox.len()].recv() else {
            return Ok(Ended::Again { after: m.rows });
        };
        let mut p = match read {
            Ok(p) if p.t <= m.expected && m.expected <= p.start => p,
            // The guess was wrong (or the part could not be read): read it from where it starts.
            _ => {
                out = split.out();
                match part(plan, (m.expected, stop), None, split, &mut out) {
                    Ok(p) => p,
                    Err(_) => return Ok(Ended::Again { after: m.rows }),
                }
            }
        };
        if !m.fits(&p) {
            return Ok(Ended::Again { after: m.rows });
        }
        take(m.rows + 1, out)?;
        m.took(&p);
        if p.held {
            // The last record: read with the quotes of the whole file before it.
            let mut out = split.out();
            p = match part(
                plan,
                (m.expected, u64::MAX),
                Some(m.quotes),
                split,
                &mut out,
            ) {
                Ok(p) if m.fits(&p) => p,
                _ => return Ok(Ended::Again { after: m.rows }),
            };
            take(m.rows + 1, out)?;
            m.took(&p);
            break;
        }
    }
    Ok(Ended::Done {
        fallback: m.fallback,
    })
}

/// The bytes of a part, unless `PATHFIT_CHUNK_BYTES` says otherwise (for tests: small parts
/// put many boundaries in a small file).
fn chunk_bytes() -> u64 {
    std::env::var("PATHFIT_CHUNK_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1 << 20)
}

/// The plan for reading `path` in parts past its header rows, when it is worth it and the
/// sequential reader would pass the header's bytes on as they are; else the decoder back.
/// `head`: the delimiter, the offset past the header rows (after any BOM) and their rows.
pub(super) fn plan(
    path: &std::path::Path,
    rubric: &Arc<Rubric>,
    decoder: Decoder,
    (delimiter, at, rows): (u8, u64, usize),
) -> std::io::Result<Result<Plan, Decoder>> {
    let chunk = chunk_bytes();
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() || meta.len() < at + 2 * chunk {
        return Ok(Err(decoder));
    }
    let mut prefix = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::fs::File::open(path)?, at + 3),
        &mut prefix,
    )?;
    let bom = if prefix.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    prefix.truncate(at as usize + bom);
    let (wide, mixed) = match std::str::from_utf8(&prefix) {
        Ok(_) => (!prefix.is_ascii(), false),
        Err(e) if !prefix[..e.valid_up_to()].is_ascii() => (true, true),
        Err(_) => return Ok(Err(decoder)),
    };
    Ok(Ok(Plan {
        path: path.to_path_buf(),
        len: meta.len(),
        start: prefix.len() as u64,
        rows,
        delimiter,
        quotes: memchr::memchr_iter(b'"', &prefix).count() % 2 == 1,
        wide,
        mixed,
        decoder,
        rubric: Arc::clone(rubric),
        chunk,
    }))
}
