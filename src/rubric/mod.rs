//! Rubrics: the validated domain types, loading from TOML, and the catalogue of known rubrics.

mod keys;
mod raw;
mod validate;

pub mod catalog;
pub use catalog::{Catalog, DEFAULT_ID, Entry};

use sha2::{Digest, Sha256};

use crate::problem::Problems;

/// A validated rubric. Questions refer to paths, dimensions and skills by index.
#[derive(Debug, Clone)]
pub struct Rubric {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    pub description: String,
    pub tie_margin: f64,
    pub min_answered: f64,
    pub scale: Scale,
    pub paths: Vec<Path>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    pub skills: Vec<Skill>,
    pub red_flags: Vec<String>,
    pub reflections: Vec<Reflection>,
    /// Hex sha256 of the file's bytes, so a result can be tied to the exact rubric.
    pub sha256: String,
    /// Where the rubric came from: `embedded:<file>` or the path it was read from.
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    pub labels: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Path {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub day: Vec<String>,
    pub hiring_signals: Vec<String>,
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub weight: f64,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub dimension: usize,
    pub text: String,
    pub favors: usize,
    pub against: Vec<usize>,
    pub reverse: bool,
    pub weight: f64,
    pub skill: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub resources: Vec<String>,
    pub practice: String,
    pub apply: String,
    pub evidence: String,
}

#[derive(Debug, Clone)]
pub struct Reflection {
    pub id: String,
    pub text: String,
}

impl Rubric {
    /// Parses and validates rubric text; `file` names it in every problem reported.
    pub fn parse(file: &str, text: &str) -> Result<Rubric, Problems> {
        let (raw, unknown) = keys::from_str_collecting::<raw::RawRubric>(
            file,
            text,
            "see the rubric format in the README, or `pathfit rubric show --raw` for a valid rubric",
        )
        .map_err(Problems)?;
        let mut rubric = validate::validate(file, text, raw, unknown)?;
        rubric.sha256 = sha256_hex(text.as_bytes());
        rubric.source = file.to_owned();
        Ok(rubric)
    }

    pub fn path_index(&self, id: &str) -> Option<usize> {
        self.paths.iter().position(|p| p.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The label of a scale point, e.g. 4 -> "Agree".
    pub fn label(&self, value: i64) -> &str {
        usize::try_from(value - self.scale.min)
            .ok()
            .and_then(|i| self.scale.labels.get(i))
            .map_or("?", String::as_str)
    }

    /// The scale point whose label matches `label`, ignoring case and surrounding space.
    pub fn value_of_label(&self, label: &str) -> Option<i64> {
        let label = label.trim();
        self.scale
            .labels
            .iter()
            .position(|l| l.eq_ignore_ascii_case(label) || l.to_lowercase() == label.to_lowercase())
            .map(|i| self.scale.min + i as i64)
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
