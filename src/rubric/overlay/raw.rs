//! Serde types that mirror an overlay file (a rubric's texts in another language) as written,
//! with spans for problems. Every text is optional here, so one that is missing is reported
//! with its id and field, together with the rest; unknown keys are collected by `keys.rs`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A table per id: `[paths.generalist]`, `[questions.sk_calendar]`.
pub type ById<T> = BTreeMap<String, Spanned<T>>;
/// A list of texts with its place.
pub type List<T> = Option<Spanned<Vec<T>>>;
/// One text with its place.
pub type Text = Option<Spanned<String>>;

#[derive(Debug, Deserialize)]
pub struct RawOverlay {
    pub overlay: RawHead,
    pub rubric: Option<Spanned<RawTitle>>,
    pub scale: Option<Spanned<RawLabels>>,
    #[serde(default)]
    pub paths: ById<RawPathText>,
    #[serde(default)]
    pub dimensions: ById<RawDimensionText>,
    #[serde(default)]
    pub questions: ById<RawQuestionText>,
    #[serde(default)]
    pub skills: ById<RawSkillText>,
    #[serde(default)]
    pub reflections: ById<RawReflectionText>,
    pub guidance: Option<Spanned<RawGuidanceText>>,
}

#[derive(Debug, Deserialize)]
pub struct RawHead {
    pub base: Spanned<String>,
    pub base_version: Spanned<String>,
    pub language: Spanned<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawTitle {
    pub title: Text,
    pub description: Text,
}

#[derive(Debug, Deserialize)]
pub struct RawLabels {
    pub labels: List<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawPathText {
    pub name: Text,
    pub summary: Text,
    pub day: List<String>,
    pub hiring_signals: List<String>,
    pub phrases: List<String>,
    pub stakeholders: List<RawStakeholderText>,
    pub deliverables: List<String>,
    pub kpis: List<String>,
    pub bullets: List<RawBulletText>,
    pub example_roles: List<String>,
    pub next_roles: List<String>,
    pub certifications: List<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawStakeholderText {
    pub who: String,
    pub needs: String,
}

/// A resume line before and after; the skill it proves comes from the base.
#[derive(Debug, Deserialize)]
pub struct RawBulletText {
    pub weak: String,
    pub strong: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawDimensionText {
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawQuestionText {
    pub text: Text,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawSkillText {
    pub name: Text,
    pub resources: List<String>,
    pub practice: Text,
    pub apply: Text,
    pub evidence: Text,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawReflectionText {
    pub text: Text,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawGuidanceText {
    pub red_flags: List<String>,
    pub hybrid_roles: List<String>,
    pub faq: List<RawFaqText>,
    pub checklist: List<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawFaqText {
    pub question: String,
    pub answer: String,
}

/// Only the head, to tell an overlay from a rubric and find its base before the whole read.
#[derive(Debug, Deserialize)]
pub struct HeadOnly {
    pub overlay: HeadIds,
}

#[derive(Debug, Deserialize)]
pub struct HeadIds {
    pub base: String,
    pub language: String,
}
