//! "What would decide it": for a result with no clear lean, the single answer changes that
//! would give a path a clear lean. Each change is evaluated in O(paths x dimensions) from the
//! per-dimension sums of the current scores, so a rubric of thousands of questions takes
//! milliseconds, and every change listed is then confirmed by scoring the changed sheet.

use crate::rubric::Key;
use crate::scoring::{self, MISSING, Scores};

/// One answer change and the clear lean it would give.
#[derive(Debug, Clone, PartialEq)]
pub struct Decider {
    pub question: usize,
    /// The current answer point, or None when the question was skipped.
    pub from: Option<u8>,
    pub to: u8,
    /// The path that would then have a clear lean.
    pub lean: usize,
    /// The shown margin it would lead by.
    pub margin: f64,
    /// How many scale steps the change is (answering a skipped question counts its distance
    /// from the midpoint, at least 1).
    pub steps: usize,
}

/// Up to `per_path` changes for each path that some single change would make the clear lean,
/// fewest steps first. The top two paths come first. Empty when the lean is already clear.
pub fn deciders(key: &Key, points: &[u8], scores: &Scores, per_path: usize) -> Vec<Decider> {
    if scores.lean.is_some() {
        return Vec::new();
    }
    let best = candidates(key, points, scores);
    let mut order: Vec<usize> = vec![scores.top, scores.second];
    order.extend((0..key.paths).filter(|p| *p != scores.top && *p != scores.second));
    let mut out = Vec::new();
    let mut changed = points.to_vec();
    for p in order {
        // Confirmed by scoring the changed sheet; the margin reported is the scored one, so a
        // float difference in the quick evaluation can never show a wrong figure.
        let confirmed = best
            .iter()
            .filter(|d| d.lean == p)
            .filter_map(|d| {
                changed[d.question] = d.to;
                let s = scoring::score(key, &changed);
                changed[d.question] = points[d.question];
                (s.lean == Some(p)).then(|| Decider {
                    margin: s.shown_margin,
                    ..d.clone()
                })
            })
            .take(per_path);
        out.extend(confirmed);
    }
    out
}

/// Per question and resulting lean, the smallest change by the quick evaluation; fewest
/// steps first, then the largest margin.
fn candidates(key: &Key, points: &[u8], scores: &Scores) -> Vec<Decider> {
    let base = Base::new(key, scores);
    let mut fits = scores.fits.clone();
    let mut best: Vec<Decider> = Vec::new();
    for (q, &current) in points.iter().enumerate() {
        let from = (current != MISSING).then_some(current);
        let first = best.len();
        for to in (0..key.points as u8).filter(|&to| Some(to) != from) {
            base.fits_after(key, q, from, to, &mut fits);
            let (top, second, _) = scoring::verdict(&fits);
            let margin = scoring::shown_margin(&fits, top, second);
            if !scoring::clear(key, margin) {
                continue;
            }
            let steps = match from {
                Some(f) => usize::from(f.abs_diff(to)),
                None => usize::from(key.midpoint().abs_diff(to)).max(1),
            };
            let change = Decider {
                question: q,
                from,
                to,
                lean: top,
                margin,
                steps,
            };
            match best[first..].iter_mut().find(|d| d.lean == top) {
                Some(d) if (steps, -margin) < (d.steps, -d.margin) => *d = change,
                Some(_) => {}
                None => best.push(change),
            }
        }
    }
    best.sort_by(|a, b| {
        (a.steps, b.margin)
            .partial_cmp(&(b.steps, a.margin))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    best
}

/// The current per-path sums, from which one changed answer's fits follow.
struct Base<'a> {
    scores: &'a Scores,
    /// Per path: sum of W_d * D(p, d) and of W_d over the dimensions where D is defined.
    weighted: Vec<(f64, f64)>,
}

impl<'a> Base<'a> {
    fn new(key: &Key, scores: &'a Scores) -> Self {
        let weighted = (0..key.paths)
            .map(|p| {
                (0..key.dimensions())
                    .filter_map(|d| {
                        Some((key.dim_weights[d] * scores.dim(p, d)?, key.dim_weights[d]))
                    })
                    .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y))
            })
            .collect();
        Base { scores, weighted }
    }

    /// Fills `fits` with every path's fit after question `q` changes from `from` to `to`.
    fn fits_after(&self, key: &Key, q: usize, from: Option<u8>, to: u8, fits: &mut [Option<f64>]) {
        fits.copy_from_slice(&self.scores.fits);
        let item = &key.items[q];
        let d = item.dimension;
        let w_d = key.dim_weights[d];
        for (p, fit) in fits.iter_mut().enumerate() {
            let Some(s_new) = key.support(q, to, p) else {
                continue;
            };
            let (mut num, mut den) = self.scores.cell(p, d);
            match from.and_then(|f| key.support(q, f, p)) {
                Some(s_old) => num += item.weight * (s_new - s_old),
                None => {
                    num += item.weight * s_new;
                    den += item.weight;
                }
            }
            let new_dim = 100.0 * num / den;
            let (mut sum, mut weights) = self.weighted[p];
            match self.scores.dim(p, d) {
                Some(old) => sum += w_d * (new_dim - old),
                None => {
                    sum += w_d * new_dim;
                    weights += w_d;
                }
            }
            *fit = Some(sum / weights);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Every listed change gives its path a clear lean, and no change of fewer steps to a
        /// question that is listed would.
        #[test]
        fn listed_changes_really_decide_it(points in proptest::collection::vec(
            proptest::option::weighted(0.9, 1u8..4).prop_map(|o| o.unwrap_or(MISSING)), 32)) {
            let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let s = scoring::score(&r.key, &points);
            prop_assume!(s.answered > 0);
            let found = deciders(&r.key, &points, &s, 3);
            if s.lean.is_some() {
                prop_assert!(found.is_empty());
            }
            for d in &found {
                let mut changed = points.clone();
                changed[d.question] = d.to;
                let after = scoring::score(&r.key, &changed);
                prop_assert_eq!(after.lean, Some(d.lean));
                prop_assert!((after.shown_margin - d.margin).abs() < 1e-9);
            }
        }
    }

    /// Two paths, one dimension, four questions for each; a tie needs a lead of 10.
    fn four_and_four() -> crate::rubric::Rubric {
        let mut text = String::from(
            "[rubric]\nid = \"f\"\nversion = \"1\"\ntitle = \"F\"\nlanguage = \"en\"\ntie_margin = 10\n\
             [scale]\nmin = 1\nmax = 5\nlabels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n\
             [[paths]]\nid = \"a\"\nname = \"A\"\nsummary = \"\"\n\
             [[paths]]\nid = \"b\"\nname = \"B\"\nsummary = \"\"\n\
             [[dimensions]]\nid = \"d\"\nname = \"D\"\nweight = 1\n",
        );
        for i in 0..8 {
            let favors = if i % 2 == 0 { "a" } else { "b" };
            text.push_str(&format!(
                "[[questions]]\nid = \"q{i}\"\ndimension = \"d\"\ntext = \"\"\nfavors = \"{favors}\"\n"
            ));
        }
        crate::rubric::Rubric::parse("f.toml", &text).unwrap_or_else(|p| panic!("{p}"))
    }

    #[test]
    fn both_ways_and_fewest_steps_first() {
        let r = four_and_four();
        let key = &r.key;
        // Neutral answers and one skipped: a tie that no change of one step breaks (it moves
        // the margin by 6.25) and a change of two steps to any question breaks, either way.
        let mut points = vec![key.midpoint(); key.questions()];
        points[7] = MISSING;
        let s = scoring::score(key, &points);
        assert_eq!(s.lean, None);
        let found = deciders(key, &points, &s, 3);
        assert_eq!(
            found.first().map(|d| d.lean),
            Some(s.top),
            "the top path first"
        );
        for p in [s.top, s.second] {
            let listed: Vec<&Decider> = found.iter().filter(|d| d.lean == p).collect();
            assert_eq!(listed.len(), 3, "path {p}: {found:?}");
            assert!(listed.windows(2).all(|w| w[0].steps <= w[1].steps));
            // The fewest steps of any single change that gives `p` a clear lean, by trying
            // every one.
            let fewest = (0..key.questions())
                .flat_map(|q| (0..key.points as u8).map(move |to| (q, to)))
                .filter(|&(q, to)| points[q] != to)
                .filter_map(|(q, to)| {
                    let mut changed = points.clone();
                    changed[q] = to;
                    let steps = match points[q] {
                        MISSING => usize::from(key.midpoint().abs_diff(to)).max(1),
                        f => usize::from(f.abs_diff(to)),
                    };
                    (scoring::score(key, &changed).lean == Some(p)).then_some(steps)
                })
                .min();
            assert_eq!(fewest, Some(2));
            for d in listed {
                assert_eq!(Some(d.steps), fewest, "{d:?}");
                assert_ne!(d.from, Some(d.to));
            }
        }
    }
}
