//! Rubrics: a validated rubric is a scoring [`Key`] (numbers and indices), the [`Ids`] that
//! answers refer to, and the [`Texts`] a person reads, all indexed the same way.

mod keys;
mod neutral;
mod raw;
mod validate;

pub mod catalog;
pub mod key;
pub mod languages;
pub mod not_answered;
pub mod overlay;
pub mod texts;

pub use catalog::{Catalog, DEFAULT_ID, Entry};
pub use key::{Item, Key, PathSet};
pub use texts::{PathText, SkillText, Texts, fold};

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::problem::{Problems, Source};

/// A validated rubric.
#[derive(Debug, Clone)]
pub struct Rubric {
    pub id: String,
    pub version: String,
    pub key: Key,
    pub ids: Ids,
    pub texts: Texts,
    /// Hex sha256 of the file's bytes, so a result can be tied to the exact rubric.
    pub sha256: String,
    /// Where the rubric came from: `embedded:<file>` or the path it was read from.
    pub source: String,
}

/// An optional section a rubric has no content for: its TOML name and, for a section of each
/// path, the ids of the paths that lack it (empty for a section of the whole rubric).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub section: &'static str,
    pub paths: Vec<String>,
}

/// The ids of a rubric's parts, by index; answer files and JSON output use them.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    pub paths: Vec<String>,
    pub dimensions: Vec<String>,
    pub questions: Vec<String>,
    pub skills: Vec<String>,
    pub reflections: Vec<String>,
    question_index: HashMap<String, usize>,
}

impl Ids {
    pub fn new(
        paths: Vec<String>,
        dimensions: Vec<String>,
        questions: Vec<String>,
        skills: Vec<String>,
        reflections: Vec<String>,
    ) -> Ids {
        let question_index = questions
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        Ids {
            paths,
            dimensions,
            questions,
            skills,
            reflections,
            question_index,
        }
    }

    pub fn question(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    pub fn path(&self, id: &str) -> Option<usize> {
        self.paths.iter().position(|p| p == id)
    }

    pub fn reflection(&self, id: &str) -> Option<usize> {
        self.reflections.iter().position(|r| r == id)
    }
}

impl Rubric {
    /// Parses and validates rubric text; `file` names it in every problem reported.
    pub fn parse(file: &str, text: &str) -> Result<Rubric, Problems> {
        validate::count_questions(file, text)?;
        let (mut raw, unknown) =
            keys::from_str_collecting::<raw::RawRubric>(file, text, Source::Rubric)
                .map_err(|p| Problems::capped(p, file))?;
        // Every text inert once, here, for every output and every check after.
        neutral::rubric(&mut raw);
        let mut rubric = validate::validate(file, text, raw, unknown)?;
        rubric.sha256 = sha256_hex(text.as_bytes());
        rubric.source = file.to_owned();
        Ok(rubric)
    }

    /// The label of a scale point, e.g. 3 -> "Agree" on a 0-based point index.
    pub fn label(&self, point: u8) -> &str {
        self.texts
            .labels
            .get(usize::from(point))
            .map_or("?", String::as_str)
    }

    /// The answer point whose label matches `label`, ignoring case and surrounding space.
    pub fn point_of_label(&self, label: &str) -> Option<u8> {
        let label = label.trim();
        self.texts
            .labels
            .iter()
            .position(|l| l.eq_ignore_ascii_case(label) || l.to_lowercase() == label.to_lowercase())
            .and_then(|i| u8::try_from(i).ok())
    }

    pub fn path_name(&self, p: usize) -> &str {
        &self.texts.paths[p].name
    }

    /// The optional guidance sections this rubric has no content for (by their TOML names), so
    /// `rubric check` can say what a custom rubric lacks; reports leave those parts out.
    pub fn missing_sections(&self) -> Vec<Missing> {
        let t = &self.texts;
        let mut out = Vec::new();
        type Empty = fn(&PathText) -> bool;
        let per_path: [(&str, Empty); 10] = [
            ("day", |p| p.day.is_empty()),
            ("hiring_signals", |p| p.hiring_signals.is_empty()),
            ("phrases", |p| p.phrases.is_empty()),
            ("stakeholders", |p| p.stakeholders.is_empty()),
            ("deliverables", |p| p.deliverables.is_empty()),
            ("kpis", |p| p.kpis.is_empty()),
            ("bullets", |p| p.bullets.is_empty()),
            ("example_roles", |p| p.example_roles.is_empty()),
            ("next_roles", |p| p.next_roles.is_empty()),
            ("certifications", |p| p.certifications.is_empty()),
        ];
        for (name, empty) in per_path {
            let lacking: Vec<&str> = t
                .paths
                .iter()
                .enumerate()
                .filter(|(_, p)| empty(p))
                .map(|(i, _)| self.ids.paths[i].as_str())
                .collect();
            if !lacking.is_empty() {
                let paths = lacking.into_iter().map(str::to_owned).collect();
                out.push(Missing {
                    section: name,
                    paths,
                });
            }
        }
        for (name, empty) in [
            ("guidance.red_flags", t.red_flags.is_empty()),
            ("guidance.hybrid_roles", t.hybrid_roles.is_empty()),
            ("guidance.faq", t.faq.is_empty()),
            ("guidance.checklist", t.checklist.is_empty()),
            ("skills", t.skills.is_empty()),
        ] {
            if empty {
                out.push(Missing {
                    section: name,
                    paths: Vec::new(),
                });
            }
        }
        out
    }

    /// Question indices in the order they are asked and listed: grouped by dimension.
    pub fn order(&self) -> Vec<usize> {
        (0..self.key.dimensions())
            .flat_map(|d| {
                self.key
                    .items
                    .iter()
                    .enumerate()
                    .filter(move |(_, q)| q.dimension == d)
                    .map(|(i, _)| i)
            })
            .collect()
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
