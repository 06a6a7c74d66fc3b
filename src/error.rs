//! How a run fails, as data: each kind chooses its exit code; `text::commands` words them.
//!
//! Exit codes: 0 success; 1 bad data, a file that could not be read or scored, a failed
//! check; 2 a usage error (a bad option or value, no terminal for the assessment); 129, 130,
//! 143 stopped by SIGHUP, Ctrl-C, SIGTERM.

use std::path::PathBuf;

use crate::problem::Problems;

pub const EXIT_OK: u8 = 0;
pub const EXIT_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_INTERRUPTED: u8 = 130;

/// An id that names no rubric: the closest known id, or every known id when none is close.
#[derive(Debug)]
pub struct UnknownRubric {
    pub spec: String,
    pub close: Option<String>,
    pub known: Vec<String>,
}

/// The person or the system stopped the program; the code is 128 + the signal (130 for
/// Ctrl-C). What was kept, and how to resume, has been said already.
#[derive(Debug)]
pub struct Interrupted(pub u8);

impl std::error::Error for Interrupted {}

/// Failures already reported on stderr, one line each (exit 1).
#[derive(Debug)]
pub struct Reported;

impl std::error::Error for Reported {}

/// What was typed on the command line cannot be done (exit 2). Each variant carries the
/// facts its words need.
#[derive(Debug)]
pub enum Usage {
    /// Options written before a subcommand, which only the bare assessment reads.
    OptionsBeforeCommand { command: &'static str },
    /// csv or jsonl asked of a command that writes one document.
    DocFormat { command: &'static str },
    /// `--summary` with an output that has no room for a cohort report.
    SummaryFormat,
    /// `--summary-only` on fewer respondents than `--min-cohort`.
    SmallCohort { respondents: usize, min: usize },
    /// A `--missing` code that is a value of the scale.
    MissingOnScale {
        code: String,
        value: i64,
        min: i64,
        max: i64,
    },
    /// A `--missing` code that is a label or an alias of the scale.
    MissingIsAnswer { code: String, word: String },
    /// `--answers` with an output that has no place for them (table, markdown).
    AnswersFormat,
    /// `pathfit faq` on a rubric without FAQ entries.
    NoFaq { rubric: String },
    /// `compare` given sheets of two different rubrics.
    DifferentRubrics {
        before: String,
        after: String,
        /// Each sheet's rubric: id and version.
        rubrics: Box<[(String, String); 2]>,
    },
    /// A `--map` line whose value is not a quoted question id.
    MapValue { file: String, header: String },
    /// `--target` names no path of the rubric.
    UnknownTarget {
        target: String,
        rubric: String,
        close: Option<String>,
        paths: Vec<String>,
    },
    /// The assessment run without a terminal on stdin and stderr.
    NoTerminal,
    /// The terminal is too small to show a question.
    SmallTerminal {
        cols: u16,
        rows: u16,
        min_cols: u16,
        min_rows: u16,
    },
    /// `--resume` on one rubric with `--rubric` naming another, without `--switch-rubric`.
    ResumeOtherRubric {
        file: PathBuf,
        answered: String,
        given: String,
    },
    /// The `--save` file exists and the person chose not to replace it.
    SaveExists { file: PathBuf },
    /// The autosave folder cannot take files.
    AutosaveFolder(anyhow::Error),
    /// An `--output` or `--save` file that is also a file the run reads or writes.
    Clash(Box<crate::base::clash::Clash>),
    /// The file to resume is being answered by another pathfit (it holds the lock).
    SessionBusy { file: PathBuf },
    /// An `--output` or `--save` file that cannot be written, with the reason from below.
    Target(anyhow::Error),
    /// `--calendar` with `score` given other than one answer file.
    CalendarOne,
    /// `--respondent` names that no sheet read had.
    NoRespondent { names: Vec<String> },
    /// `--start` outside the dates a plan can be given (`first` to `last`).
    StartDate {
        date: chrono::NaiveDate,
        first: chrono::NaiveDate,
        last: chrono::NaiveDate,
    },
    /// `--rubric` names no rubric file and no known id.
    UnknownRubric(UnknownRubric),
    /// `--id-column` names no column of an export, or a question's column (`question`);
    /// `close` are the export's column names nearest to it.
    IdColumn {
        file: String,
        name: String,
        question: Option<String>,
        close: Vec<String>,
    },
    /// A usage error with context around it, said whole.
    Worded(anyhow::Error),
}

impl std::error::Error for Usage {}

/// Why a run ended without success, as the kind that picks the exit code.
#[derive(Debug)]
pub enum Failure {
    /// A bad option or value (exit 2).
    Usage(Usage),
    /// Problems in input files, one `error:` line each (exit 1).
    Problems(Problems),
    /// Stopped by a signal; what was kept has been said (exit 128 + signal).
    Interrupted(u8),
    /// Failures already reported one line each (exit 1).
    Reported,
    /// The reader of stdout went away (`pathfit ... | head`): their choice, exit 0 quietly.
    BrokenPipe,
    /// Anything else: a file that cannot be read or written (exit 1).
    Other(anyhow::Error),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => EXIT_USAGE,
            Failure::Problems(_) | Failure::Reported | Failure::Other(_) => EXIT_DATA,
            Failure::Interrupted(code) => *code,
            Failure::BrokenPipe => EXIT_OK,
        }
    }
}

impl From<Usage> for Failure {
    fn from(u: Usage) -> Self {
        Failure::Usage(u)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::from(anyhow::Error::from(e))
    }
}

/// The one place an error from inside is sorted into its kind.
impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        if err.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
        }) {
            return Failure::BrokenPipe;
        }
        if let Some(Interrupted(code)) = err.downcast_ref::<Interrupted>() {
            return Failure::Interrupted(*code);
        }
        if err.is::<Reported>() {
            return Failure::Reported;
        }
        let err = match err.downcast::<Problems>() {
            Ok(problems) => return Failure::Problems(problems),
            Err(err) => err,
        };
        // Context around a usage error is part of what is said: only a bare one is kept typed.
        let err = if err.chain().nth(1).is_none() {
            match err.downcast::<Usage>() {
                Ok(usage) => return Failure::Usage(usage),
                Err(err) => err,
            }
        } else {
            err
        };
        if err.is::<Usage>() {
            return Failure::Usage(Usage::Worded(err));
        }
        Failure::Other(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_picks_the_exit_code() {
        let code = |e: anyhow::Error| Failure::from(e).exit_code();
        assert_eq!(code(Usage::NoTerminal.into()), EXIT_USAGE);
        let unknown = UnknownRubric {
            spec: "x".into(),
            close: None,
            known: Vec::new(),
        };
        assert_eq!(code(Usage::UnknownRubric(unknown).into()), EXIT_USAGE);
        assert_eq!(code(Interrupted(143).into()), 143);
        assert_eq!(code(Reported.into()), EXIT_DATA);
        assert_eq!(code(Problems(Vec::new()).into()), EXIT_DATA);
        assert_eq!(code(anyhow::anyhow!("x")), EXIT_DATA);
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert_eq!(code(anyhow::Error::from(pipe).context("x")), EXIT_OK);
    }

    #[test]
    fn context_around_a_usage_error_is_kept_in_its_words() {
        let wrapped = anyhow::Error::from(Usage::NoTerminal).context("while starting");
        match Failure::from(wrapped) {
            Failure::Usage(Usage::Worded(e)) => assert_eq!(e.chain().count(), 2),
            other => panic!("{other:?}"),
        }
    }
}
