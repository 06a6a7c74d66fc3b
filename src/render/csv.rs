//! CSV output: one row per answer sheet, for a spreadsheet. Columns, in this order: source,
//! row, respondent, rubric, version, sha256 (of the rubric file), key_hash, answered, total,
//! partial, top, second, margin, lean, then `fit:<path>` for each path and `<path>:<dimension>`
//! for each path and dimension, then (`--answers`) `q:<question>` for each question, then
//! quality, error. One rubric per file: the columns follow
//! the first sheet's. Fits and the margin are the numbers the report shows (one decimal, the
//! margin being the difference of the shown fits), so `lean` and `margin` always agree; JSON
//! has full precision.
//!
//! The csv crate quotes every text; the parts of a row that repeat (the rubric's cells, path
//! ids, the source) are quoted once and reused, and numbers need no quoting, so a scored row
//! is put together without a string per field.

use std::io::{self, Write};
use std::sync::Arc;

use super::{Record, Sheet, Sink};
use crate::rubric::Rubric;

mod rows;
pub use rows::RowEncoder;

/// A failure held until the columns are known: source, row, respondent, rubric (id, version,
/// sha256, key hash), error.
type Waiting = (
    String,
    Option<usize>,
    Option<String>,
    Option<[String; 4]>,
    String,
);

/// The cells that name a rubric: id, version, sha256, key hash.
fn rubric_cells(r: &Rubric) -> [String; 4] {
    [
        r.id.clone(),
        r.version.clone(),
        r.sha256.clone(),
        r.key.hash.clone(),
    ]
}

/// A text cell a spreadsheet will not run: one that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (OWASP's advice against CSV injection). Numbers pathfit
/// writes itself do not pass through here, and a lone `-` (standard input as a source) cannot
/// be a formula.
fn defused(text: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if text == b"-" {
        return text.into();
    }
    match text.first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => {
            let mut out = Vec::with_capacity(text.len() + 1);
            out.push(b'\'');
            out.extend_from_slice(text);
            out.into()
        }
        _ => text.into(),
    }
}

/// Text fields as one CSV record, line end included, as the csv crate writes them, each
/// [`defused`].
pub(super) fn record<S: AsRef<[u8]>>(fields: &[S]) -> io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields.iter().map(|f| defused(f.as_ref())))?;
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

/// One text field of a longer record as [`record`] writes it: defused, and quoted when it
/// holds a comma, a quote or a line break.
fn field(text: &str, out: &mut Vec<u8>) -> io::Result<()> {
    if matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t')
    ) || text
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    {
        // Two fields, so an empty one is never quoted; keep the first without its comma.
        let encoded = record(&[text, ""])?;
        out.extend_from_slice(&encoded[..encoded.len() - 2]);
    } else {
        out.extend_from_slice(text.as_bytes());
    }
    Ok(())
}

/// What a rubric's rows repeat, quoted once: `,id,version,sha256,key_hash,` and each path id.
#[derive(Clone)]
struct Fixed {
    rubric: Vec<u8>,
    paths: Vec<Vec<u8>>,
}

impl Fixed {
    fn of(rubric: &Rubric) -> io::Result<Fixed> {
        let cells = rubric_cells(rubric);
        let mut fixed = record(&["", &cells[0], &cells[1], &cells[2], &cells[3], ""])?;
        fixed.pop();
        let mut paths = Vec::new();
        for p in &rubric.ids.paths {
            let mut quoted = Vec::new();
            field(p, &mut quoted)?;
            paths.push(quoted);
        }
        Ok(Fixed {
            rubric: fixed,
            paths,
        })
    }
}

pub struct Csv<'w> {
    out: &'w mut dyn Write,
    /// The key hash the columns were made for; None until the first scored sheet.
    columns_for: Option<String>,
    /// Failures met before the first scored sheet, written once the columns are known.
    waiting: Vec<Waiting>,
    /// The rubric whose columns are written at `begin`, when known then.
    first: Option<Arc<Rubric>>,
    width: usize,
    fixed: Fixed,
    /// The last source and its quoted form.
    source: (String, Vec<u8>),
    /// The row being put together, reused.
    line: Vec<u8>,
    /// Each sheet's answers, as scale values, in `q:<question>` columns.
    answers: bool,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Csv {
            out,
            columns_for: None,
            first: None,
            waiting: Vec::new(),
            width: 15,
            fixed: Fixed {
                rubric: Vec::new(),
                paths: Vec::new(),
            },
            source: (String::new(), Vec::new()),
            line: Vec::new(),
            answers: false,
        }
    }

    /// A CSV with each sheet's answers (`--answers`).
    pub fn with_answers(mut self, answers: bool) -> Self {
        self.answers = answers;
        self
    }

    /// A CSV whose columns are `rubric`'s, written at once: a batch of failures only still
    /// has the columns a script expects.
    pub fn for_rubric(out: &'w mut dyn Write, rubric: Arc<Rubric>) -> Self {
        Csv {
            first: Some(rubric),
            ..Csv::new(out)
        }
    }

    fn header(&mut self, rubric: &Rubric) -> io::Result<()> {
        // The data dictionary of `pathfit columns` is the one list of columns.
        let header: Vec<String> = super::columns::columns(rubric, self.answers)
            .into_iter()
            .map(|c| c.name)
            .collect();
        self.width = header.len();
        self.out.write_all(&record(&header)?)?;
        self.fixed = Fixed::of(rubric)?;
        self.columns_for = Some(rubric.key.hash.clone());
        for failure in std::mem::take(&mut self.waiting) {
            self.failed(&failure)?;
        }
        Ok(())
    }

    fn failed(&mut self, (source, row, respondent, rubric, error): &Waiting) -> io::Result<()> {
        let mut cells = vec![String::new(); self.width];
        cells[0].clone_from(source);
        cells[1] = row.map(|r| r.to_string()).unwrap_or_default();
        cells[2] = respondent.clone().unwrap_or_default();
        if let Some(r) = rubric {
            cells[3..7].clone_from_slice(r);
        }
        cells[self.width - 1].clone_from(error);
        self.out.write_all(&record(&cells)?)
    }
}

/// A number as the report shows it: rounded half away from zero to one decimal (the rounding
/// of [`crate::scoring::shown`], done here on whole tenths), written without allocating:
/// `53.8`, `50`, `-0.5`.
fn tenths(buf: &mut [u8; 24], v: f64) -> &[u8] {
    let scaled = v * 10.0;
    let t = (scaled.abs() + 0.5) as i64;
    let mut ints = itoa::Buffer::new();
    let whole = ints.format(t / 10);
    let mut n = 0;
    if scaled < 0.0 && t != 0 {
        buf[0] = b'-';
        n = 1;
    }
    buf[n..n + whole.len()].copy_from_slice(whole.as_bytes());
    n += whole.len();
    let frac = (t % 10) as u8;
    if frac != 0 {
        buf[n] = b'.';
        buf[n + 1] = b'0' + frac;
        n += 2;
    }
    &buf[..n]
}

/// The rubric's cells, answered, total and partial.
fn rest(fixed: &Fixed, sheet: Sheet, line: &mut Vec<u8>) {
    let mut ints = itoa::Buffer::new();
    line.extend_from_slice(&fixed.rubric);
    line.extend_from_slice(ints.format(sheet.scores.answered).as_bytes());
    line.push(b',');
    line.extend_from_slice(ints.format(sheet.rubric.key.questions()).as_bytes());
    line.push(b',');
    let partial = sheet.responses.partial();
    line.extend_from_slice(if partial { b"true," } else { b"false," });
}

/// Top, second, margin and lean, then the fits and the dimensions, as the report shows them.
fn put_scores(fixed: &Fixed, s: &crate::scoring::Scores, line: &mut Vec<u8>) {
    let mut floats = [0u8; 24];
    line.extend_from_slice(&fixed.paths[s.top]);
    line.push(b',');
    line.extend_from_slice(&fixed.paths[s.second]);
    line.push(b',');
    line.extend_from_slice(tenths(&mut floats, s.shown_margin));
    line.push(b',');
    if let Some(p) = s.lean {
        line.extend_from_slice(&fixed.paths[p]);
    }
    for x in s.fits.iter().chain(&s.dims) {
        line.push(b',');
        if let Some(v) = x {
            line.extend_from_slice(tenths(&mut floats, *v));
        }
    }
}

/// The quality flags, then the error column, empty, and the line end.
fn put_quality(sheet: Sheet, line: &mut Vec<u8>) {
    line.push(b',');
    for (i, f) in sheet.quality.flags.iter().enumerate() {
        if i > 0 {
            line.push(b';');
        }
        line.extend_from_slice(f.name().as_bytes());
    }
    line.extend_from_slice(b",\n");
}

/// Each answer as a scale value, empty when unanswered, each after a comma.
fn put_answers(sheet: Sheet, line: &mut Vec<u8>) {
    let mut ints = itoa::Buffer::new();
    for &p in &sheet.responses.points {
        line.push(b',');
        if p != crate::scoring::MISSING {
            line.extend_from_slice(ints.format(sheet.rubric.key.value(p)).as_bytes());
        }
    }
}

impl Sink for Csv<'_> {
    fn begin(&mut self) -> io::Result<()> {
        match self.first.take() {
            Some(rubric) => self.header(&rubric),
            None => Ok(()),
        }
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        if let Some(sheet) = record.sheet() {
            return self.scored(sheet);
        }
        let Record::Failed {
            source,
            row,
            respondent,
            rubric,
            error,
        } = record
        else {
            return Ok(());
        };
        let failure = (
            (*source).to_owned(),
            *row,
            respondent.map(str::to_owned),
            rubric.map(rubric_cells),
            (*error).to_owned(),
        );
        if self.columns_for.is_none() {
            self.waiting.push(failure);
            return Ok(());
        }
        self.failed(&failure)
    }

    fn end(&mut self) -> io::Result<()> {
        self.finish()
    }

    fn row_encoder(&self, rubric: &Rubric) -> Option<RowEncoder> {
        Csv::row_encoder(self, rubric)
    }

    fn encoded_row(
        &mut self,
        at: (&str, usize),
        rubric: &Rubric,
        named: bool,
        bytes: &[u8],
    ) -> io::Result<()> {
        self.row(at, rubric, named, bytes)
    }
}

impl Csv<'_> {
    fn scored(&mut self, sheet: Sheet) -> io::Result<()> {
        if !self.columns_fit(sheet)? {
            return Ok(());
        }
        if self.source.0 != sheet.source {
            let mut quoted = Vec::new();
            field(sheet.source, &mut quoted)?;
            self.source = (sheet.source.to_owned(), quoted);
        }
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        self.put_sheet(sheet, &mut line)?;
        put_scores(&self.fixed, sheet.scores, &mut line);
        if self.answers {
            put_answers(sheet, &mut line);
        }
        put_quality(sheet, &mut line);
        let done = self.out.write_all(&line);
        self.line = line;
        done
    }

    /// Writes the header at the first sheet; false (the row written as a failure) when the
    /// sheet is of another rubric than the columns.
    fn columns_fit(&mut self, sheet: Sheet) -> io::Result<bool> {
        let rubric = sheet.rubric;
        match &self.columns_for {
            None => self.header(rubric)?,
            Some(hash) if *hash != rubric.key.hash => {
                self.failed(&(
                    sheet.source.to_owned(),
                    sheet.row,
                    sheet.responses.respondent.clone(),
                    Some(rubric_cells(rubric)),
                    crate::text::report::other_rubric(&rubric.id),
                ))?;
                return Ok(false);
            }
            Some(_) => {}
        }
        Ok(true)
    }

    /// Source, row, respondent, the rubric's cells, answered, total and partial.
    fn put_sheet(&self, sheet: Sheet, line: &mut Vec<u8>) -> io::Result<()> {
        let mut ints = itoa::Buffer::new();
        line.extend_from_slice(&self.source.1);
        line.push(b',');
        if let Some(r) = sheet.row {
            line.extend_from_slice(ints.format(r).as_bytes());
        }
        line.push(b',');
        field(sheet.responses.respondent.as_deref().unwrap_or(""), line)?;
        rest(&self.fixed, sheet, line);
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        // Only failures: the columns of a failure are source, row and error.
        if self.columns_for.is_none() && !self.waiting.is_empty() {
            self.out.write_all(&record(&["source", "row", "error"])?)?;
            for (s, r, _, _, e) in std::mem::take(&mut self.waiting) {
                let row = r.map(|r| r.to_string()).unwrap_or_default();
                self.out
                    .write_all(&record(&[s.as_str(), row.as_str(), e.as_str()])?)?;
            }
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// Numbers read as the report shows them: rounded half away from zero to one decimal,
        /// worked out here apart from the code's rounding (`f64::round`, then whole and tenths
        /// as text), with no trailing `.0` and no `-0`.
        #[test]
        fn numbers_are_written_as_shown(v in prop_oneof![-100.0f64..100.0, Just(0.0), Just(50.0), Just(100.0), Just(0.05), Just(-0.05), Just(56.25), Just(-56.25), Just(0.04)]) {
            let mut buf = [0u8; 24];
            let t = (v * 10.0).round() as i64;
            let sign = if t < 0 { "-" } else { "" };
            let (whole, frac) = (t.abs() / 10, t.abs() % 10);
            let want = if frac == 0 {
                format!("{sign}{whole}")
            } else {
                format!("{sign}{whole}.{frac}")
            };
            prop_assert_eq!(std::str::from_utf8(super::tenths(&mut buf, v)).unwrap(), want);
        }

        /// A field put into a row reads as the csv crate writes it, whatever its text.
        #[test]
        fn fields_are_quoted_as_the_csv_crate_quotes_them(text in ".*", before in "[a-z]{0,3}") {
            let mut row = before.clone().into_bytes();
            row.push(b',');
            super::field(&text, &mut row).unwrap();
            row.extend_from_slice(b",x\n");
            let want = super::record(&[before.as_str(), text.as_str(), "x"]).unwrap();
            prop_assert_eq!(row, want);
        }
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_defused() {
        let row = super::record(&[
            "=HYPERLINK(\"x\")",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "a=b",
            "-",
        ])
        .unwrap();
        assert_eq!(
            String::from_utf8(row).unwrap(),
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-1,'@SUM(A1),'\tx,a=b,-\n"
        );
        let mut one = Vec::new();
        super::field("=1+1", &mut one).unwrap();
        assert_eq!(one, b"'=1+1");
    }
}
