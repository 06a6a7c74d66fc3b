//! Answer sheets: what a person answered, read from TOML or JSON and checked against a rubric.

mod read;
mod write;

pub use read::{parse, peek_rubric_id};
pub use write::write_toml;

use std::collections::BTreeMap;

use serde::Serialize;

/// A person's answers to one rubric, checked: every key is a question of the rubric and every
/// value a point on its scale.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AnswerSheet {
    pub rubric: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respondent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Question id -> scale value.
    pub answers: BTreeMap<String, i64>,
    /// Reflection id -> free text.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub reflections: BTreeMap<String, String>,
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
