//! Kinds of problems in a rubric file, as data; `text::rubric` words them.

/// What is wrong in a rubric file, with the facts the words need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricProblem {
    /// A key no table of the rubric format has (a typo, usually).
    UnknownKey {
        key: String,
    },
    EmptyId {
        part: Part,
    },
    /// A second part of the same kind with the same id.
    DuplicateId {
        part: Part,
        id: String,
    },
    /// A reference to a part of a kind the rubric defines none of.
    NoneDefined {
        part: Part,
        id: String,
    },
    /// A reference to no defined part: the closest id, or every id when none is close.
    UnknownId {
        part: Part,
        id: String,
        close: Option<String>,
        known: Vec<String>,
    },
    /// A weight not in (0, `MAX_WEIGHT`], or not a number at all.
    BadWeight {
        of: Part,
        value: Number,
    },
    BadRubricId {
        id: String,
    },
    BadLanguage {
        tag: String,
    },
    TieMargin {
        value: Number,
    },
    MinAnswered {
        value: Number,
    },
    ScaleBackwards {
        min: i64,
        max: i64,
    },
    TooManyPoints {
        points: i128,
    },
    LabelCount {
        points: i128,
        min: i64,
        max: i64,
        labels: usize,
    },
    EmptyLabel,
    RepeatedLabel {
        label: String,
    },
    EmptyAlias,
    AliasOffScale {
        alias: String,
        value: i64,
        min: i64,
        max: i64,
    },
    /// A scale alias that is already another word for an answer.
    AliasTaken {
        alias: String,
        was: SurveyWord,
    },
    /// A scale alias that is a number: a number in a cell is read as a value of the scale.
    AliasNumber {
        alias: String,
    },
    EmptyMissingCode,
    MissingCodeOnScale {
        code: String,
        value: i64,
    },
    /// A missing code that is also a word for an answer.
    MissingCodeTaken {
        code: String,
        was: SurveyWord,
    },
    EmptyQuestionAlias {
        question: String,
    },
    /// A question alias that is already the text or an alias of another question.
    AliasNamesOther {
        alias: String,
        question: String,
        other: String,
    },
    TooFewPaths {
        count: usize,
    },
    TooManyPaths {
        count: usize,
    },
    /// More than `MAX_QUESTIONS` questions: nothing else is checked.
    TooManyQuestions {
        count: usize,
    },
    NoQuestions,
    OwnTwin {
        question: String,
    },
    FavoursAndAgainst {
        question: String,
        path: String,
    },
    EmptyDimension {
        dimension: String,
    },
    UnfavouredPath {
        path: String,
    },
    /// An overlay without a text its base has: `table` as written in TOML
    /// (`paths.generalist`), `field` the key (`summary`).
    MissingText {
        table: String,
        field: &'static str,
    },
    /// An overlay without the table of one of its base's ids (`questions.sk_calendar`).
    MissingTable {
        table: String,
    },
    /// An overlay list with another number of items than its base's.
    ListLength {
        table: String,
        field: &'static str,
        base: usize,
        found: usize,
    },
    /// An overlay whose `base` names another rubric than the one it is applied to.
    OverlayBase {
        named: String,
        base: String,
    },
    /// An overlay written for another version of its base (a warning: texts may lag behind).
    OverlayVersion {
        written_for: String,
        base: String,
    },
}

/// The kinds of parts of a rubric that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Path,
    Dimension,
    Skill,
    Question,
    Reflection,
}

/// A word a survey export may use for an answer, as the rubric defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveyWord {
    Label(String),
    Alias(String),
    /// A word that always means "not answered" (`rubric::texts::NOT_ANSWERED`).
    NotAnswered(String),
}

pub use super::Number;
