//! Pure: a cohort's figures, as counters. Memory does not grow with the number of respondents:
//! medians come from histograms of 0.1-point bins (so they are exact to 0.1 point).

use crate::rubric::Rubric;
use crate::scoring::{MISSING, Scores};

/// Bins of 0.1 point from 0 to 100.
const BINS: usize = 1001;

fn bin(x: f64) -> usize {
    ((x.clamp(0.0, 100.0) * 10.0).round() as usize).min(BINS - 1)
}

/// Sum, count and histogram of one figure.
#[derive(Debug, Clone)]
pub struct Stat {
    sum: f64,
    pub count: usize,
    hist: Vec<u32>,
}

impl Stat {
    fn new() -> Self {
        Stat {
            sum: 0.0,
            count: 0,
            hist: vec![0; BINS],
        }
    }

    /// A figure counted, but for the sum.
    fn counted(&mut self, x: f64) {
        self.count += 1;
        self.hist[bin(x)] += 1;
    }

    /// Another stat's counts (not its sum).
    fn merge(&mut self, other: &Stat) {
        self.count += other.count;
        for (a, b) in self.hist.iter_mut().zip(&other.hist) {
            *a += b;
        }
    }

    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / self.count as f64)
    }

    /// The median to the nearest 0.1 point: the middle value, or the mean of the two middle
    /// values for an even count.
    pub fn median(&self) -> Option<f64> {
        if self.count == 0 {
            return None;
        }
        let n = self.count as u64;
        let (lower, upper) = (self.nth(n.div_ceil(2))?, self.nth(n / 2 + 1)?);
        Some((lower + upper) / 2.0)
    }

    /// The `k`-th smallest value (1-based), to its 0.1-point bin.
    fn nth(&self, k: u64) -> Option<f64> {
        let mut seen = 0u64;
        for (i, &c) in self.hist.iter().enumerate() {
            seen += u64::from(c);
            if seen >= k {
                return Some(i as f64 / 10.0);
            }
        }
        None
    }

    /// Counts in `n` equal bins from 0 to 100.
    pub fn histogram(&self, n: usize) -> Vec<u32> {
        let mut out = vec![0; n];
        for (i, &c) in self.hist.iter().enumerate() {
            out[(i * n / (BINS - 1)).min(n - 1)] += c;
        }
        out
    }
}

#[derive(Debug, Clone)]
pub struct Cohort {
    pub key_hash: String,
    pub respondents: usize,
    pub skipped: usize,
    /// Per path: how many clearly lean to it; then, last, how many have no clear lean.
    pub verdicts: Vec<usize>,
    pub fits: Vec<Stat>,
    /// Per path and dimension.
    pub dims: Vec<Stat>,
    pub margins: Stat,
    /// Per question: how many answered it, and how many answers were a skill gap for its path.
    pub answered: Vec<usize>,
    pub gaps: Vec<usize>,
}

impl Cohort {
    pub fn new(rubric: &Rubric) -> Cohort {
        let k = &rubric.key;
        Cohort {
            key_hash: k.hash.clone(),
            respondents: 0,
            skipped: 0,
            verdicts: vec![0; k.paths + 1],
            fits: (0..k.paths).map(|_| Stat::new()).collect(),
            dims: (0..k.paths * k.dimensions()).map(|_| Stat::new()).collect(),
            margins: Stat::new(),
            answered: vec![0; k.questions()],
            gaps: vec![0; k.questions()],
        }
    }

    /// Counts one scored sheet (of the same rubric).
    pub fn add(&mut self, rubric: &Rubric, points: &[u8], s: &Scores) {
        self.count(rubric, points, s);
        self.stats().zip(Cohort::figures(s)).for_each(|(stat, x)| {
            if let Some(x) = x {
                stat.sum += x;
            }
        });
    }

    /// The stats a sheet's figures go to, in the order of [`Cohort::figures`].
    fn stats(&mut self) -> impl Iterator<Item = &mut Stat> {
        let (fits, dims) = (&mut self.fits, &mut self.dims);
        fits.iter_mut()
            .chain(dims.iter_mut())
            .chain(std::iter::once(&mut self.margins))
    }

    /// A sheet's figures: its fits, its dimensions and its margin.
    pub fn figures(s: &Scores) -> impl Iterator<Item = Option<f64>> + '_ {
        s.fits
            .iter()
            .chain(&s.dims)
            .copied()
            .chain(std::iter::once(Some(s.shown_margin)))
    }

    /// Another cohort's counts, and the sums of the figures its sheets had, in order (as
    /// [`Cohort::figures`] gave them): the sums are added one figure at a time, as `add`
    /// adds them, so they come out the same to the last bit.
    pub fn merge(&mut self, other: &Cohort, figures: &[Option<f64>]) {
        self.respondents += other.respondents;
        for (a, b) in self.verdicts.iter_mut().zip(&other.verdicts) {
            *a += b;
        }
        for (a, b) in self.answered.iter_mut().zip(&other.answered) {
            *a += b;
        }
        for (a, b) in self.gaps.iter_mut().zip(&other.gaps) {
            *a += b;
        }
        let mut stats: Vec<&mut Stat> = self.stats().collect();
        for (a, b) in stats.iter_mut().zip(other.fits.iter().chain(&other.dims)) {
            a.merge(b);
        }
        if let Some(m) = stats.last_mut() {
            m.merge(&other.margins);
        }
        let n = stats.len();
        for (i, x) in figures.iter().enumerate() {
            if let Some(x) = x {
                stats[i % n].sum += x;
            }
        }
    }

    /// `add` but for the sums of the figures: what can be counted apart and merged.
    pub fn count(&mut self, rubric: &Rubric, points: &[u8], s: &Scores) {
        let k = &rubric.key;
        self.respondents += 1;
        self.verdicts[s.lean.unwrap_or(k.paths)] += 1;
        self.stats().zip(Cohort::figures(s)).for_each(|(stat, x)| {
            if let Some(x) = x {
                stat.counted(x);
            }
        });
        for (q, &p) in points.iter().enumerate() {
            if p == MISSING {
                continue;
            }
            self.answered[q] += 1;
            let item = &k.items[q];
            if item.skill.is_some() && k.support(q, p, item.favors).is_some_and(|x| x <= 0.5) {
                self.gaps[q] += 1;
            }
        }
    }

    /// The questions most often a gap, most first, at most `n`.
    pub fn common_gaps(&self, n: usize) -> Vec<(usize, usize)> {
        let mut list: Vec<(usize, usize)> = self
            .gaps
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(q, c)| (q, *c))
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(n);
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};
    use crate::scoring;

    #[test]
    fn figures_computed_by_hand() {
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let mut c = Cohort::new(&r);
        let n = r.key.questions();
        // Three sheets: all neutral (50/50, tie), all towards generalist (100/0), and again neutral.
        let toward: Vec<u8> = r
            .key
            .items
            .iter()
            .map(|q| if (q.favors == 0) != q.reverse { 4 } else { 0 })
            .collect();
        for sheet in [vec![2u8; n], toward, vec![2u8; n]] {
            let s = scoring::score(&r.key, &sheet);
            c.add(&r, &sheet, &s);
        }
        assert_eq!(c.respondents, 3);
        assert_eq!(c.verdicts, vec![1, 0, 2], "1 generalist, 2 no clear lean");
        assert!((c.fits[0].mean().unwrap() - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(c.fits[0].median(), Some(50.0));
        assert_eq!(c.margins.median(), Some(0.0));
        assert_eq!(c.margins.histogram(10), vec![2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(c.answered[0], 3);
        // Neutral answers to a skill item are gaps; the all-generalist sheet has none for
        // generalist items, and its specialist skill items (answered lowest) are gaps.
        let first_specialist_skill = r
            .key
            .items
            .iter()
            .position(|q| q.favors == 1 && q.skill.is_some())
            .unwrap();
        assert_eq!(c.gaps[0], 2);
        assert_eq!(c.gaps[first_specialist_skill], 3);
    }
}
