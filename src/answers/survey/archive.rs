//! The checks a workbook passes before calamine opens it: its zip central directory is read
//! first, and every part is refused when it unpacks to too much or too many times its packed
//! size; then each XML part is unpacked once, streaming, to refuse a tag or a run of text
//! longer than any cell. So a small file can never unpack to gigabytes in memory.

use std::io::{Read, Seek};

use crate::problem::answers::{AnswerProblem, WorkbookLimit};
use crate::problem::{Problem, Problems};

/// The most parts (files in the archive) of a workbook.
pub const MAX_ENTRIES: usize = 10_000;
/// The most one part may unpack to; the shared strings, which are held whole, have less.
pub const MAX_SIZE: u64 = 256 << 20;
/// The most the shared strings (held in memory whole) may unpack to.
pub const MAX_SHARED: u64 = 32 << 20;
/// The most times its packed size a part larger than [`RATIO_FROM`] may unpack to.
pub const MAX_RATIO: u64 = 100;
/// Parts that unpack to less than this may have any ratio.
const RATIO_FROM: u64 = 1 << 20;
/// The longest tag or run of text between tags, in bytes: a cell of Excel's 32,767 characters
/// written as character references (`&#x10FFFF;`) at most.
pub const MAX_RUN: usize = 32_767 * 10;

/// Checks the workbook in `input` and rewinds it.
pub(super) fn check<R: Read + Seek>(file: &str, input: &mut R) -> anyhow::Result<()> {
    let refuse = |limit: WorkbookLimit| -> anyhow::Error {
        Problems::from(Problem::in_file(file, AnswerProblem::WorkbookLimit(limit))).into()
    };
    let broken = |e: &dyn std::fmt::Display| -> anyhow::Error {
        let message = e.to_string();
        Problems::from(Problem::in_file(file, AnswerProblem::Workbook { message })).into()
    };
    {
        let mut zip = zip::ZipArchive::new(&mut *input).map_err(|e| broken(&e))?;
        if zip.len() > MAX_ENTRIES {
            let (count, limit) = (zip.len(), MAX_ENTRIES);
            return Err(refuse(WorkbookLimit::Entries { count, limit }));
        }
        for i in 0..zip.len() {
            let part = zip.by_index_raw(i).map_err(|e| broken(&e))?;
            sizes(&name(part.name_raw()), part.size(), part.compressed_size()).map_err(refuse)?;
        }
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).map_err(|e| broken(&e))?;
            let entry = name(part.name_raw());
            if !(entry.ends_with(".xml") || entry.ends_with(".rels")) {
                continue;
            }
            match runs(&mut part) {
                Ok(true) => {}
                Ok(false) => {
                    let limit = MAX_RUN;
                    return Err(refuse(WorkbookLimit::Run { entry, limit }));
                }
                Err(e) => return Err(broken(&e)),
            }
        }
    }
    input.rewind()?;
    Ok(())
}

/// A part's name as text.
fn name(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw).into_owned()
}

/// A part's sizes from the central directory, which the zip reader holds each part to.
fn sizes(entry: &str, size: u64, packed: u64) -> Result<(), WorkbookLimit> {
    let entry = entry.to_owned();
    let limit = if entry.eq_ignore_ascii_case("xl/sharedStrings.xml") {
        MAX_SHARED
    } else {
        MAX_SIZE
    };
    if size > limit {
        return Err(WorkbookLimit::Size { entry, size, limit });
    }
    if size > RATIO_FROM && size / packed.max(1) > MAX_RATIO {
        let limit = MAX_RATIO;
        return Err(WorkbookLimit::Ratio {
            entry,
            size,
            packed,
            limit,
        });
    }
    Ok(())
}

/// Whether every tag, and the text of every cell and shared string, is at most [`MAX_RUN`]
/// bytes in `part`, read in chunks.
fn runs(part: &mut impl Read) -> std::io::Result<bool> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut scan = Scan::default();
    loop {
        match part.read(&mut buf) {
            Ok(0) => return Ok(true),
            Ok(n) => {
                if !buf[..n].iter().all(|&b| scan.byte(b)) {
                    return Ok(false);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// The bytes of a tag kept to find its name.
const NAME: usize = 16;

/// Where a scan of XML is: in a tag (its name's first bytes) or in the text of a cell.
#[derive(Default)]
struct Scan {
    in_tag: bool,
    /// The bytes of the tag so far.
    tag: usize,
    /// The tag's first bytes: its name with any namespace prefix.
    name: [u8; NAME],
    /// The text since the last cell, shared string or row began or ended.
    text: usize,
}

impl Scan {
    /// One more byte; false when a tag or a cell's text is longer than [`MAX_RUN`].
    #[inline]
    fn byte(&mut self, b: u8) -> bool {
        match (self.in_tag, b) {
            (false, b'<') => {
                self.in_tag = true;
                self.tag = 0;
                self.name = [0; NAME];
            }
            (true, b'>') => {
                self.in_tag = false;
                if self.bounds_a_cell() {
                    self.text = 0;
                }
            }
            (true, _) => {
                if self.tag < NAME {
                    self.name[self.tag] = b;
                }
                self.tag += 1;
            }
            (false, _) => self.text += 1,
        }
        self.tag <= MAX_RUN && self.text <= MAX_RUN
    }

    /// Whether the tag just read opens or closes a cell, a shared string or a row.
    fn bounds_a_cell(&self) -> bool {
        let name = self.name.strip_prefix(b"/").unwrap_or(&self.name);
        let end = name
            .iter()
            .position(|b| matches!(b, b' ' | b'/' | b'\t' | b'\r' | b'\n' | 0))
            .unwrap_or(name.len());
        let name = &name[..end];
        // `x:c` as some writers name it.
        let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        matches!(local, b"c" | b"si" | b"row")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passes(xml: &[u8]) -> bool {
        runs(&mut &xml[..]).unwrap()
    }

    #[test]
    fn each_cell_and_tag_is_bounded_and_cells_end_with_any_prefix() {
        let cell = |prefix: &str, n: usize| {
            format!(
                "<{prefix}c r=\"A1\"><{prefix}v>{}</{prefix}v></{prefix}c>",
                "1".repeat(n)
            )
        };
        for prefix in ["", "x:"] {
            // Many cells of most of the limit each pass; one cell over it does not.
            let many = cell(prefix, MAX_RUN - 10).repeat(4);
            assert!(passes(many.as_bytes()), "{prefix}");
            assert!(!passes(cell(prefix, MAX_RUN + 1).as_bytes()), "{prefix}");
        }
        // Text split into runs inside one cell counts whole.
        let runs = format!(
            "<c><is>{}</is></c>",
            "<r><t>aaaa</t></r>".repeat(MAX_RUN / 4 + 1)
        );
        assert!(!passes(runs.as_bytes()));
        let tag = format!("<c {}>", "a".repeat(MAX_RUN + 1));
        assert!(!passes(tag.as_bytes()));
    }

    #[test]
    fn sizes_and_ratios_from_the_directory() {
        assert!(sizes("xl/worksheets/sheet1.xml", MAX_SIZE, MAX_SIZE / 50).is_ok());
        assert!(sizes("xl/worksheets/sheet1.xml", MAX_SIZE + 1, MAX_SIZE).is_err());
        assert!(sizes("xl/sharedStrings.xml", MAX_SHARED + 1, MAX_SHARED).is_err());
        assert!(sizes("a.xml", RATIO_FROM, 1).is_ok());
        assert!(sizes("a.xml", RATIO_FROM + 1, 1).is_err());
    }
}
