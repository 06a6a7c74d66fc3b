//! Pure scoring by index: (key, answer points) -> Scores, without allocating per sheet. The
//! formula is written out in docs/scoring.md.

use crate::rubric::Key;

pub mod lint;

/// The answer point stored for a question that was not answered.
pub use crate::answers::MISSING;

/// Fits closer than this are equal, so float rounding never decides a tie.
const EPSILON: f64 = 1e-9;

/// Fits and margins are shown, and compared with `tie_margin`, at one decimal, so the words
/// and the numbers a person reads always agree.
pub const DECIMALS: usize = 1;

/// `x` rounded as it is shown (half away from zero, like `format!("{:.1}")` on these values).
#[inline]
pub fn shown(x: f64) -> f64 {
    const K: f64 = 10.0;
    // A cast rounds towards zero in one instruction; `f64::round` may be a library call.
    let scaled = x * K;
    let r = (scaled.abs() + 0.5) as i64 as f64;
    r.copysign(scaled) / K
}

/// One sheet's scores. Made once per batch with [`Scores::new`] and refilled by [`score_into`].
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub answered: usize,
    /// Per path: 0..=100, or None when no answered question counts for it.
    pub fits: Vec<Option<f64>>,
    /// Per path and dimension (`p * dimensions + d`).
    pub dims: Vec<Option<f64>>,
    /// The best-fitting path; on equal fits the earlier path in the rubric.
    pub top: usize,
    /// The path the margin is measured against.
    pub second: usize,
    /// fit(top) - fit(second), unrounded.
    pub margin: f64,
    /// The margin a person reads: the difference of the two fits as shown (rounded to
    /// [`DECIMALS`]), so the words and the numbers always agree.
    pub shown_margin: f64,
    /// The path the person clearly leans to: the shown margin is above 0 and reaches
    /// `tie_margin`. None is "no clear lean".
    pub lean: Option<usize>,
    /// Per question: its signed share of the margin, in points; they sum to the margin.
    pub contributions: Vec<f64>,
    /// Per path and dimension: sum of w_q * s(q, p), and sum of w_q, over answered questions.
    num: Vec<f64>,
    den: Vec<f64>,
    /// Scratch: per dimension, the contribution coefficients of top and second.
    coef: Vec<f64>,
    /// Scratch: 1 / den per cell (0 when empty), 1 / (sum of W_d) per path (0 when none).
    inv: Vec<f64>,
    inv_weights: Vec<f64>,
}

impl Scores {
    pub fn new(key: &Key) -> Scores {
        let cells = key.paths * key.dimensions();
        Scores {
            answered: 0,
            fits: vec![None; key.paths],
            dims: vec![None; cells],
            top: 0,
            second: 1,
            margin: 0.0,
            shown_margin: 0.0,
            lean: None,
            contributions: vec![0.0; key.questions()],
            num: vec![0.0; cells],
            den: vec![0.0; cells],
            coef: vec![0.0; 2 * key.dimensions()],
            inv: vec![0.0; cells],
            inv_weights: vec![0.0; key.paths],
        }
    }

    pub fn dim(&self, p: usize, d: usize) -> Option<f64> {
        self.dims[p * self.dims.len() / self.fits.len() + d]
    }

    /// Per path and dimension: (sum of w_q * s(q, p), sum of w_q) over the answered questions.
    /// How far fit(a) - fit(b) moves when question `q`'s answer moves from `from` to `to`,
    /// every other answer as scored here. The answered set, and so every denominator, stays
    /// fixed, so the move is exact and costs no rescoring.
    pub(crate) fn step_effect(
        &self,
        key: &Key,
        q: usize,
        (from, to): (u8, u8),
        a: usize,
        b: usize,
    ) -> f64 {
        let dims = key.dimensions();
        let item = &key.items[q];
        let row = &key.favoured[q * key.points..(q + 1) * key.points];
        let moved = item.weight * (row[usize::from(to)] - row[usize::from(from)]);
        let d = item.dimension;
        let on = |p: usize| {
            let sign = if p == item.favors {
                1.0
            } else if item.against.contains(p) {
                -1.0
            } else {
                return 0.0;
            };
            100.0 * sign * moved * self.inv[p * dims + d] * key.dim_weights[d] * self.inv_weights[p]
        };
        on(a) - on(b)
    }

    pub(crate) fn cell(&self, p: usize, d: usize) -> (f64, f64) {
        let i = p * self.dims.len() / self.fits.len() + d;
        (self.num[i], self.den[i])
    }
}

/// Scores one sheet of answer points (one per question, [`MISSING`] when not answered).
pub fn score(key: &Key, points: &[u8]) -> Scores {
    let mut scores = Scores::new(key);
    score_into(key, points, &mut scores);
    scores
}

/// Scores into `s`, reusing its buffers: no allocation.
pub fn score_into(key: &Key, points: &[u8], s: &mut Scores) {
    fits_into(key, points, s);
    contributions(key, points, s);
}

/// Fits, dimensions and the verdict into `s`, without each answer's contribution (left as
/// they were): what a CSV row or a cohort count needs.
pub fn fits_into(key: &Key, points: &[u8], s: &mut Scores) {
    s.answered = 0;
    if key.pairs {
        sums_of_pairs(key, points, s);
    } else {
        sums(key, points, s);
    }
    let dims = key.dimensions();
    // Reciprocals are kept: the contributions reuse them instead of dividing again.
    for p in 0..key.paths {
        let (mut sum, mut weights) = (0.0, 0.0);
        for (d, w) in key.dim_weights.iter().enumerate() {
            let cell = p * dims + d;
            let den = s.den[cell];
            s.inv[cell] = if den > 0.0 { 1.0 / den } else { 0.0 };
            s.dims[cell] = (den > 0.0).then(|| 100.0 * s.num[cell] * s.inv[cell]);
            if let Some(fit) = s.dims[cell] {
                sum += w * fit;
                weights += w;
            }
        }
        s.inv_weights[p] = if weights > 0.0 { 1.0 / weights } else { 0.0 };
        s.fits[p] = (weights > 0.0).then(|| sum * s.inv_weights[p]);
    }
    let (top, second, margin) = verdict(&s.fits);
    s.top = top;
    s.second = second;
    s.margin = margin;
    s.shown_margin = shown_margin(&s.fits, top, second);
    s.lean = clear(key, s.shown_margin).then_some(top);
}

/// The difference of the shown fits of `top` and `second` (a missing fit counts as 0).
pub fn shown_margin(fits: &[Option<f64>], top: usize, second: usize) -> f64 {
    let f = |p: usize| fits[p].map_or(0.0, shown);
    shown(f(top) - f(second))
}

/// Per path and dimension sums, for any key: each answer adds to the cells of the paths it
/// counts for.
fn sums(key: &Key, points: &[u8], s: &mut Scores) {
    let dims = key.dimensions();
    s.num.fill(0.0);
    s.den.fill(0.0);
    for ((item, &point), favoured) in key
        .items
        .iter()
        .zip(points)
        .zip(key.favoured.chunks_exact(key.points))
    {
        if point == MISSING {
            continue;
        }
        s.answered += 1;
        let x = favoured[usize::from(point)];
        let cell = item.favors * dims + item.dimension;
        s.num[cell] += item.weight * x;
        s.den[cell] += item.weight;
        let mut against = item.against.0;
        while against != 0 {
            let p = against.trailing_zeros() as usize;
            against &= against - 1;
            let cell = p * dims + item.dimension;
            s.num[cell] += item.weight * (1.0 - x);
            s.den[cell] += item.weight;
        }
    }
}

/// The same sums for a two-path key where every question counts for both paths (the usual
/// rubric): per dimension, four running totals in registers instead of adds through memory.
/// With A = sum of w x over questions favouring path 0 and W0 their weight (B, W1 for path 1),
/// path 0 gets A + (W1 - B) and path 1 gets B + (W0 - A), both over W0 + W1.
fn sums_of_pairs(key: &Key, points: &[u8], s: &mut Scores) {
    let dims = key.dimensions();
    let n = key.points;
    for d in 0..dims {
        let (mut a, mut w0, mut b, mut w1) = (0.0, 0.0, 0.0, 0.0);
        let mut answered = 0;
        for &q in &key.by_dimension[key.dimension_start[d]..key.dimension_start[d + 1]] {
            let q = q as usize;
            let point = points.get(q).copied().unwrap_or(MISSING);
            // Branch-free: a missing answer weighs 0 and reads any valid point.
            let here = point != MISSING;
            answered += usize::from(here);
            let m = f64::from(u8::from(here));
            let x = key.favoured[q * n + usize::from(point.min(n as u8 - 1))];
            let [v0, v1] = key.pair_weights[q];
            a += m * v0 * x;
            w0 += m * v0;
            b += m * v1 * x;
            w1 += m * v1;
        }
        s.answered += answered;
        s.num[d] = a + (w1 - b);
        s.num[dims + d] = b + (w0 - a);
        s.den[d] = w0 + w1;
        s.den[dims + d] = w0 + w1;
    }
}

/// Whether a shown margin makes a clear lean: above 0 and at least `tie_margin`.
pub fn clear(key: &Key, shown_margin: f64) -> bool {
    shown_margin > 0.0 && shown_margin >= key.tie_margin
}

/// The best path among those with a fit; on equal fits the earlier path wins.
fn best(fits: &[Option<f64>], skip: Option<usize>) -> Option<(usize, f64)> {
    let mut best: Option<(usize, f64)> = None;
    for (i, f) in fits.iter().enumerate() {
        if Some(i) == skip {
            continue;
        }
        if let Some(f) = *f
            && best.is_none_or(|(_, b)| f > b + EPSILON)
        {
            best = Some((i, f));
        }
    }
    best
}

/// (top, second, margin) for a set of fits.
pub fn verdict(fits: &[Option<f64>]) -> (usize, usize, f64) {
    let top = best(fits, None);
    let top_index = top.map_or(0, |(i, _)| i);
    let second = best(fits, Some(top_index));
    let second_index = second
        .map(|(i, _)| i)
        .unwrap_or(if top_index == 0 { 1 } else { 0 });
    let margin = match (top, second) {
        (Some((_, a)), Some((_, b))) if a - b > EPSILON => a - b,
        (Some((_, a)), None) => a,
        _ => 0.0,
    };
    (top_index, second_index, margin)
}

/// Each answer's share of fit(top) - fit(second): fit(p) is linear in the answers once the set
/// of answered questions is fixed, so c_q = coef(q, top) s(q, top) - coef(q, second) s(q, second)
/// with coef(q, p) = 100 W_d w_q / (sum of w over d's answers for p * sum of W over p's dimensions).
fn contributions(key: &Key, points: &[u8], s: &mut Scores) {
    let dims = key.dimensions();
    let (a, b) = (s.top, s.second);
    let b_counts = s.fits[b].is_some();
    // coef[d] for path a, then for path b, from the reciprocals scoring kept (0 where a
    // dimension or path has no answers).
    for (slot, p) in [(0, a), (1, b)] {
        let keep = if slot == 0 || b_counts { 100.0 } else { 0.0 };
        for d in 0..dims {
            s.coef[slot * dims + d] =
                keep * key.dim_weights[d] * s.inv[p * dims + d] * s.inv_weights[p];
        }
    }
    if key.pairs {
        // s(q, a) is x or 1 - x, and s(q, b) = 1 - s(q, a): no branch on the keying.
        let (ca, cb) = s.coef.split_at(dims);
        for (((item, &point), c), favoured) in key
            .items
            .iter()
            .zip(points)
            .zip(&mut s.contributions)
            .zip(key.favoured.chunks_exact(key.points))
        {
            let answered = f64::from(u8::from(point != MISSING));
            let x = favoured[usize::from(point.min(key.points as u8 - 1))];
            let flip = f64::from(u8::from(item.favors != a));
            let sa = x + flip * (1.0 - 2.0 * x);
            let d = item.dimension;
            *c = answered * item.weight * ((ca[d] + cb[d]) * sa - cb[d]);
        }
        return;
    }
    for (((item, &point), c), favoured) in key
        .items
        .iter()
        .zip(points)
        .zip(&mut s.contributions)
        .zip(key.favoured.chunks_exact(key.points))
    {
        if point == MISSING {
            *c = 0.0;
            continue;
        }
        let x = favoured[usize::from(point)];
        let support = |p: usize| {
            if item.favors == p {
                x
            } else if item.against.contains(p) {
                1.0 - x
            } else {
                0.0
            }
        };
        let d = item.dimension;
        *c = item.weight * (s.coef[d] * support(a) - s.coef[dims + d] * support(b));
    }
}

#[cfg(test)]
mod tests;
