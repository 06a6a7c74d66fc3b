//! The words that decode a cell (the scale's labels and values, and what means "not
//! answered"), folded and compiled for comparison with a cell's bytes a few loads at a time.

use super::Options;
use super::columns::fold;
use crate::rubric::Rubric;
use crate::rubric::not_answered::NOT_ANSWERED;

/// One decoded answer cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Answer {
    Point(u8),
    Missing,
}

/// Longest cell the byte path folds on the stack; longer ones take the text path.
pub(super) const FAST_CELL: usize = 64;

/// A folded word as 8-byte parts for comparison: at offsets 0, 8, ... and a last part ending
/// at the word's end (parts may overlap), so a cell of the word's length is compared with a
/// few unaligned loads. A part matches when `(cell | mask) == text`, where the mask has 0x20
/// on letters: case is ignored on letters only.
#[derive(Clone)]
pub(super) struct Word {
    /// (offset, text, mask).
    parts: Vec<(usize, u64, u64)>,
    pub(super) answer: Answer,
}

/// The 8 bytes of `bytes` from `at` as a little-endian u64. A text shorter than 8 bytes is
/// read whole from `at` = 0: two overlapping 4-byte loads from 4 bytes up, bytes below that;
/// the same text always reads the same, so a word and a cell compare equal.
#[inline]
pub(super) fn load(bytes: &[u8], at: usize) -> u64 {
    if let Some(whole) = bytes.get(at..at + 8) {
        return <[u8; 8]>::try_from(whole).map_or(0, u64::from_le_bytes);
    }
    let n = bytes.len();
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_le_bytes)
    };
    if n >= 4 {
        u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << 32
    } else {
        bytes
            .iter()
            .enumerate()
            .fold(0, |v, (k, &b)| v | u64::from(b) << (8 * k))
    }
}

impl Word {
    fn new(folded: &[u8], answer: Answer) -> Word {
        let mask: Vec<u8> = folded
            .iter()
            .map(|b| if b.is_ascii_lowercase() { 0x20 } else { 0 })
            .collect();
        let n = folded.len();
        let mut offsets: Vec<usize> = (0..n.saturating_sub(7)).step_by(8).collect();
        if n >= 8 && offsets.last() != Some(&(n - 8)) {
            offsets.push(n - 8);
        }
        if n < 8 {
            offsets = vec![0];
        }
        Word {
            parts: offsets
                .into_iter()
                .map(|at| (at, load(folded, at), load(&mask, at)))
                .collect(),
            answer,
        }
    }

    /// Whether `cell` (of the word's length) is the word, ignoring the case of letters.
    #[inline]
    pub(super) fn matches(&self, cell: &[u8]) -> bool {
        self.parts
            .iter()
            .all(|&(at, text, mask)| load(cell, at) | mask == text)
    }
}

/// The folded labels and label aliases of the scale, with their points.
pub(super) fn labels(rubric: &Rubric) -> Vec<(Box<[u8]>, u8)> {
    let labels = rubric.texts.labels.iter().enumerate();
    let aliases = rubric.texts.label_aliases.iter();
    labels
        .map(|(p, l)| (fold(l).into_bytes().into(), p as u8))
        .chain(aliases.map(|(w, p)| (fold(w).into_bytes().into(), *p)))
        .collect()
}

/// The folded words and codes that mean "not answered": pathfit's, the flags' and the rubric's.
pub(super) fn missing(rubric: &Rubric, options: &Options) -> Vec<Box<[u8]>> {
    NOT_ANSWERED
        .iter()
        .map(|m| (*m).to_owned())
        .chain(options.missing.iter().map(|m| fold(m)))
        .chain(rubric.texts.missing_codes.iter().map(|m| fold(m)))
        .map(|m| m.into_bytes().into())
        .collect()
}

/// Every word that decodes a cell, by its length: "not answered" first, then labels, then the
/// scale values as written ("1" to "5"), so one lookup decodes any cell.
pub(super) fn by_len(
    rubric: &Rubric,
    labels: &[(Box<[u8]>, u8)],
    missing: &[Box<[u8]>],
) -> Vec<Vec<Word>> {
    let mut by_len: Vec<Vec<Word>> = vec![Vec::new(); FAST_CELL + 1];
    let values = (0..rubric.key.points).map(|p| {
        let text: Box<[u8]> = rubric.key.value(p as u8).to_string().into_bytes().into();
        (text, p as u8)
    });
    let words = missing
        .iter()
        .map(|m| (m.clone(), Answer::Missing))
        .chain(labels.iter().map(|(l, p)| (l.clone(), Answer::Point(*p))))
        .chain(values.map(|(v, p)| (v, Answer::Point(p))));
    for (word, answer) in words {
        if let Some(list) = by_len.get_mut(word.len()) {
            list.push(Word::new(&word, answer));
        }
    }
    by_len
}
