//! Scoring checked against hand-computed sheets, the README formula as a plain oracle on
//! random keys, and the fast two-path loop against the general one.

use super::*;
use crate::rubric::{Catalog, DEFAULT_ID, Ids, Item, PathSet, Rubric};
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

/// Answer points from scale values (0 = missing).
fn sheet(values: &[i64]) -> Vec<u8> {
    values
        .iter()
        .map(|&v| if v == 0 { MISSING } else { (v - 1) as u8 })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn hand_computed_with_reverse_keying_and_weights() {
    let r = two_path();
    let s = score(&r.key, &sheet(&[5, 2, 3]));
    // d1: a = 100 * (1*1 + 3*0.25) / 4 = 43.75; b = 100 * (3*0.75) / 4 = 56.25; d2: 50/50.
    assert_eq!(s.dim(0, 0), Some(43.75));
    assert_eq!(s.dim(1, 0), Some(56.25));
    assert!(close(s.fits[0].unwrap(), (2.0 * 43.75 + 50.0) / 3.0));
    assert!(close(s.fits[1].unwrap(), (2.0 * 56.25 + 50.0) / 3.0));
    assert_eq!(s.top, 1);
    assert!(close(s.margin, 25.0 / 3.0));
    assert_eq!(s.lean, Some(1), "8.3 >= tie margin 8");
    assert_eq!(s.answered, 3);
}

#[test]
fn missing_answers_drop_out_of_the_sums() {
    let r = two_path();
    let s = score(&r.key, &sheet(&[5, 2, 0]));
    assert_eq!(s.dim(0, 1), None);
    assert!(close(s.fits[0].unwrap(), 43.75));
    assert!(close(s.fits[1].unwrap(), 56.25));
    assert_eq!(s.answered, 2);
}

#[test]
fn three_paths_with_against() {
    let r = rubric(&["a", "b", "c"], THREE);
    // q1 = 4: s(a) = .75, s(b) = .25; q2 = 2: s(b) = .25; q3 = 3: s(c) = .5.
    let s = score(&r.key, &sheet(&[4, 2, 3]));
    assert!(close(s.fits[0].unwrap(), 75.0));
    assert!(close(s.fits[1].unwrap(), 25.0));
    assert!(close(s.fits[2].unwrap(), 50.0));
    assert_eq!((s.top, s.second), (0, 2));
    assert!(close(s.margin, 25.0));
    let sum: f64 = s.contributions.iter().sum();
    assert!(close(sum, 25.0));
}

#[test]
fn exact_ties_go_to_the_earlier_path_with_no_lean() {
    let r = two_path();
    let s = score(&r.key, &sheet(&[3, 3, 3]));
    assert_eq!((s.top, s.second), (0, 1));
    assert_eq!(s.margin, 0.0);
    assert_eq!(s.lean, None);
}

#[test]
fn the_lean_is_decided_on_the_margin_as_shown() {
    let mut r = two_path();
    // Fits of 53.98 and 46.02 show as 54.0 and 46.0: a margin of 8.0, a clear lean at 8,
    // although the unrounded margin is 7.96.
    let fits = [Some(53.98), Some(46.02)];
    let m = shown_margin(&fits, 0, 1);
    assert_eq!(m, 8.0);
    r.key.tie_margin = 8.0;
    assert!(clear(&r.key, m));
    // 53.94 and 46.06 show as 53.9 and 46.1: 7.8, no clear lean.
    assert!(!clear(
        &r.key,
        shown_margin(&[Some(53.94), Some(46.06)], 0, 1)
    ));
    // Fits that show the same are a tie, whatever the unrounded difference.
    assert_eq!(shown_margin(&[Some(50.04), Some(49.96)], 0, 1), 0.0);
    // A tie margin of 0 means only a tie as shown is no lean.
    r.key.tie_margin = 0.0;
    assert!(!clear(&r.key, 0.0));
    assert!(clear(&r.key, 0.1));
}

fn default_rubric() -> std::sync::Arc<Rubric> {
    Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap()
}

/// The README formula stated plainly, as a test oracle: (fits, dims, top, margin).
fn oracle(key: &Key, points: &[u8]) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
    let support = |q: usize, p: usize| -> Option<f64> {
        let item = &key.items[q];
        let v = points[q];
        if v == MISSING {
            return None;
        }
        let x = f64::from(v) / (key.points - 1) as f64;
        let x = if item.reverse { 1.0 - x } else { x };
        if item.favors == p {
            Some(x)
        } else if item.against.contains(p) {
            Some(1.0 - x)
        } else {
            None
        }
    };
    let mut dims = Vec::new();
    let mut fits = Vec::new();
    for p in 0..key.paths {
        let mut per_dim = Vec::new();
        for d in 0..key.dimensions() {
            let terms: Vec<(f64, f64)> = (0..key.items.len())
                .filter(|&q| key.items[q].dimension == d)
                .filter_map(|q| Some((key.items[q].weight * support(q, p)?, key.items[q].weight)))
                .collect();
            let w: f64 = terms.iter().map(|t| t.1).sum();
            let sum: f64 = terms.iter().map(|t| t.0).sum();
            per_dim.push((w > 0.0).then(|| 100.0 * sum / w));
        }
        let terms: Vec<(f64, f64)> = per_dim
            .iter()
            .enumerate()
            .filter_map(|(d, f)| Some((key.dim_weights[d] * (*f)?, key.dim_weights[d])))
            .collect();
        let w: f64 = terms.iter().map(|t| t.1).sum();
        let sum: f64 = terms.iter().map(|t| t.0).sum();
        fits.push((w > 0.0).then(|| sum / w));
        dims.extend(per_dim);
    }
    (fits, dims)
}

/// One random question: dimension, favoured path, a mask of paths it counts against, reverse
/// keying and weight.
type RandomItem = (usize, usize, u64, bool, f64);

/// A random key: 2-4 paths, 1-3 dimensions, 1-30 questions, any keying and weights.
fn keys() -> impl Strategy<Value = (Key, Vec<u8>)> {
    // Half the keys are the usual two paths where every question counts for both.
    (
        prop_oneof![Just(2usize), 2usize..=4],
        1usize..=3,
        1usize..=30,
        2usize..=7,
        any::<bool>(),
    )
        .prop_flat_map(|(paths, dims, n, points, pairs)| {
            let item = (0..dims, 0..paths, any::<u64>(), any::<bool>(), 0.1f64..10.0);
            (
                proptest::collection::vec(item, n),
                proptest::collection::vec(0.1f64..10.0, dims),
                proptest::collection::vec(proptest::option::weighted(0.8, 0..points as u8), n),
            )
                .prop_map(move |(items, dim_weights, answers)| {
                    let key = key_of(paths, points, pairs, items, dim_weights);
                    let answers = answers.into_iter().map(|a| a.unwrap_or(MISSING)).collect();
                    (key, answers)
                })
        })
}

/// The key of random questions; with `pairs` on two paths, every question counts for both.
fn key_of(
    paths: usize,
    points: usize,
    pairs: bool,
    items: Vec<RandomItem>,
    dim_weights: Vec<f64>,
) -> Key {
    let items: Vec<Item> = items
        .into_iter()
        .map(|(dimension, favors, mask, reverse, weight)| {
            let mask = if pairs && paths == 2 {
                1 << (1 - favors)
            } else {
                mask & ((1 << paths) - 1) & !(1 << favors)
            };
            Item {
                dimension,
                favors,
                against: PathSet(mask),
                reverse,
                weight,
                skill: None,
                twin: None,
            }
        })
        .collect();
    let ids = Ids::new(
        (0..paths).map(|i| format!("p{i}")).collect(),
        (0..dim_weights.len()).map(|i| format!("d{i}")).collect(),
        (0..items.len()).map(|i| format!("q{i}")).collect(),
        Vec::new(),
        Vec::new(),
    );
    Key {
        scale_min: 1,
        points,
        tie_margin: 8.0,
        min_share: 0.5,
        min_answered: 0,
        paths,
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
    .finish(&ids)
}

#[test]
fn a_third_path_takes_the_general_loop() {
    assert!(!rubric(&["a", "b", "c"], THREE).key.pairs);
}

const THREE: &str = r#"
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
"#;

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #[test]
    fn the_scorer_equals_the_plain_formula((key, points) in keys()) {
        let s = score(&key, &points);
        let (fits, dims) = oracle(&key, &points);
        for (a, b) in s.fits.iter().zip(&fits) {
            prop_assert!(same(*a, *b), "{:?} vs {:?}", s.fits, fits);
        }
        for (a, b) in s.dims.iter().zip(&dims) {
            prop_assert!(same(*a, *b));
        }
        // The top path has the highest fit; the margin is its lead over the second.
        let top = fits[s.top];
        for f in fits.iter().flatten() {
            prop_assert!(top.unwrap() >= f - 1e-9);
        }
        if let (Some(a), Some(b)) = (top, fits[s.second]) {
            prop_assert!((s.margin - (a - b)).abs() < 1e-9 || (a - b).abs() < 1e-9);
        }
    }

    #[test]
    fn contributions_sum_to_the_margin((key, points) in keys()) {
        let s = score(&key, &points);
        let sum: f64 = s.contributions.iter().sum();
        prop_assert!((sum - s.margin).abs() < 1e-6, "sum {sum} margin {}", s.margin);
        for (q, &p) in points.iter().enumerate() {
            if p == MISSING {
                prop_assert_eq!(s.contributions[q], 0.0);
            }
        }
    }

    #[test]
    fn refilling_scores_equals_scoring_afresh((key, points) in keys(), (_, other) in keys()) {
        let first: Vec<u8> = other
            .iter()
            .map(|&p| if p == MISSING { p } else { p % key.points as u8 })
            .chain(std::iter::repeat(MISSING))
            .take(points.len())
            .collect();
        let mut reused = score(&key, &first);
        score_into(&key, &points, &mut reused);
        prop_assert_eq!(reused, score(&key, &points));
    }
}

/// Random sheets over the default rubric: each question answered 1..=5 or left out.
fn sheets() -> impl Strategy<Value = Vec<u8>> {
    let n = default_rubric().key.questions();
    proptest::collection::vec(
        proptest::option::weighted(0.85, 0u8..5).prop_map(|o| o.unwrap_or(MISSING)),
        n,
    )
}

proptest! {
    /// The usual two-path rubric is scored by the fast loop, and the fast loop gives what the
    /// general loop gives for the same sheet: sums, fits, verdict and contributions.
    #[test]
    fn the_usual_two_path_rubrics_take_the_fast_loop(points in sheets()) {
        let r = default_rubric();
        prop_assert!(r.key.pairs);
        let mut fast = Scores::new(&r.key);
        sums_of_pairs(&r.key, &points, &mut fast);
        let mut general = Scores::new(&r.key);
        sums(&r.key, &points, &mut general);
        prop_assert_eq!(fast.answered, general.answered);
        for (a, b) in fast.num.iter().zip(&general.num).chain(fast.den.iter().zip(&general.den)) {
            prop_assert!(close(*a, *b), "{:?} vs {:?}", fast.num, general.num);
        }
        // The whole score, through each loop.
        let scored = score(&r.key, &points);
        let mut plain = r.key.clone();
        plain.pairs = false;
        let through_general = score(&plain, &points);
        prop_assert_eq!((scored.top, scored.second, scored.lean), (through_general.top, through_general.second, through_general.lean));
        for (a, b) in scored.fits.iter().zip(&through_general.fits).chain(scored.dims.iter().zip(&through_general.dims)) {
            prop_assert!(same(*a, *b));
        }
        for (a, b) in scored.contributions.iter().zip(&through_general.contributions) {
            prop_assert!(close(*a, *b));
        }
    }

    #[test]
    fn fits_stay_in_range_and_two_paths_sum_to_100(points in sheets()) {
        let r = default_rubric();
        let s = score(&r.key, &points);
        for x in s.fits.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(x));
        }
        if let (Some(a), Some(b)) = (s.fits[0], s.fits[1]) {
            prop_assert!((a + b - 100.0).abs() < 1e-9);
        }
    }

    #[test]
    fn moving_an_answer_towards_a_path_never_lowers_its_fit(points in sheets(), pick in 0usize..100) {
        let r = default_rubric();
        let q = pick % r.key.questions();
        let item = &r.key.items[q];
        let v = points[q];
        prop_assume!(v != MISSING);
        // For a reverse-keyed item, "towards" the favoured path means a lower answer.
        let moved = if item.reverse { v.checked_sub(1) } else { Some(v + 1) };
        prop_assume!(moved.is_some_and(|m| m < 5));
        let mut b = points.clone();
        b[q] = moved.unwrap();
        let before = score(&r.key, &points).fits[item.favors].unwrap();
        let after = score(&r.key, &b).fits[item.favors].unwrap();
        prop_assert!(after >= before - 1e-9);
    }
}

#[test]
fn extreme_and_uniform_sheets_on_the_shipped_rubrics() {
    let catalog = Catalog::new(Vec::new());
    for id in [DEFAULT_ID, "specialist-vs-leadership"] {
        let r = catalog.resolve(id).unwrap();
        let k = &r.key;
        let top = (k.points - 1) as u8;
        for p in 0..k.paths {
            // Answer every item the way `p` points.
            let points: Vec<u8> = k
                .items
                .iter()
                .map(|q| if (q.favors == p) != q.reverse { top } else { 0 })
                .collect();
            let s = score(k, &points);
            assert_eq!(s.top, p, "{id}");
            assert_eq!(s.lean, Some(p));
            assert!(close(s.margin, 100.0));
        }
        // Uniform sheets (all lowest, all middle, all highest, all one above the middle) give
        // no lean: the items are balanced.
        for v in [0, k.midpoint(), top, top - 1] {
            let s = score(k, &vec![v; k.questions()]);
            assert!(close(s.margin, 0.0), "{id}: all {v} -> {s:?}");
            assert_eq!(s.lean, None);
        }
    }
}
