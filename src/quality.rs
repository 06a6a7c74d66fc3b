//! Pure: signs that answers were given carelessly. They warn and never refuse a sheet.

use crate::rubric::Key;
use crate::rubric::key::MAX_POINTS;
use crate::scoring::MISSING;

/// Straight-lining: at least this share of the answers is one and the same point.
const SAME_SHARE: f64 = 0.9;
/// Too many midpoints: at least this share of the answers is the midpoint.
const MIDPOINT_SHARE: f64 = 0.5;
/// Too many skipped: at least this share of the questions is unanswered.
const SKIPPED_SHARE: f64 = 0.2;
/// Checks that look at the whole sheet need at least this many answers.
const MIN_ANSWERS: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// `count` of `answered` answers are the same point.
    StraightLining {
        point: u8,
        count: usize,
        answered: usize,
    },
    /// Agreed with both items of `pairs` of the `of` twin pairs answered.
    Acquiescence {
        pairs: usize,
        of: usize,
    },
    ManyMidpoints {
        count: usize,
        answered: usize,
    },
    ManySkipped {
        count: usize,
        total: usize,
    },
    /// `count` of `timed` answers came faster than the question can be read.
    TooFast {
        count: usize,
        timed: usize,
    },
}

impl Flag {
    /// The flag's name as machines read it, the same in every format (CSV `quality`
    /// column, JSON `quality.flags`): snake_case.
    pub fn name(&self) -> &'static str {
        match self {
            Flag::StraightLining { .. } => "straight_lining",
            Flag::Acquiescence { .. } => "acquiescence",
            Flag::ManyMidpoints { .. } => "many_midpoints",
            Flag::ManySkipped { .. } => "many_skipped",
            Flag::TooFast { .. } => "too_fast",
        }
    }
}

/// Words a quick reader takes in per second (about 300 a minute).
const READING_WORDS_PER_SECOND: f64 = 5.0;

/// Whether an answer came sooner than a quick reader reads a question of `words` words.
pub fn quicker_than_reading(words: usize, secs: f64) -> bool {
    secs < words as f64 / READING_WORDS_PER_SECOND
}

/// The assessment's timing check: answers given faster than their question can be read, when
/// that is half or more of them. `timings` holds (words in the question, seconds taken).
pub fn too_fast(timings: &[(usize, f64)]) -> Option<Flag> {
    let fast = timings
        .iter()
        .filter(|(words, secs)| quicker_than_reading(*words, *secs))
        .count();
    (timings.len() >= MIN_ANSWERS && fast * 2 >= timings.len()).then_some(Flag::TooFast {
        count: fast,
        timed: timings.len(),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quality {
    /// Answers on the midpoint of an odd scale, and how many were answered.
    pub midpoints: usize,
    pub answered: usize,
    pub flags: Vec<Flag>,
}

pub fn check(key: &Key, points: &[u8]) -> Quality {
    // One count per scale point, on the stack: no allocation for a sheet without flags.
    let mut counts = [0usize; MAX_POINTS];
    for &p in points {
        if let Some(c) = counts.get_mut(usize::from(p)) {
            *c += 1;
        }
    }
    let counts = &counts[..key.points.min(MAX_POINTS)];
    let n: usize = counts.iter().sum();
    let midpoints = if key.points % 2 == 1 {
        counts[usize::from(key.midpoint())]
    } else {
        0
    };
    let mut flags = Vec::new();
    flags.extend(sameness(key, counts, midpoints));
    flags.extend(acquiescence(key, points));
    let skipped = points.len() - n;
    if skipped as f64 >= SKIPPED_SHARE * points.len() as f64 && skipped > 0 {
        flags.push(Flag::ManySkipped {
            count: skipped,
            total: points.len(),
        });
    }
    Quality {
        midpoints,
        answered: n,
        flags,
    }
}

/// Straight-lining, or else too many midpoints, from the count of each answer point.
fn sameness(key: &Key, counts: &[usize], midpoints: usize) -> Option<Flag> {
    let n: usize = counts.iter().sum();
    if n < MIN_ANSWERS {
        return None;
    }
    let (point, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, c)| **c)
        .unwrap_or((0, &0));
    if count as f64 >= SAME_SHARE * n as f64 {
        Some(Flag::StraightLining {
            point: point as u8,
            count,
            answered: n,
        })
    } else if key.points % 2 == 1 && midpoints as f64 >= MIDPOINT_SHARE * n as f64 {
        Some(Flag::ManyMidpoints {
            count: midpoints,
            answered: n,
        })
    } else {
        None
    }
}

/// Twins state opposite preferences: agreeing with both is agreement, not an opinion.
fn acquiescence(key: &Key, points: &[u8]) -> Option<Flag> {
    let (mut both, mut pairs) = (0, 0);
    for (q, item) in key.items.iter().enumerate() {
        let Some(t) = item.twin else { continue };
        let (a, b) = (points[q], points[t]);
        if a == MISSING || b == MISSING {
            continue;
        }
        pairs += 1;
        let agrees = |p: u8| usize::from(p) * 2 > key.points - 1;
        if agrees(a) && agrees(b) {
            both += 1;
        }
    }
    (pairs >= 2 && both * 2 >= pairs).then_some(Flag::Acquiescence {
        pairs: both,
        of: pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};

    #[test]
    fn answers_faster_than_reading_are_flagged() {
        let quick: Vec<(usize, f64)> = (0..10).map(|_| (15, 0.8)).collect();
        assert_eq!(
            too_fast(&quick),
            Some(Flag::TooFast {
                count: 10,
                timed: 10
            })
        );
        let careful: Vec<(usize, f64)> = (0..10).map(|_| (15, 6.0)).collect();
        assert_eq!(too_fast(&careful), None);
    }

    #[test]
    fn each_flag_has_a_sheet_that_raises_it_and_normal_sheets_raise_none() {
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let k = &r.key;
        let n = k.questions();
        // All "Agree": straight-lining, and agreeing with every twin pair.
        let q = check(k, &vec![3; n]);
        assert!(
            matches!(q.flags[0], Flag::StraightLining { point: 3, .. }),
            "{q:?}"
        );
        assert!(q.flags.contains(&Flag::Acquiescence { pairs: 4, of: 4 }));
        // Mostly neutral, with some variety: too many midpoints.
        let mut mostly: Vec<u8> = vec![2; n];
        for p in mostly.iter_mut().take(10) {
            *p = 4;
        }
        assert_eq!(
            check(k, &mostly).flags,
            vec![Flag::ManyMidpoints {
                count: 22,
                answered: 32
            }]
        );
        // Seven skipped of 32.
        let mut skipped: Vec<u8> = (0..n).map(|i| (i % 5) as u8).collect();
        for p in skipped.iter_mut().take(7) {
            *p = MISSING;
        }
        assert!(check(k, &skipped).flags.contains(&Flag::ManySkipped {
            count: 7,
            total: 32
        }));
        // Honest persona sheets raise nothing.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/personas");
        for name in [
            "executive-assistant.toml",
            "contracts-specialist.toml",
            "likes-both.toml",
        ] {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let raw =
                crate::answers::parse_raw(name, crate::answers::FileFormat::Toml, &text).unwrap();
            let sheet = crate::answers::decode(raw, &r).unwrap();
            assert_eq!(check(k, &sheet.points).flags, Vec::new(), "{name}");
        }
    }
}
