//! Kinds of problems in an answer file or a survey export, as data; `text::answers` words them.

/// What is wrong in an answer file or an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerProblem {
    /// `answers` or `reflections` holds a single value where a table belongs.
    /// `json`: the file is JSON, so the fix is an object, not a TOML table.
    NotATable {
        key: String,
        found: Found,
        json: bool,
    },
    /// A top-level key an answer file does not have; `known` are the keys it has.
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        known: &'static [&'static str],
    },
    /// A top-level key that takes one value holds a table.
    NotAValue { key: String },
    /// The same key, question or reflection written twice.
    Repeated { what: Item, id: String },
    /// An id the rubric does not have (`what` is a question or a reflection).
    UnknownId {
        what: Item,
        id: String,
        suggestion: Option<String>,
    },
    /// The file names another rubric than the one it is scored with.
    WrongRubric { found: String, expected: String },
    /// `rubric` is not text.
    RubricNotText { expected: String, found: Found },
    /// The file does not name its rubric.
    NoRubric { expected: String },
    /// `date` is text but not a YYYY-MM-DD date.
    BadDate { text: String },
    /// A value that must be text is something else.
    NotText { what: Part, found: Found },
    /// An answer outside the scale; `label` is the scale's last label, as an example.
    OffScale {
        question: String,
        found: Found,
        min: i64,
        max: i64,
        label: String,
    },
    /// Text that is not one of the scale's labels.
    NotALabel {
        question: String,
        text: String,
        labels: Vec<String>,
    },
    /// Fewer answers than the rubric needs; `missing` are the unanswered question ids in order.
    TooFew {
        answered: usize,
        questions: usize,
        rubric: String,
        needed: usize,
        share: Number,
        missing: Vec<String>,
    },
    /// A survey export with no header row.
    EmptyExport,
    /// Two columns of an export match one question (`first` and `second`, as the header
    /// names them).
    TwoColumns {
        question: String,
        first: String,
        second: String,
    },
    /// No column of the export names a question of the rubric.
    NoQuestions { rubric: String, file: String },
    /// The xlsx reader's own message.
    Workbook { message: String },
    /// The CSV reader's own message, and the kind of its cause when that is the system's.
    Csv {
        message: String,
        io: Option<std::io::ErrorKind>,
    },
    /// A header row wider than any survey: `columns` cells where at most `limit` are read.
    WideHeader { columns: usize, limit: usize },
    /// A header row longer than `limit` bytes (`row` counts from 1).
    LongHead { row: usize, limit: usize },
    /// A workbook refused before or while it is read, so no file costs unbounded time or memory.
    WorkbookLimit(WorkbookLimit),
}

/// What makes a workbook too costly to read: each holds the limit it passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookLimit {
    /// More entries in the archive than any workbook has.
    Entries { count: usize, limit: usize },
    /// An entry that unpacks to more than `limit` bytes.
    Size {
        entry: String,
        size: u64,
        limit: u64,
    },
    /// An entry that unpacks to more than `limit` times its packed size.
    Ratio {
        entry: String,
        size: u64,
        packed: u64,
        limit: u64,
    },
    /// A tag or a run of text (in bytes) longer than any cell of a workbook.
    Run { entry: String, limit: usize },
    /// A cell holding more characters than Excel allows (`cell` as in A1).
    Cell {
        cell: String,
        chars: usize,
        limit: usize,
    },
    /// A cell beyond Excel's last column or row (`column` and `row` count from 1).
    Place { column: u64, row: u64 },
    /// A row (counting from 1) whose cells together hold more than `limit` bytes.
    Row { row: u64, limit: usize },
}

/// What an id or a repeated key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Key,
    Question,
    Reflection,
}

/// The values that must be text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Respondent,
    Language,
    Date,
    Reflection,
}

/// A value as the file holds it, for saying what was found instead of what was needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Int(i64),
    Float(Number),
    Text(String),
    Bool(bool),
    Null,
    Shape(Shape),
}

/// A value kept only by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A whole number beyond 64 bits.
    TooLarge,
    /// A number that could not be read as one.
    Number,
    List,
    Table,
    /// A JSON object where a single value belongs.
    Object,
}

pub use super::Number;

/// Why a row of a survey export was not scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// Cells that are not answers: the first few with their question id, and how many more.
    Cells {
        bad: Vec<(String, CellProblem)>,
        more: usize,
    },
    /// Too few answers; `unfinished` is the column that marked the response unfinished.
    TooFew {
        answered: usize,
        questions: usize,
        needed: usize,
        unfinished: Option<&'static str>,
    },
    /// No question of the rubric answered: the survey never showed them to this respondent.
    NotAsked { questions: usize },
    /// A row of `cells` cells under a header of `header`: its answers cannot be placed.
    Width { cells: usize, header: usize },
    /// A quote opened in this row is never closed: the rest of the file is inside it.
    OpenQuote,
    /// The CSV reader's own message, and the kind of its cause when that is the system's.
    Unreadable {
        message: String,
        io: Option<std::io::ErrorKind>,
    },
    /// A record longer than `limit` bytes: it and the rest of the export are not read.
    TooLong { limit: usize },
}

/// Why one cell of an export is not an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellProblem {
    /// A multiple-choice cell with more than one choice.
    Choices { cell: Excerpt, count: usize },
    /// A number outside the scale.
    OffScale { value: i64, min: i64, max: i64 },
    /// Neither a number nor a label.
    NotAnAnswer { cell: Excerpt },
    /// Longer (in bytes) than any answer of the scale could be: not read at all.
    TooLong { cell: Excerpt, limit: usize },
}

/// A cell as problems show it: its first [`Excerpt::CHARS`] characters and its length in
/// characters, so that no cell is copied or echoed whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub head: String,
    pub chars: usize,
}

impl Excerpt {
    /// The most characters of a cell a problem shows.
    pub const CHARS: usize = 80;

    /// The excerpt of `text`, trimmed.
    pub fn of(text: &str) -> Excerpt {
        let text = text.trim();
        Excerpt {
            head: text.chars().take(Self::CHARS).collect(),
            chars: text.chars().count(),
        }
    }

    /// Whether the excerpt is the whole cell.
    pub fn is_whole(&self) -> bool {
        self.chars <= Self::CHARS
    }
}
