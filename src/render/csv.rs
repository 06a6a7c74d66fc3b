//! CSV output: one row per answer sheet, for a spreadsheet. Columns, in this order:
//! source, row, respondent, rubric, version, sha256 (of the rubric file), key_hash, answered, total, partial, top, second,
//! margin, lean, then `fit:<path>` for each path and `<path>:<dimension>` for each path and
//! dimension, then quality, error. One rubric per file: the columns follow the first sheet's.
//! Fits and the margin are the numbers the report shows (one decimal, the margin being the
//! difference of the shown fits), so `lean` and `margin` always agree; JSON has full precision.

use std::io::{self, Write};

use super::{Record, Sink};

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
fn rubric_cells(r: &crate::rubric::Rubric) -> [String; 4] {
    [
        r.id.clone(),
        r.version.clone(),
        r.sha256.clone(),
        r.key.hash.clone(),
    ]
}

pub struct Csv<'w> {
    out: csv::Writer<&'w mut dyn Write>,
    /// The key hash the columns were made for; None until the first scored sheet.
    columns_for: Option<String>,
    /// Failures met before the first scored sheet, written once the columns are known.
    waiting: Vec<Waiting>,
    /// The rubric whose columns are written at `begin`, when known then.
    first: Option<std::sync::Arc<crate::rubric::Rubric>>,
    width: usize,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Csv {
            out: csv::Writer::from_writer(out),
            columns_for: None,
            first: None,
            waiting: Vec::new(),
            width: 15,
        }
    }

    /// A CSV whose columns are `rubric`'s, written at once: a batch of failures only still
    /// has the columns a script expects.
    pub fn for_rubric(
        out: &'w mut dyn Write,
        rubric: std::sync::Arc<crate::rubric::Rubric>,
    ) -> Self {
        Csv {
            first: Some(rubric),
            ..Csv::new(out)
        }
    }

    fn header(&mut self, rubric: &crate::rubric::Rubric) -> io::Result<()> {
        let ids = &rubric.ids;
        let mut header: Vec<String> = [
            "source",
            "row",
            "respondent",
            "rubric",
            "version",
            "sha256",
            "key_hash",
            "answered",
            "total",
            "partial",
            "top",
            "second",
            "margin",
            "lean",
        ]
        .map(String::from)
        .to_vec();
        header.extend(ids.paths.iter().map(|p| format!("fit:{p}")));
        for p in &ids.paths {
            header.extend(ids.dimensions.iter().map(|d| format!("{p}:{d}")));
        }
        header.extend(["quality".to_owned(), "error".to_owned()]);
        self.width = header.len();
        self.out.write_record(&header).map_err(io::Error::other)?;
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
        self.out.write_record(&cells).map_err(io::Error::other)
    }
}

/// A number as the report shows it: rounded half away from zero to one decimal
/// ([`crate::scoring::shown`]), written without allocating: `53.8`, `50`, `-0.5`.
fn tenths(buf: &mut [u8; 24], v: f64) -> &str {
    let t = (crate::scoring::shown(v) * 10.0).round() as i64;
    let mut ints = itoa::Buffer::new();
    let whole = ints.format((t / 10).abs());
    let mut n = 0;
    if t < 0 {
        buf[0] = b'-';
        n = 1;
    }
    buf[n..n + whole.len()].copy_from_slice(whole.as_bytes());
    n += whole.len();
    let frac = (t % 10).unsigned_abs() as u8;
    if frac != 0 {
        buf[n] = b'.';
        buf[n + 1] = b'0' + frac;
        n += 2;
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

impl Sink for Csv<'_> {
    fn begin(&mut self) -> io::Result<()> {
        match self.first.take() {
            Some(rubric) => self.header(&rubric),
            None => Ok(()),
        }
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        match record {
            Record::Failed {
                source,
                row,
                respondent,
                rubric,
                error,
            } => {
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
            Record::Scored {
                source,
                row,
                rubric,
                responses,
                report,
            } => self.scored(
                source,
                *row,
                rubric,
                responses,
                &report.scores,
                &report.quality,
            ),
            Record::Brief {
                source,
                row,
                rubric,
                responses,
                scores,
                quality,
            } => self.scored(source, *row, rubric, responses, scores, quality),
        }
    }

    fn end(&mut self) -> io::Result<()> {
        self.finish()
    }
}

impl Csv<'_> {
    fn scored(
        &mut self,
        source: &str,
        row: Option<usize>,
        rubric: &crate::rubric::Rubric,
        responses: &crate::answers::Responses,
        s: &crate::scoring::Scores,
        quality: &crate::quality::Quality,
    ) -> io::Result<()> {
        {
            {
                let ids = &rubric.ids;
                let key = &rubric.key;
                match &self.columns_for {
                    None => self.header(rubric)?,
                    Some(hash) if *hash != key.hash => {
                        let message = format!(
                            "answers rubric `{}`, but this CSV has the columns of another rubric; score each rubric into its own file",
                            rubric.id
                        );
                        return self.failed(&(
                            source.to_owned(),
                            row,
                            responses.respondent.clone(),
                            Some(rubric_cells(rubric)),
                            message,
                        ));
                    }
                    Some(_) => {}
                }
                let mut floats = [0u8; 24];
                let mut ints = itoa::Buffer::new();
                let w = &mut self.out;
                w.write_field(source)?;
                match row {
                    Some(r) => w.write_field(ints.format(r))?,
                    None => w.write_field("")?,
                }
                w.write_field(responses.respondent.as_deref().unwrap_or(""))?;
                w.write_field(&rubric.id)?;
                w.write_field(&rubric.version)?;
                w.write_field(&rubric.sha256)?;
                w.write_field(&key.hash)?;
                w.write_field(ints.format(s.answered))?;
                w.write_field(ints.format(key.questions()))?;
                w.write_field(if s.answered < key.questions() || responses.unfinished {
                    "true"
                } else {
                    "false"
                })?;
                w.write_field(&ids.paths[s.top])?;
                w.write_field(&ids.paths[s.second])?;
                w.write_field(tenths(&mut floats, s.shown_margin))?;
                w.write_field(s.lean.map_or("", |p| ids.paths[p].as_str()))?;
                for x in s.fits.iter().chain(&s.dims) {
                    match x {
                        Some(v) => w.write_field(tenths(&mut floats, *v))?,
                        None => w.write_field("")?,
                    }
                }
                let mut flags = String::new();
                for f in &quality.flags {
                    if !flags.is_empty() {
                        flags.push(';');
                    }
                    flags.push_str(f.name());
                }
                w.write_field(&flags)?;
                w.write_field("")?;
                w.write_record(None::<&[u8]>).map_err(io::Error::other)
            }
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        // Only failures: the columns of a failure are source, row and error.
        if self.columns_for.is_none() && !self.waiting.is_empty() {
            self.out
                .write_record(["source", "row", "error"])
                .map_err(io::Error::other)?;
            for (s, r, _, _, e) in std::mem::take(&mut self.waiting) {
                let row = r.map(|r| r.to_string()).unwrap_or_default();
                self.out
                    .write_record([s.as_str(), row.as_str(), e.as_str()])
                    .map_err(io::Error::other)?;
            }
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// Numbers read as the report shows them: `{}` of the value rounded to one decimal.
        #[test]
        fn numbers_are_written_as_shown(v in prop_oneof![-100.0f64..100.0, Just(0.0), Just(50.0), Just(100.0), Just(0.05), Just(-0.05), Just(56.25)]) {
            let mut buf = [0u8; 24];
            let shown = crate::scoring::shown(v);
            let want = if shown == 0.0 { "0".to_owned() } else { format!("{shown}") };
            prop_assert_eq!(super::tenths(&mut buf, v), want.as_str());
        }
    }
}
