//! The words for answer files and survey exports: their problems, why a row of an export was
//! not scored, and the comments of a written answer file.

use std::fmt;

use crate::answers::Note;
use crate::base::printable::printable;
use crate::problem::AnswerProblem;
use crate::problem::answers::{
    CellProblem, Excerpt, Found, Item, Part, RowProblem, Shape, WorkbookLimit,
};

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerProblem::EmptyExport => {
                f.write_str("the export is empty; it needs a header row and one row per respondent")
            }
            AnswerProblem::NoQuestions { rubric, file } => write!(
                f,
                "no column matches a question of rubric `{rubric}`; name columns by question id or text, or pass --map FILE (`pathfit map {}` shows the columns)",
                printable(file)
            ),
            AnswerProblem::Workbook { message } => write!(
                f,
                "cannot read the workbook ({message}); save it again as .xlsx or export it as CSV"
            ),
            AnswerProblem::Csv { message } => f.write_str(message),
            AnswerProblem::TwoColumns {
                question,
                first,
                second,
            } => write!(
                f,
                "columns `{}` and `{}` both match question `{question}`; keep one, or pick one with --map FILE",
                printable(first),
                printable(second)
            ),
            AnswerProblem::WideHeader { columns, limit } => write!(
                f,
                "the header has {columns} columns and at most {limit} are read; keep the question columns and export again"
            ),
            AnswerProblem::LongHead { row, limit } => write!(
                f,
                "row {row}, the header, is longer than {} and is not read; no header is that long",
                bytes(*limit as u64)
            ),
            AnswerProblem::WorkbookLimit(limit) => write!(
                f,
                "the workbook is not read: {limit}; save it again as .xlsx or export it as CSV"
            ),
            AnswerProblem::TooFew { .. } => too_few(self, f),
            sheet => keys(sheet, f),
        }
    }
}

/// The keys and ids of an answer file.
fn keys(problem: &AnswerProblem, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match problem {
        AnswerProblem::NotATable { key, found } => write!(
            f,
            "`{key}` must be a table of `id = value` lines, not {found}; write [{key}] on its own line"
        ),
        AnswerProblem::UnknownKey {
            key,
            suggestion: Some(c),
            ..
        } => write!(f, "unknown key `{key}`; did you mean `{c}`?"),
        AnswerProblem::UnknownKey { key, known, .. } => write!(
            f,
            "unknown key `{key}`; an answer file has only {}",
            known.join(", ")
        ),
        AnswerProblem::NotAValue { key } => {
            write!(f, "`{key}` must be a single value, not a table")
        }
        AnswerProblem::Repeated { what, id } => {
            write!(f, "{what} `{id}` appears twice; keep one")
        }
        AnswerProblem::UnknownId {
            what,
            id,
            suggestion: Some(c),
        } => write!(f, "unknown {what} id `{id}`; did you mean `{c}`?"),
        AnswerProblem::UnknownId { what, id, .. } => write!(
            f,
            "unknown {what} id `{id}`; check the spelling against `pathfit template`"
        ),
        value => values(value, f),
    }
}

/// The values of an answer file: its rubric, date, texts and answers.
fn values(problem: &AnswerProblem, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match problem {
        AnswerProblem::WrongRubric { found, expected } => write!(
            f,
            "this answer file is for rubric `{found}` but is being scored with `{expected}`; drop --rubric \
             or pass the rubric the file was made for"
        ),
        AnswerProblem::RubricNotText { expected, found } => write!(
            f,
            "rubric must be a rubric id in quotes such as \"{expected}\", not {found}"
        ),
        AnswerProblem::NoRubric { expected } => write!(
            f,
            "the answer file does not say which rubric it answers; add rubric = \"{expected}\" at the top"
        ),
        AnswerProblem::BadDate { text } => {
            write!(f, "date `{text}` is not a date; write it as \"YYYY-MM-DD\"")
        }
        AnswerProblem::NotText { what, found } => {
            write!(f, "{what} must be text in quotes, not {found}")
        }
        AnswerProblem::OffScale {
            question,
            found,
            min,
            max,
            label,
        } => write!(
            f,
            "answer {found} to `{question}` is off the scale; use a whole number from {min} to {max} or a label such as \"{label}\""
        ),
        AnswerProblem::NotALabel {
            question,
            text,
            labels,
        } => write!(
            f,
            "answer \"{text}\" to `{question}` is not a label on the scale; use one of: {}",
            labels.join(", ")
        ),
        // Worded in `fmt` above.
        _ => Ok(()),
    }
}

/// An answer file with fewer answers than its rubric needs, and the questions left to answer.
fn too_few(problem: &AnswerProblem, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let AnswerProblem::TooFew {
        answered,
        questions,
        rubric,
        needed,
        share,
        missing,
    } = problem
    else {
        return Ok(());
    };
    write!(
        f,
        "{answered} of {questions} questions answered and rubric `{rubric}` needs at least {needed} ({:.0}%); answer these: {}",
        share.0 * 100.0,
        missing.join(", ")
    )
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Item::Key => "key",
            Item::Question => "question",
            Item::Reflection => "reflection",
        })
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::Respondent => "respondent",
            Part::Language => "language",
            Part::Date => "date",
            Part::Reflection => "reflection",
        })
    }
}

/// A value as written in the file, as the words "not ..." name it.
impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Int(v) => write!(f, "{v}"),
            Found::Float(v) => write!(f, "{}", v.0),
            Found::Text(s) => write!(f, "\"{s}\""),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Null => f.write_str("null"),
            Found::Shape(shape) => write!(f, "{shape}"),
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Shape::TooLarge => "a number too large",
            Shape::Number => "a number",
            Shape::List => "a list",
            Shape::Table => "a table",
            Shape::Object => "an object",
            Shape::NotObject => "not an object",
        })
    }
}

/// Why a row of an export was not scored, as one line.
impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowProblem::Cells { bad, more } => {
                for (i, (question, problem)) in bad.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "`{question}`: {problem}")?;
                }
                match *more {
                    0 => {}
                    1 => f.write_str("; and 1 more cell that is not an answer")?,
                    more => write!(f, "; and {more} more cells that are not answers")?,
                }
                Ok(())
            }
            RowProblem::TooFew {
                answered,
                questions,
                needed,
                unfinished,
            } => {
                match unfinished {
                    Some(column) => write!(f, "an unfinished response (by its {column} column)")?,
                    None => f.write_str("skipped")?,
                }
                write!(
                    f,
                    ": {answered} of {questions} questions answered and at least {needed} are needed"
                )
            }
            RowProblem::NotAsked { questions } => write!(
                f,
                "none of the {questions} questions answered; the survey did not ask them"
            ),
            RowProblem::Width { cells, header } => write!(
                f,
                "the row has {cells} cells and the header {header}; it is not read, so no answer lands under another question"
            ),
            RowProblem::OpenQuote => f.write_str(
                "a quote opens in this row and never closes, so the rest of the file is inside it; close the quote and export again",
            ),
            RowProblem::Unreadable(message) => f.write_str(message),
            RowProblem::TooLong { limit } => write!(
                f,
                "the row is longer than {} and is not read, nor is the rest of the file; no survey row is that long",
                bytes(*limit as u64)
            ),
        }
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
            format!("if {value} means not answered, pass --missing {value}")
        }
        CellProblem::NotAnAnswer { cell } if !withhold => format!(
            "if {cell} is a word for a point, add it under [scale.aliases] in the rubric; if it means not answered, pass it with --missing"
        ),
        _ => "a code that means not answered is read with --missing (e.g. --missing -99), a word for a point with [scale.aliases] in the rubric".to_owned(),
    };
    Some(format!(
        "; {how}; `pathfit map` on the export lists every answer not on the scale"
    ))
}

/// A row problem without a cell's value or a respondent (`score --summary-only`): the
/// columns and the reason only.
pub struct Withheld<'a>(pub &'a RowProblem);

impl fmt::Display for Withheld<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            RowProblem::Cells { bad, more } => {
                for (i, (question, problem)) in bad.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    let why = match problem {
                        CellProblem::Choices { .. } => "holds more than one choice",
                        CellProblem::OffScale { .. } => "is off the scale",
                        CellProblem::NotAnAnswer { .. } => "is not a number or a label of the scale",
                        CellProblem::TooLong { .. } => "is longer than any answer of the scale",
                    };
                    write!(f, "`{question}`: the cell {why}")?;
                }
                match *more {
                    0 => {}
                    1 => f.write_str("; and 1 more cell that is not an answer")?,
                    more => write!(f, "; and {more} more cells that are not answers")?,
                }
                Ok(())
            }
            RowProblem::Unreadable(_) => f.write_str(
                "the row cannot be read as CSV (the reader's message is withheld under --summary-only)",
            ),
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
    let what = "not scored; the details are withheld under --summary-only, as they may quote the answers: run without it to see them";
    match p.at {
        Some((line, col)) => format!("{file}:{line}:{col}: {what}"),
        None => format!("{file}: {what}"),
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CellProblem::Choices { cell, count } => write!(
                f,
                "{cell} holds {count} choices; each question takes one answer"
            ),
            CellProblem::OffScale { value, min, max } => {
                write!(f, "{value} is off the scale {min} to {max}")
            }
            CellProblem::NotAnAnswer { cell } => {
                write!(f, "{cell} is not a number or a label of the scale")
            }
            CellProblem::TooLong { cell, limit } => write!(
                f,
                "{cell} is longer than {} and no answer of the scale is; it is not read",
                bytes(*limit as u64)
            ),
        }
    }
}

impl fmt::Display for WorkbookLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkbookLimit::Entries { count, limit } => write!(
                f,
                "it holds {count} files and a workbook holds at most {limit}"
            ),
            WorkbookLimit::Size { entry, size, limit } => write!(
                f,
                "`{}` unpacks to {} and a part of a workbook may unpack to at most {}",
                printable(entry),
                bytes(*size),
                bytes(*limit)
            ),
            WorkbookLimit::Ratio {
                entry,
                size,
                packed,
                limit,
            } => write!(
                f,
                "`{}` unpacks from {} to {}, more than {limit} times its packed size",
                printable(entry),
                bytes(*packed),
                bytes(*size)
            ),
            WorkbookLimit::Run { entry, limit } => write!(
                f,
                "`{}` holds a tag or text longer than {} where no cell is that long",
                printable(entry),
                bytes(*limit as u64)
            ),
            WorkbookLimit::Cell { cell, chars, limit } => write!(
                f,
                "cell {} holds {chars} characters and Excel allows at most {limit}",
                printable(cell)
            ),
            WorkbookLimit::Place { column, row } => write!(
                f,
                "a cell at column {column}, row {row} lies beyond Excel's last column (16384) or row (1048576)"
            ),
            WorkbookLimit::Row { row, limit } => write!(
                f,
                "row {row} holds more than {} of text",
                bytes(*limit as u64)
            ),
        }
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
                format!("{:.1} {name}", n as f64 / unit as f64)
            };
        }
    }
    format!("{n} bytes")
}

/// A cell as a problem shows it: quoted, cut after [`Excerpt::CHARS`] characters with its
/// length said.
impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole() {
            write!(f, "\"{}\"", printable(&self.head))
        } else {
            write!(
                f,
                "\"{}…\" ({} characters)",
                printable(&self.head),
                self.chars
            )
        }
    }
}

/// The words of each comment of a written answer file (see [`Note`]).
pub fn note(note: Note) -> String {
    match note {
        Note::Heading { title, id, version } => {
            format!("pathfit answer file: {title} ({id} v{version})")
        }
        Note::HowToAnswer => "Answer each question with a number or its label (any case):".into(),
        Note::Skip { needed, questions } => format!(
            "Leave an answer as \"\" to skip it; at least {needed} of the {questions} questions must be answered."
        ),
        Note::Then => "Then run: pathfit score THIS-FILE.toml".into(),
        Note::NoDate => "date = \"YYYY-MM-DD\"".into(),
        Note::Extra => {
            "Answers to questions this rubric does not have, kept from the resumed file:".into()
        }
        Note::Reflections => "Optional: a few sentences each, for yourself or your coach.".into(),
    }
}
