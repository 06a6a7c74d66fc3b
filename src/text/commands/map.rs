//! What `pathfit map` prints: which column went to which question.

use crate::base::printable::printable as safe;

pub fn heading(file: &str, layout: &str, given: bool, rubric: &str) -> String {
    let how = if given { "as given" } else { "detected" };
    format!(
        "Columns of {} ({layout} layout, {how}) matched to rubric `{rubric}`:",
        safe(file)
    )
}

pub const RESPONDENT_ID: &str = "(respondent id)";
pub const NOT_A_QUESTION: &str = "(not a question: never copied into output)";
pub const ALL_FOUND: &str = "Every question has a column.";
pub const HOW_TO_MAP: &str = "Map a column to one with a line `\"column header\" = \"question_id\"` in a file passed as --map.";

pub fn column(header: &str, what: &str) -> String {
    format!("  \"{header}\" -> {what}")
}

pub fn missing(ids: &[&str]) -> String {
    format!(
        "Questions with no column ({}): {}",
        ids.len(),
        ids.join(", ")
    )
}
