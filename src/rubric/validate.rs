//! One conversion from the raw file to a `Rubric`, reporting every problem it finds at once.

use std::collections::HashMap;

use toml::Spanned;

use super::key::{Item, Key, MAX_PATHS, MAX_POINTS, PathSet};
use super::raw::{RawMeta, RawQuestion, RawRubric, RawScale};
use super::texts::{Bullet, DimensionText, PathText, SkillText, Texts};
use super::{Ids, Rubric};
use crate::problem::{Problem, Problems};

const DEFAULT_TIE_MARGIN: f64 = 8.0;
const DEFAULT_MIN_ANSWERED: f64 = 0.8;
/// Weights are relative; anything larger is a typo, and sums of such numbers overflow.
const MAX_WEIGHT: f64 = 1000.0;

struct Checker<'a> {
    file: &'a str,
    lines: crate::problem::Lines<'a>,
    problems: Vec<Problem>,
}

/// The ids of every part, each mapped to its index.
struct Index {
    paths: HashMap<String, usize>,
    dims: HashMap<String, usize>,
    skills: HashMap<String, usize>,
    questions: HashMap<String, usize>,
}

impl Checker<'_> {
    fn report<T>(&mut self, at: &Spanned<T>, message: String) {
        self.problems
            .push(self.lines.problem(self.file, Some(at.span()), message));
    }

    fn whole(&mut self, message: String) {
        self.problems.push(Problem::in_file(self.file, message));
    }

    /// Index of each id; a repeated id is a problem at its second place.
    fn index<'s>(
        &mut self,
        kind: &str,
        ids: impl Iterator<Item = &'s Spanned<String>>,
    ) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.get_ref().trim().is_empty() {
                self.report(id, format!("{kind} id is empty; give it a short unique id"));
            } else if index.contains_key(id.get_ref()) {
                self.report(
                    id,
                    format!(
                        "duplicate {kind} id `{}`; each {kind} needs its own id",
                        id.get_ref()
                    ),
                );
            } else {
                index.insert(id.get_ref().clone(), i);
            }
        }
        index
    }

    fn lookup(
        &mut self,
        kind: &str,
        index: &HashMap<String, usize>,
        id: &Spanned<String>,
    ) -> Option<usize> {
        let found = index.get(id.get_ref()).copied();
        if found.is_some() {
            return found;
        }
        if index.is_empty() {
            self.report(
                id,
                format!(
                    "unknown {kind} `{}`: the rubric defines no {kind}s yet; add one with id = \"{}\"",
                    id.get_ref(),
                    id.get_ref()
                ),
            );
            return None;
        }
        let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
        known.sort_unstable();
        let close = crate::base::names::did_you_mean(id.get_ref(), known.iter().copied());
        let message = match close {
            Some(c) => format!("unknown {kind} `{}`; did you mean `{c}`?", id.get_ref()),
            None => format!(
                "unknown {kind} `{}`; use one of: {}",
                id.get_ref(),
                known.join(", ")
            ),
        };
        self.report(id, message);
        None
    }

    fn weight(&mut self, what: &str, w: Option<&Spanned<f64>>) -> f64 {
        let Some(w) = w else { return 1.0 };
        let value = *w.get_ref();
        if !(value.is_finite() && value > 0.0 && value <= MAX_WEIGHT) {
            self.report(
                w,
                format!(
                    "{what} weight {value} must be a number greater than 0 and at most {MAX_WEIGHT} \
                     (weights are relative: 1 and 2 mean the second counts double)"
                ),
            );
        }
        value
    }
}

/// Checks `raw`; `found` holds problems met while reading (unknown keys), reported with the rest.
pub fn validate(
    file: &str,
    text: &str,
    raw: RawRubric,
    found: Vec<Problem>,
) -> Result<Rubric, Problems> {
    let mut c = Checker {
        file,
        lines: crate::problem::Lines::new(text),
        problems: found,
    };
    let (tie_margin, min_share) = check_meta(&mut c, &raw.rubric);
    let points = check_scale(&mut c, &raw.scale);
    check_survey_words(&mut c, &raw);
    check_counts(&mut c, &raw);
    let index = Index {
        paths: c.index("path", raw.paths.iter().map(|p| &p.id)),
        dims: c.index("dimension", raw.dimensions.iter().map(|d| &d.id)),
        skills: c.index("skill", raw.skills.iter().map(|s| &s.id)),
        questions: c.index("question", raw.questions.iter().map(|q| &q.id)),
    };
    c.index("reflection", raw.reflections.iter().map(|r| &r.id));
    let dim_weights: Vec<f64> = raw
        .dimensions
        .iter()
        .map(|d| c.weight("dimension", Some(&d.weight)))
        .collect();
    let items: Vec<Item> = raw
        .questions
        .iter()
        .filter_map(|q| check_question(&mut c, &index, raw.paths.len(), q))
        .collect();
    check_coverage(&mut c, &raw);
    let bullet_skills: Vec<Vec<Option<usize>>> = raw
        .paths
        .iter()
        .map(|p| {
            p.bullets
                .iter()
                .map(|b| {
                    b.skill
                        .as_ref()
                        .and_then(|s| c.lookup("skill", &index.skills, s))
                })
                .collect()
        })
        .collect();

    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.at);
        return Err(Problems::capped(c.problems, file));
    }
    Ok(build(
        raw,
        tie_margin,
        min_share,
        points,
        dim_weights,
        items,
        bullet_skills,
    ))
}

/// The `[rubric]` table; returns the tie margin and the share of answers needed.
fn check_meta(c: &mut Checker, meta: &RawMeta) -> (f64, f64) {
    let id = meta.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_')
    {
        c.report(
            &meta.id,
            format!("rubric id `{id}` must be lowercase letters, digits, '-' or '_'"),
        );
    }
    if !is_language_tag(meta.language.get_ref()) {
        c.report(
            &meta.language,
            format!(
                "language `{}` is not a BCP 47 tag; write e.g. \"en\" or \"ro-RO\"",
                meta.language.get_ref()
            ),
        );
    }
    let tie_margin = meta.tie_margin.as_ref().map_or(DEFAULT_TIE_MARGIN, |t| {
        let v = *t.get_ref();
        if !(0.0..=100.0).contains(&v) {
            c.report(
                t,
                format!("tie_margin {v} must be a number of points from 0 to 100, e.g. 8"),
            );
        }
        v
    });
    let min_share = meta
        .min_answered
        .as_ref()
        .map_or(DEFAULT_MIN_ANSWERED, |m| {
            let v = *m.get_ref();
            if !(v > 0.0 && v <= 1.0) {
                c.report(
                    m,
                    format!(
                        "min_answered {v} must be a share greater than 0 and at most 1, e.g. 0.8 \
                         (a sheet with nothing answered cannot be scored)"
                    ),
                );
            }
            v
        });
    (tie_margin, min_share)
}

/// The `[scale]` table; returns how many points it has.
fn check_scale(c: &mut Checker, scale: &RawScale) -> usize {
    let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
    let points = i128::from(max) - i128::from(min) + 1;
    let labels = scale.labels.get_ref();
    if min >= max {
        c.report(
            &scale.max,
            format!("scale max {max} must be greater than min {min}"),
        );
    } else if points > MAX_POINTS as i128 {
        c.report(
            &scale.max,
            format!("the scale has {points} points; use at most {MAX_POINTS}"),
        );
    } else if labels.len() as i128 != points {
        c.report(
            &scale.labels,
            format!(
                "the scale has {points} points ({min} to {max}) but {} labels; give one label per point",
                labels.len()
            ),
        );
    }
    let mut seen = HashMap::new();
    for label in labels {
        if label.trim().is_empty() {
            c.report(
                &scale.labels,
                "a scale label is empty; give every point a label".into(),
            );
        } else if seen.insert(label.to_lowercase(), ()).is_some() {
            c.report(
                &scale.labels,
                format!("scale label `{label}` appears twice; labels must differ"),
            );
        }
    }
    usize::try_from(points).unwrap_or(0).clamp(2, MAX_POINTS)
}

/// The words survey exports may use: scale aliases on the scale and unlike any label, missing
/// codes unlike any answer, question aliases each naming one question.
fn check_survey_words(c: &mut Checker, raw: &RawRubric) {
    use crate::answers::survey::fold;
    let scale = &raw.scale;
    let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
    let mut answers: HashMap<String, String> = scale
        .labels
        .get_ref()
        .iter()
        .map(|l| (fold(l), format!("scale label `{l}`")))
        .collect();
    if let Some(aliases) = &scale.aliases {
        for (alias, &v) in aliases.get_ref() {
            if fold(alias).is_empty() {
                c.report(aliases, "a scale alias is empty; remove it".into());
            } else if !(min..=max).contains(&v) {
                c.report(
                    aliases,
                    format!("scale alias `{alias}` = {v} is off the scale {min} to {max}"),
                );
            } else if let Some(was) = answers.insert(fold(alias), format!("scale alias `{alias}`"))
            {
                c.report(
                    aliases,
                    format!("scale alias `{alias}` is already {was}; give each word once"),
                );
            }
        }
    }
    if let Some(codes) = &scale.missing_codes {
        for code in codes.get_ref() {
            let f = fold(code);
            let number = f.parse::<i64>().ok().filter(|v| (min..=max).contains(v));
            if f.is_empty() {
                c.report(
                    codes,
                    "a missing code is empty; blank cells are always missing".into(),
                );
            } else if let Some(v) = number {
                c.report(
                    codes,
                    format!(
                        "missing code `{code}` is the scale value {v}; use a value off the scale"
                    ),
                );
            } else if let Some(was) = answers.get(&f) {
                c.report(
                    codes,
                    format!("missing code `{code}` is {was}; an answer cannot also mean \"not answered\""),
                );
            }
        }
    }
    // Question texts name their question in survey headers; an alias must not name another.
    let mut titles: HashMap<String, &str> = raw
        .questions
        .iter()
        .map(|q| (fold(&q.text), q.id.get_ref().as_str()))
        .collect();
    for q in &raw.questions {
        for alias in &q.aliases {
            let f = fold(alias);
            let id = q.id.get_ref().as_str();
            if f.is_empty() {
                c.report(
                    &q.id,
                    format!("question `{id}` has an empty alias; remove it"),
                );
            } else if let Some(other) = titles.insert(f, id)
                && other != id
            {
                c.report(
                    &q.id,
                    format!(
                        "the alias \"{alias}\" of question `{id}` already names question `{other}`; a column must name one question"
                    ),
                );
            }
        }
    }
}

fn check_counts(c: &mut Checker, raw: &RawRubric) {
    if raw.paths.len() < 2 {
        c.whole(format!(
            "a rubric compares at least 2 paths but this one has {}; add [[paths]] entries",
            raw.paths.len()
        ));
    } else if raw.paths.len() > MAX_PATHS {
        c.whole(format!(
            "a rubric compares at most {MAX_PATHS} paths but this one has {}",
            raw.paths.len()
        ));
    }
    if raw.questions.is_empty() {
        c.whole("the rubric has no [[questions]]; add at least one per dimension".into());
    }
}

/// One question; None when a reference in it is broken (already reported).
fn check_question(
    c: &mut Checker,
    index: &Index,
    path_count: usize,
    q: &RawQuestion,
) -> Option<Item> {
    let dimension = c.lookup("dimension", &index.dims, &q.dimension);
    let favors = c.lookup("path", &index.paths, &q.favors);
    let skill = q
        .skill
        .as_ref()
        .and_then(|s| c.lookup("skill", &index.skills, s));
    let weight = c.weight("question", q.weight.as_ref());
    let twin = q.twin.as_ref().and_then(|t| {
        let i = c.lookup("question", &index.questions, t)?;
        if t.get_ref() == q.id.get_ref() {
            c.report(
                t,
                format!("question `{}` names itself as its twin; name the question on the same topic keyed the other way", t.get_ref()),
            );
        }
        Some(i)
    });
    let mut against = PathSet::default();
    match &q.against {
        Some(list) => {
            for a in list {
                let Some(i) = c.lookup("path", &index.paths, a) else {
                    continue;
                };
                if Some(i) == favors {
                    c.report(
                        a,
                        format!(
                            "question `{}` both favours and is against `{}`; remove it from `against`",
                            q.id.get_ref(),
                            a.get_ref()
                        ),
                    );
                }
                against.insert(i);
            }
        }
        // In a two-path rubric disagreeing points to the other path.
        None if path_count == 2 => {
            if let Some(f) = favors {
                against.insert(1 - f);
            }
        }
        None => {}
    }
    Some(Item {
        dimension: dimension?,
        favors: favors?,
        against,
        reverse: q.reverse,
        weight,
        skill,
        twin,
    })
}

/// Every dimension has a question and every path a question that favours it. Judged on the ids
/// as written, so one bad reference does not cascade into more problems.
fn check_coverage(c: &mut Checker, raw: &RawRubric) {
    for d in &raw.dimensions {
        if !raw
            .questions
            .iter()
            .any(|q| q.dimension.get_ref() == d.id.get_ref())
        {
            c.report(
                &d.id,
                format!(
                    "dimension `{}` has no questions; add a question with dimension = \"{}\" or remove it",
                    d.id.get_ref(),
                    d.id.get_ref()
                ),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    for p in &raw.paths {
        if seen.insert(p.id.get_ref())
            && !raw
                .questions
                .iter()
                .any(|q| q.favors.get_ref() == p.id.get_ref())
        {
            c.report(
                &p.id,
                format!(
                    "no question favours path `{}`; add a question with favors = \"{}\"",
                    p.id.get_ref(),
                    p.id.get_ref()
                ),
            );
        }
    }
}

/// The checked raw rubric split into ids, key and texts.
fn build(
    raw: RawRubric,
    tie_margin: f64,
    min_share: f64,
    points: usize,
    dim_weights: Vec<f64>,
    items: Vec<Item>,
    bullet_skills: Vec<Vec<Option<usize>>>,
) -> Rubric {
    let ids = Ids::new(
        raw.paths.iter().map(|p| p.id.get_ref().clone()).collect(),
        raw.dimensions
            .iter()
            .map(|d| d.id.get_ref().clone())
            .collect(),
        raw.questions
            .iter()
            .map(|q| q.id.get_ref().clone())
            .collect(),
        raw.skills.iter().map(|s| s.id.get_ref().clone()).collect(),
        raw.reflections
            .iter()
            .map(|r| r.id.get_ref().clone())
            .collect(),
    );
    let key = Key {
        scale_min: *raw.scale.min.get_ref(),
        points,
        tie_margin,
        min_share,
        min_answered: 0,
        paths: raw.paths.len(),
        dim_weights,
        items,
        position: Vec::new(),
        favoured: Vec::new(),
        pairs: false,
        by_dimension: Vec::new(),
        pair_weights: Vec::new(),
        dimension_start: Vec::new(),
        hash: String::new(),
    }
    .finish(&ids);
    let texts = Texts {
        language: raw.rubric.language.get_ref().clone(),
        title: raw.rubric.title.clone(),
        description: raw.rubric.description.trim().to_owned(),
        labels: raw.scale.labels.into_inner(),
        label_aliases: raw
            .scale
            .aliases
            .map(Spanned::into_inner)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(word, v)| Some((word, u8::try_from(v - raw.scale.min.get_ref()).ok()?)))
            .collect(),
        missing_codes: raw
            .scale
            .missing_codes
            .map(Spanned::into_inner)
            .unwrap_or_default(),
        paths: raw
            .paths
            .into_iter()
            .zip(bullet_skills)
            .map(|(p, skills)| PathText {
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
            })
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
        red_flags: raw.guidance.red_flags,
        hybrid_roles: raw.guidance.hybrid_roles,
        faq: raw
            .guidance
            .faq
            .into_iter()
            .map(|f| (f.question, f.answer))
            .collect(),
        checklist: raw.guidance.checklist,
        reflections: raw.reflections.into_iter().map(|r| r.text).collect(),
    };
    Rubric {
        id: raw.rubric.id.into_inner(),
        version: raw.rubric.version,
        key,
        ids,
        texts,
        sha256: String::new(),
        source: String::new(),
    }
}

/// A light BCP 47 check: a 2-3 letter language, then 1-8 character alphanumeric subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::super::Rubric;

    const GOOD: &str = r#"
[rubric]
id = "t"
version = "1"
title = "T"
language = "en"

[scale]
min = 1
max = 3
labels = ["No", "Maybe", "Yes"]

[[paths]]
id = "a"
name = "A"
summary = "a"

[[paths]]
id = "b"
name = "B"
summary = "b"

[[dimensions]]
id = "d"
name = "D"
weight = 1

[[questions]]
id = "q1"
dimension = "d"
text = "?"
favors = "a"

[[questions]]
id = "q2"
dimension = "d"
text = "?"
favors = "b"
"#;

    fn problems(text: &str) -> Vec<String> {
        match Rubric::parse("r.toml", text) {
            Ok(_) => Vec::new(),
            Err(p) => p.0.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_good_rubric_passes_with_defaults() {
        let r = Rubric::parse("r.toml", GOOD).unwrap();
        assert_eq!(r.key.tie_margin, 8.0);
        assert_eq!(r.key.min_share, 0.8);
        assert_eq!(r.key.min_answered, 2, "80% of 2 questions, rounded up");
        assert_eq!(r.key.items[0].against.iter().collect::<Vec<_>>(), vec![1]);
        assert_eq!(r.point_of_label("  yes "), Some(2));
    }

    #[test]
    fn every_problem_is_reported_at_once_with_its_place() {
        let bad = GOOD
            .replace("max = 3", "max = 4")
            .replace("weight = 1", "weight = -2")
            .replace("favors = \"b\"", "favors = \"c\"")
            .replace("id = \"q2\"", "id = \"q1\"");
        let found = problems(&bad);
        assert_eq!(found.len(), 5, "{found:#?}");
        assert!(
            found[0].starts_with("r.toml:11:10: the scale has 4 points"),
            "{found:#?}"
        );
        assert!(found.iter().any(|p| p.contains("weight -2 must be")));
        assert!(
            found
                .iter()
                .any(|p| p.contains("duplicate question id `q1`"))
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("unknown path `c`; use one of: a, b"))
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("no question favours path `b`"))
        );
    }

    #[test]
    fn typos_in_keys_do_not_pass() {
        // A misspelt required key: the missing field and the unknown key explain each other.
        let found = problems(&GOOD.replace("weight = 1", "wieght = 1"));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].starts_with("r.toml:23:1: missing key `weight`"),
            "{found:?}"
        );
        assert!(
            found[1].starts_with("r.toml:26:1: unknown key `wieght`"),
            "{found:?}"
        );
        // A misspelt optional key is reported with every other problem.
        let found = problems(
            &GOOD
                .replace("favors = \"b\"", "favors = \"b\"\nrevrese = true")
                .replace("max = 3", "max = 4"),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("r.toml:11:10: the scale has 4 points"));
        assert!(
            found[1].starts_with("r.toml:39:1: unknown key `revrese`; check its spelling"),
            "{found:?}"
        );
    }

    #[test]
    fn range_checks() {
        let found = problems(&GOOD.replace(
            "language = \"en\"",
            "language = \"en\"\ntie_margin = 120\nmin_answered = 2",
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        // A share of 0 would let an empty sheet through; absurd and non-finite numbers fail too.
        let found = problems(&GOOD.replace(
            "language = \"en\"",
            "language = \"en\"\nmin_answered = 0.0\ntie_margin = nan",
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .any(|p| p.contains("min_answered 0 must be a share greater than 0"))
        );
        for w in ["inf", "1e308", "nan"] {
            let found = problems(&GOOD.replace("weight = 1", &format!("weight = {w}")));
            assert_eq!(found.len(), 1, "{w}: {found:?}");
            assert!(found[0].contains("must be a number greater than 0 and at most 1000"));
        }
        let found = problems(&GOOD.replace("max = 3", "max = 1"));
        assert!(found[0].contains("scale max 1 must be greater than min 1"));
    }
}
