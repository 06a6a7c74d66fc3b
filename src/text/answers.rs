//! The words for answer files and survey exports: their problems, why a row of an export was
//! not scored, and the comments of a written answer file.

use std::fmt;

use crate::answers::Note;
use crate::base::printable::printable;
use crate::problem::AnswerProblem;
use crate::problem::answers::{
    CellProblem, Excerpt, Found, Item, Part, RowProblem, Shape, WorkbookLimit,
};
use crate::t;
use crate::text::l10n::{self, Lang, decimal, lang, number};

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            AnswerProblem::EmptyExport => t!("answers-empty-export"),
            AnswerProblem::NoQuestions { rubric, file } => {
                t!(
                    "answers-no-questions",
                    rubric = rubric,
                    file = printable(file)
                )
            }
            AnswerProblem::Workbook { message } => match lang() {
                // The reader's detail is English: other languages say what to do without it.
                Lang::En => t!("answers-workbook", message = message),
                _ => t!("answers-workbook-plain"),
            },
            AnswerProblem::Csv { message, io } => csv_reason(message, *io),
            AnswerProblem::TwoColumns {
                question,
                first,
                second,
            } => t!(
                "answers-two-columns",
                first = printable(first),
                second = printable(second),
                question = question
            ),
            AnswerProblem::WideHeader { columns, limit } => {
                t!("answers-wide-header", columns = columns, limit = limit)
            }
            AnswerProblem::LongHead { row, limit } => {
                t!("answers-long-head", row = row, size = bytes(*limit as u64))
            }
            AnswerProblem::WorkbookLimit(limit) => t!("answers-workbook-limit", limit = limit),
            AnswerProblem::TooFew { .. } => too_few(self),
            sheet => keys(sheet),
        };
        f.write_str(&text)
    }
}

/// The keys and ids of an answer file.
fn keys(problem: &AnswerProblem) -> String {
    match problem {
        AnswerProblem::NotATable {
            key,
            found,
            json: true,
        } => t!("answers-not-an-object", key = key, found = found),
        AnswerProblem::NotATable { key, found, .. } => {
            t!("answers-not-a-table", key = key, found = found)
        }
        AnswerProblem::UnknownKey {
            key,
            suggestion: Some(c),
            ..
        } => t!("answers-unknown-key-close", key = key, close = c),
        AnswerProblem::UnknownKey { key, known, .. } => {
            t!(
                "answers-unknown-key",
                key = key,
                known = l10n::joined(known)
            )
        }
        AnswerProblem::NotAValue { key } => t!("answers-not-a-value", key = key),
        AnswerProblem::Repeated { what, id } => t!("answers-repeated", what = what, id = id),
        AnswerProblem::UnknownId {
            what,
            id,
            suggestion: Some(c),
        } => t!("answers-unknown-id-close", what = what, id = id, close = c),
        AnswerProblem::UnknownId { what, id, .. } => {
            t!("answers-unknown-id", what = what, id = id)
        }
        value => values(value),
    }
}

/// The values of an answer file: its rubric, date, texts and answers.
fn values(problem: &AnswerProblem) -> String {
    match problem {
        AnswerProblem::WrongRubric { found, expected } => {
            t!("answers-wrong-rubric", found = found, expected = expected)
        }
        AnswerProblem::RubricNotText { expected, found } => {
            t!(
                "answers-rubric-not-text",
                expected = expected,
                found = found
            )
        }
        AnswerProblem::NoRubric { expected } => t!("answers-no-rubric", expected = expected),
        AnswerProblem::BadDate { text } => t!("answers-bad-date", text = text),
        AnswerProblem::NotText { what, found } => {
            t!("answers-not-text", what = what, found = found)
        }
        AnswerProblem::OffScale {
            question,
            found,
            min,
            max,
            label,
        } => t!(
            "answers-off-scale",
            found = found,
            question = question,
            min = min,
            max = max,
            label = label
        ),
        AnswerProblem::NotALabel {
            question,
            text,
            labels,
        } => t!(
            "answers-not-a-label",
            text = text,
            question = question,
            labels = l10n::joined(labels)
        ),
        // Worded in `fmt` above.
        _ => String::new(),
    }
}

/// An answer file with fewer answers than its rubric needs, and the questions left to answer.
fn too_few(problem: &AnswerProblem) -> String {
    let AnswerProblem::TooFew {
        answered,
        questions,
        rubric,
        needed,
        share,
        missing,
    } = problem
    else {
        return String::new();
    };
    t!(
        "answers-too-few",
        answered = answered,
        questions = questions,
        rubric = rubric,
        needed = needed,
        share = decimal(lang(), share.0 * 100.0, 0),
        missing = l10n::joined(missing)
    )
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(match self {
            Item::Key => "item-key",
            Item::Question => "item-question",
            Item::Reflection => "item-reflection",
        }))
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(match self {
            Part::Respondent => "part-respondent",
            Part::Language => "part-language",
            Part::Date => "part-date",
            Part::Reflection => "part-answer-reflection",
        }))
    }
}

/// A value as written in the file, as the words "not ..." name it.
impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Int(v) => write!(f, "{v}"),
            Found::Float(v) => f.write_str(&number(lang(), v.0)),
            Found::Text(s) => write!(f, "\"{s}\""),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Null => f.write_str("null"),
            Found::Shape(shape) => write!(f, "{shape}"),
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(match self {
            Shape::TooLarge => "shape-too-large",
            Shape::Number => "shape-number",
            Shape::List => "shape-list",
            Shape::Table => "shape-table",
            Shape::Object => "shape-object",
        }))
    }
}

/// The cells of a row that are not answers, `(question, words)`, and how many more.
fn cells(bad: impl Iterator<Item = (String, String)>, more: usize) -> String {
    let mut parts: Vec<String> = bad.map(|(q, why)| format!("`{q}`: {why}")).collect();
    if more > 0 {
        parts.push(t!("answers-more-cells", more = more));
    }
    parts.join(&t!("semicolon"))
}

/// Why a row of an export was not scored, as one line.
impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            RowProblem::Cells { bad, more } => cells(
                bad.iter().map(|(q, p)| (q.to_string(), p.to_string())),
                *more,
            ),
            RowProblem::TooFew {
                answered,
                questions,
                needed,
                unfinished,
            } => {
                let why = match unfinished {
                    Some(column) => t!("answers-row-unfinished", column = column),
                    None => t!("answers-row-skipped"),
                };
                let counts = (answered, questions, needed);
                t!(
                    "answers-row-too-few",
                    why = why,
                    answered = counts.0,
                    questions = counts.1,
                    needed = counts.2
                )
            }
            RowProblem::NotAsked { questions } => {
                t!("answers-row-not-asked", questions = questions)
            }
            RowProblem::Width { cells, header } => {
                t!("answers-row-width", cells = cells, header = header)
            }
            RowProblem::OpenQuote => t!("answers-row-open-quote"),
            RowProblem::Unreadable { message, io } => csv_reason(message, *io),
            RowProblem::TooLong { limit } => {
                t!("answers-row-too-long", size = bytes(*limit as u64))
            }
        };
        f.write_str(&text)
    }
}

/// What would read the first cell of a row that is not on the scale, after the row's
/// reason: a missing code, or a scale alias; None when no cell is such. Under
/// `--summary-only` (`withhold`), without the cell's value.
pub fn stray_hint(problem: &RowProblem, withhold: bool) -> Option<String> {
    let RowProblem::Cells { bad, .. } = problem else {
        return None;
    };
    let first = bad.iter().map(|(_, p)| p).find(|p| {
        matches!(
            p,
            CellProblem::OffScale { .. } | CellProblem::NotAnAnswer { .. }
        )
    })?;
    let how = match first {
        CellProblem::OffScale { value, .. } if !withhold => {
            t!("answers-hint-off-scale", value = value)
        }
        CellProblem::NotAnAnswer { cell } if !withhold => {
            t!("answers-hint-not-an-answer", cell = cell)
        }
        _ => t!("answers-hint-withheld"),
    };
    Some(format!(
        "{}{}",
        t!("semicolon"),
        t!("answers-hint", how = how)
    ))
}

/// A row problem without a cell's value or a respondent (`score --summary-only`): the
/// columns and the reason only.
pub struct Withheld<'a>(pub &'a RowProblem);

impl fmt::Display for Withheld<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            RowProblem::Cells { bad, more } => {
                let why = |p: &CellProblem| {
                    t!(match p {
                        CellProblem::Choices { .. } => "answers-withheld-choices",
                        CellProblem::OffScale { .. } => "answers-withheld-off-scale",
                        CellProblem::NotAnAnswer { .. } => "answers-withheld-not-an-answer",
                        CellProblem::TooLong { .. } => "answers-withheld-too-long",
                    })
                };
                let each = bad.iter().map(|(q, p)| (q.to_string(), why(p)));
                f.write_str(&cells(each, *more))
            }
            RowProblem::Unreadable { .. } => f.write_str(&t!("answers-withheld-unreadable")),
            other => write!(f, "{other}"),
        }
    }
}

/// A problem in an answer file without what the file holds (`score --summary-only`): its
/// place, and where the details are.
pub fn withheld_problem(p: &crate::problem::Problem) -> String {
    use crate::problem::Kind;
    if !matches!(p.kind, Kind::Answer(_) | Kind::Parser { .. }) {
        return p.to_string();
    }
    let file = printable(&p.file);
    let what = t!("answers-withheld-problem");
    match p.at {
        Some((line, col)) => format!("{file}:{line}:{col}: {what}"),
        None => format!("{file}: {what}"),
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            CellProblem::Choices { cell, count } => {
                t!("cell-choices", cell = cell, count = count)
            }
            CellProblem::OffScale { value, min, max } => {
                t!("cell-off-scale", value = value, min = min, max = max)
            }
            CellProblem::NotAnAnswer { cell } => t!("cell-not-an-answer", cell = cell),
            CellProblem::TooLong { cell, limit } => {
                t!("cell-too-long", cell = cell, size = bytes(*limit as u64))
            }
        })
    }
}

impl fmt::Display for WorkbookLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            WorkbookLimit::Entries { count, limit } => {
                t!("workbook-entries", count = count, limit = limit)
            }
            WorkbookLimit::Size { entry, size, limit } => t!(
                "workbook-size",
                entry = printable(entry),
                size = bytes(*size),
                limit = bytes(*limit)
            ),
            WorkbookLimit::Ratio {
                entry,
                size,
                packed,
                limit,
            } => t!(
                "workbook-ratio",
                entry = printable(entry),
                packed = bytes(*packed),
                size = bytes(*size),
                limit = limit
            ),
            WorkbookLimit::Run { entry, limit } => t!(
                "workbook-run",
                entry = printable(entry),
                size = bytes(*limit as u64)
            ),
            WorkbookLimit::Cell { cell, chars, limit } => {
                t!(
                    "workbook-cell",
                    cell = printable(cell),
                    chars = chars,
                    limit = limit
                )
            }
            WorkbookLimit::Place { column, row } => {
                t!("workbook-place", column = column, row = row)
            }
            WorkbookLimit::Row { row, limit } => {
                t!("workbook-row", row = row, size = bytes(*limit as u64))
            }
        })
    }
}

/// A size in bytes, KiB, MiB or GiB.
fn bytes(n: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (unit, name) in UNITS {
        if n >= unit {
            let whole = n.is_multiple_of(unit);
            return if whole {
                format!("{} {name}", n / unit)
            } else {
                format!("{} {name}", decimal(lang(), n as f64 / unit as f64, 1))
            };
        }
    }
    t!("answers-bytes", n = n)
}

/// A cell as a problem shows it: quoted, cut after [`Excerpt::CHARS`] characters with its
/// length said.
impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole() {
            write!(f, "\"{}\"", printable(&self.head))
        } else {
            let head = printable(&self.head);
            f.write_str(&t!("answers-excerpt-cut", head = head, chars = self.chars))
        }
    }
}

/// The words of each comment of a written answer file (see [`Note`]).
pub fn note(note: Note) -> String {
    match note {
        Note::Heading { title, id, version } => {
            t!("note-heading", title = title, id = id, version = version)
        }
        Note::HowToAnswer => t!("note-how-to-answer"),
        Note::Points(points) => l10n::joined(points),
        Note::Skip { needed, questions } => {
            t!("note-skip", needed = needed, questions = questions)
        }
        Note::Then => t!("note-then"),
        Note::NoDate => "date = \"YYYY-MM-DD\"".into(),
        Note::Extra => t!("note-extra"),
        Note::Reflections => t!("note-reflections"),
    }
}
/// The CSV reader's message: as it is in English; else the system's reason in the language,
/// or what to do when the cause is the file itself.
fn csv_reason(message: &str, io: Option<std::io::ErrorKind>) -> String {
    match (lang(), io) {
        (Lang::En, _) => message.to_owned(),
        (_, Some(kind)) => t!(
            "answers-csv-io",
            reason = crate::text::os::reason(&std::io::Error::from(kind))
        ),
        (_, None) => t!("answers-csv-unreadable"),
    }
}
