//! The scoring key: a validated rubric's structure as dense indices and precomputed numbers.
//! Nothing in it is text a person reads; that lives in [`super::Texts`].

use sha2::{Digest, Sha256};

/// The most paths a rubric may compare (paths are held in a 64-bit set).
pub const MAX_PATHS: usize = 64;
/// The most questions a rubric may have: more is no self-assessment anyone answers, and a
/// rubric's cost to read, check and explain grows with it.
pub const MAX_QUESTIONS: usize = 5_000;
/// The most points a scale may have (an answer is one byte; 255 means missing).
pub const MAX_POINTS: usize = 101;
/// Weights are relative; anything larger is a typo, and sums of such numbers overflow.
pub const MAX_WEIGHT: f64 = 1000.0;

/// A set of path indices.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PathSet(pub u64);

impl PathSet {
    pub fn contains(self, p: usize) -> bool {
        p < MAX_PATHS && self.0 & (1 << p) != 0
    }
    pub fn insert(&mut self, p: usize) {
        self.0 |= 1 << p;
    }
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..MAX_PATHS).filter(move |&p| self.contains(p))
    }
}

/// One question of the key.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub dimension: usize,
    /// The path that agreeing points to (before reverse keying).
    pub favors: usize,
    /// The paths that disagreeing points to.
    pub against: PathSet,
    pub reverse: bool,
    pub weight: f64,
    pub skill: Option<usize>,
    /// The question on the same topic keyed the other way, when the rubric names one.
    pub twin: Option<usize>,
}

impl Item {
    /// Whether this question counts for path `p`.
    pub fn counts_for(&self, p: usize) -> bool {
        self.favors == p || self.against.contains(p)
    }
}

/// A rubric compiled for scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// The lowest value on the scale; answers are stored as `value - scale_min`.
    pub scale_min: i64,
    /// How many points the scale has (at least 2).
    pub points: usize,
    /// Points the margin needs for a clear lean.
    pub tie_margin: f64,
    /// The share of questions that must be answered, as written in the rubric.
    pub min_share: f64,
    /// How many answers a sheet needs (at least 1).
    pub min_answered: usize,
    pub paths: usize,
    pub dim_weights: Vec<f64>,
    pub items: Vec<Item>,
    /// `position[i]`: answer point `i` mapped onto 0..=1.
    pub position: Vec<f64>,
    /// `favoured[q * points + i]`: s(q, favours) for answer point `i`, reverse keying applied.
    pub favoured: Vec<f64>,
    /// Two paths, and every question counts for both (scored by a faster loop).
    pub pairs: bool,
    /// Question indices grouped by dimension; dimension `d` holds
    /// `by_dimension[dimension_start[d]..dimension_start[d + 1]]`.
    pub by_dimension: Vec<u32>,
    /// With `pairs`: per question, its weight on the side of path 0 or of path 1 (the other 0).
    pub pair_weights: Vec<[f64; 2]>,
    pub dimension_start: Vec<usize>,
    /// Hex sha256 of the scoring structure and ids, shared by every language of one rubric.
    pub hash: String,
}

impl Key {
    /// Fills in what is derived (positions, the answer count needed, the hash) from the rest;
    /// `ids` are the ids the answers refer to, so they are part of the hash.
    pub fn finish(mut self, ids: &super::Ids) -> Key {
        self.position = (0..self.points)
            .map(|i| i as f64 / (self.points - 1) as f64)
            .collect();
        self.favoured = self
            .items
            .iter()
            .flat_map(|item| {
                self.position
                    .iter()
                    .map(move |&x| if item.reverse { 1.0 - x } else { x })
            })
            .collect();
        self.pairs = self.paths == 2
            && self
                .items
                .iter()
                .all(|i| i.favors < 2 && i.against.0 == 1 << (1 - i.favors));
        self.pair_weights = self
            .items
            .iter()
            .map(|i| {
                if i.favors == 0 {
                    [i.weight, 0.0]
                } else {
                    [0.0, i.weight]
                }
            })
            .collect();
        self.by_dimension.clear();
        self.dimension_start = vec![0];
        for d in 0..self.dim_weights.len() {
            self.by_dimension.extend(
                (0..self.items.len() as u32).filter(|&q| self.items[q as usize].dimension == d),
            );
            self.dimension_start.push(self.by_dimension.len());
        }
        self.min_answered = ((self.min_share * self.items.len() as f64).ceil() as usize).max(1);
        self.hash = self.digest(ids);
        self
    }

    pub fn questions(&self) -> usize {
        self.items.len()
    }

    pub fn dimensions(&self) -> usize {
        self.dim_weights.len()
    }

    /// The scale value of answer point `i`.
    pub fn value(&self, point: u8) -> i64 {
        self.scale_min + i64::from(point)
    }

    /// The answer point of scale value `v`, when it is on the scale.
    #[inline]
    pub fn point(&self, v: i64) -> Option<u8> {
        // One unsigned comparison covers both ends (and overflow) of the scale.
        let i = v.wrapping_sub(self.scale_min) as u64;
        (i < self.points as u64).then_some(i as u8)
    }

    /// The midpoint of the scale, rounded down (where the cursor starts).
    pub fn midpoint(&self) -> u8 {
        ((self.points - 1) / 2) as u8
    }

    /// s(q, p): how far answer point `point` to question `q` supports path `p`, or None when the
    /// question does not count for `p`.
    #[inline]
    pub fn support(&self, q: usize, point: u8, p: usize) -> Option<f64> {
        let item = &self.items[q];
        let x = self.favoured[q * self.points + usize::from(point)];
        if item.favors == p {
            Some(x)
        } else if item.against.contains(p) {
            Some(1.0 - x)
        } else {
            None
        }
    }

    fn digest(&self, ids: &super::Ids) -> String {
        let mut h = Sha256::new();
        let mut put = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        put(b"pathfit-key-1");
        put(&self.scale_min.to_le_bytes());
        put(&(self.points as u64).to_le_bytes());
        put(&self.tie_margin.to_le_bytes());
        put(&self.min_share.to_le_bytes());
        for id in &ids.paths {
            put(id.as_bytes());
        }
        for (id, w) in ids.dimensions.iter().zip(&self.dim_weights) {
            put(id.as_bytes());
            put(&w.to_le_bytes());
        }
        for (id, q) in ids.questions.iter().zip(&self.items) {
            put(id.as_bytes());
            put(&(q.dimension as u64).to_le_bytes());
            put(&(q.favors as u64).to_le_bytes());
            put(&q.against.0.to_le_bytes());
            put(&[u8::from(q.reverse)]);
            put(&q.weight.to_le_bytes());
            put(&q.skill.map_or(u64::MAX, |s| s as u64).to_le_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}
