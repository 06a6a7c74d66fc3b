//! A lint for rubric authors: keying balance, twins, the largest swing of one answer, item
//! length and reading grade, near-duplicate items, and the verdicts of uniform sheets. Pure:
//! it returns findings as data; `text::rubric` words them. It lives with scoring because the
//! swing and the uniform sheets are scores.

use std::collections::{HashMap, HashSet};

use crate::rubric::Rubric;
use crate::scoring;

/// The most words an item should have.
pub const MAX_WORDS: usize = 20;
/// The highest Flesch-Kincaid grade an item should have (English rubrics only).
pub const MAX_GRADE: f64 = 7.0;
/// Word-set overlap (Jaccard) at which two items count as near-duplicates.
const NEAR_DUPLICATE: f64 = 0.8;

/// One thing a rubric author should look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// In dimension `dimension`, agreeing points to the paths unevenly: `counts[p]` items each.
    Unbalanced {
        dimension: usize,
        counts: Vec<usize>,
    },
    ReverseWithoutTwin {
        question: usize,
    },
    /// The twin is in another dimension, or agreeing with it points the same way.
    BadTwin {
        question: usize,
        twin: usize,
    },
    /// Moving this one answer across the scale moves the margin by `swing` >= tie_margin.
    Swing {
        question: usize,
        swing: f64,
    },
    TooLong {
        question: usize,
        words: usize,
    },
    HardToRead {
        question: usize,
        grade: f64,
    },
    NearDuplicate {
        question: usize,
        other: usize,
    },
    /// A uniform sheet (every answer the same point) gives a clear lean.
    UniformLean {
        point: u8,
        lean: usize,
    },
}

/// The lint's figures and findings for one rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Lint {
    /// Per dimension, per path: the items agreeing with which points to that path.
    pub keying: Vec<Vec<usize>>,
    pub reverse_items: usize,
    /// The largest swing of one answer and its question.
    pub swing: (f64, usize),
    pub longest: (usize, usize),
    /// The highest reading grade and its question; None for a rubric not in English.
    pub hardest: Option<(f64, usize)>,
    /// For all lowest, all middle, all highest: the lean, if any.
    pub uniform: Vec<(u8, Option<usize>)>,
    pub findings: Vec<Finding>,
}

/// The path agreeing with question `q` points to (for a reverse-keyed item in a two-path
/// rubric, the other path; with more paths, None).
fn agrees_with(rubric: &Rubric, q: usize) -> Option<usize> {
    let item = &rubric.key.items[q];
    match (item.reverse, rubric.key.paths) {
        (false, _) => Some(item.favors),
        (true, 2) => Some(1 - item.favors),
        (true, _) => None,
    }
}

/// Lints `rubric`; the findings come in the order of the checks.
pub fn lint(rubric: &Rubric) -> Lint {
    let key = &rubric.key;
    let mut findings = Vec::new();
    let keying = keying(rubric, &mut findings);
    let reverse_items = twins(rubric, &mut findings);
    let swing = swings(rubric, &mut findings);
    let (longest, hardest) = readability(rubric, &mut findings);
    near_duplicates(rubric, &mut findings);
    let top = (key.points - 1) as u8;
    let uniform: Vec<(u8, Option<usize>)> = [0, key.midpoint(), top]
        .into_iter()
        .map(|p| (p, scoring::score(key, &vec![p; key.questions()]).lean))
        .collect();
    for &(point, lean) in &uniform {
        if let Some(lean) = lean {
            findings.push(Finding::UniformLean { point, lean });
        }
    }
    Lint {
        keying,
        reverse_items,
        swing,
        longest,
        hardest,
        uniform,
        findings,
    }
}

/// Per dimension, per path: the items agreeing with which points to that path; a dimension
/// whose counts differ by more than one is unbalanced.
fn keying(rubric: &Rubric, findings: &mut Vec<Finding>) -> Vec<Vec<usize>> {
    let key = &rubric.key;
    let mut keying = vec![vec![0; key.paths]; key.dimensions()];
    for q in 0..key.questions() {
        if let Some(p) = agrees_with(rubric, q) {
            keying[key.items[q].dimension][p] += 1;
        }
    }
    for (d, counts) in keying.iter().enumerate() {
        let (lo, hi) = (
            counts.iter().min().copied().unwrap_or(0),
            counts.iter().max().copied().unwrap_or(0),
        );
        if hi - lo > 1 {
            findings.push(Finding::Unbalanced {
                dimension: d,
                counts: counts.clone(),
            });
        }
    }
    keying
}

/// Each reverse-keyed item has a twin in its dimension keyed the other way; returns how many
/// items are reverse-keyed.
fn twins(rubric: &Rubric, findings: &mut Vec<Finding>) -> usize {
    let key = &rubric.key;
    let mut reverse_items = 0;
    for (q, item) in key.items.iter().enumerate() {
        if !item.reverse {
            continue;
        }
        reverse_items += 1;
        match item.twin {
            None => findings.push(Finding::ReverseWithoutTwin { question: q }),
            Some(t) => {
                let same_dimension = key.items[t].dimension == item.dimension;
                let opposite = agrees_with(rubric, q) != agrees_with(rubric, t);
                if !same_dimension || !opposite {
                    findings.push(Finding::BadTwin {
                        question: q,
                        twin: t,
                    });
                }
            }
        }
    }
    reverse_items
}

/// For each question, with every other answer at the midpoint: how far moving it from one
/// end of the scale to the other moves the margin between any two paths.
fn swings(rubric: &Rubric, findings: &mut Vec<Finding>) -> (f64, usize) {
    let key = &rubric.key;
    let mut points = vec![key.midpoint(); key.questions()];
    let top = (key.points - 1) as u8;
    let mut largest = (0.0, 0);
    for q in 0..key.questions() {
        points[q] = 0;
        let low = scoring::score(key, &points).fits;
        points[q] = top;
        let high = scoring::score(key, &points).fits;
        points[q] = key.midpoint();
        let mut swing: f64 = 0.0;
        for a in 0..key.paths {
            for b in 0..key.paths {
                if let (Some(la), Some(lb), Some(ha), Some(hb)) = (low[a], low[b], high[a], high[b])
                {
                    swing = swing.max(((ha - hb) - (la - lb)).abs());
                }
            }
        }
        if swing > largest.0 {
            largest = (swing, q);
        }
        if swing >= key.tie_margin && key.tie_margin > 0.0 {
            findings.push(Finding::Swing { question: q, swing });
        }
    }
    largest
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Syllables by vowel groups, less a silent final e: the usual estimate, good enough to rank.
fn syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut last = false;
    for &c in &chars {
        let v = vowel(c);
        if v && !last {
            count += 1;
        }
        last = v;
    }
    if chars.len() > 2 && chars.ends_with(&['e']) && !chars.ends_with(&['l', 'e']) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch-Kincaid grade: 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59.
pub fn grade(text: &str) -> f64 {
    let w = words(text);
    if w.is_empty() {
        return 0.0;
    }
    let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
    let syl: usize = w.iter().map(|x| syllables(x)).sum();
    0.39 * (w.len() as f64 / sentences) + 11.8 * (syl as f64 / w.len() as f64) - 15.59
}

type Longest = (usize, usize);

fn readability(rubric: &Rubric, findings: &mut Vec<Finding>) -> (Longest, Option<(f64, usize)>) {
    let english = rubric.texts.language.starts_with("en");
    let mut longest = (0, 0);
    let mut hardest: Option<(f64, usize)> = None;
    for (q, text) in rubric.texts.questions.iter().enumerate() {
        let n = words(text).len();
        if n > longest.0 {
            longest = (n, q);
        }
        if n > MAX_WORDS {
            findings.push(Finding::TooLong {
                question: q,
                words: n,
            });
        }
        if english {
            let g = grade(text);
            if hardest.is_none_or(|(h, _)| g > h) {
                hardest = Some((g, q));
            }
            if g > MAX_GRADE {
                findings.push(Finding::HardToRead {
                    question: q,
                    grade: g,
                });
            }
        }
    }
    (longest, hardest)
}

/// Items whose word sets overlap by [`NEAR_DUPLICATE`] or more (Jaccard), each named once
/// with the first earlier item it repeats. Candidates come from a prefix index (words ordered
/// rarest first: two sets that overlap that much share a word among the first
/// `len - ceil(0.8 len) + 1` of each), so the work grows with the pairs that share rare words,
/// not with the square of the questions.
fn near_duplicates(rubric: &Rubric, findings: &mut Vec<Finding>) {
    let sets = word_ids(&rubric.texts.questions);
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (b, set) in sets.iter().enumerate() {
        let prefix = set.len() - (4 * set.len()).div_ceil(5) + 1;
        let mut candidates: Vec<usize> = set
            .iter()
            .take(prefix.min(set.len()))
            .flat_map(|w| index.get(w).into_iter().flatten().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        if let Some(&a) = candidates
            .iter()
            .find(|&&a| jaccard(&sets[a], set) >= NEAR_DUPLICATE)
        {
            findings.push(Finding::NearDuplicate {
                question: b,
                other: a,
            });
        }
        for &w in set.iter().take(prefix.min(set.len())) {
            index.entry(w).or_default().push(b);
        }
    }
}

/// Each text's distinct words as ids, rarest word first (ties by id).
fn word_ids(texts: &[String]) -> Vec<Vec<u32>> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut sets: Vec<Vec<u32>> = texts
        .iter()
        .map(|t| {
            let mut set: Vec<u32> = words(t)
                .into_iter()
                .map(|w| {
                    let next = ids.len() as u32;
                    *ids.entry(w).or_insert(next)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect();
    let mut count = vec![0usize; ids.len()];
    for &w in sets.iter().flatten() {
        count[w as usize] += 1;
    }
    for set in &mut sets {
        set.sort_unstable_by_key(|&w| (count[w as usize], w));
    }
    sets
}

/// |A and B| / |A or B| of two word sets; 0 for two empty ones.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let small: HashSet<u32> = a.iter().copied().collect();
    let inter = b.iter().filter(|w| small.contains(w)).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Catalog;

    #[test]
    fn the_shipped_rubrics_are_lint_clean() {
        let catalog = Catalog::new(Vec::new());
        for id in ["office-secretary-vs-specialist", "specialist-vs-leadership"] {
            let r = catalog.resolve(id).unwrap();
            let l = lint(&r);
            assert_eq!(l.findings, Vec::new(), "{id}");
            assert!(l.swing.0 < r.key.tie_margin);
        }
    }

    #[test]
    fn syllables_and_grades_are_plausible() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("office"), 2);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("secretary"), 4);
        assert!(grade("I like cats.") < 2.0);
        assert!(
            grade("Organisational responsibilities necessitate comprehensive documentation.")
                > 12.0
        );
    }

    proptest::proptest! {
        /// The prefix index finds, for each item, the same first near-duplicate as comparing
        /// every pair does.
        #[test]
        fn near_duplicates_match_every_pair_compared(
            texts in proptest::collection::vec(
                proptest::collection::vec(0usize..8, 0..7), 1..30)
        ) {
            let vocab = ["i", "keep", "the", "files", "in", "order", "every", "day"];
            let texts: Vec<String> = texts
                .iter()
                .map(|t| t.iter().map(|&w| vocab[w]).collect::<Vec<_>>().join(" "))
                .collect();
            let sets = word_ids(&texts);
            let mut index = Vec::new();
            for b in 0..sets.len() {
                if let Some(a) = (0..b).find(|&a| jaccard(&sets[a], &sets[b]) >= NEAR_DUPLICATE) {
                    index.push((b, a));
                }
            }
            let mut rubric = crate::rubric::Catalog::new(Vec::new())
                .resolve("office-secretary-vs-specialist")
                .unwrap()
                .as_ref()
                .clone();
            rubric.texts.questions = texts;
            let mut findings = Vec::new();
            near_duplicates(&rubric, &mut findings);
            let found: Vec<(usize, usize)> = findings
                .iter()
                .filter_map(|f| match f {
                    Finding::NearDuplicate { question, other } => Some((*question, *other)),
                    _ => None,
                })
                .collect();
            proptest::prop_assert_eq!(found, index);
        }
    }
}
