//! Decoding answer cells from their bytes: the [`Decoder`] compiles an export's columns and
//! every word of the scale once, then a number or an ASCII label is matched without building a
//! string, so a row costs little more than reading it. Anything else takes the text path,
//! which also says why a cell is not an answer.

use std::fmt::Write as _;

use super::columns::{Column, Completion, fold, map_columns};
pub(super) use super::encoding::text;
use super::exact::{Exact, written};
use super::words::{Answer, FAST_CELL, Word, by_len, labels, missing};
use super::{Layout, Options};
use crate::answers::{MISSING, Responses};
use crate::problem::answers::{CellProblem, Excerpt, RowProblem};
use crate::rubric::Rubric;

/// A row's cells by column.
pub trait Cells {
    fn cell(&self, column: usize) -> Option<&[u8]>;
    /// How many cells the row has.
    fn count(&self) -> usize;
}

impl Cells for csv::ByteRecord {
    #[inline]
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column)
    }
    fn count(&self) -> usize {
        self.len()
    }
}

impl Cells for [String] {
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column).map(String::as_bytes)
    }
    fn count(&self) -> usize {
        self.len()
    }
}

/// An export's columns compiled for decoding: which column is which question, and every word
/// that means a scale point or "not answered", folded to bytes.
pub struct Decoder {
    rubric: std::sync::Arc<Rubric>,
    pub(super) columns: Vec<Column>,
    /// (folded label or alias, point).
    labels: Vec<(Box<[u8]>, u8)>,
    /// Folded words and codes that mean "not answered".
    missing: Vec<Box<[u8]>>,
    /// Every word above by its length (up to [`FAST_CELL`]), "not answered" first: a cell is
    /// compared with the few words of its own length only.
    by_len: Vec<Vec<Word>>,
    /// The cells most exports write, byte for byte.
    exact: Exact,
    completion: Option<(usize, Completion)>,
    /// (column, question) for each column that is a question.
    questions: Vec<(usize, usize)>,
    id: Option<usize>,
    /// The longest a cell can be and still be an answer, in bytes: longer cells are refused
    /// unread, so a huge cell costs no more than its reading.
    longest: usize,
    /// Whether every row must have as many cells as the header (CSV and TSV: a workbook
    /// leaves out empty cells at the end of a row).
    strict: bool,
}

/// Bad cells named in a row's error; the rest are counted.
const ROW_ERRORS: usize = 3;

impl Decoder {
    pub fn new(
        rubric: &std::sync::Arc<Rubric>,
        rows: &[Vec<String>],
        options: &Options,
        layout: Layout,
    ) -> Decoder {
        let columns = map_columns(rubric, rows, options, layout);
        let labels = labels(rubric);
        let missing = missing(rubric, options);
        let by_len = by_len(rubric, &labels, &missing);
        let questions = columns
            .iter()
            .enumerate()
            .filter_map(|(c, col)| match col {
                Column::Question(q) => Some((c, *q)),
                _ => None,
            })
            .collect();
        let id = columns.iter().position(|c| *c == Column::Id);
        let word = labels
            .iter()
            .map(|(l, _)| l.len())
            .chain(missing.iter().map(|m| m.len()))
            .max()
            .unwrap_or(0);
        let mut decoder = Decoder {
            exact: Exact::default(),
            longest: 4 * word + 256,
            rubric: std::sync::Arc::clone(rubric),
            columns,
            labels,
            missing,
            by_len,
            completion: Completion::find(layout, rows),
            questions,
            id,
            strict: false,
        };
        decoder.exact = Exact::new(&written(rubric), |c| decoder.fast(c));
        decoder
    }

    /// Rows must have as many cells as the header.
    pub(super) fn strict(&mut self) {
        self.strict = true;
    }

    /// (column, question) for each column that is a question.
    pub(super) fn questions(&self) -> &[(usize, usize)] {
        &self.questions
    }

    /// A cell that is neither an answer nor "not answered" as its trimmed text, and whether
    /// it is a number (off the scale); None for answers, multiple choices and huge cells.
    pub(super) fn stray(&self, cell: &[u8], fallback: &mut bool) -> Option<(String, bool)> {
        if cell.len() > self.longest || self.fast(cell).is_some() {
            return None;
        }
        let t = text(cell, fallback);
        match self.slow(&t) {
            Err(CellProblem::OffScale { .. }) => Some((t.trim().to_owned(), true)),
            Err(CellProblem::NotAnAnswer { .. }) => Some((t.trim().to_owned(), false)),
            _ => None,
        }
    }

    fn is_missing(&self, folded: &[u8]) -> bool {
        self.missing.iter().any(|m| **m == *folded)
    }

    fn label(&self, folded: &[u8]) -> Option<u8> {
        self.labels
            .iter()
            .find(|(l, _)| **l == *folded)
            .map(|&(_, p)| p)
    }

    /// A label after a leading number: "6. slightly agree", "4 - agree".
    fn prefixed_label(&self, folded: &[u8]) -> Option<u8> {
        let digits = folded.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        let rest = &folded[digits..];
        let skip = rest
            .iter()
            .take_while(|b| matches!(b, b'.' | b')' | b'-' | b':' | b' '))
            .count();
        self.label(&rest[skip..])
    }

    /// The byte path: numbers and ASCII words. None when the cell needs the text path (other
    /// scripts, long cells, anything not recognised, which the text path explains).
    #[inline]
    fn fast(&self, cell: &[u8]) -> Option<Answer> {
        let t = cell.trim_ascii();
        if t.is_empty() {
            return Some(Answer::Missing);
        }
        // Most cells are a label or a scale value as written: one length, one comparison.
        let words = self.by_len.get(t.len())?;
        if let Some(w) = words.iter().find(|w| w.matches(t)) {
            return Some(w.answer);
        }
        if t.len() <= 3 && t.iter().all(u8::is_ascii_digit) {
            // "05": a value with a leading zero (an off-scale number takes the text path).
            let v = t.iter().fold(0i64, |a, &b| a * 10 + i64::from(b - b'0'));
            return self.rubric.key.point(v).map(Answer::Point);
        }
        let mut buf = [0u8; FAST_CELL];
        let mut n = 0;
        let mut space = false;
        for &b in t {
            if b >= 0x80 {
                return None;
            }
            if b.is_ascii_whitespace() {
                space = true;
                continue;
            }
            if space {
                buf[n] = b' ';
                n += 1;
                space = false;
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        let f = &buf[..n];
        if let Some(w) = self.by_len[n].iter().find(|w| w.matches(f)) {
            return Some(w.answer);
        }
        self.prefixed_label(f).map(Answer::Point)
    }

    /// The text path: any script, multi-select cells, and the reason a cell is not an answer.
    fn slow(&self, cell: &str) -> Result<Answer, CellProblem> {
        let f = fold(cell);
        if f.is_empty() || self.is_missing(f.as_bytes()) {
            return Ok(Answer::Missing);
        }
        // Microsoft Forms writes choices as `A;B;`: one choice is an answer, more are not.
        if f.ends_with(';') {
            let choices: Vec<&str> = f
                .split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            return match choices.as_slice() {
                [] => Ok(Answer::Missing),
                [one] => self.slow(one),
                _ => Err(CellProblem::Choices {
                    cell: Excerpt::of(cell),
                    count: choices.len(),
                }),
            };
        }
        if let Some(p) = self
            .label(f.as_bytes())
            .or_else(|| self.prefixed_label(f.as_bytes()))
        {
            return Ok(Answer::Point(p));
        }
        let key = &self.rubric.key;
        if let Ok(value) = f.parse::<i64>() {
            return key
                .point(value)
                .map(Answer::Point)
                .ok_or(CellProblem::OffScale {
                    value,
                    min: key.scale_min,
                    max: key.value((key.points - 1) as u8),
                });
        }
        Err(CellProblem::NotAnAnswer {
            cell: Excerpt::of(cell),
        })
    }

    /// Decodes one data row into `r` (reused from row to row). Problems name the question and
    /// the cell; a row with too few answers is skipped with the count.
    pub fn row(
        &self,
        cells: &(impl Cells + ?Sized),
        number: usize,
        r: &mut Responses,
        fallback: &mut bool,
    ) -> Result<(), RowProblem> {
        if self.strict && cells.count() != self.columns.len() {
            r.points.fill(MISSING);
            r.unfinished = false;
            self.respondent(cells, number, r, fallback);
            return Err(RowProblem::Width {
                cells: cells.count(),
                header: self.columns.len(),
            });
        }
        let (answered, bad) = self.answers(cells, r, fallback);
        r.unfinished = self
            .completion
            .is_some_and(|(c, how)| how.unfinished(cells.cell(c).unwrap_or(b"")));
        self.respondent(cells, number, r, fallback);
        if let Some(problem) = bad {
            return Err(problem);
        }
        let needed = self.rubric.key.min_answered;
        if answered == 0 {
            return Err(RowProblem::NotAsked {
                questions: self.rubric.key.questions(),
            });
        }
        if answered < needed {
            return Err(RowProblem::TooFew {
                answered,
                questions: self.rubric.key.questions(),
                needed,
                unfinished: self
                    .completion
                    .filter(|_| r.unfinished)
                    .map(|(_, how)| how.column()),
            });
        }
        Ok(())
    }

    /// The row's answers into `r.points`: how many questions are answered, and the cells that
    /// are not answers (the first few named, so a row of nonsense stays one readable line).
    fn answers(
        &self,
        cells: &(impl Cells + ?Sized),
        r: &mut Responses,
        fallback: &mut bool,
    ) -> (usize, Option<RowProblem>) {
        r.points.fill(MISSING);
        let mut bad = Vec::new();
        let mut more = 0;
        let mut answered = 0;
        for &(c, q) in &self.questions {
            let Some(cell) = cells.cell(c) else { continue };
            let answer = match self.exact.get(cell).or_else(|| self.fast(cell)) {
                Some(a) => Ok(a),
                None if cell.len() > self.longest => Err(CellProblem::TooLong {
                    cell: excerpt(cell),
                    limit: self.longest,
                }),
                None => self.slow(&text(cell, fallback)),
            };
            match answer {
                Ok(Answer::Point(p)) => {
                    // Two columns for one question: the later one counts once.
                    answered += usize::from(r.points[q] == MISSING);
                    r.points[q] = p;
                }
                Ok(Answer::Missing) => {}
                Err(e) if bad.len() < ROW_ERRORS => {
                    bad.push((self.rubric.ids.questions[q].clone(), e));
                }
                Err(_) => more += 1,
            }
        }
        let problem = (!bad.is_empty()).then_some(RowProblem::Cells { bad, more });
        (answered, problem)
    }

    /// Whether the row names its respondent (else it is "row N").
    pub fn names(&self, cells: &(impl Cells + ?Sized)) -> bool {
        self.id
            .and_then(|c| cells.cell(c))
            .is_some_and(|c| !c.trim_ascii().is_empty())
    }

    /// The row's respondent: its id cell when it has one, else "row N".
    fn respondent(
        &self,
        cells: &(impl Cells + ?Sized),
        number: usize,
        r: &mut Responses,
        fallback: &mut bool,
    ) {
        let id = self
            .id
            .and_then(|c| cells.cell(c))
            .map(<[u8]>::trim_ascii)
            .filter(|c| !c.is_empty());
        let respondent = r.respondent.get_or_insert_with(String::new);
        respondent.clear();
        match id {
            Some(id) => respondent.push_str(&text(id, fallback)),
            None => {
                let _ = write!(respondent, "{}", RowName(number));
            }
        }
    }
}

/// The respondent of a row that names none: "row N", an id in every language.
pub struct RowName(pub usize);

impl std::fmt::Display for RowName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}", self.0)
    }
}

/// The excerpt of a long cell, made without copying more of it than is shown.
fn excerpt(cell: &[u8]) -> Excerpt {
    let cell = cell.trim_ascii();
    match std::str::from_utf8(cell) {
        Ok(t) => Excerpt {
            head: crate::base::neutral::line(&t.chars().take(Excerpt::CHARS).collect::<String>())
                .into_owned(),
            chars: t.chars().count(),
        },
        // Read as Windows-1252: a character a byte.
        Err(_) => Excerpt {
            head: text(&cell[..cell.len().min(Excerpt::CHARS)], &mut false).into_owned(),
            chars: cell.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};

    #[test]
    fn cells_are_utf8_or_windows_1252() {
        let mut fallback = false;
        assert_eq!(text(b"id", &mut fallback), "id");
        assert!(!fallback);
        assert_eq!(text(b"caf\xe9", &mut fallback), "caf\u{e9}");
        assert!(fallback);
    }

    #[test]
    fn cells_are_read_inert() {
        let mut fallback = false;
        // Windows-1252 has no 0x9d: it decodes to the 8-bit OSC introducer, shown escaped.
        assert_eq!(text(b"a\x9db\x1b[2J", &mut fallback), "a\\u{9d}b\\u{1b}");
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let d = Decoder::new(&r, &[], &Options::default(), Layout::Plain);
        assert_eq!(decode(&d, "strongly\u{c}agree"), Ok(Answer::Point(4)));
        let e = decode(&d, "Agree\u{1b}[2J").unwrap_err().to_string();
        assert!(e.contains("Agree\\u{1b}") && !e.contains('\u{1b}'), "{e}");
    }

    fn decode(d: &Decoder, cell: &str) -> Result<Answer, CellProblem> {
        let fast = d.fast(cell.as_bytes());
        let slow = d.slow(cell);
        // The byte path, when it answers, agrees with the text path.
        if let Some(f) = &fast {
            assert_eq!(Ok(f), slow.as_ref(), "{cell:?}");
        }
        slow
    }

    #[test]
    fn labels_numbers_prefixes_and_missing() {
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let o = Options {
            missing: vec!["-99".into(), "0".into()],
            ..Options::default()
        };
        let d = Decoder::new(&r, &[], &o, Layout::Plain);
        assert_eq!(decode(&d, "Agree"), Ok(Answer::Point(3)));
        assert_eq!(decode(&d, " strongly  AGREE "), Ok(Answer::Point(4)));
        assert_eq!(decode(&d, "strongly\u{a0}agree"), Ok(Answer::Point(4)));
        assert_eq!(decode(&d, "4. Agree"), Ok(Answer::Point(3)));
        assert_eq!(decode(&d, "4 - Agree"), Ok(Answer::Point(3)));
        assert_eq!(decode(&d, "2"), Ok(Answer::Point(1)));
        assert_eq!(decode(&d, " 5 "), Ok(Answer::Point(4)));
        assert_eq!(decode(&d, "Agree;"), Ok(Answer::Point(3)));
        assert_eq!(decode(&d, "N/A"), Ok(Answer::Missing));
        assert_eq!(decode(&d, "-99"), Ok(Answer::Missing));
        assert_eq!(decode(&d, "0"), Ok(Answer::Missing));
        assert_eq!(decode(&d, ""), Ok(Answer::Missing));
        assert!(
            decode(&d, "7")
                .unwrap_err()
                .to_string()
                .contains("off the scale 1 to 5")
        );
        assert!(
            decode(&d, "Agree;Disagree;")
                .unwrap_err()
                .to_string()
                .contains("2 choices")
        );
        assert!(
            decode(&d, "maybe")
                .unwrap_err()
                .to_string()
                .contains("not a number or a label")
        );
        assert!(decode(&d, "Nötr").is_err());
    }

    proptest::proptest! {
        /// The byte path agrees with the text path on any mix of case, spacing, numbers and
        /// words, whenever it answers at all.
        #[test]
        fn the_byte_path_agrees_with_the_text_path(
            word in proptest::sample::select(vec![
                "Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree",
                "N/A", "Prefer not to say", "skipped", "1", "5", "05", "7", "-99", "0",
                "4. Agree", "6 - agree", "strongly  agree", "Agree;", "agreed", "",
            ]),
            upper in proptest::collection::vec(proptest::bool::ANY, 20),
            pad in 0usize..3,
        ) {
            let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let o = Options { missing: vec!["-99".into(), "0".into()], ..Options::default() };
            let d = Decoder::new(&r, &[], &o, Layout::Plain);
            let cased: String = word
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            let cell = format!("{}{cased}{}", " ".repeat(pad), "\t".repeat(pad));
            if let Some(fast) = d.fast(cell.as_bytes()) {
                proptest::prop_assert_eq!(Ok(fast), d.slow(&cell));
            }
        }
    }
}
