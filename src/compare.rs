//! Pure: the re-assessment at day 30. Two sheets of one rubric, before and after: fit and
//! dimension deltas, both verdicts, the skill gaps closed and opened, and whether each change
//! is larger than what answering the same questions twice usually moves.

use crate::answers::Responses;
use crate::rubric::Rubric;
use crate::scoring::{self, MISSING, Scores};

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub before: Scores,
    pub after: Scores,
    /// Per path: after - before (None where either fit is undefined).
    pub fits: Vec<Option<f64>>,
    /// Per path and dimension (`p * dimensions + d`).
    pub dims: Vec<Option<f64>>,
    /// The paths whose gaps are compared: the before sheet's lean, or its top two.
    pub paths: Vec<usize>,
    /// Skill questions that were a gap before and are not after, and the reverse.
    pub closed: Vec<usize>,
    pub opened: Vec<usize>,
    /// Skill questions that were a gap before and still are after.
    pub open: Vec<usize>,
    /// Fit changes smaller than this are within retest noise (see [`noise`]).
    pub noise: f64,
}

fn delta(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(b? - a?)
}

/// Skill questions of `paths` answered so that they do not count in their path's favour.
fn gap_questions(rubric: &Rubric, points: &[u8], paths: &[usize]) -> Vec<usize> {
    (0..rubric.key.questions())
        .filter(|&q| {
            let item = &rubric.key.items[q];
            paths.contains(&item.favors)
                && item.skill.is_some()
                && points[q] != MISSING
                && rubric
                    .key
                    .support(q, points[q], item.favors)
                    .is_some_and(|s| s <= 0.5)
        })
        .collect()
}

/// The retest threshold: how far the top path's fit moves when one answered question in five
/// moves one step towards it (the average step, computed on the before sheet). People asked
/// the same questions twice change some answers by a step, in both directions; a net drift of
/// one answer in five, all the same way, is the most such noise usually adds up to.
pub fn noise(rubric: &Rubric, points: &[u8], before: &Scores) -> f64 {
    let key = &rubric.key;
    let top = before.top;
    let base = before.fits[top].unwrap_or(0.0);
    let mut probe = points.to_vec();
    let mut effects = Vec::new();
    for (q, &p) in points.iter().enumerate() {
        if p == MISSING {
            continue;
        }
        let best = [-1i16, 1]
            .into_iter()
            .filter_map(|d| {
                let to = i16::from(p) + d;
                (0..key.points as i16).contains(&to).then_some(to as u8)
            })
            .map(|to| {
                probe[q] = to;
                let f = scoring::score(key, &probe).fits[top].unwrap_or(0.0) - base;
                probe[q] = p;
                f.abs()
            })
            .fold(0.0, f64::max);
        effects.push(best);
    }
    if effects.is_empty() {
        return 0.0;
    }
    let mean = effects.iter().sum::<f64>() / effects.len() as f64;
    mean * effects.len().div_ceil(5) as f64
}

pub fn compare(rubric: &Rubric, before: &Responses, after: &Responses) -> Comparison {
    let key = &rubric.key;
    let b = scoring::score(key, &before.points);
    let a = scoring::score(key, &after.points);
    let paths = match b.lean {
        Some(p) => vec![p],
        None => vec![b.top, b.second],
    };
    let gaps_before = gap_questions(rubric, &before.points, &paths);
    let gaps_after = gap_questions(rubric, &after.points, &paths);
    let closed = gaps_before
        .iter()
        .copied()
        .filter(|q| !gaps_after.contains(q) && after.points[*q] != MISSING)
        .collect();
    let opened = gaps_after
        .iter()
        .copied()
        .filter(|q| !gaps_before.contains(q))
        .collect();
    let open = gaps_before
        .iter()
        .copied()
        .filter(|q| gaps_after.contains(q))
        .collect();
    let noise = noise(rubric, &before.points, &b);
    Comparison {
        fits: b
            .fits
            .iter()
            .zip(&a.fits)
            .map(|(x, y)| delta(*x, *y))
            .collect(),
        dims: b
            .dims
            .iter()
            .zip(&a.dims)
            .map(|(x, y)| delta(*x, *y))
            .collect(),
        before: b,
        after: a,
        paths,
        closed,
        opened,
        open,
        noise,
    }
}

/// What makes two sheets look like they are not one person's before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Both name a respondent, and not the same one.
    Respondents { before: String, after: String },
    /// Both carry a date, and the after-sheet's is the earlier.
    Dates { before: String, after: String },
}

/// The mismatches of `before` and `after`; respondents are compared without case or outer
/// spaces, dates only when both are `YYYY-MM-DD`.
pub fn mismatches(before: &Responses, after: &Responses) -> Vec<Mismatch> {
    let mut out = Vec::new();
    if let (Some(b), Some(a)) = (&before.respondent, &after.respondent)
        && b.trim().to_lowercase() != a.trim().to_lowercase()
    {
        out.push(Mismatch::Respondents {
            before: b.clone(),
            after: a.clone(),
        });
    }
    let day = |d: &Option<String>| {
        d.as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    };
    if let (Some(b), Some(a)) = (day(&before.date), day(&after.date))
        && a < b
    {
        out.push(Mismatch::Dates {
            before: b.to_string(),
            after: a.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    fn sheet(r: &Rubric, points: Vec<u8>) -> Responses {
        let mut s = Responses::empty(r);
        s.points = points;
        s
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn deltas_are_the_difference_of_the_two_scorecards(
            x in proptest::collection::vec(0u8..5, 32),
            y in proptest::collection::vec(0u8..5, 32),
        ) {
            let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let c = compare(&r, &sheet(&r, x.clone()), &sheet(&r, y.clone()));
            let (sa, sb) = (scoring::score(&r.key, &x), scoring::score(&r.key, &y));
            for p in 0..2 {
                prop_assert!((c.fits[p].unwrap() - (sb.fits[p].unwrap() - sa.fits[p].unwrap())).abs() < 1e-9);
            }
            for (i, d) in c.dims.iter().enumerate() {
                prop_assert!((d.unwrap() - (sb.dims[i].unwrap() - sa.dims[i].unwrap())).abs() < 1e-9);
            }
            for q in &c.closed {
                prop_assert!(!c.opened.contains(q) && !c.open.contains(q));
            }
            for q in &c.open {
                prop_assert!(!c.opened.contains(q));
            }
            prop_assert!(c.noise > 0.0 && c.noise < 20.0);
        }
    }
}
