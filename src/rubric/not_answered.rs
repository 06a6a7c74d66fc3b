//! The cell words that always mean "not answered" in a survey export: the survey reader reads
//! them so, and the rubric check keeps scale aliases apart from them.

/// Answers that always mean "not answered" in a survey export, folded; a rubric's scale
/// aliases must differ from them.
pub const NOT_ANSWERED: &[&str] = &[
    "n/a",
    "na",
    "-",
    "prefer not to say",
    "no answer",
    "skip",
    "skipped",
];
