//! Every text of a rubric file made inert as soon as it is read, before it is checked: see
//! [`crate::base::neutral`]. Each raw type is taken apart whole, so a text field added later
//! does not compile until it is neutralised here too.

use toml::Spanned;

use super::raw::{
    RawBullet, RawDimension, RawFaq, RawGuidance, RawMeta, RawPath, RawQuestion, RawReflection,
    RawRubric, RawScale, RawSkill, RawStakeholder,
};
use crate::base::neutral::{line_in as line, prose_in as prose};

fn lines(texts: &mut [String]) {
    texts.iter_mut().for_each(line);
}

fn id(id: &mut Spanned<String>) {
    line(id.get_mut());
}

pub(super) fn rubric(raw: &mut RawRubric) {
    let RawRubric {
        rubric,
        scale,
        paths,
        dimensions,
        questions,
        skills,
        guidance,
        reflections,
    } = raw;
    meta(rubric);
    self::scale(scale);
    paths.iter_mut().for_each(path);
    dimensions.iter_mut().for_each(dimension);
    questions.iter_mut().for_each(question);
    skills.iter_mut().for_each(skill);
    self::guidance(guidance);
    for r in reflections {
        let RawReflection { id: i, text } = r;
        id(i);
        line(text);
    }
}

fn meta(m: &mut RawMeta) {
    let RawMeta {
        id: i,
        version,
        title,
        language,
        description,
        tie_margin: _,
        min_answered: _,
    } = m;
    id(i);
    line(version);
    line(title);
    id(language);
    prose(description);
}

fn scale(s: &mut RawScale) {
    let RawScale {
        min: _,
        max: _,
        labels,
        aliases,
        missing_codes,
    } = s;
    lines(labels.get_mut());
    if let Some(aliases) = aliases {
        let map = std::mem::take(aliases.get_mut());
        *aliases.get_mut() = map
            .into_iter()
            .map(|(mut word, v)| {
                line(&mut word);
                (word, v)
            })
            .collect();
    }
    if let Some(codes) = missing_codes {
        lines(codes.get_mut());
    }
}

fn path(p: &mut RawPath) {
    let RawPath {
        id: i,
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
    id(i);
    line(name);
    prose(summary);
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
    for s in stakeholders {
        let RawStakeholder { who, needs } = s;
        line(who);
        line(needs);
    }
    for b in bullets {
        let RawBullet {
            weak,
            strong,
            skill,
        } = b;
        line(weak);
        line(strong);
        skill.iter_mut().for_each(id);
    }
}

fn dimension(d: &mut RawDimension) {
    let RawDimension {
        id: i,
        name,
        weight: _,
        description,
    } = d;
    id(i);
    line(name);
    prose(description);
}

fn question(q: &mut RawQuestion) {
    let RawQuestion {
        id: i,
        dimension,
        text,
        favors,
        reverse: _,
        weight: _,
        skill,
        against,
        twin,
        aliases,
    } = q;
    for r in [i, dimension, favors] {
        id(r);
    }
    line(text);
    skill.iter_mut().for_each(id);
    twin.iter_mut().for_each(id);
    against.iter_mut().flatten().for_each(id);
    lines(aliases);
}

fn skill(s: &mut RawSkill) {
    let RawSkill {
        id: i,
        name,
        resources,
        practice,
        apply,
        evidence,
    } = s;
    id(i);
    line(name);
    lines(resources);
    for t in [practice, apply, evidence] {
        prose(t);
    }
}

fn guidance(g: &mut RawGuidance) {
    let RawGuidance {
        red_flags,
        hybrid_roles,
        faq,
        checklist,
    } = g;
    for list in [red_flags, hybrid_roles, checklist] {
        lines(list);
    }
    for f in faq {
        let RawFaq { question, answer } = f;
        line(question);
        prose(answer);
    }
}
