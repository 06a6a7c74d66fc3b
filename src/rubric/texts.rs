//! Everything a person reads in a rubric, indexed like the [`super::Key`]. A second language of
//! the same rubric is a second `Texts` for the same key. [`fold`] is how survey exports compare
//! those words.

/// A rubric's words in one language.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    /// A BCP 47 tag, e.g. "en".
    pub language: String,
    pub title: String,
    pub description: String,
    /// One label per scale point.
    pub labels: Vec<String>,
    /// Other words for scale points in survey exports: (word, point).
    pub label_aliases: Vec<(String, u8)>,
    /// Answers in survey exports that mean "not answered".
    pub missing_codes: Vec<String>,
    pub paths: Vec<PathText>,
    pub dimensions: Vec<DimensionText>,
    pub questions: Vec<String>,
    /// Per question: other column titles it has in survey exports.
    pub question_aliases: Vec<Vec<String>>,
    pub skills: Vec<SkillText>,
    pub red_flags: Vec<String>,
    /// Roles that combine the paths, named when a result is close.
    pub hybrid_roles: Vec<String>,
    /// Questions people ask about the choice, with answers.
    pub faq: Vec<(String, String)>,
    /// Where to find practice in one's current projects.
    pub checklist: Vec<String>,
    pub reflections: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct PathText {
    pub name: String,
    pub summary: String,
    pub day: Vec<String>,
    pub hiring_signals: Vec<String>,
    pub phrases: Vec<String>,
    /// (who, what they need from the person).
    pub stakeholders: Vec<(String, String)>,
    pub deliverables: Vec<String>,
    pub kpis: Vec<String>,
    pub bullets: Vec<Bullet>,
    pub example_roles: Vec<String>,
    pub next_roles: Vec<String>,
    pub certifications: Vec<String>,
}

/// A resume line before and after: vague, then with scope and a number.
#[derive(Debug, Clone, Default)]
pub struct Bullet {
    pub weak: String,
    pub strong: String,
    /// The skill (index) it proves.
    pub skill: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct DimensionText {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Default)]
pub struct SkillText {
    pub name: String,
    pub resources: Vec<String>,
    pub practice: String,
    pub apply: String,
    pub evidence: String,
}

/// A word as survey exports are compared: lowercase, runs of spaces (no-break ones too) as one
/// space, curly quotes straight. A rubric's words are checked folded, so two that a survey
/// reader would take for one another are refused.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{2018}' | '\u{2019}' => out.push('\''),
                '\u{201c}' | '\u{201d}' => out.push('"'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}
