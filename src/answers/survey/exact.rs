//! The cells most exports write, as written: each scale label in the rubric's case, lower case
//! and upper case, each scale value and the empty cell, with what the byte path makes of them.
//! A cell that is one of them byte for byte is decoded with one hash and one comparison; any
//! other cell takes the byte path, so the answer is always the byte path's.

use super::words::{Answer, load};
use crate::rubric::Rubric;

/// The cells the table holds for `rubric`: its labels as written, in lower and upper case,
/// its scale values and the empty cell.
pub(super) fn written(rubric: &Rubric) -> Vec<Vec<u8>> {
    let labels = rubric.texts.labels.iter();
    labels
        .flat_map(|l| [l.clone(), l.to_lowercase(), l.to_uppercase()])
        .chain((0..rubric.key.points).map(|p| rubric.key.value(p as u8).to_string()))
        .chain([String::new()])
        .map(String::into_bytes)
        .collect()
}

/// Slots of the table (a power of two).
const SLOTS: usize = 1024;

/// The longest cell the table holds.
const LONGEST: usize = 24;

/// A cell's bytes as a key: its length and three loads that cover up to 24 bytes.
type Key = (usize, u64, u64, u64);

/// The [`Key`] of a cell up to [`LONGEST`] bytes.
#[inline]
fn key(cell: &[u8]) -> Option<Key> {
    let n = cell.len();
    if n > LONGEST {
        return None;
    }
    if n < 8 {
        return Some((n, load(cell, 0), 0, 0));
    }
    let middle = if n > 16 { load(cell, 8) } else { 0 };
    Some((n, load(cell, 0), middle, load(cell, n - 8)))
}

#[inline]
fn slot(&(n, a, b, c): &Key) -> usize {
    let h =
        (a ^ b.rotate_left(17) ^ c.rotate_left(41) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 54) as usize % SLOTS
}

#[derive(Default)]
pub(super) struct Exact {
    slots: Vec<Option<(Key, Answer)>>,
}

impl Exact {
    /// The table of `cells`, each with the byte path's answer (`decode`), when it has one.
    pub(super) fn new(cells: &[Vec<u8>], decode: impl Fn(&[u8]) -> Option<Answer>) -> Exact {
        let mut slots = vec![None; SLOTS];
        for cell in cells {
            let (Some(k), Some(answer)) = (key(cell), decode(cell)) else {
                continue;
            };
            let mut s = slot(&k);
            // Linear probing; a cell met twice keeps its first (and same) answer.
            while let Some((other, _)) = slots[s] {
                if other == k {
                    break;
                }
                s = (s + 1) % SLOTS;
            }
            slots[s].get_or_insert((k, answer));
            if slots.iter().filter(|s| s.is_some()).count() >= SLOTS / 2 {
                break;
            }
        }
        Exact { slots }
    }

    /// The answer to a cell written as one of the table's cells.
    #[inline]
    pub(super) fn get(&self, cell: &[u8]) -> Option<Answer> {
        let k = key(cell)?;
        if self.slots.is_empty() {
            return None;
        }
        let mut s = slot(&k);
        loop {
            match &self.slots[s] {
                Some((other, answer)) if *other == k => return Some(*answer),
                Some(_) => s = (s + 1) % SLOTS,
                None => return None,
            }
        }
    }
}
