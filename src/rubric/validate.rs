//! One conversion from the raw file to a `Rubric`, reporting every problem it finds at once.

use std::collections::HashMap;

use toml::Spanned;

use super::raw::RawRubric;
use super::{Dimension, Path, Question, Reflection, Rubric, Scale, Skill};
use crate::problem::{Problem, Problems};

const DEFAULT_TIE_MARGIN: f64 = 8.0;
const DEFAULT_MIN_ANSWERED: f64 = 0.8;

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report<T>(&mut self, at: &Spanned<T>, message: String) {
        self.problems.push(Problem::at_span(
            self.file,
            self.text,
            Some(at.span()),
            message,
        ));
    }

    /// Index of each id; a repeated id is a problem at its second place.
    fn index(&mut self, kind: &str, ids: Vec<&Spanned<String>>) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.get_ref().trim().is_empty() {
                self.report(id, format!("{kind} id is empty; give it a short unique id"));
            } else if index.insert(id.get_ref().clone(), i).is_some() {
                self.report(
                    id,
                    format!(
                        "duplicate {kind} id `{}`; each {kind} needs its own id",
                        id.get_ref()
                    ),
                );
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
        if found.is_none() && index.is_empty() {
            self.report(
                id,
                format!(
                    "unknown {kind} `{}`: the rubric defines no {kind}s yet; add one with id = \"{}\"",
                    id.get_ref(),
                    id.get_ref()
                ),
            );
        } else if found.is_none() {
            let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
            known.sort_unstable();
            self.report(
                id,
                format!(
                    "unknown {kind} `{}`; use one of: {}",
                    id.get_ref(),
                    known.join(", ")
                ),
            );
        }
        found
    }

    fn weight(&mut self, what: &str, w: Option<&Spanned<f64>>) -> f64 {
        let Some(w) = w else { return 1.0 };
        let value = *w.get_ref();
        if !value.is_finite() || value <= 0.0 {
            self.report(
                w,
                format!("{what} weight {value} must be a finite number greater than 0"),
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
        text,
        problems: found,
    };
    let meta = &raw.rubric;

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
                format!("tie_margin {v} must be between 0 and 100 points"),
            );
        }
        v
    });
    let min_answered = meta
        .min_answered
        .as_ref()
        .map_or(DEFAULT_MIN_ANSWERED, |m| {
            let v = *m.get_ref();
            if !(0.0..=1.0).contains(&v) {
                c.report(
                    m,
                    format!("min_answered {v} must be a share between 0 and 1, e.g. 0.8"),
                );
            }
            v
        });

    let (min, max) = (*raw.scale.min.get_ref(), *raw.scale.max.get_ref());
    if min >= max {
        c.report(
            &raw.scale.max,
            format!("scale max {max} must be greater than min {min}"),
        );
    } else if raw.scale.labels.get_ref().len() as i128 != i128::from(max) - i128::from(min) + 1 {
        c.report(
            &raw.scale.labels,
            format!(
                "the scale has {} points ({min}..={max}) but {} labels; give one label per point",
                i128::from(max) - i128::from(min) + 1,
                raw.scale.labels.get_ref().len()
            ),
        );
    }
    let mut seen_labels = HashMap::new();
    for label in raw.scale.labels.get_ref() {
        if seen_labels.insert(label.to_lowercase(), ()).is_some() {
            c.report(
                &raw.scale.labels,
                format!("scale label `{label}` appears twice; labels must differ"),
            );
        }
    }

    if raw.paths.len() < 2 {
        c.problems.push(Problem::in_file(
            file,
            format!(
                "a rubric compares at least 2 paths but this one has {}; add [[paths]] entries",
                raw.paths.len()
            ),
        ));
    }
    if raw.questions.is_empty() {
        c.problems.push(Problem::in_file(
            file,
            "the rubric has no [[questions]]; add at least one per dimension".into(),
        ));
    }

    let paths = c.index("path", raw.paths.iter().map(|p| &p.id).collect());
    let dims = c.index("dimension", raw.dimensions.iter().map(|d| &d.id).collect());
    let skills = c.index("skill", raw.skills.iter().map(|s| &s.id).collect());
    c.index("question", raw.questions.iter().map(|q| &q.id).collect());
    c.index(
        "reflection",
        raw.reflections.iter().map(|r| &r.id).collect(),
    );

    let dimensions: Vec<Dimension> = raw
        .dimensions
        .iter()
        .map(|d| Dimension {
            id: d.id.get_ref().clone(),
            name: d.name.clone(),
            weight: c.weight("dimension", Some(&d.weight)),
            description: d.description.clone(),
        })
        .collect();

    let mut questions = Vec::with_capacity(raw.questions.len());
    for q in &raw.questions {
        let dimension = c.lookup("dimension", &dims, &q.dimension);
        let favors = c.lookup("path", &paths, &q.favors);
        let skill = q.skill.as_ref().and_then(|s| c.lookup("skill", &skills, s));
        let weight = c.weight("question", q.weight.as_ref());
        let against = match &q.against {
            Some(list) => list
                .iter()
                .filter_map(|a| {
                    let i = c.lookup("path", &paths, a)?;
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
                    Some(i)
                })
                .collect(),
            // In a two-path rubric disagreeing points to the other path.
            None if raw.paths.len() == 2 => favors.map(|f| vec![1 - f]).unwrap_or_default(),
            None => Vec::new(),
        };
        if let (Some(dimension), Some(favors)) = (dimension, favors) {
            questions.push(Question {
                id: q.id.get_ref().clone(),
                dimension,
                text: q.text.clone(),
                favors,
                against,
                reverse: q.reverse,
                weight,
                skill,
            });
        }
    }

    // Judged on the ids as written, so one bad reference does not cascade into more problems.
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
    for (i, p) in raw.paths.iter().enumerate() {
        let first = paths.get(p.id.get_ref()) == Some(&i);
        if first
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

    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.at);
        return Err(Problems(c.problems));
    }

    Ok(Rubric {
        id: id.clone(),
        version: meta.version.clone(),
        title: meta.title.clone(),
        language: meta.language.get_ref().clone(),
        description: meta.description.trim().to_owned(),
        tie_margin,
        min_answered,
        scale: Scale {
            min,
            max,
            labels: raw.scale.labels.into_inner(),
        },
        paths: raw
            .paths
            .into_iter()
            .map(|p| Path {
                id: p.id.into_inner(),
                name: p.name,
                summary: p.summary.trim().to_owned(),
                day: p.day,
                hiring_signals: p.hiring_signals,
                phrases: p.phrases,
            })
            .collect(),
        dimensions,
        questions,
        skills: raw
            .skills
            .into_iter()
            .map(|s| Skill {
                id: s.id.into_inner(),
                name: s.name,
                resources: s.resources,
                practice: s.practice,
                apply: s.apply,
                evidence: s.evidence,
            })
            .collect(),
        red_flags: raw.guidance.red_flags,
        reflections: raw
            .reflections
            .into_iter()
            .map(|r| Reflection {
                id: r.id.into_inner(),
                text: r.text,
            })
            .collect(),
        sha256: String::new(),
        source: String::new(),
    })
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
        assert_eq!(r.tie_margin, 8.0);
        assert_eq!(r.min_answered, 0.8);
        assert_eq!(r.questions[0].against, vec![1]);
        assert_eq!(r.value_of_label("  yes "), Some(3));
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
            found[0].starts_with("r.toml:23:1: missing field `weight`"),
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
        let found = problems(&GOOD.replace("max = 3", "max = 1"));
        assert!(found[0].contains("scale max 1 must be greater than min 1"));
    }
}
