//! Reading answer files, the first of two steps: [`parse_raw`] parses the text once into a
//! [`RawSheet`] that keeps the place of every key and value; `decode` then checks it against a
//! rubric.

mod from_json;
mod from_toml;

use super::FileFormat;
use crate::base::names::did_you_mean;
use crate::problem::answers::{AnswerProblem, Found, Item, Number, Shape};
use crate::problem::{Kind, Problem, Problems};

/// The top-level keys of an answer file.
pub const FIELDS: &[&str] = &[
    "rubric",
    "language",
    "respondent",
    "date",
    "answers",
    "reflections",
];

/// A place in the file: 1-based (line, column).
pub type At = Option<(usize, usize)>;

/// A value as written, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    /// JSON null: the same as blank.
    Null,
    /// A list, a table or a number too large to hold.
    Other(Shape),
}

impl RawValue {
    /// The value as a problem tells what was found.
    pub fn found(&self) -> Found {
        match self {
            RawValue::Int(v) => Found::Int(*v),
            RawValue::Float(v) => Found::Float(Number(*v)),
            RawValue::Str(s) => Found::Text(s.clone()),
            RawValue::Bool(b) => Found::Bool(*b),
            RawValue::Null => Found::Null,
            RawValue::Other(shape) => Found::Shape(*shape),
        }
    }
}

/// One `id = value` line of `[answers]` or `[reflections]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_at: At,
    pub value: RawValue,
    pub value_at: At,
}

/// An answer file as written: parsed, not yet checked against a rubric.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSheet {
    pub file: String,
    pub rubric: Option<(RawValue, At)>,
    /// The language the sheet was answered in (files written before it was recorded lack it).
    pub language: Option<(RawValue, At)>,
    pub respondent: Option<(RawValue, At)>,
    pub date: Option<(RawValue, At)>,
    pub answers: Vec<Entry>,
    pub reflections: Vec<Entry>,
    /// Problems of shape met while reading (unknown keys, repeated keys), reported with the rest.
    pub problems: Vec<Problem>,
    /// Read from JSON (else TOML): what a fix looks like depends on it.
    pub json: bool,
}

impl RawSheet {
    fn new(file: &str) -> Self {
        RawSheet {
            file: file.to_owned(),
            ..RawSheet::default()
        }
    }

    /// The rubric id the file names, when it names one as text.
    pub fn rubric_id(&self) -> Option<&str> {
        match &self.rubric {
            Some((RawValue::Str(id), _)) => Some(id),
            _ => None,
        }
    }

    fn problem(&mut self, at: At, kind: AnswerProblem) {
        self.problems.push(Problem {
            file: self.file.clone(),
            at,
            kind: Kind::Answer(kind),
        });
    }

    /// A key met a second time.
    fn repeated(&mut self, at: At, key: &str) {
        let id = key.to_owned();
        self.problem(
            at,
            AnswerProblem::Repeated {
                what: Item::Key,
                id,
            },
        );
    }

    /// A top-level key; unknown keys are problems at their own place.
    fn top(&mut self, key: &str, key_at: At, value: Field) {
        let (at, problem) = match (key, value) {
            ("rubric", Field::Value(v, at)) => {
                self.rubric = Some((v, at));
                return;
            }
            ("language", Field::Value(v, at)) => {
                self.language = Some((v, at));
                return;
            }
            ("respondent", Field::Value(v, at)) => {
                self.respondent = Some((v, at));
                return;
            }
            ("date", Field::Value(v, at)) => {
                self.date = Some((v, at));
                return;
            }
            ("answers", Field::Table(t)) => {
                self.answers = t;
                return;
            }
            ("reflections", Field::Table(t)) => {
                self.reflections = t;
                return;
            }
            ("answers" | "reflections", Field::Value(v, at)) => {
                let key = key.to_owned();
                (
                    at,
                    AnswerProblem::NotATable {
                        key,
                        found: v.found(),
                        json: self.json,
                    },
                )
            }
            _ if !FIELDS.contains(&key) => {
                let suggestion = did_you_mean(key, FIELDS.iter().copied()).map(str::to_owned);
                let key = key.to_owned();
                (
                    key_at,
                    AnswerProblem::UnknownKey {
                        key,
                        suggestion,
                        known: FIELDS,
                    },
                )
            }
            _ => (
                key_at,
                AnswerProblem::NotAValue {
                    key: key.to_owned(),
                },
            ),
        };
        self.problem(at, problem);
    }
}

/// A top-level value as read: one value, or a table of entries.
enum Field {
    Value(RawValue, At),
    Table(Vec<Entry>),
}

/// Parses answer-file text once. Only a file that cannot be read as TOML or JSON at all is an
/// error here; everything else is checked by `decode`.
pub fn parse_raw(file: &str, format: FileFormat, text: &str) -> Result<RawSheet, Problems> {
    let mut sheet = match format {
        FileFormat::Toml => from_toml::parse(file, text),
        FileFormat::Json => from_json::parse(file, text),
    }?;
    sheet.neutralise();
    Ok(sheet)
}

impl RawSheet {
    /// Every text of the sheet made inert once, as it is read (see [`crate::base::neutral`]):
    /// ids and values on one line; reflections, the person's own prose, keep their line breaks.
    fn neutralise(&mut self) {
        use crate::base::neutral::{line_in, prose_in};
        let RawSheet {
            file: _,
            rubric,
            language,
            respondent,
            date,
            answers,
            reflections,
            problems: _,
            json: _,
        } = self;
        for (value, _) in [rubric, language, respondent, date].into_iter().flatten() {
            if let RawValue::Str(s) = value {
                line_in(s);
            }
        }
        for (entries, text) in [
            (answers, line_in as fn(&mut String)),
            (reflections, prose_in),
        ] {
            for e in entries {
                line_in(&mut e.key);
                if let RawValue::Str(s) = &mut e.value {
                    text(s);
                }
            }
        }
    }
}
