//! The words for the commands: usage errors, notices, summaries of a run, what `map` and
//! `rubric` print.

pub mod assess;
pub mod columns;
pub mod map;
mod notice;
mod rubric;
mod usage;

pub use notice::{Notice, say};
pub use rubric::{
    Para, checked, describe, embedded, list_header, missing_sections, overlay_checked,
};

use std::fmt;

use crate::base::printable::printable as safe;
use crate::error::{Failure, Interrupted, Reported};
use crate::problem::CommandProblem;

/// What each file is called when it cannot be read.
pub mod what {
    /// The source named in a report of answers given at the terminal and not saved.
    pub const INTERACTIVE: &str = "interactive session";
}

/// Context put on errors from below.
pub mod context {
    pub const WATCH_CTRL_C: &str = "cannot watch for Ctrl-C";
    pub const READ_STDIN: &str = "cannot read standard input";
    pub const STDIN_NOT_UTF8: &str = "standard input is not UTF-8 text";
    pub const WRITE_SESSION: &str = "cannot write the session";
}

impl fmt::Display for CommandProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandProblem::OffScale {
                answer,
                question,
                min,
                max,
            } => write!(
                f,
                "answer {answer} to `{question}` is off the scale; use a whole number from {min} to {max}"
            ),
            CommandProblem::UnknownRubric { reason } => {
                write!(
                    f,
                    "{reason}; pass --rubric PATH to score it with a rubric file"
                )
            }
            CommandProblem::NoRubricId => {
                f.write_str("the answer file does not say which rubric it answers")
            }
            CommandProblem::MapUnknownQuestion {
                header,
                id,
                rubric,
                close,
            } => {
                write!(
                    f,
                    "`\"{header}\" = \"{id}\"`: rubric `{rubric}` has no question `{id}`"
                )?;
                match close {
                    Some(c) => write!(f, "; did you mean `{c}`?"),
                    None => f.write_str("; `pathfit template` lists its question ids"),
                }
            }
            CommandProblem::MapUnknownHeader {
                header,
                export,
                close,
            } => {
                write!(f, "`\"{header}\"`: {export} has no column with that header")?;
                match close {
                    Some(c) => write!(f, "; did you mean `\"{c}\"`?"),
                    None => write!(f, "; `pathfit map {export}` lists its columns"),
                }
            }
            CommandProblem::MapAlreadyMatched { header, id, by } => write!(
                f,
                "`\"{header}\" = \"{id}\"`: question `{id}` already has a column, `{by}`; one column a question (remove one of them)"
            ),
        }
    }
}

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("interrupted")
    }
}

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("some inputs failed")
    }
}

/// What is said on stderr about a failure: an `error:` line per problem, or nothing when it
/// has been said already.
impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Problems(problems) => {
                for (i, p) in problems.0.iter().enumerate() {
                    let sep = if i > 0 { "\n" } else { "" };
                    write!(f, "{sep}error: {p}")?;
                }
                Ok(())
            }
            Failure::Usage(usage) => write!(f, "error: {}", safe(&usage.to_string())),
            Failure::Other(err) => write!(f, "error: {}", safe(&format!("{err:#}"))),
            Failure::Interrupted(_) | Failure::Reported | Failure::BrokenPipe => Ok(()),
        }
    }
}

/// The rows a batch's progress bar has counted.
pub fn rows(n: u64) -> String {
    format!("{n} rows")
}

pub fn stdin_too_large(mib: u64) -> String {
    format!("standard input is larger than {mib} MiB")
}

/// The layout of a batch's progress bar (indicatif's template).
pub const PROGRESS: &str = "{bar:30} {pos}/{len} files {msg} {elapsed}";
