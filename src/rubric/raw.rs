//! Serde types that mirror a rubric file as written, with spans for error messages. Unknown
//! keys are collected by `keys.rs` rather than refused here, so they are reported with the rest.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
pub struct RawRubric {
    pub rubric: RawMeta,
    pub scale: RawScale,
    #[serde(default)]
    pub paths: Vec<RawPath>,
    #[serde(default)]
    pub dimensions: Vec<RawDimension>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    #[serde(default)]
    pub skills: Vec<RawSkill>,
    #[serde(default)]
    pub guidance: RawGuidance,
    #[serde(default)]
    pub reflections: Vec<RawReflection>,
}

#[derive(Debug, Deserialize)]
pub struct RawMeta {
    pub id: Spanned<String>,
    pub version: String,
    pub title: String,
    pub language: Spanned<String>,
    #[serde(default)]
    pub description: String,
    pub tie_margin: Option<Spanned<f64>>,
    pub min_answered: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
pub struct RawScale {
    pub min: Spanned<i64>,
    pub max: Spanned<i64>,
    pub labels: Spanned<Vec<String>>,
    /// Other words survey tools use for a point: `"Somewhat agree" = 4`.
    pub aliases: Option<Spanned<std::collections::BTreeMap<String, i64>>>,
    /// Answers in survey exports that mean "not answered", e.g. `["0", "-99"]`.
    pub missing_codes: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
pub struct RawPath {
    pub id: Spanned<String>,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub day: Vec<String>,
    #[serde(default)]
    pub hiring_signals: Vec<String>,
    #[serde(default)]
    pub phrases: Vec<String>,
    #[serde(default)]
    pub stakeholders: Vec<RawStakeholder>,
    #[serde(default)]
    pub deliverables: Vec<String>,
    #[serde(default)]
    pub kpis: Vec<String>,
    #[serde(default)]
    pub bullets: Vec<RawBullet>,
    #[serde(default)]
    pub example_roles: Vec<String>,
    #[serde(default)]
    pub next_roles: Vec<String>,
    #[serde(default)]
    pub certifications: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawStakeholder {
    pub who: String,
    pub needs: String,
}

#[derive(Debug, Deserialize)]
pub struct RawBullet {
    pub weak: String,
    pub strong: String,
    /// The skill this bullet proves, so a report can show it for that skill's gap.
    pub skill: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
pub struct RawDimension {
    pub id: Spanned<String>,
    pub name: String,
    pub weight: Spanned<f64>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
pub struct RawQuestion {
    pub id: Spanned<String>,
    pub dimension: Spanned<String>,
    pub text: String,
    pub favors: Spanned<String>,
    #[serde(default)]
    pub reverse: bool,
    pub weight: Option<Spanned<f64>>,
    pub skill: Option<Spanned<String>>,
    pub against: Option<Vec<Spanned<String>>>,
    pub twin: Option<Spanned<String>>,
    /// Other column titles this question has in survey exports.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawSkill {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub resources: Vec<String>,
    pub practice: String,
    pub apply: String,
    pub evidence: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawGuidance {
    #[serde(default)]
    pub red_flags: Vec<String>,
    #[serde(default)]
    pub hybrid_roles: Vec<String>,
    #[serde(default)]
    pub faq: Vec<RawFaq>,
    #[serde(default)]
    pub checklist: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawFaq {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Deserialize)]
pub struct RawReflection {
    pub id: Spanned<String>,
    pub text: String,
}
