//! Every text of an overlay made inert as soon as it is read, like a rubric's (see
//! [`crate::base::neutral`]). Each raw type is taken apart whole, so a text field added later
//! does not compile until it is neutralised here too.

use super::raw::{
    ById, List, RawBulletText, RawDimensionText, RawFaqText, RawGuidanceText, RawHead, RawLabels,
    RawOverlay, RawPathText, RawQuestionText, RawReflectionText, RawSkillText, RawStakeholderText,
    RawTitle, Text,
};
use crate::base::neutral::{line_in as line, prose_in as prose};

fn one(text: &mut Text) {
    if let Some(t) = text {
        line(t.get_mut());
    }
}

fn long(text: &mut Text) {
    if let Some(t) = text {
        prose(t.get_mut());
    }
}

fn lines(list: &mut List<String>) {
    if let Some(l) = list {
        l.get_mut().iter_mut().for_each(line);
    }
}

/// The ids of a table of tables, neutralised as keys (a map's keys cannot be changed in place).
fn ids<T>(map: &mut ById<T>, each: impl Fn(&mut T)) {
    let old = std::mem::take(map);
    for (mut id, mut value) in old {
        line(&mut id);
        each(value.get_mut());
        map.insert(id, value);
    }
}

pub(super) fn overlay(raw: &mut RawOverlay) {
    let RawOverlay {
        overlay,
        rubric,
        scale,
        paths,
        dimensions,
        questions,
        skills,
        reflections,
        guidance,
    } = raw;
    let RawHead {
        base,
        base_version,
        language,
    } = overlay;
    for t in [base, base_version, language] {
        line(t.get_mut());
    }
    if let Some(r) = rubric {
        let RawTitle { title, description } = r.get_mut();
        one(title);
        long(description);
    }
    if let Some(s) = scale {
        let RawLabels { labels } = s.get_mut();
        lines(labels);
    }
    ids(paths, path);
    ids(dimensions, |d| {
        let RawDimensionText { name, description } = d;
        one(name);
        long(description);
    });
    ids(questions, |q| {
        let RawQuestionText { text } = q;
        one(text);
    });
    ids(skills, skill);
    ids(reflections, |r| {
        let RawReflectionText { text } = r;
        one(text);
    });
    if let Some(g) = guidance {
        self::guidance(g.get_mut());
    }
}

fn path(p: &mut RawPathText) {
    let RawPathText {
        name,
        summary,
        day,
        hiring_signals,
        phrases,
        stakeholders,
        deliverables,
        kpis,
        bullets,
        example_roles,
        next_roles,
        certifications,
    } = p;
    one(name);
    long(summary);
    for list in [
        day,
        hiring_signals,
        phrases,
        deliverables,
        kpis,
        example_roles,
        next_roles,
        certifications,
    ] {
        lines(list);
    }
    for s in stakeholders.iter_mut().flat_map(|l| l.get_mut()) {
        let RawStakeholderText { who, needs } = s;
        line(who);
        line(needs);
    }
    for b in bullets.iter_mut().flat_map(|l| l.get_mut()) {
        let RawBulletText { weak, strong } = b;
        line(weak);
        line(strong);
    }
}

fn skill(s: &mut RawSkillText) {
    let RawSkillText {
        name,
        resources,
        practice,
        apply,
        evidence,
    } = s;
    one(name);
    lines(resources);
    for t in [practice, apply, evidence] {
        long(t);
    }
}

fn guidance(g: &mut RawGuidanceText) {
    let RawGuidanceText {
        red_flags,
        hybrid_roles,
        faq,
        checklist,
    } = g;
    for list in [red_flags, hybrid_roles, checklist] {
        lines(list);
    }
    for f in faq.iter_mut().flat_map(|l| l.get_mut()) {
        let RawFaqText { question, answer } = f;
        line(question);
        prose(answer);
    }
}
