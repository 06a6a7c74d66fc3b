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

/// Fits closer than this are equal, so float rounding never decides a tie.
const EPSILON: f64 = 1e-9;

/// The best path among `candidates`; on equal fits the earlier path in the rubric wins.
fn best(fits: &[PathFit], candidates: impl Iterator<Item = usize>) -> Option<(usize, f64)> {
    candidates
        .filter_map(|i| Some((i, fits[i].fit?)))
        .fold(None, |best, (i, f)| match best {
            Some((_, b)) if f <= b + EPSILON => best,
            _ => Some((i, f)),
        })
}

fn verdict(rubric: &Rubric, fits: &[PathFit]) -> Verdict {
    let top = best(fits, 0..fits.len());
    let top_index = top.map_or(0, |(i, _)| i);
    let second = best(fits, (0..fits.len()).filter(|&i| i != top_index));
    let runner_up = second
        .map(|(i, _)| i)
        .or_else(|| (0..fits.len()).find(|&i| i != top_index));
    let margin = match (top, second) {
        (Some((_, a)), Some((_, b))) if a - b > EPSILON => a - b,
        (Some((_, a)), None) => a,
        _ => 0.0,
    };
    Verdict {
        path: fits[top_index].path.clone(),
        runner_up: runner_up.map(|i| fits[i].path.clone()),
        margin,
        clear: top.is_some() && margin >= rubric.tie_margin,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    /// A test rubric: the shared head, one `[[paths]]` block per id, then `body`.
    fn rubric(paths: &[&str], body: &str) -> Rubric {
        let paths: String = paths
            .iter()
            .map(|id| {
                format!(
                    "[[paths]]\nid = \"{id}\"\nname = \"{}\"\nsummary = \"\"\n",
                    id.to_uppercase()
                )
            })
            .collect();
        let text = format!("{HEAD}{paths}{body}");
        Rubric::parse("test.toml", &text).unwrap_or_else(|p| panic!("{p}"))
    }

    const HEAD: &str = r#"
[rubric]
id = "t"
version = "1"
title = "T"
language = "en"

[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
"#;

    fn two_path() -> Rubric {
        rubric(
            &["a", "b"],
            r#"
[[dimensions]]
id = "d1"
name = "D1"
weight = 2
[[dimensions]]
id = "d2"
name = "D2"
weight = 1
[[questions]]
id = "q1"
dimension = "d1"
text = ""
favors = "a"
[[questions]]
id = "q2"
dimension = "d1"
text = ""
favors = "b"
reverse = true
weight = 3
[[questions]]
id = "q3"
dimension = "d2"
text = ""
favors = "a"
"#,
        )
    }

    fn answers(pairs: &[(&str, i64)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    fn fit(card: &Scorecard, path: &str) -> f64 {
        card.fits
            .iter()
            .find(|f| f.path == path)
            .unwrap()
            .fit
            .unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn hand_computed_with_reverse_keying_and_weights() {
        let r = two_path();
        let card = score(&r, &answers(&[("q1", 5), ("q2", 2), ("q3", 3)]));
        // d1: a = 100 * (1*1 + 3*0.25) / 4 = 43.75; b = 100 * (3*0.75) / 4 = 56.25; d2: 50/50.
        assert_eq!(card.fits[0].dimensions[0].1, Some(43.75));
        assert_eq!(card.fits[1].dimensions[0].1, Some(56.25));
        assert!(close(fit(&card, "a"), (2.0 * 43.75 + 50.0) / 3.0));
        assert!(close(fit(&card, "b"), (2.0 * 56.25 + 50.0) / 3.0));
        assert_eq!(card.verdict.path, "b");
        assert!(close(card.verdict.margin, 25.0 / 3.0));
        assert!(card.verdict.clear, "8.33 >= tie margin 8");
        assert!(!card.partial);
    }

    #[test]
    fn missing_answers_drop_out_of_the_sums() {
        let r = two_path();
        let card = score(&r, &answers(&[("q1", 5), ("q2", 2)]));
        assert_eq!(card.fits[0].dimensions[1].1, None);
        assert!(close(fit(&card, "a"), 43.75));
        assert!(close(fit(&card, "b"), 56.25));
        assert!(card.partial);
        assert_eq!((card.answered, card.total), (2, 3));
    }

    #[test]
    fn three_paths_with_against() {
        let r = rubric(
            &["a", "b", "c"],
            r#"
[[dimensions]]
id = "d"
name = "D"
weight = 1
[[questions]]
id = "q1"
dimension = "d"
text = ""
favors = "a"
against = ["b"]
[[questions]]
id = "q2"
dimension = "d"
text = ""
favors = "b"
[[questions]]
id = "q3"
dimension = "d"
text = ""
favors = "c"
"#,
        );
        // q1 = 4: s(a) = .75, s(b) = .25; q2 = 2: s(b) = .25; q3 = 3: s(c) = .5.
        let card = score(&r, &answers(&[("q1", 4), ("q2", 2), ("q3", 3)]));
        assert!(close(fit(&card, "a"), 75.0));
        assert!(close(fit(&card, "b"), 25.0));
        assert!(close(fit(&card, "c"), 50.0));
        assert_eq!(card.verdict.path, "a");
        assert_eq!(card.verdict.runner_up.as_deref(), Some("c"));
        assert!(close(card.verdict.margin, 25.0));
    }

    #[test]
    fn ties_go_to_the_earlier_path() {
        let r = two_path();
        let card = score(&r, &answers(&[("q1", 3), ("q2", 3), ("q3", 3)]));
        assert_eq!(card.verdict.path, "a");
        assert_eq!(card.verdict.margin, 0.0);
        assert!(!card.verdict.clear);
    }

    #[test]
    fn deciders_name_answers_that_flip_or_narrow_the_margin() {
        let r = two_path();
        let a = answers(&[("q1", 3), ("q2", 3), ("q3", 3)]);
        let card = score(&r, &a);
        assert!(!card.verdict.clear);
        let d = deciders(&r, &a, &card, 3);
        // q2 carries weight 3 in the heavier dimension, so it moves the margin furthest.
        assert_eq!(d[0].question, "q2");
        assert_eq!(d[0].would_be, "1");
        assert!(d[0].margin_after < 0.0);
    }

    fn default_rubric() -> Rubric {
        Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap()
    }

    /// Random sheets over the default rubric: each question answered 1..=5 or left out.
    fn sheets() -> impl Strategy<Value = Vec<Option<i64>>> {
        let n = default_rubric().questions.len();
        proptest::collection::vec(proptest::option::weighted(0.85, 1i64..=5), n)
    }

    fn to_answers(r: &Rubric, values: &[Option<i64>]) -> Answers {
        r.questions
            .iter()
            .zip(values)
            .filter_map(|(q, v)| Some((q.id.clone(), (*v)?)))
            .collect()
    }

    proptest! {
        #[test]
        fn fits_stay_in_range_and_two_paths_sum_to_100(values in sheets()) {
            let r = default_rubric();
            let card = score(&r, &to_answers(&r, &values));
            for f in &card.fits {
                if let Some(x) = f.fit {
                    prop_assert!((0.0..=100.0).contains(&x));
                }
            }
            if let (Some(a), Some(b)) = (card.fits[0].fit, card.fits[1].fit) {
                prop_assert!((a + b - 100.0).abs() < 1e-9);
            }
        }

        #[test]
        fn moving_an_answer_towards_a_path_never_lowers_its_fit(values in sheets(), pick in 0usize..26) {
            let r = default_rubric();
            let a = to_answers(&r, &values);
            let q = &r.questions[pick % r.questions.len()];
            let Some(&v) = a.get(&q.id) else { return Ok(()) };
            // For a reverse-keyed item, "towards" the favoured path means a lower answer.
            let moved = if q.reverse { v - 1 } else { v + 1 };
            prop_assume!((1..=5).contains(&moved));
            let mut b = a.clone();
            b.insert(q.id.clone(), moved);
            let before = score(&r, &a).fits[q.favors].fit.unwrap();
            let after = score(&r, &b).fits[q.favors].fit.unwrap();
            prop_assert!(after >= before - 1e-9);
        }

        #[test]
        fn question_order_and_weight_scale_change_nothing(
            values in sheets(),
            seed in any::<u64>(),
            k in 0.01f64..100.0,
        ) {
            let r = default_rubric();
            let a = to_answers(&r, &values);
            let base = score(&r, &a);

            let mut shuffled = r.clone();
            let mut rng = seed;
            for i in (1..shuffled.questions.len()).rev() {
                rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.questions.swap(i, (rng >> 33) as usize % (i + 1));
            }
            let mut scaled = r.clone();
            scaled.questions.iter_mut().for_each(|q| q.weight *= k);
            scaled.dimensions.iter_mut().for_each(|d| d.weight *= k);

            for other in [score(&shuffled, &a), score(&scaled, &a)] {
                prop_assert_eq!(&other.verdict.path, &base.verdict.path);
                for (x, y) in other.fits.iter().zip(&base.fits) {
                    prop_assert!((x.fit.unwrap_or(-1.0) - y.fit.unwrap_or(-1.0)).abs() < 1e-6);
                }
            }
        }
    }

    #[test]
    fn extreme_and_midpoint_sheets_on_the_shipped_rubrics() {
        let catalog = Catalog::new(Vec::new());
        for id in [DEFAULT_ID, "specialist-vs-leadership"] {
            let r = catalog.resolve(id).unwrap();
            for (p, path) in r.paths.iter().enumerate() {
                // Answer every item the way `path` points.
                let a: Answers = r
                    .questions
                    .iter()
                    .map(|q| {
                        let agree = (q.favors == p) != q.reverse;
                        (q.id.clone(), if agree { r.scale.max } else { r.scale.min })
                    })
                    .collect();
                let card = score(&r, &a);
                assert_eq!(card.verdict.path, path.id, "{id}");
                assert!(card.verdict.clear);
                assert!(close(card.verdict.margin, 100.0));
            }
            let mid = (r.scale.min + r.scale.max) / 2;
            let card = score(
                &r,
                &r.questions.iter().map(|q| (q.id.clone(), mid)).collect(),
            );
            assert!(close(fit(&card, &r.paths[0].id), 50.0));
            assert!(!card.verdict.clear);
            // Agreeing with everything gives no lean either: the items are balanced.
            for v in [r.scale.max, r.scale.max - 1] {
                let card = score(&r, &r.questions.iter().map(|q| (q.id.clone(), v)).collect());
                assert!(close(card.verdict.margin, 0.0), "{id}: all {v} -> {card:?}");
            }
        }
    }
}
