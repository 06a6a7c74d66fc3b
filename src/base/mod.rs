//! Leaf helpers every layer may use: stderr messages, printable text, outside text made inert,
//! places in text, safe reading, atomic writing, the pager, stop signals. Nothing here knows
//! about rubrics or answers, and nothing here words a sentence: errors are typed, worded in
//! `text::base`.

pub mod clash;
pub mod input;
pub mod lang;
pub mod lock;
pub mod names;
pub mod neutral;
pub mod pager;
pub mod place;
pub mod printable;
pub mod signal;
pub mod store;
pub mod wrap;

use std::io::Write;

/// The kind of file read or written, for the words of an error about it (`text::base`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    AnswerFile,
    SurveyExport,
    MappingFile,
    RubricFile,
    ResumeFile,
    OutputFile,
    /// The mapping file `pathfit map --write` makes.
    WrittenMap,
    SaveFile,
    /// The iCalendar file `--calendar` writes.
    CalendarFile,
}

/// Today's local date as `YYYY-MM-DD`; SOURCE_DATE_EPOCH (seconds, reproducible-builds.org)
/// fixes it, for output that must not change from day to day.
pub fn today() -> String {
    let fixed = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0));
    match fixed {
        Some(t) => t.format("%Y-%m-%d").to_string(),
        None => chrono::Local::now().format("%Y-%m-%d").to_string(),
    }
}

/// Today's date as a date: [`today`], or the clock's local date should that not read back.
pub fn today_date() -> chrono::NaiveDate {
    today()
        .parse()
        .unwrap_or_else(|_| chrono::Local::now().date_naive())
}

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
