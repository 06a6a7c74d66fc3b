//! Survey-tool exports: one respondent a row in a CSV or TSV file. Columns are matched to
//! questions by id, by question text (compared after folding case, white space, non-breaking
//! spaces and curly quotes) or by a mapping file; other columns (names, emails, timings) are
//! never copied into output. Answers are scale numbers or labels, with a leading "6." or "4 -"
//! tolerated; blank, "N/A", "Prefer not to say" and the given missing codes are unanswered.

use std::collections::HashMap;
use std::io::Read;

use super::Responses;
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// Choices for reading an export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Header text -> question id, from `--map FILE`.
    pub map: Vec<(String, String)>,
    /// Extra values that mean "not answered" (`--missing CODE`).
    pub missing: Vec<String>,
    /// The column that names a respondent (`--id-column`); else a known id column, else the row.
    pub id_column: Option<String>,
}

/// What each column of the export is.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    Question(usize),
    Id,
    Other,
}

/// One data row: its number (1 = first respondent) and its answers, or why it was not scored.
pub struct Row {
    pub number: usize,
    pub result: Result<Responses, String>,
}

/// Header cells of tools' respondent-id columns, folded.
const ID_COLUMNS: &[&str] = &[
    "id",
    "response id",
    "responseid",
    "respondent id",
    "respondentid",
];
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
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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
pub fn map_columns(rubric: &Rubric, header: &[String], options: &Options) -> Vec<Column> {
    let texts: HashMap<String, usize> = rubric
        .texts
        .questions
        .iter()
        .enumerate()
        .map(|(q, t)| (fold(t), q))
        .collect();
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
    let wanted_id = options.id_column.as_deref().map(fold);
    let mut id_taken = false;
    header
        .iter()
        .map(|h| {
            let f = fold(h);
            if let Some(&q) = mapped
                .get(&f)
                .or_else(|| ids.get(&f))
                .or_else(|| texts.get(&f))
            {
                return Column::Question(q);
            }
            let is_id = match &wanted_id {
                Some(w) => *w == f,
                None => ID_COLUMNS.contains(&f.as_str()),
            };
            if is_id && !id_taken {
                id_taken = true;
                Column::Id
            } else {
                Column::Other
            }
        })
        .collect()
}

/// One answer cell: Some(point), None for not answered, or an error message.
fn answer(rubric: &Rubric, cell: &str, options: &Options) -> Result<u8, Option<String>> {
    // Most cells are a plain number: read it without building folded text.
    let trimmed = cell.trim();
    if !trimmed.is_empty()
        && trimmed.bytes().all(|b| b.is_ascii_digit())
        && !options.missing.iter().any(|m| m.trim() == trimmed)
        && let Ok(v) = trimmed.parse::<i64>()
        && let Some(p) = rubric.key.point(v)
    {
        return Ok(p);
    }
    let f = fold(cell);
    if f.is_empty()
        || NOT_ANSWERED.contains(&f.as_str())
        || options.missing.iter().any(|m| fold(m) == f)
    {
        return Err(None);
    }
    if let Ok(v) = f.parse::<i64>() {
        return rubric.key.point(v).ok_or_else(|| {
            Some(format!(
                "{v} is off the scale {} to {}",
                rubric.key.scale_min,
                rubric.key.value((rubric.key.points - 1) as u8)
            ))
        });
    }
    if let Some(p) = rubric.point_of_label(&f) {
        return Ok(p);
    }
    // "6. Slightly agree", "4 - Agree": a leading number and punctuation before a label.
    let rest = f.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < f.len() {
        let rest = rest.trim_start_matches(['.', ')', '-', ':', ' ']);
        if let Some(p) = rubric.point_of_label(rest) {
            return Ok(p);
        }
    }
    Err(Some(format!(
        "\"{cell}\" is not a number or a label of the scale"
    )))
}

/// One data row decoded into responses.
pub fn row(
    rubric: &Rubric,
    columns: &[Column],
    record: &[String],
    number: usize,
    options: &Options,
) -> Row {
    let mut r = Responses::empty(rubric);
    let mut errors = Vec::new();
    for (column, cell) in columns.iter().zip(record.iter()) {
        let cell = cell.as_str();
        match column {
            Column::Question(q) => match answer(rubric, cell, options) {
                Ok(p) => r.points[*q] = p,
                Err(None) => {}
                Err(Some(e)) => errors.push(format!("`{}`: {e}", rubric.ids.questions[*q])),
            },
            Column::Id => {
                r.respondent = Some(cell.trim().to_owned()).filter(|c| !c.is_empty());
            }
            Column::Other => {}
        }
    }
    if r.respondent.is_none() {
        r.respondent = Some(format!("row {number}"));
    }
    let result = if !errors.is_empty() {
        Err(errors.join("; "))
    } else {
        let answered = r.answered();
        let needed = rubric.key.min_answered;
        if answered < needed {
            Err(format!(
                "skipped: {answered} of {} questions answered and at least {needed} are needed",
                rubric.key.questions()
            ))
        } else {
            Ok(r)
        }
    };
    Row { number, result }
}

/// How much of an export is read first, to find the delimiter.
const HEAD: usize = 64 * 1024;

/// A field as text: UTF-8, or else Windows-1252 (`fallback` is set so the caller can warn).
fn field(bytes: &[u8], fallback: &mut bool) -> String {
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(_) => {
            *fallback = true;
            encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()
        }
    }
}

/// How many cells of a row name a question of the rubric.
fn matches(rubric: &Rubric, row: &[String], options: &Options) -> usize {
    map_columns(rubric, row, options)
        .iter()
        .filter(|c| matches!(c, Column::Question(_)))
        .count()
}

/// Rows under the header that survey tools add and that hold no answers: Qualtrics' row of
/// `{"ImportId": ...}`, SurveyMonkey's row of "Response" / option labels.
fn is_header_junk(row: &[String]) -> bool {
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
            }))
}

/// The header of an export and what each of its columns is, chosen as [`read`] chooses it
/// (for `pathfit map`).
pub fn inspect(
    mut input: impl std::io::Read,
    tsv: bool,
    rubric: &Rubric,
    options: &Options,
) -> anyhow::Result<(Vec<String>, Vec<Column>)> {
    let mut head = Vec::with_capacity(HEAD);
    (&mut input).take(HEAD as u64).read_to_end(&mut head)?;
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&head).to_vec();
    let delimiter = if tsv {
        b'\t'
    } else {
        sniff_delimiter(&String::from_utf8_lossy(&head))
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(head.as_slice());
    let mut fallback = false;
    let top: Vec<Vec<String>> = reader
        .byte_records()
        .take(2)
        .filter_map(Result::ok)
        .map(|r| r.iter().map(|b| field(b, &mut fallback)).collect())
        .collect();
    let Some(first) = top.first() else {
        anyhow::bail!("the export is empty; it needs a header row and one row per respondent");
    };
    let header =
        if top.len() == 2 && matches(rubric, &top[1], options) > matches(rubric, first, options) {
            top[1].clone()
        } else {
            first.clone()
        };
    let columns = map_columns(rubric, &header, options);
    Ok((header, columns))
}

/// Reads an export row by row, calling `each` as each row is decoded: nothing is held, so
/// memory does not grow with the number of respondents. The header is the first row, or the
/// second when that one names more questions (Qualtrics puts field ids first and the question
/// text second); tools' extra header rows are passed over. Returns whether any field had to
/// be read as Windows-1252.
pub fn read(
    file: &str,
    mut input: impl std::io::Read,
    tsv: bool,
    rubric: &Rubric,
    options: &Options,
    mut each: impl FnMut(Row) -> std::io::Result<()>,
) -> anyhow::Result<bool> {
    let mut head = Vec::with_capacity(HEAD);
    (&mut input).take(HEAD as u64).read_to_end(&mut head)?;
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
    let reader = std::io::Cursor::new(head).chain(input);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut fallback = false;
    let mut records = reader.byte_records().enumerate().map(|(i, r)| {
        r.map(|r| {
            let mut cells: Vec<String> = r.iter().map(|b| field(b, &mut fallback)).collect();
            if i == 0
                && let Some(first) = cells.first_mut()
            {
                *first = first.trim_start_matches('\u{feff}').to_owned();
            }
            cells
        })
    });
    // Up to two header rows, then data.
    let mut top: Vec<Vec<String>> = Vec::new();
    for r in records.by_ref().take(2) {
        top.push(r.map_err(|e| Problems::from(Problem::in_file(file, format!("{e}"))))?);
    }
    let Some(first) = top.first() else {
        return Err(Problems::from(Problem::in_file(
            file,
            "the export is empty; it needs a header row and one row per respondent".into(),
        ))
        .into());
    };
    let second_is_header =
        top.len() == 2 && matches(rubric, &top[1], options) > matches(rubric, first, options);
    let header = if second_is_header { &top[1] } else { first };
    let columns = map_columns(rubric, header, options);
    if !columns.iter().any(|c| matches!(c, Column::Question(_))) {
        return Err(Problems::from(Problem::in_file(
            file,
            format!(
                "no column matches a question of rubric `{}`; name columns by question id or text, or pass --map FILE",
                rubric.id
            ),
        ))
        .into());
    }
    let pending: Vec<Vec<String>> = if second_is_header {
        Vec::new()
    } else {
        top.split_off(1)
    };
    let mut number = 0;
    let rows = pending
        .into_iter()
        .map(Ok)
        .chain(records.map(|r| r.map_err(|e| format!("{e}"))));
    for cells in rows {
        match cells {
            Ok(cells) if number == 0 && is_header_junk(&cells) => {}
            Ok(cells) => {
                number += 1;
                each(row(rubric, &columns, &cells, number, options))?;
            }
            Err(e) => {
                number += 1;
                each(Row {
                    number,
                    result: Err(e),
                })?;
            }
        }
    }
    Ok(fallback)
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
        assert_eq!(field(b"id", &mut fallback), "id");
        assert!(!fallback);
        assert_eq!(field(b"caf\xe9", &mut fallback), "caf\u{e9}");
        assert!(fallback);
    }

    #[test]
    fn labels_numbers_prefixes_and_missing() {
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let o = Options {
            missing: vec!["-99".into()],
            ..Options::default()
        };
        assert_eq!(answer(&r, "Agree", &o), Ok(3));
        assert_eq!(answer(&r, " strongly AGREE ", &o), Ok(4));
        assert_eq!(answer(&r, "4. Agree", &o), Ok(3));
        assert_eq!(answer(&r, "2", &o), Ok(1));
        assert_eq!(answer(&r, "N/A", &o), Err(None));
        assert_eq!(answer(&r, "-99", &o), Err(None));
        assert_eq!(answer(&r, "", &o), Err(None));
        assert!(
            answer(&r, "7", &o)
                .unwrap_err()
                .unwrap()
                .contains("off the scale")
        );
        assert!(answer(&r, "maybe", &o).is_err());
    }
}
