//! Answer sheets: read once from TOML or JSON into a [`RawSheet`], then decoded against a
//! rubric into [`Responses`]: one small integer per question index.

mod decode;
mod read;
pub mod survey;
mod write;

pub use decode::{MAX_PROBLEMS, decode, decode_partial};
pub use read::{FIELDS, RawSheet, RawValue, parse_raw};
pub use write::{Note, write_toml};

use crate::rubric::Rubric;

/// The answer point stored for a question that was not answered.
pub const MISSING: u8 = u8::MAX;

/// One person's answers to one rubric, by question index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Responses {
    /// Per question: the answer point (0-based on the scale), or [`MISSING`].
    pub points: Vec<u8>,
    pub respondent: Option<String>,
    /// The language the sheet was answered in, as it records it (a BCP 47 tag).
    pub language: Option<String>,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    /// Per reflection of the rubric: the person's free text.
    pub reflections: Vec<Option<String>>,
    /// The survey tool marked the response unfinished (Qualtrics `Finished`, LimeSurvey
    /// `submitdate`): partial even when every question has an answer.
    pub unfinished: bool,
}

impl Responses {
    /// A sheet with nothing answered yet.
    pub fn empty(rubric: &Rubric) -> Responses {
        Responses {
            points: vec![MISSING; rubric.key.questions()],
            respondent: None,
            language: None,
            date: None,
            reflections: vec![None; rubric.ids.reflections.len()],
            unfinished: false,
        }
    }

    /// Scored on part of the questions: some unanswered, or the response unfinished.
    pub fn partial(&self) -> bool {
        self.unfinished || self.answered() < self.points.len()
    }

    pub fn answered(&self) -> usize {
        self.points.iter().filter(|&&p| p != MISSING).count()
    }

    pub fn get(&self, q: usize) -> Option<u8> {
        self.points.get(q).copied().filter(|&p| p != MISSING)
    }
}

/// The formats an answer file can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Toml,
    Json,
}

impl FileFormat {
    /// By extension; otherwise a file whose first non-blank character is `{` is JSON.
    pub fn detect(path: &std::path::Path, text: &str) -> FileFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => FileFormat::Json,
            Some(e) if e.eq_ignore_ascii_case("toml") => FileFormat::Toml,
            _ if text.trim_start().starts_with('{') => FileFormat::Json,
            _ => FileFormat::Toml,
        }
    }
}
