//! Survey-tool exports: one respondent a row in a CSV, TSV or xlsx file. The layout (Google
//! Forms, Microsoft Forms, Qualtrics, SurveyMonkey, LimeSurvey or plain) is detected from the
//! header and decides which rows are headers, which column names a respondent and which one
//! marks an unfinished response. Columns are matched to questions by id, by question text or
//! alias (compared after folding case, white space, non-breaking spaces and curly quotes) or
//! by a mapping file; other columns (names, emails, timings) are never copied into output.
//! Answers are scale numbers or labels (with a leading "6." or "4 -" tolerated); blank,
//! "N/A", "Prefer not to say" and the missing codes are unanswered.
//!
//! Cells are decoded from their bytes: a number or an ASCII label is matched without building
//! a string, so a row costs little more than reading it.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Read;

use super::Responses;
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;
use crate::scoring::MISSING;

/// Choices for reading an export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Header text -> question id, from `--map FILE`.
    pub map: Vec<(String, String)>,
    /// Extra values that mean "not answered" (`--missing CODE`).
    pub missing: Vec<String>,
    /// The column that names a respondent (`--id-column`); else the layout's id column, else
    /// the row number.
    pub id_column: Option<String>,
    /// The layout, when not detected (`--layout`).
    pub layout: Option<Layout>,
    /// Set when the reading should stop (Ctrl-C), checked while waiting for input.
    pub stop: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

/// The survey tools whose exports pathfit knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `Timestamp`, often `Email Address`, then one column per question title.
    GoogleForms,
    /// `ID, Start time, Completion time, Email, Name`, then the questions.
    MicrosoftForms,
    /// Field ids, then question texts, then `{"ImportId": ...}`; `Finished` and `Progress`.
    Qualtrics,
    /// Questions, then a row of `Response` or option labels; `Respondent ID`.
    Surveymonkey,
    /// Answer codes or texts; `submitdate` is empty for an unfinished response.
    Limesurvey,
    /// One header row of question ids or texts.
    Plain,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::GoogleForms => "Google Forms",
            Layout::MicrosoftForms => "Microsoft Forms",
            Layout::Qualtrics => "Qualtrics",
            Layout::Surveymonkey => "SurveyMonkey",
            Layout::Limesurvey => "LimeSurvey",
            Layout::Plain => "plain",
        }
    }

    /// The layout a header row (folded cells) shows.
    pub fn detect(header: &[String]) -> Layout {
        let has = |name: &str| header.iter().any(|h| h == name);
        let first = header.first().map_or("", String::as_str);
        if first == "timestamp" {
            Layout::GoogleForms
        } else if has("start time") && has("completion time") {
            Layout::MicrosoftForms
        } else if has("responseid") || (has("finished") && has("progress")) {
            Layout::Qualtrics
        } else if has("respondent id") && has("collector id") {
            Layout::Surveymonkey
        } else if has("submitdate") || has("lastpage") || has("date submitted") {
            Layout::Limesurvey
        } else {
            Layout::Plain
        }
    }

    /// Folded header cells of the layout's respondent-id column, best first.
    fn id_columns(self) -> &'static [&'static str] {
        match self {
            Layout::GoogleForms => &[],
            Layout::MicrosoftForms => &["id"],
            Layout::Qualtrics => &["responseid", "response id"],
            Layout::Surveymonkey => &["respondent id", "respondentid"],
            Layout::Limesurvey => &["id", "response id"],
            Layout::Plain => &[
                "id",
                "response id",
                "responseid",
                "respondent id",
                "respondentid",
                "respondent",
            ],
        }
    }

    /// The column that says whether a response was finished, and how it says so.
    fn completion(self, header: &[String]) -> Option<(usize, Completion)> {
        let at = |name: &str| header.iter().position(|h| h == name);
        match self {
            Layout::Qualtrics => at("finished")
                .map(|c| (c, Completion::Finished))
                .or_else(|| at("progress").map(|c| (c, Completion::Progress))),
            Layout::Limesurvey => at("submitdate")
                .or_else(|| at("date submitted"))
                .map(|c| (c, Completion::Submitted)),
            _ => None,
        }
    }
}

/// How a layout marks an unfinished response.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Completion {
    /// `Finished`: True/1 when finished.
    Finished,
    /// `Progress`: 100 when finished.
    Progress,
    /// `submitdate`: empty until submitted.
    Submitted,
}

impl Completion {
    fn unfinished(self, cell: &[u8]) -> bool {
        let cell = cell.trim_ascii();
        match self {
            Completion::Finished => {
                cell.eq_ignore_ascii_case(b"false") || cell == b"0" || cell.is_empty()
            }
            Completion::Progress => cell != b"100",
            Completion::Submitted => cell.is_empty(),
        }
    }

    fn column(self) -> &'static str {
        match self {
            Completion::Finished => "Finished",
            Completion::Progress => "Progress",
            Completion::Submitted => "submitdate",
        }
    }
}

/// What each column of the export is.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    Question(usize),
    Id,
    Other,
}

/// Answers that mean "not answered", folded.
const NOT_ANSWERED: &[&str] = &[
    "n/a",
    "na",
    "-",
    "prefer not to say",
    "no answer",
    "skip",
    "skipped",
];

/// Text folded for comparison: trimmed, one space between words (non-breaking spaces
/// included), straight quotes, lower case.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{2018}' | '\u{2019}' => out.push('\''),
                '\u{201c}' | '\u{201d}' => out.push('"'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
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

/// What each header cell is.
pub fn map_columns(
    rubric: &Rubric,
    header: &[String],
    options: &Options,
    layout: Layout,
) -> Vec<Column> {
    let mut titles: HashMap<String, usize> = HashMap::new();
    for (q, text) in rubric.texts.questions.iter().enumerate() {
        titles.insert(fold(text), q);
        for alias in rubric.texts.question_aliases.get(q).into_iter().flatten() {
            titles.insert(fold(alias), q);
        }
    }
    let ids: HashMap<String, usize> = rubric
        .ids
        .questions
        .iter()
        .enumerate()
        .map(|(q, id)| (id.to_lowercase(), q))
        .collect();
    let mapped: HashMap<String, usize> = options
        .map
        .iter()
        .filter_map(|(h, id)| Some((fold(h), rubric.ids.question(id)?)))
        .collect();
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let mut columns: Vec<Column> = folded
        .iter()
        .map(|f| {
            mapped
                .get(f)
                .or_else(|| ids.get(f))
                .or_else(|| titles.get(f))
                .map_or(Column::Other, |&q| Column::Question(q))
        })
        .collect();
    let id = match &options.id_column {
        Some(wanted) => {
            let wanted = fold(wanted);
            folded.iter().position(|f| *f == wanted)
        }
        None => layout
            .id_columns()
            .iter()
            .find_map(|name| folded.iter().position(|f| f == name)),
    };
    if let Some(c) = id.filter(|&c| columns[c] == Column::Other) {
        columns[c] = Column::Id;
    }
    columns
}

/// A row's cells by column.
pub trait Cells {
    fn cell(&self, column: usize) -> Option<&[u8]>;
}

impl Cells for csv::ByteRecord {
    #[inline]
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column)
    }
}

impl Cells for [String] {
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column).map(String::as_bytes)
    }
}

/// One decoded answer cell.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Answer {
    Point(u8),
    Missing,
}

/// An export's columns compiled for decoding: which column is which question, and every word
/// that means a scale point or "not answered", folded to bytes.
pub struct Decoder {
    rubric: std::sync::Arc<Rubric>,
    columns: Vec<Column>,
    /// (folded label or alias, point).
    labels: Vec<(Box<[u8]>, u8)>,
    /// Folded words and codes that mean "not answered".
    missing: Vec<Box<[u8]>>,
    /// Every word above by its length (up to [`FAST_CELL`]), "not answered" first: a cell is
    /// compared with the few words of its own length only.
    by_len: Vec<Vec<Word>>,
    completion: Option<(usize, Completion)>,
    /// (column, question) for each column that is a question.
    questions: Vec<(usize, usize)>,
    id: Option<usize>,
}

/// Bad cells named in a row's error; the rest are counted.
const ROW_ERRORS: usize = 3;

/// Longest cell the byte path folds on the stack; longer ones take the text path.
const FAST_CELL: usize = 64;

/// A folded word as 8-byte parts for comparison: at offsets 0, 8, ... and a last part ending
/// at the word's end (parts may overlap), so a cell of the word's length is compared with a
/// few unaligned loads. A part matches when `(cell | mask) == text`, where the mask has 0x20
/// on letters: case is ignored on letters only.
#[derive(Clone)]
struct Word {
    /// (offset, text, mask).
    parts: Vec<(usize, u64, u64)>,
    answer: Answer,
}

/// The 8 bytes of `bytes` from `at` as a little-endian u64. A text shorter than 8 bytes is
/// read whole from `at` = 0: two overlapping 4-byte loads from 4 bytes up, bytes below that;
/// the same text always reads the same, so a word and a cell compare equal.
#[inline]
fn load(bytes: &[u8], at: usize) -> u64 {
    if let Some(whole) = bytes.get(at..at + 8) {
        return <[u8; 8]>::try_from(whole).map_or(0, u64::from_le_bytes);
    }
    let n = bytes.len();
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_le_bytes)
    };
    if n >= 4 {
        u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << 32
    } else {
        bytes
            .iter()
            .enumerate()
            .fold(0, |v, (k, &b)| v | u64::from(b) << (8 * k))
    }
}

impl Word {
    fn new(folded: &[u8], answer: Answer) -> Word {
        let mask: Vec<u8> = folded
            .iter()
            .map(|b| if b.is_ascii_lowercase() { 0x20 } else { 0 })
            .collect();
        let n = folded.len();
        let mut offsets: Vec<usize> = (0..n.saturating_sub(7)).step_by(8).collect();
        if n >= 8 && offsets.last() != Some(&(n - 8)) {
            offsets.push(n - 8);
        }
        if n < 8 {
            offsets = vec![0];
        }
        Word {
            parts: offsets
                .into_iter()
                .map(|at| (at, load(folded, at), load(&mask, at)))
                .collect(),
            answer,
        }
    }

    /// Whether `cell` (of the word's length) is the word, ignoring the case of letters.
    #[inline]
    fn matches(&self, cell: &[u8]) -> bool {
        self.parts
            .iter()
            .all(|&(at, text, mask)| load(cell, at) | mask == text)
    }
}

impl Decoder {
    pub fn new(
        rubric: &std::sync::Arc<Rubric>,
        header: &[String],
        options: &Options,
        layout: Layout,
    ) -> Decoder {
        let columns = map_columns(rubric, header, options, layout);
        let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
        let mut labels: Vec<(Box<[u8]>, u8)> = rubric
            .texts
            .labels
            .iter()
            .enumerate()
            .map(|(p, l)| (fold(l).into_bytes().into(), p as u8))
            .collect();
        labels.extend(
            rubric
                .texts
                .label_aliases
                .iter()
                .map(|(w, p)| (fold(w).into_bytes().into(), *p)),
        );
        let missing: Vec<Box<[u8]>> = NOT_ANSWERED
            .iter()
            .map(|m| (*m).to_owned())
            .chain(options.missing.iter().map(|m| fold(m)))
            .chain(rubric.texts.missing_codes.iter().map(|m| fold(m)))
            .map(|m| m.into_bytes().into())
            .collect();
        let mut by_len: Vec<Vec<Word>> = vec![Vec::new(); FAST_CELL + 1];
        // Scale values as written ("1" to "5") are words too: one lookup decodes any cell.
        let values = (0..rubric.key.points).map(|p| {
            let text: Box<[u8]> = rubric.key.value(p as u8).to_string().into_bytes().into();
            (text, p as u8)
        });
        let words = missing
            .iter()
            .map(|m| (m.clone(), Answer::Missing))
            .chain(labels.iter().map(|(l, p)| (l.clone(), Answer::Point(*p))))
            .chain(values.map(|(v, p)| (v, Answer::Point(p))));
        for (word, answer) in words {
            if let Some(list) = by_len.get_mut(word.len()) {
                list.push(Word::new(&word, answer));
            }
        }
        let questions = columns
            .iter()
            .enumerate()
            .filter_map(|(c, col)| match col {
                Column::Question(q) => Some((c, *q)),
                _ => None,
            })
            .collect();
        let id = columns.iter().position(|c| *c == Column::Id);
        Decoder {
            rubric: std::sync::Arc::clone(rubric),
            columns,
            labels,
            missing,
            by_len,
            completion: layout.completion(&folded),
            questions,
            id,
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
    fn slow(&self, cell: &str) -> Result<Answer, String> {
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
                _ => Err(format!(
                    "\"{}\" holds {} choices; each question takes one answer",
                    cell.trim(),
                    choices.len()
                )),
            };
        }
        if let Some(p) = self
            .label(f.as_bytes())
            .or_else(|| self.prefixed_label(f.as_bytes()))
        {
            return Ok(Answer::Point(p));
        }
        let key = &self.rubric.key;
        if let Ok(v) = f.parse::<i64>() {
            return key.point(v).map(Answer::Point).ok_or_else(|| {
                format!(
                    "{v} is off the scale {} to {}",
                    key.scale_min,
                    key.value((key.points - 1) as u8)
                )
            });
        }
        Err(format!(
            "\"{}\" is not a number or a label of the scale",
            crate::base::printable::printable(cell.trim())
        ))
    }

    /// Decodes one data row into `r` (reused from row to row). Errors name the question and
    /// the cell; a row with too few answers is skipped with the count.
    pub fn row(
        &self,
        cells: &(impl Cells + ?Sized),
        number: usize,
        r: &mut Responses,
        fallback: &mut bool,
    ) -> Result<(), String> {
        r.points.fill(MISSING);
        let mut errors = String::new();
        let mut bad = 0;
        let mut answered = 0;
        for &(c, q) in &self.questions {
            let Some(cell) = cells.cell(c) else { continue };
            let answer = match self.fast(cell) {
                Some(a) => Ok(a),
                None => self.slow(&text(cell, fallback)),
            };
            match answer {
                Ok(Answer::Point(p)) => {
                    // Two columns for one question: the later one counts once.
                    answered += usize::from(r.points[q] == MISSING);
                    r.points[q] = p;
                }
                Ok(Answer::Missing) => {}
                // The first few cells are named; a row of nonsense stays one readable line.
                Err(e) => {
                    bad += 1;
                    if bad <= ROW_ERRORS {
                        if !errors.is_empty() {
                            errors.push_str("; ");
                        }
                        let _ = write!(errors, "`{}`: {e}", self.rubric.ids.questions[q]);
                    }
                }
            }
        }
        if bad > ROW_ERRORS {
            let _ = write!(
                errors,
                "; and {} more cells that are not answers",
                bad - ROW_ERRORS
            );
        }
        let id = self
            .id
            .and_then(|c| cells.cell(c))
            .map(<[u8]>::trim_ascii)
            .filter(|c| !c.is_empty());
        let unfinished = self
            .completion
            .is_some_and(|(c, how)| how.unfinished(cells.cell(c).unwrap_or(b"")));
        r.unfinished = unfinished;
        let respondent = r.respondent.get_or_insert_with(String::new);
        respondent.clear();
        match id {
            Some(id) => respondent.push_str(&text(id, fallback)),
            None => {
                let _ = write!(respondent, "row {number}");
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let needed = self.rubric.key.min_answered;
        if answered < needed {
            let why = match self.completion.filter(|_| unfinished) {
                Some((_, how)) => {
                    format!("an unfinished response (by its {} column)", how.column())
                }
                None => "skipped".to_owned(),
            };
            return Err(format!(
                "{why}: {answered} of {} questions answered and at least {needed} are needed",
                self.rubric.key.questions()
            ));
        }
        Ok(())
    }
}

/// A cell as text: UTF-8, or else Windows-1252 (`fallback` is set so the caller can warn).
fn text<'a>(bytes: &'a [u8], fallback: &mut bool) -> std::borrow::Cow<'a, str> {
    match std::str::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(_) => {
            *fallback = true;
            encoding_rs::WINDOWS_1252.decode(bytes).0
        }
    }
}

/// How many cells of a row name a question of the rubric.
fn matches(rubric: &Rubric, row: &[String], options: &Options) -> usize {
    map_columns(rubric, row, options, Layout::Plain)
        .iter()
        .filter(|c| matches!(c, Column::Question(_)))
        .count()
}

/// Rows under the header that survey tools add and that hold no answers: Qualtrics' row of
/// `{"ImportId": ...}`, SurveyMonkey's row of "Response" / option labels.
fn is_header_junk(row: &[String], rubric: &Rubric) -> bool {
    let cells: Vec<String> = row
        .iter()
        .map(|c| fold(c))
        .filter(|c| !c.is_empty())
        .collect();
    !cells.is_empty()
        && (cells.iter().any(|c| c.starts_with("{\"importid\""))
            || cells.iter().all(|c| {
                matches!(
                    c.as_str(),
                    "response" | "open-ended response" | "other (please specify)"
                )
            })
            || rubric.texts.labels.len() == cells.len()
                && cells
                    .iter()
                    .zip(&rubric.texts.labels)
                    .all(|(c, l)| *c == fold(l)))
}

/// The head of an export: its layout, header and the rows read ahead that are data.
pub struct Head {
    pub layout: Layout,
    pub header: Vec<String>,
    /// Rows read while looking for the header that turned out to be data, in order.
    pending: Vec<Vec<String>>,
}

/// Rows read ahead to find the header: Qualtrics has three header rows.
const HEAD_ROWS: usize = 3;

/// Chooses the header among the first rows: the first, or the second when it names at least
/// as many questions (Qualtrics puts field ids first and the question text second), and passes
/// over the rows tools add under it.
fn head(rubric: &Rubric, mut top: Vec<Vec<String>>, options: &Options) -> Option<Head> {
    let first = top.first()?;
    let folded: Vec<String> = first.iter().map(|h| fold(h)).collect();
    let layout = options.layout.unwrap_or_else(|| Layout::detect(&folded));
    // How many questions the first and second rows name.
    let (a, b) = (
        matches(rubric, first, options),
        top.get(1)
            .map_or(0, |second| matches(rubric, second, options)),
    );
    let header_rows = if b > a || (b > 0 && b == a) || (layout == Layout::Qualtrics && b > 0) {
        2
    } else {
        1
    };
    let header = if b > a { top[1].clone() } else { first.clone() };
    let mut pending: Vec<Vec<String>> = top.split_off(header_rows.min(top.len()));
    // Tools' extra rows come straight after the header.
    while pending.first().is_some_and(|r| is_header_junk(r, rubric)) {
        pending.remove(0);
    }
    Some(Head {
        layout,
        header,
        pending,
    })
}

fn no_questions(file: &str, rubric: &Rubric) -> anyhow::Error {
    Problems::from(Problem::in_file(
        file,
        format!(
            "no column matches a question of rubric `{}`; name columns by question id or text, or pass --map FILE (`pathfit map {}` shows the columns)",
            rubric.id,
            crate::render::safe(file)
        ),
    ))
    .into()
}

fn empty(file: &str) -> anyhow::Error {
    Problems::from(Problem::in_file(
        file,
        "the export is empty; it needs a header row and one row per respondent".to_owned(),
    ))
    .into()
}

/// The most of a CSV export's first line read to find the delimiter.
const SNIFF: usize = 64 * 1024;

/// A CSV reader over `input` with its delimiter sniffed (tab for `.tsv`) and any BOM dropped.
fn csv_reader(input: impl Read, tsv: bool) -> anyhow::Result<csv::Reader<impl Read>> {
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
    Ok(csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::Cursor::new(head).chain(input)))
}

fn strings(record: &csv::ByteRecord, fallback: &mut bool) -> Vec<String> {
    record
        .iter()
        .map(|b| text(b, fallback).into_owned())
        .collect()
}

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

/// The head of an export and what each of its columns is, chosen as [`read`] chooses them
/// (for `pathfit map`).
pub fn inspect(
    file: &std::path::Path,
    rubric: &Rubric,
    options: &Options,
) -> anyhow::Result<(Head, Vec<Column>)> {
    let name = file.display().to_string();
    let input = crate::base::input::open_reader(file, "survey export")?;
    let mut top = Vec::new();
    match Kind::of(&name) {
        Kind::Xlsx => {
            xlsx_rows(&name, input, |row| {
                top.push(row.to_vec());
                Ok(top.len() < HEAD_ROWS)
            })?;
        }
        kind => {
            let mut reader = csv_reader(input, kind == Kind::Tsv)?;
            let mut record = csv::ByteRecord::new();
            let mut fallback = false;
            while top.len() < HEAD_ROWS && reader.read_byte_record(&mut record)? {
                top.push(strings(&record, &mut fallback));
            }
        }
    }
    let head = head(rubric, top, options).ok_or_else(|| empty(&name))?;
    let columns = map_columns(rubric, &head.header, options, head.layout);
    Ok((head, columns))
}

/// One data row's outcome: its number (1 = first respondent), and its answers or the reason it
/// was not scored with the respondent's id when the row names one.
pub type Each<'a> = dyn for<'r> FnMut(usize, Outcome<'r>) -> std::io::Result<()> + 'a;

/// A row's answers, or the respondent's id (when the row names one) and why it was not scored.
pub type Outcome<'r> = Result<&'r Responses, (Option<&'r str>, String)>;

/// A decoded row as [`Each`] takes it.
fn outcome(r: Result<(), String>, responses: &Responses) -> Outcome<'_> {
    match r {
        Ok(()) => Ok(responses),
        Err(e) => Err((
            responses
                .respondent
                .as_deref()
                .filter(|id| !id.starts_with("row ")),
            e,
        )),
    }
}

/// Reads a CSV or TSV export row by row, calling `each` as each row is decoded: one row is
/// held at a time, so memory does not grow with the number of respondents. Returns whether
/// any cell had to be read as Windows-1252.
pub fn read(
    file: &str,
    input: impl Read + Send + 'static,
    kind: Kind,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<bool> {
    let mut reader = csv_reader(input, kind == Kind::Tsv)?;
    let mut record = csv::ByteRecord::new();
    let mut fallback = false;
    let mut top = Vec::new();
    while top.len() < HEAD_ROWS
        && reader
            .read_byte_record(&mut record)
            .map_err(|e| Problems::from(Problem::in_file(file, e.to_string())))?
    {
        top.push(strings(&record, &mut fallback));
    }
    let (decoder, pending) = start(file, rubric, options, top)?;
    let mut responses = Responses::empty(rubric);
    let mut number = 0;
    for cells in &pending {
        number += 1;
        let result = decoder.row(&cells[..], number, &mut responses, &mut fallback);
        each(number, outcome(result, &responses))?;
    }
    // A second thread parses and decodes rows while this one scores and writes them: batches
    // of decoded rows go over a bounded channel and come back to be refilled, so memory stays
    // flat and nothing is allocated per row.
    let first = number;
    let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    let (empty_tx, empty_rx) = std::sync::mpsc::sync_channel::<Batch>(6);
    let rubric = std::sync::Arc::clone(rubric);
    // Not a scoped thread: when the batch is stopped while standard input has nothing to read,
    // this side returns at once and the reading thread ends with the process.
    let reading = std::thread::spawn(move || {
        let mut fallback = false;
        let mut number = first;
        let mut record = csv::ByteRecord::new();
        loop {
            let mut batch = empty_rx.try_recv().unwrap_or_default();
            batch
                .rows
                .resize_with(BATCH, || (0, Responses::empty(&rubric), Ok(())));
            let (mut n, mut done) = (0, false);
            while n < BATCH {
                let (at, responses, result) = &mut batch.rows[n];
                match reader.read_byte_record(&mut record) {
                    Ok(true) => {
                        number += 1;
                        *at = number;
                        *result = decoder.row(&record, number, responses, &mut fallback);
                    }
                    Ok(false) => {
                        done = true;
                        break;
                    }
                    Err(e) => {
                        number += 1;
                        *at = number;
                        responses.respondent = None;
                        *result = Err(e.to_string());
                        done = matches!(e.kind(), csv::ErrorKind::Io(_));
                    }
                }
                n += 1;
                if done {
                    break;
                }
            }
            batch.filled = n;
            // A closed channel means the scoring side stopped: stop too.
            if full_tx.send(batch).is_err() || done {
                return fallback;
            }
        }
    });
    loop {
        let batch = match full_rx.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(batch) => batch,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if options
                    .stop
                    .as_ref()
                    .is_some_and(|s| s.load(std::sync::atomic::Ordering::Relaxed))
                {
                    return Err(std::io::Error::from(std::io::ErrorKind::Interrupted).into());
                }
                continue;
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        };
        for (number, responses, result) in &batch.rows[..batch.filled] {
            each(*number, outcome(result.clone(), responses))?;
        }
        let _ = empty_tx.try_send(batch);
    }
    let read_fallback = reading.join().unwrap_or(false);
    Ok(fallback || read_fallback)
}

/// Rows parsed and decoded ahead on the reading thread: (row number, answers, outcome).
#[derive(Default)]
struct Batch {
    rows: Vec<(usize, Responses, Result<(), String>)>,
    filled: usize,
}
/// Rows in one batch.
const BATCH: usize = 256;

/// Reads the first worksheet of an xlsx workbook row by row as text cells, calling `each`
/// until it returns false. Cells stream from the sheet's XML; only the workbook's shared
/// strings are held.
fn xlsx_rows(
    file: &str,
    input: std::io::BufReader<std::fs::File>,
    mut each: impl FnMut(&[String]) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    use calamine::{DataRef, Reader, Xlsx};
    let broken = |e: calamine::XlsxError| {
        anyhow::Error::from(Problems::from(Problem::in_file(
            file,
            format!("cannot read the workbook ({e}); save it again as .xlsx or export it as CSV"),
        )))
    };
    let mut book: Xlsx<_> = Xlsx::new(input).map_err(broken)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(empty(file));
    };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(broken)?;
    let mut row: Vec<String> = Vec::new();
    let mut at: Option<u32> = None;
    let mut more = true;
    while more {
        let Some(cell) = cells.next_cell().map_err(broken)? else {
            if at.is_some() {
                each(&row)?;
            }
            break;
        };
        let (r, c) = cell.get_position();
        if at != Some(r) {
            if let Some(prev) = at {
                more = each(&row)?;
                // Rows with no cells at all are blank rows: pass them as empty rows.
                for _ in prev + 1..r {
                    if more {
                        more = each(&[])?;
                    }
                }
            }
            row.clear();
            at = Some(r);
        }
        let c = c as usize;
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        let value = cell.get_value();
        row[c] = match value {
            DataRef::Empty => String::new(),
            DataRef::String(s) => s.clone(),
            DataRef::SharedString(s) => (*s).to_owned(),
            DataRef::Int(i) => i.to_string(),
            DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            DataRef::Float(f) => f.to_string(),
            DataRef::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
            DataRef::DateTime(d) => d.as_f64().to_string(),
            DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
            DataRef::Error(e) => format!("#{e:?}"),
        };
    }
    Ok(())
}

/// Reads an xlsx export (its first worksheet) row by row, as [`read`] does a CSV.
pub fn read_xlsx(
    file: &str,
    input: std::io::BufReader<std::fs::File>,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<()> {
    let mut top: Vec<Vec<String>> = Vec::new();
    let mut decoder: Option<Decoder> = None;
    let mut responses = Responses::empty(rubric);
    let mut fallback = false;
    let mut number = 0;
    let mut emit = |decoder: &Decoder, cells: &[String]| -> anyhow::Result<()> {
        number += 1;
        let result = decoder.row(cells, number, &mut responses, &mut fallback);
        each(number, outcome(result, &responses))?;
        Ok(())
    };
    xlsx_rows(file, input, |row| {
        if let Some(d) = &decoder {
            emit(d, row)?;
        } else {
            top.push(row.to_vec());
            if top.len() == HEAD_ROWS {
                let (d, pending) = start(file, rubric, options, std::mem::take(&mut top))?;
                for cells in &pending {
                    emit(&d, cells)?;
                }
                decoder = Some(d);
            }
        }
        Ok(true)
    })?;
    if decoder.is_none() {
        let (d, pending) = start(file, rubric, options, top)?;
        for cells in &pending {
            emit(&d, cells)?;
        }
    }
    Ok(())
}

/// The decoder for an export whose first rows are `top`, and those of them that are data.
fn start(
    file: &str,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    top: Vec<Vec<String>>,
) -> anyhow::Result<(Decoder, Vec<Vec<String>>)> {
    let head = head(rubric, top, options).ok_or_else(|| empty(file))?;
    let decoder = Decoder::new(rubric, &head.header, options, head.layout);
    if !decoder
        .columns
        .iter()
        .any(|c| matches!(c, Column::Question(_)))
    {
        return Err(no_questions(file, rubric));
    }
    Ok((decoder, head.pending))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};

    #[test]
    fn folding_and_sniffing() {
        assert_eq!(
            fold("  I\u{a0}keep  files \u{2019}x\u{2019} "),
            "i keep files 'x'"
        );
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
        let mut fallback = false;
        assert_eq!(text(b"id", &mut fallback), "id");
        assert!(!fallback);
        assert_eq!(text(b"caf\xe9", &mut fallback), "caf\u{e9}");
        assert!(fallback);
    }

    fn decode(d: &Decoder, cell: &str) -> Result<Answer, String> {
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
                .contains("off the scale 1 to 5")
        );
        assert!(
            decode(&d, "Agree;Disagree;")
                .unwrap_err()
                .contains("2 choices")
        );
        assert!(
            decode(&d, "maybe")
                .unwrap_err()
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

    #[test]
    fn layouts_are_told_by_their_headers() {
        let detect =
            |cells: &[&str]| Layout::detect(&cells.iter().map(|c| fold(c)).collect::<Vec<_>>());
        assert_eq!(
            detect(&["Timestamp", "Email Address", "Q"]),
            Layout::GoogleForms
        );
        assert_eq!(
            detect(&["ID", "Start time", "Completion time", "Email", "Name"]),
            Layout::MicrosoftForms
        );
        assert_eq!(
            detect(&["StartDate", "Progress", "Finished", "ResponseId"]),
            Layout::Qualtrics
        );
        assert_eq!(
            detect(&["Respondent ID", "Collector ID", "Q"]),
            Layout::Surveymonkey
        );
        assert_eq!(
            detect(&["id", "submitdate", "lastpage", "Q"]),
            Layout::Limesurvey
        );
        assert_eq!(detect(&["ID", "sk_calendar"]), Layout::Plain);
    }
}
