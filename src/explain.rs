//! Pure: why a sheet got its verdict. Each answer's signed share of the margin (from the
//! scores), and the smallest set of answer changes, counted in scale steps, that would change
//! the verdict. With the set of answered questions fixed, each step on one question moves the
//! margin by the same amount, so taking the steps that move it most first is the fewest steps
//! that reach the needed change; every step taken is checked by scoring the changed sheet.

use crate::rubric::Key;
use crate::scoring::{self, MISSING, Scores};

/// One changed answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub question: usize,
    pub from: u8,
    pub to: u8,
}

/// The smallest set of changes found that changes the verdict, and the verdict after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Flip {
    pub changes: Vec<Change>,
    pub steps: usize,
    pub after: Scores,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// (question, points) for every answered question, largest push towards `top` first.
    pub contributions: Vec<(usize, f64)>,
    /// None when no change of the given answers changes the verdict.
    pub flip: Option<Flip>,
    /// How many steps were available to change (the most a flip could use).
    pub steps_available: usize,
}

pub fn explain(key: &Key, points: &[u8], scores: &Scores) -> Explanation {
    let mut contributions: Vec<(usize, f64)> = (0..key.questions())
        .filter(|&q| points[q] != MISSING)
        .map(|q| (q, scores.contributions[q]))
        .collect();
    contributions.sort_by(|a, b| b.1.total_cmp(&a.1));
    let steps_available = points
        .iter()
        .filter(|&&p| p != MISSING)
        .map(|_| key.points - 1)
        .sum();
    // A clear lean flips when the margin shrinks below the tie margin; no clear lean flips when
    // either path gains one. Try each direction; keep the one with the fewest steps.
    let flip = [false, true]
        .into_iter()
        .filter(|&up| scores.lean.is_none() || !up)
        .filter_map(|up| flip(key, points, scores, up))
        .min_by_key(|f| f.steps);
    Explanation {
        contributions,
        flip,
        steps_available,
    }
}

/// Moves answers one step at a time, the step that moves fit(top) - fit(second) furthest in
/// the wanted direction (`up`: towards top) first, until the verdict changes. Each step's
/// effect is exact without rescoring (the answered set is fixed), so finding the steps costs
/// n log n; the first prefix of them that changes the verdict is found by scoring.
fn flip(key: &Key, points: &[u8], before: &Scores, up: bool) -> Option<Flip> {
    let steps = helping_steps(key, points, before, up);
    let apply = |k: usize| {
        let mut changed = points.to_vec();
        for &(_, q, dir) in &steps[..k] {
            changed[q] = (i16::from(changed[q]) + dir) as u8;
        }
        changed
    };
    let changes_verdict = |k: usize, scores: &mut Scores| {
        scoring::fits_into(key, &apply(k), scores);
        scores.lean != before.lean
    };
    let mut scores = Scores::new(key);
    let first = if key.paths == 2 {
        // Two paths: every step moves the one margin the same way, so once the verdict has
        // changed it stays changed, and the first such prefix is found by bisection.
        if steps.is_empty() || !changes_verdict(steps.len(), &mut scores) {
            return None;
        }
        let (mut lo, mut hi) = (0, steps.len());
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if changes_verdict(mid, &mut scores) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        hi
    } else {
        // A third path can overtake both: try each prefix in turn.
        (1..=steps.len()).find(|&k| changes_verdict(k, &mut scores))?
    };
    let changed = apply(first);
    scoring::score_into(key, &changed, &mut scores);
    let changes = (0..key.questions())
        .filter(|&q| changed[q] != points[q])
        .map(|q| Change {
            question: q,
            from: points[q],
            to: changed[q],
        })
        .collect();
    Some(Flip {
        changes,
        steps: first,
        after: scores,
    })
}

/// Every one-step move of an answer that helps (effect, question, direction), most helpful
/// first; a question that can move k steps the helpful way appears k times.
fn helping_steps(key: &Key, points: &[u8], before: &Scores, up: bool) -> Vec<(f64, usize, i16)> {
    let (a, b) = (before.top, before.second);
    let mut steps: Vec<(f64, usize, i16)> = Vec::new();
    for (q, &p) in points.iter().enumerate() {
        if p == MISSING {
            continue;
        }
        for dir in [-1i16, 1] {
            let to = i16::from(p) + dir;
            if to < 0 || to >= key.points as i16 {
                continue;
            }
            let effect = before.step_effect(key, q, (p, to as u8), a, b);
            let helps = if up { effect } else { -effect };
            if helps > 1e-12 {
                let room = if dir > 0 {
                    key.points - 1 - usize::from(p)
                } else {
                    usize::from(p)
                };
                steps.extend(std::iter::repeat_n((helps, q, dir), room));
            }
        }
    }
    steps.sort_by(|x, y| y.0.total_cmp(&x.0));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Rubric;
    use proptest::prelude::*;

    /// A small two-path rubric: 2 dimensions, 5 questions, a 3-point scale.
    fn small() -> Rubric {
        let mut text = String::from(
            "[rubric]\nid = \"s\"\nversion = \"1\"\ntitle = \"S\"\nlanguage = \"en\"\ntie_margin = 10\n\
             [scale]\nmin = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]\n\
             [[paths]]\nid = \"a\"\nname = \"A\"\nsummary = \"\"\n\
             [[paths]]\nid = \"b\"\nname = \"B\"\nsummary = \"\"\n\
             [[dimensions]]\nid = \"d1\"\nname = \"D1\"\nweight = 2\n\
             [[dimensions]]\nid = \"d2\"\nname = \"D2\"\nweight = 1\n",
        );
        for (i, (d, f, rev)) in [
            ("d1", "a", false),
            ("d1", "b", false),
            ("d1", "a", true),
            ("d2", "a", false),
            ("d2", "b", false),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "[[questions]]\nid = \"q{i}\"\ndimension = \"{d}\"\ntext = \"\"\nfavors = \"{f}\"\nreverse = {rev}\n"
            ));
        }
        Rubric::parse("s.toml", &text).unwrap()
    }

    /// The fewest steps that change the verdict, by trying every sheet.
    fn brute_force(key: &Key, points: &[u8], lean: Option<usize>) -> Option<usize> {
        let n = points.len();
        let mut best: Option<usize> = None;
        let total = key.points.pow(n as u32);
        for code in 0..total {
            let mut c = code;
            let sheet: Vec<u8> = (0..n)
                .map(|_| {
                    let p = (c % key.points) as u8;
                    c /= key.points;
                    p
                })
                .collect();
            let steps: usize = sheet
                .iter()
                .zip(points)
                .map(|(x, y)| usize::from(x.abs_diff(*y)))
                .sum();
            if scoring::score(key, &sheet).lean != lean && best.is_none_or(|b| steps < b) {
                best = Some(steps);
            }
        }
        best
    }

    proptest! {
        #[test]
        fn the_flip_is_real_and_no_smaller_one_exists(points in proptest::collection::vec(0u8..3, 5)) {
            let r = small();
            let s = scoring::score(&r.key, &points);
            let e = explain(&r.key, &points, &s);
            let sum: f64 = e.contributions.iter().map(|c| c.1).sum();
            prop_assert!((sum - s.margin).abs() < 1e-9);
            let fewest = brute_force(&r.key, &points, s.lean);
            match &e.flip {
                Some(f) => {
                    let mut changed = points.clone();
                    for c in &f.changes {
                        changed[c.question] = c.to;
                    }
                    let after = scoring::score(&r.key, &changed);
                    prop_assert_ne!(after.lean, s.lean);
                    prop_assert_eq!(Some(f.steps), fewest);
                }
                None => prop_assert_eq!(fewest, None),
            }
        }
    }
}
