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
use crate::t;

/// What each file is called when it cannot be read.
pub mod what {
    /// The source named in JSON and CSV for answers given at the terminal and not saved: the
    /// same in every language, as every machine format is.
    pub const INTERACTIVE: &str = "interactive session";

    /// That source as a report for people names it, in the reader's language.
    pub fn interactive() -> String {
        crate::t!("source-interactive")
    }
}

/// Context put on errors from below.
pub mod context {
    use crate::t;

    pub fn watch_ctrl_c() -> String {
        t!("commands-watch-ctrl-c")
    }

    pub fn read_stdin() -> String {
        t!("commands-read-stdin")
    }

    pub fn stdin_not_utf8() -> String {
        t!("commands-stdin-not-utf8")
    }

    pub fn write_session() -> String {
        t!("commands-write-session")
    }
}

impl fmt::Display for CommandProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&command_problem(self))
    }
}

fn command_problem(problem: &CommandProblem) -> String {
    match problem {
        CommandProblem::OffScale {
            answer,
            question,
            min,
            max,
        } => t!(
            "commands-off-scale",
            answer = answer,
            question = question,
            min = min,
            max = max
        ),
        CommandProblem::UnknownRubric { reason } => {
            t!("commands-unknown-rubric", reason = reason)
        }
        CommandProblem::NoRubricId => t!("commands-no-rubric-id"),
        CommandProblem::MapUnknownQuestion {
            header,
            id,
            rubric,
            close,
        } => {
            let head = t!(
                "commands-map-unknown-question",
                header = header,
                id = id,
                rubric = rubric
            );
            let tail = match close {
                Some(c) => t!("commands-did-you-mean", close = c),
                None => t!("commands-template-lists-ids"),
            };
            head + &tail
        }
        CommandProblem::MapUnknownHeader {
            header,
            export,
            close,
        } => {
            let head = t!(
                "commands-map-unknown-header",
                header = header,
                export = export
            );
            let tail = match close {
                Some(c) => t!("commands-did-you-mean", close = format!("\"{c}\"")),
                None => t!("commands-map-lists-columns", export = export),
            };
            head + &tail
        }
        CommandProblem::MapAlreadyMatched { header, id, by } => t!(
            "commands-map-already-matched",
            header = header,
            id = id,
            by = by
        ),
    }
}

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("commands-interrupted"))
    }
}

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("commands-reported"))
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
                    write!(f, "{sep}{}", error(&p.to_string()))?;
                }
                Ok(())
            }
            Failure::Usage(usage) => f.write_str(&error(&safe(&usage.to_string()))),
            Failure::Other(err) => f.write_str(&error(&safe(&crate::text::os::chain(err)))),
            Failure::Interrupted(_) | Failure::Reported | Failure::BrokenPipe => Ok(()),
        }
    }
}

/// An `error:` line.
pub fn error(text: &str) -> String {
    t!("commands-error", text = text)
}

/// The rows a batch's progress bar has counted.
pub fn rows(n: u64) -> String {
    t!("commands-rows", n = n)
}

pub fn stdin_too_large(mib: u64) -> String {
    t!("commands-stdin-too-large", mib = mib)
}

/// The layout of a batch's progress bar (indicatif's template).
pub fn progress() -> String {
    let files = t!("commands-progress-files");
    format!("{{bar:30}} {{pos}}/{{len}} {files} {{msg}} {{elapsed}}")
}
