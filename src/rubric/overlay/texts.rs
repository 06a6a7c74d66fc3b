//! The overlay's texts laid over the base's, part by part, in the base's order. The base's
//! own words stay as survey words (aliases), so an export in the base's language still reads.

use super::raw::{
    RawDimensionText, RawGuidanceText, RawOverlay, RawPathText, RawQuestionText, RawSkillText,
};
use super::{At, Checker, Tables};
use crate::problem::RubricProblem;
use crate::problem::rubric::Part;
use crate::rubric::Rubric;
use crate::rubric::texts::{Bullet, DimensionText, PathText, SkillText, Texts, fold};

pub(super) fn texts(c: &mut Checker, raw: RawOverlay, base: &Rubric) -> Texts {
    let b = &base.texts;
    let mut t = b.clone();
    let whole = |table: &str, span| At::new(table.to_owned(), span);
    match raw.rubric {
        Some(r) => {
            let at = whole("rubric", Some(r.span()));
            let r = r.into_inner();
            t.title = c.text(&at, "title", r.title, &b.title);
            t.description = c.text(&at, "description", r.description, &b.description);
        }
        None => c.report(None, table("rubric")),
    }
    match raw.scale {
        Some(s) => {
            let at = whole("scale", Some(s.span()));
            labels(c, &at, s.into_inner().labels, &mut t);
        }
        None => c.report(None, table("scale")),
    }
    let ids = &base.ids;
    let mut paths = c.tables(Part::Path, raw.paths, &ids.paths);
    for (i, id) in ids.paths.iter().enumerate() {
        let (at, found) = take(c, &mut paths, "paths", id);
        t.paths[i] = path(c, &at, found, &b.paths[i]);
    }
    let mut dims = c.tables(Part::Dimension, raw.dimensions, &ids.dimensions);
    for (i, id) in ids.dimensions.iter().enumerate() {
        let (at, RawDimensionText { name, description }) = take(c, &mut dims, "dimensions", id);
        let base = &b.dimensions[i];
        t.dimensions[i] = DimensionText {
            name: c.text(&at, "name", name, &base.name),
            description: c.text(&at, "description", description, &base.description),
        };
    }
    questions(c, raw.questions, base, &mut t);
    let mut skills = c.tables(Part::Skill, raw.skills, &ids.skills);
    for (i, id) in ids.skills.iter().enumerate() {
        let (at, found) = take(c, &mut skills, "skills", id);
        t.skills[i] = skill(c, &at, found, &b.skills[i]);
    }
    let mut reflections = c.tables(Part::Reflection, raw.reflections, &ids.reflections);
    for (i, id) in ids.reflections.iter().enumerate() {
        let (at, found) = take(c, &mut reflections, "reflections", id);
        t.reflections[i] = c.text(&at, "text", found.text, &b.reflections[i]);
    }
    let (span, g) = match raw.guidance {
        Some(g) => (Some(g.span()), g.into_inner()),
        None => (None, RawGuidanceText::default()),
    };
    guidance(c, &whole("guidance", span), g, &mut t);
    t
}

fn table(name: &str) -> RubricProblem {
    RubricProblem::MissingTable {
        table: name.to_owned(),
    }
}

/// The table of `id`, or an empty one whose texts are not reported one by one after a
/// problem naming the whole table.
fn take<T: Default>(c: &mut Checker, tables: &mut Tables<T>, kind: &str, id: &str) -> (At, T) {
    let table_name = format!("{kind}.{id}");
    match tables.remove(id) {
        Some((span, found)) => (At::new(table_name, Some(span)), found),
        None => {
            c.report(None, table(&table_name));
            let mut at = At::new(table_name, None);
            at.quiet = true;
            (at, T::default())
        }
    }
}

/// The scale's labels: one per point, none empty, all distinct; the base's stay as aliases.
fn labels(c: &mut Checker, at: &At, found: super::raw::List<String>, t: &mut Texts) {
    let span = found.as_ref().map(toml::Spanned::span);
    let base = t.labels.clone();
    let labels = c.list(at, "labels", found, &base);
    let mut seen = std::collections::HashSet::new();
    for label in &labels {
        if label.trim().is_empty() {
            c.report(span.clone(), RubricProblem::EmptyLabel);
        } else if !seen.insert(fold(label)) {
            let label = label.clone();
            c.report(span.clone(), RubricProblem::RepeatedLabel { label });
        }
    }
    if labels.len() == base.len() {
        for (point, word) in base.into_iter().enumerate() {
            let taken = labels.iter().any(|l| fold(l) == fold(&word));
            if let (false, Ok(point)) = (taken, u8::try_from(point)) {
                t.label_aliases.push((word, point));
            }
        }
        t.labels = labels;
    }
}

fn path(c: &mut Checker, at: &At, p: RawPathText, b: &PathText) -> PathText {
    let stakeholders = c.list(at, "stakeholders", p.stakeholders, &b.stakeholders);
    let bullets = c.list(at, "bullets", p.bullets, &b.bullets);
    PathText {
        name: c.text(at, "name", p.name, &b.name),
        summary: c.text(at, "summary", p.summary, &b.summary),
        day: c.list(at, "day", p.day, &b.day),
        hiring_signals: c.list(at, "hiring_signals", p.hiring_signals, &b.hiring_signals),
        phrases: c.list(at, "phrases", p.phrases, &b.phrases),
        stakeholders: stakeholders.into_iter().map(|s| (s.who, s.needs)).collect(),
        deliverables: c.list(at, "deliverables", p.deliverables, &b.deliverables),
        kpis: c.list(at, "kpis", p.kpis, &b.kpis),
        bullets: bullets
            .into_iter()
            .zip(&b.bullets)
            .map(|(o, base)| Bullet {
                weak: o.weak,
                strong: o.strong,
                skill: base.skill,
            })
            .collect(),
        example_roles: c.list(at, "example_roles", p.example_roles, &b.example_roles),
        next_roles: c.list(at, "next_roles", p.next_roles, &b.next_roles),
        certifications: c.list(at, "certifications", p.certifications, &b.certifications),
    }
}

/// Question texts; the base's text becomes one more column title the question answers to.
fn questions(
    c: &mut Checker,
    raw: super::raw::ById<RawQuestionText>,
    base: &Rubric,
    t: &mut Texts,
) {
    let ids = &base.ids.questions;
    let mut tables = c.tables(Part::Question, raw, ids);
    for (i, id) in ids.iter().enumerate() {
        let (at, found) = take(c, &mut tables, "questions", id);
        let own = &base.texts.questions[i];
        let text = c.text(&at, "text", found.text, own);
        if fold(&text) != fold(own) {
            t.question_aliases[i].push(own.clone());
        }
        t.questions[i] = text;
    }
}

fn skill(c: &mut Checker, at: &At, s: RawSkillText, b: &SkillText) -> SkillText {
    SkillText {
        name: c.text(at, "name", s.name, &b.name),
        resources: c.list(at, "resources", s.resources, &b.resources),
        practice: c.text(at, "practice", s.practice, &b.practice),
        apply: c.text(at, "apply", s.apply, &b.apply),
        evidence: c.text(at, "evidence", s.evidence, &b.evidence),
    }
}

fn guidance(c: &mut Checker, at: &At, g: RawGuidanceText, t: &mut Texts) {
    t.red_flags = c.list(at, "red_flags", g.red_flags, &t.red_flags.clone());
    t.hybrid_roles = c.list(at, "hybrid_roles", g.hybrid_roles, &t.hybrid_roles.clone());
    let faq = c.list(at, "faq", g.faq, &t.faq.clone());
    t.faq = faq
        .into_iter()
        .map(|f| (f.question, f.answer.trim().to_owned()))
        .collect();
    t.checklist = c.list(at, "checklist", g.checklist, &t.checklist.clone());
}
