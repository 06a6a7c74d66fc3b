//! Pure scoring: (rubric, answers) -> Scorecard. The formula is written out in the README.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::rubric::{Question, Rubric};

/// Question id -> scale value.
pub type Answers = BTreeMap<String, i64>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    pub answered: usize,
    pub total: usize,
    pub partial: bool,
    pub fits: Vec<PathFit>,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathFit {
    pub path: String,
    pub name: String,
    /// 0..=100; None when no answered question counts for this path.
    pub fit: Option<f64>,
    /// Dimension id -> fit, in rubric order.
    #[serde(serialize_with = "as_map")]
    pub dimensions: Vec<(String, Option<f64>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The best-fitting path (ties go to the earlier path in the rubric).
    pub path: String,
    /// The second-best path, which the margin is measured against.
    pub runner_up: Option<String>,
    pub margin: f64,
    /// The lean is clear when margin >= the rubric's tie_margin.
    pub clear: bool,
}

fn as_map<S: Serializer>(pairs: &[(String, Option<f64>)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// The answer mapped to 0..=1 and turned round for reverse-keyed items.
pub fn position(rubric: &Rubric, q: &Question, value: i64) -> f64 {
    let s = &rubric.scale;
    let x = (value - s.min) as f64 / (s.max - s.min) as f64;
    if q.reverse { 1.0 - x } else { x }
}

/// s(q, p): how much the answer supports path `p`, or None when q does not count for p.
pub fn support(rubric: &Rubric, q: &Question, value: i64, path: usize) -> Option<f64> {
    let x = position(rubric, q, value);
    if q.favors == path {
        Some(x)
    } else if q.against.contains(&path) {
        Some(1.0 - x)
    } else {
        None
    }
}

pub fn score(rubric: &Rubric, answers: &Answers) -> Scorecard {
    let answered = rubric
        .questions
        .iter()
        .filter(|q| answers.contains_key(&q.id))
        .count();
    let fits: Vec<PathFit> = (0..rubric.paths.len())
        .map(|p| path_fit(rubric, answers, p))
        .collect();
    let verdict = verdict(rubric, &fits);
    Scorecard {
        answered,
        total: rubric.questions.len(),
        partial: answered < rubric.questions.len(),
        fits,
        verdict,
    }
}

fn path_fit(rubric: &Rubric, answers: &Answers, p: usize) -> PathFit {
    let dimensions: Vec<(String, Option<f64>)> = rubric
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| {
            let (sum, weights) = rubric
                .questions
                .iter()
                .filter(|q| q.dimension == d)
                .filter_map(|q| {
                    let v = *answers.get(&q.id)?;
                    Some((q.weight * support(rubric, q, v, p)?, q.weight))
                })
                .fold((0.0, 0.0), |(s, w), (qs, qw)| (s + qs, w + qw));
            (
                dim.id.clone(),
                (weights > 0.0).then(|| 100.0 * sum / weights),
            )
        })
        .collect();
    let (sum, weights) = rubric
        .dimensions
        .iter()
        .zip(&dimensions)
        .filter_map(|(dim, (_, fit))| Some((dim.weight * (*fit)?, dim.weight)))
        .fold((0.0, 0.0), |(s, w), (ds, dw)| (s + ds, w + dw));
    PathFit {
        path: rubric.paths[p].id.clone(),
        name: rubric.paths[p].name.clone(),
        fit: (weights > 0.0).then(|| sum / weights),
        dimensions,
    }
}

fn verdict(rubric: &Rubric, fits: &[PathFit]) -> Verdict {
    let mut ranked: Vec<(usize, f64)> = fits
        .iter()
        .enumerate()
        .map(|(i, f)| (i, f.fit.unwrap_or(f64::NEG_INFINITY)))
        .collect();
    // A stable sort keeps rubric order among equal fits, so ties go to the earlier path.
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top = ranked[0];
    let second = ranked.get(1).copied();
    let margin = match second {
        Some((_, f)) if top.1.is_finite() && f.is_finite() => top.1 - f,
        Some(_) if top.1.is_finite() => top.1,
        _ => 0.0,
    };
    Verdict {
        path: fits[top.0].path.clone(),
        runner_up: second.map(|(i, _)| fits[i].path.clone()),
        margin,
        clear: top.1.is_finite() && margin >= rubric.tie_margin,
    }
}

/// A question whose answer could move the verdict most, with the margin it would leave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decider {
    pub question: String,
    pub text: String,
    /// The current answer's label, or None when the question was skipped.
    pub answer: Option<String>,
    /// The answer that would most favour the runner-up, and the margin (top - runner-up) after it.
    pub would_be: String,
    pub margin_after: f64,
}

/// The answers that would decide an unclear result: for each question, the single change that
/// moves the margin furthest towards the runner-up, largest moves first.
pub fn deciders(rubric: &Rubric, answers: &Answers, card: &Scorecard, n: usize) -> Vec<Decider> {
    let Some(runner_up) = &card.verdict.runner_up else {
        return Vec::new();
    };
    let top = &card.verdict.path;
    let margin_with = |changed: &Answers| {
        let c = score(rubric, changed);
        let fit = |id: &str| {
            c.fits
                .iter()
                .find(|f| f.path == id)
                .and_then(|f| f.fit)
                .unwrap_or(0.0)
        };
        fit(top) - fit(runner_up)
    };
    let mut found: Vec<Decider> = rubric
        .questions
        .iter()
        .filter_map(|q| {
            let mut changed = answers.clone();
            let (value, margin) = (rubric.scale.min..=rubric.scale.max)
                .filter(|v| answers.get(&q.id) != Some(v))
                .map(|v| {
                    changed.insert(q.id.clone(), v);
                    (v, margin_with(&changed))
                })
                .min_by(|a, b| a.1.total_cmp(&b.1))?;
            (margin < card.verdict.margin - 1e-9).then(|| Decider {
                question: q.id.clone(),
                text: q.text.clone(),
                answer: answers.get(&q.id).map(|v| rubric.label(*v).to_owned()),
                would_be: rubric.label(value).to_owned(),
                margin_after: margin,
            })
        })
        .collect();
    found.sort_by(|a, b| a.margin_after.total_cmp(&b.margin_after));
    found.truncate(n);
    found
}
