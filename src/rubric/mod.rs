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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{self, FileFormat};
    use proptest::prelude::*;

    /// Pieces that break rubrics in interesting ways when spliced in anywhere.
    const PIECES: &[&str] = &[
        "",
        "\n",
        "=",
        "\"",
        "[",
        "]]",
        "[[questions]]\n",
        "-1",
        "0",
        "1e400",
        "nan",
        "inf",
        "9223372036854775807",
        "-9223372036854775808",
        "\u{e9}",
        "# ",
        "id = \"x\"\n",
        ",",
        "{",
        "}",
    ];

    fn mutate(text: &str, at: usize, cut: usize, piece: usize) -> String {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + cut).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        format!(
            "{}{}{}",
            &text[..at],
            PIECES[piece % PIECES.len()],
            &text[end..]
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn no_rubric_file_makes_pathfit_panic(at in any::<usize>(), cut in 0usize..40, piece in any::<usize>()) {
            let text = mutate(catalog::embedded_text(DEFAULT_ID).unwrap(), at, cut, piece);
            if let Err(problems) = Rubric::parse("r.toml", &text) {
                prop_assert!(!problems.0.is_empty());
                for p in &problems.0 {
                    prop_assert!(!p.message.contains('\n'), "one line per problem: {p}");
                }
            }
        }

        #[test]
        fn no_answer_file_makes_pathfit_panic(at in any::<usize>(), cut in 0usize..20, piece in any::<usize>(), json in any::<bool>()) {
            let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let base = if json {
                "{\"rubric\": \"office-secretary-vs-specialist\", \"answers\": {\"sk_budget\": 4, \"sk_vendors\": \"agree\"}}"
            } else {
                "rubric = \"office-secretary-vs-specialist\"\n[answers]\nsk_budget = 4\nsk_vendors = \"agree\"\n"
            };
            let text = mutate(base, at, cut, piece);
            let format = if json { FileFormat::Json } else { FileFormat::Toml };
            let _ = answers::peek_rubric_id("a", format, &text);
            let _ = answers::parse("a", format, &text, &rubric);
        }
    }
}
