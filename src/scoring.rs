//! Pure scoring by index: (key, answer points) -> Scores, without allocating per sheet. The
//! formula is written out in the README.

use crate::rubric::Key;

/// The answer point stored for a question that was not answered.
pub const MISSING: u8 = u8::MAX;

/// Fits closer than this are equal, so float rounding never decides a tie.
const EPSILON: f64 = 1e-9;

/// Margins are shown, and compared with `tie_margin`, at this many decimals, so the words and
/// the numbers a person reads always agree.
pub const DECIMALS: i32 = 1;

/// `x` rounded as it is shown.
pub fn shown(x: f64) -> f64 {
    let k = 10f64.powi(DECIMALS);
    (x * k).round() / k
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
        }
    }

    pub fn dim(&self, p: usize, d: usize) -> Option<f64> {
        self.dims[p * self.dims.len() / self.fits.len() + d]
    }

    /// Per path and dimension: (sum of w_q * s(q, p), sum of w_q) over the answered questions.
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
    let dims = key.dimensions();
    s.num.fill(0.0);
    s.den.fill(0.0);
    s.answered = 0;
    for (item, &point) in key.items.iter().zip(points) {
        if point == MISSING {
            continue;
        }
        s.answered += 1;
        let mut x = key.position[usize::from(point)];
        if item.reverse {
            x = 1.0 - x;
        }
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
    for p in 0..key.paths {
        let (mut sum, mut weights) = (0.0, 0.0);
        for (d, w) in key.dim_weights.iter().enumerate() {
            let cell = p * dims + d;
            s.dims[cell] = (s.den[cell] > 0.0).then(|| 100.0 * s.num[cell] / s.den[cell]);
            if let Some(fit) = s.dims[cell] {
                sum += w * fit;
                weights += w;
            }
        }
        s.fits[p] = (weights > 0.0).then(|| sum / weights);
    }
    let (top, second, margin) = verdict(&s.fits);
    s.top = top;
    s.second = second;
    s.margin = margin;
    s.shown_margin = shown_margin(&s.fits, top, second);
    s.lean = clear(key, s.shown_margin).then_some(top);
    contributions(key, points, s);
}

/// The difference of the shown fits of `top` and `second` (a missing fit counts as 0).
pub fn shown_margin(fits: &[Option<f64>], top: usize, second: usize) -> f64 {
    let f = |p: usize| fits[p].map_or(0.0, shown);
    shown(f(top) - f(second))
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
/// of answered questions is fixed, so c_q = coef(q, top) s(q, top) - coef(q, second) s(q, second).
fn contributions(key: &Key, points: &[u8], s: &mut Scores) {
    let dims = key.dimensions();
    let (a, b) = (s.top, s.second);
    let weight_sum = |p: usize, den: &[f64]| -> f64 {
        (0..dims)
            .filter(|&d| den[p * dims + d] > 0.0)
            .map(|d| key.dim_weights[d])
            .sum()
    };
    let (wa, wb) = (weight_sum(a, &s.den), weight_sum(b, &s.den));
    for (q, (item, &point)) in key.items.iter().zip(points).enumerate() {
        s.contributions[q] = 0.0;
        if point == MISSING {
            continue;
        }
        let share = |p: usize, wp: f64| -> f64 {
            let cell = p * dims + item.dimension;
            match key.support(q, point, p) {
                Some(x) if wp > 0.0 && s.den[cell] > 0.0 => {
                    100.0 * key.dim_weights[item.dimension] * item.weight * x / (s.den[cell] * wp)
                }
                _ => 0.0,
            }
        };
        let second_share = if s.fits[b].is_some() {
            share(b, wb)
        } else {
            0.0
        };
        s.contributions[q] = share(a, wa) - second_share;
    }
}

#[cfg(test)]
mod tests;
