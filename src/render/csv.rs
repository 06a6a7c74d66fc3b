//! CSV output: one row per answer sheet, for a spreadsheet. Columns, in this order:
//! source, row, respondent, rubric, version, key_hash, answered, total, partial, top, second,
//! margin, lean, then `fit:<path>` for each path and `<path>:<dimension>` for each path and
//! dimension, then quality, error. One rubric per file: the columns follow the first sheet's.

use std::io::{self, Write};

use super::{Record, Sink};

pub struct Csv<'w> {
    out: csv::Writer<&'w mut dyn Write>,
    /// The key hash the columns were made for; None until the first scored sheet.
    columns_for: Option<String>,
    /// Failures met before the first scored sheet, written once the columns are known.
    waiting: Vec<(String, Option<usize>, String)>,
    width: usize,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Csv {
            out: csv::Writer::from_writer(out),
            columns_for: None,
            waiting: Vec::new(),
            width: 15,
        }
    }

    fn failed(&mut self, source: &str, row: Option<usize>, error: &str) -> io::Result<()> {
        let mut cells = vec![String::new(); self.width];
        cells[0] = source.to_owned();
        cells[1] = row.map(|r| r.to_string()).unwrap_or_default();
        cells[self.width - 1] = error.to_owned();
        self.out.write_record(&cells).map_err(io::Error::other)
    }
}

fn num(x: Option<f64>) -> String {
    x.map(|v| format!("{v}")).unwrap_or_default()
}

impl Sink for Csv<'_> {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        match record {
            Record::Failed { source, row, error } => {
                if self.columns_for.is_none() {
                    self.waiting
                        .push(((*source).to_owned(), *row, (*error).to_owned()));
                    return Ok(());
                }
                self.failed(source, *row, error)
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
                    None => {
                        let mut header: Vec<String> = [
                            "source",
                            "row",
                            "respondent",
                            "rubric",
                            "version",
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
                        self.columns_for = Some(key.hash.clone());
                        for (s, r, e) in std::mem::take(&mut self.waiting) {
                            self.failed(&s, r, &e)?;
                        }
                    }
                    Some(hash) if *hash != key.hash => {
                        let message = format!(
                            "answers rubric `{}`, but this CSV has the columns of another rubric; score each rubric into its own file",
                            rubric.id
                        );
                        return self.failed(source, row, &message);
                    }
                    Some(_) => {}
                }
                let mut cells = vec![
                    (*source).to_owned(),
                    row.map(|r| r.to_string()).unwrap_or_default(),
                    responses.respondent.clone().unwrap_or_default(),
                    rubric.id.clone(),
                    rubric.version.clone(),
                    key.hash.clone(),
                    s.answered.to_string(),
                    key.questions().to_string(),
                    (s.answered < key.questions()).to_string(),
                    ids.paths[s.top].clone(),
                    ids.paths[s.second].clone(),
                    format!("{}", s.margin),
                    s.lean.map(|p| ids.paths[p].clone()).unwrap_or_default(),
                ];
                cells.extend(s.fits.iter().map(|f| num(*f)));
                cells.extend(s.dims.iter().map(|d| num(*d)));
                let flags: Vec<String> = quality
                    .flags
                    .iter()
                    .map(|f| {
                        format!("{f:?}")
                            .split([' ', '{'])
                            .next()
                            .unwrap_or("")
                            .to_owned()
                    })
                    .collect();
                cells.push(flags.join(";"));
                cells.push(String::new());
                self.out.write_record(&cells).map_err(io::Error::other)
            }
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        // Only failures: the columns of a failure are source, row and error.
        if self.columns_for.is_none() && !self.waiting.is_empty() {
            self.out
                .write_record(["source", "row", "error"])
                .map_err(io::Error::other)?;
            for (s, r, e) in std::mem::take(&mut self.waiting) {
                let row = r.map(|r| r.to_string()).unwrap_or_default();
                self.out
                    .write_record([s.as_str(), row.as_str(), e.as_str()])
                    .map_err(io::Error::other)?;
            }
        }
        self.out.flush()
    }
}
