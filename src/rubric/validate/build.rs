//! The checked raw rubric split into ids, key and texts, indexed the same way.

use toml::Spanned;

use super::Checked;
use crate::rubric::key::Key;
use crate::rubric::raw::{RawGuidance, RawPath, RawRubric, RawScale};
use crate::rubric::texts::{Bullet, DimensionText, PathText, SkillText, Texts};
use crate::rubric::{Ids, Rubric};

pub(super) fn build(raw: RawRubric, checked: Checked) -> Rubric {
    let ids = ids(&raw);
    let key = Key {
        scale_min: *raw.scale.min.get_ref(),
        points: checked.points,
        tie_margin: checked.tie_margin,
        min_share: checked.min_share,
        min_answered: 0,
        paths: raw.paths.len(),
        dim_weights: checked.dim_weights,
        items: checked.items,
        position: Vec::new(),
        favoured: Vec::new(),
        pairs: false,
        by_dimension: Vec::new(),
        pair_weights: Vec::new(),
        dimension_start: Vec::new(),
        hash: String::new(),
    }
    .finish(&ids);
    let id = raw.rubric.id.get_ref().clone();
    let version = raw.rubric.version.clone();
    Rubric {
        id,
        version,
        key,
        ids,
        texts: texts(raw, checked.bullet_skills),
        sha256: String::new(),
        source: String::new(),
    }
}

fn ids(raw: &RawRubric) -> Ids {
    fn of<T>(parts: &[T], id: impl Fn(&T) -> &Spanned<String>) -> Vec<String> {
        parts.iter().map(|p| id(p).get_ref().clone()).collect()
    }
    Ids::new(
        of(&raw.paths, |p| &p.id),
        of(&raw.dimensions, |d| &d.id),
        of(&raw.questions, |q| &q.id),
        of(&raw.skills, |s| &s.id),
        of(&raw.reflections, |r| &r.id),
    )
}

fn texts(raw: RawRubric, bullet_skills: Vec<Vec<Option<usize>>>) -> Texts {
    let (labels, label_aliases, missing_codes) = scale_words(raw.scale);
    let RawGuidance {
        red_flags,
        hybrid_roles,
        faq,
        checklist,
    } = raw.guidance;
    Texts {
        language: raw.rubric.language.into_inner(),
        title: raw.rubric.title,
        description: raw.rubric.description.trim().to_owned(),
        labels,
        label_aliases,
        missing_codes,
        paths: raw
            .paths
            .into_iter()
            .zip(bullet_skills)
            .map(|(p, skills)| path_text(p, skills))
            .collect(),
        dimensions: raw
            .dimensions
            .into_iter()
            .map(|d| DimensionText {
                name: d.name,
                description: d.description.trim().to_owned(),
            })
            .collect(),
        question_aliases: raw.questions.iter().map(|q| q.aliases.clone()).collect(),
        questions: raw.questions.into_iter().map(|q| q.text).collect(),
        skills: raw
            .skills
            .into_iter()
            .map(|s| SkillText {
                name: s.name,
                resources: s.resources,
                practice: s.practice,
                apply: s.apply,
                evidence: s.evidence,
            })
            .collect(),
        red_flags,
        hybrid_roles,
        faq: faq.into_iter().map(|f| (f.question, f.answer)).collect(),
        checklist,
        reflections: raw.reflections.into_iter().map(|r| r.text).collect(),
    }
}

type ScaleWords = (Vec<String>, Vec<(String, u8)>, Vec<String>);

/// The labels, the aliases as (word, point) and the missing codes.
fn scale_words(scale: RawScale) -> ScaleWords {
    let min = *scale.min.get_ref();
    let aliases = scale
        .aliases
        .map(Spanned::into_inner)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(word, v)| Some((word, u8::try_from(v - min).ok()?)))
        .collect();
    let codes = scale
        .missing_codes
        .map(Spanned::into_inner)
        .unwrap_or_default();
    (scale.labels.into_inner(), aliases, codes)
}

fn path_text(p: RawPath, skills: Vec<Option<usize>>) -> PathText {
    PathText {
        name: p.name,
        summary: p.summary.trim().to_owned(),
        day: p.day,
        hiring_signals: p.hiring_signals,
        phrases: p.phrases,
        stakeholders: p
            .stakeholders
            .into_iter()
            .map(|s| (s.who, s.needs))
            .collect(),
        deliverables: p.deliverables,
        kpis: p.kpis,
        bullets: p
            .bullets
            .into_iter()
            .zip(skills)
            .map(|(b, skill)| Bullet {
                weak: b.weak,
                strong: b.strong,
                skill,
            })
            .collect(),
        example_roles: p.example_roles,
        next_roles: p.next_roles,
        certifications: p.certifications,
    }
}
