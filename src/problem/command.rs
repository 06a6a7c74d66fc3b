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
    /// A `--map` line naming a question the rubric does not have; `close` is the nearest id.
    MapUnknownQuestion {
        header: String,
        id: String,
        rubric: String,
        close: Option<String>,
    },
    /// A `--map` line naming a column the export does not have; `close` is the nearest header.
    MapUnknownHeader {
        header: String,
        export: String,
        close: Option<String>,
    },
    /// A `--map` line onto a question that column `by` already gives (by its id, its text, an
    /// alias, or an earlier line of the mapping file).
    MapAlreadyMatched {
        header: String,
        id: String,
        by: String,
    },
}
