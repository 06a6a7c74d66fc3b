//! Leaf helpers every layer may use: stderr messages, printable text, outside text made inert,
//! safe reading, atomic writing, the pager. Nothing here knows about rubrics or answers.

pub mod input;
pub mod names;
pub mod neutral;
pub mod pager;
pub mod printable;
pub mod store;

use std::io::Write;

/// Writes one line to stderr. A stderr that cannot be written (a full disk, a closed pipe) must
/// not stop pathfit or make it panic, as `eprintln!` would.
pub fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// `say!` is `eprintln!` that never panics.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => { $crate::base::say(&format!($($arg)*)) };
}
