//! Problems found in an input file: the place (file:line:col) and the kind, as data. The words
//! for each kind are in `text::problem`.

pub mod answers;
pub mod command;
pub mod rubric;

pub use answers::AnswerProblem;
pub use command::CommandProblem;
pub use rubric::RubricProblem;

use std::ops::Range;

/// What is wrong, with the facts the words need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A problem in a rubric file.
    Rubric(RubricProblem),
    /// A problem in an answer file or a survey export.
    Answer(AnswerProblem),
    /// A parser's own message (TOML or JSON), as the parser wrote it; `text` puts it in plain
    /// words and says what would fix the file.
    Parser { message: String, source: Source },
    /// The count of problems left out after [`MAX_REPORTED`].
    More(usize),
    /// A problem a command finds in an input file (`text::commands` words it).
    Command(CommandProblem),
}

impl From<RubricProblem> for Kind {
    fn from(p: RubricProblem) -> Self {
        Kind::Rubric(p)
    }
}

impl From<AnswerProblem> for Kind {
    fn from(p: AnswerProblem) -> Self {
        Kind::Answer(p)
    }
}

/// A number from the file as it was read, NaN and infinities included; equal when its bits
/// are, so problems compare like the rest of the data.
#[derive(Debug, Clone, Copy)]
pub struct Number(pub f64);

impl PartialEq for Number {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Number {}

/// The kind of file a parser was reading, so the words can say what would fix it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Rubric,
    AnswerToml,
    /// An answer file in JSON whose shape is wrong.
    AnswerJson,
    /// Text that is not JSON at all.
    JsonSyntax,
    /// A `--map` file of column headers.
    Mapping,
}

/// One problem in one file. `at` is 1-based (line, column) when the place is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub at: Option<(usize, usize)>,
    pub kind: Kind,
}

impl Problem {
    /// A problem at a byte span of `text`; a span past the end points at the last character.
    pub fn at_span(
        file: &str,
        text: &str,
        span: Option<Range<usize>>,
        kind: impl Into<Kind>,
    ) -> Self {
        Problem {
            file: file.to_owned(),
            at: span.map(|s| line_col(text, s.start)),
            kind: kind.into(),
        }
    }

    /// A problem that belongs to the file as a whole.
    pub fn in_file(file: &str, kind: impl Into<Kind>) -> Self {
        Problem {
            file: file.to_owned(),
            at: None,
            kind: kind.into(),
        }
    }
}

/// Every problem found in one pass over an input; main prints one `error:` line for each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl std::error::Error for Problems {}

/// The most problems reported for one file; a file with thousands is one mistake repeated.
pub const MAX_REPORTED: usize = 100;

impl Problems {
    /// `problems`, the first [`MAX_REPORTED`] of them and a line that counts the rest.
    pub fn capped(mut problems: Vec<Problem>, file: &str) -> Problems {
        if problems.len() > MAX_REPORTED {
            let more = problems.len() - MAX_REPORTED;
            problems.truncate(MAX_REPORTED);
            problems.push(Problem::in_file(file, Kind::More(more)));
        }
        Problems(problems)
    }
}

impl From<Problem> for Problems {
    fn from(p: Problem) -> Self {
        Problems(vec![p])
    }
}

/// Where each line of a text starts, so the line and column of many places cost a binary
/// search each instead of a scan from the top.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// A problem at a byte span; a span past the end points at the last character.
    pub fn problem(
        &self,
        file: &str,
        span: Option<Range<usize>>,
        kind: impl Into<Kind>,
    ) -> Problem {
        Problem {
            file: file.to_owned(),
            at: span.map(|s| self.line_col(s.start)),
            kind: kind.into(),
        }
    }
}

pub use crate::base::place::line_col;

/// A problem from a TOML parse or shape error, at the parser's place.
pub fn from_toml(file: &str, text: &str, err: &toml::de::Error, source: Source) -> Problem {
    let message = err.message().trim().replace('\n', " ");
    Problem::at_span(file, text, err.span(), Kind::Parser { message, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one_in_characters() {
        let text = "ab\nçd\nef";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 999), (3, 3));
        let lines = Lines::new(text);
        for offset in 0..=text.len() + 1 {
            assert_eq!(lines.line_col(offset), line_col(text, offset), "{offset}");
        }
    }

    #[test]
    fn display_with_and_without_place() {
        let p = Problem::at_span("r.toml", "x\ny", Some(2..3), Kind::More(2));
        assert_eq!(
            p.to_string(),
            "r.toml:2:1: and 2 more problems; fix the ones above first"
        );
        let p = Problem::in_file("a", Kind::More(1));
        assert_eq!(
            p.to_string(),
            "a: and 1 more problem; fix the ones above first"
        );
    }

    #[test]
    fn problems_are_one_line_and_escape_control_characters() {
        let message = "line one\nline \u{202e}two; fix it".to_owned();
        let kind = Kind::Parser {
            message,
            source: Source::Mapping,
        };
        let p = Problem::in_file("a\u{1b}[31m.toml", kind);
        assert_eq!(
            p.to_string(),
            "a\\u{1b}[31m.toml: line one line \\u{202e}two; fix it"
        );
    }
}
