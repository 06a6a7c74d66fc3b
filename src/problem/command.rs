//! Kinds of problems a command finds in an input file, as data; `text::commands` words them.

/// A problem a command finds in an input file; worded in `text::commands`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandProblem {
    /// An answer in a resumed session that is not on the rubric's scale.
    OffScale {
        answer: i64,
        question: String,
        min: i64,
        max: i64,
    },
    /// The rubric an answer file names cannot be found.
    UnknownRubric { reason: String },
    /// An answer file that names no rubric and yet decodes on the default one.
    NoRubricId,
}
