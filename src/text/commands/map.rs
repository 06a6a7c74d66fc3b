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

/// A column's line: `"header" -> what`. A header wider than `width` is wrapped, whole, in
/// its quotes, and the match follows its last line (or, when that is full, a line of its own).
pub fn column(header: &str, what: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let one = format!("  \"{header}\" -> {what}");
    if one.width() <= width {
        return one;
    }
    // One column is kept for the closing quote.
    let options = textwrap::Options::new(width.saturating_sub(1).max(12))
        .initial_indent("  \"")
        .subsequent_indent("   ");
    let mut lines: Vec<String> = textwrap::wrap(header, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect();
    let last = lines.pop().unwrap_or_default();
    let end = format!("{last}\" -> {what}");
    if end.width() <= width {
        lines.push(end);
    } else {
        lines.push(format!("{last}\""));
        lines.push(format!("     -> {what}"));
    }
    lines.join("\n")
}

pub fn missing(ids: &[&str]) -> String {
    format!(
        "Questions with no column ({}): {}",
        ids.len(),
        ids.join(", ")
    )
}

/// A column whose header an earlier column has: a mapping file names each header once.
pub const SAME_HEADER: &str = "(the same header as an earlier column)";

/// The comment lines a written mapping file starts with.
pub fn mapping_intro(file: &str, rubric: &str, ids: &[String], missing: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("Mapping of the columns of {file} to the questions of rubric `{rubric}`,"),
        "written by `pathfit map --write`; use it with `pathfit score --map`.".to_owned(),
        "Each line is `\"column header\" = \"question_id\"`. Lines starting with # are not read:"
            .to_owned(),
        "to map a column, remove its # and put a question id between the quotes.".to_owned(),
        format!("Question ids: {}", ids.join(", ")),
    ];
    if !missing.is_empty() {
        lines.push(format!(
            "Questions with no column yet: {}",
            missing.join(", ")
        ));
    }
    lines
}

pub fn written(matched: usize, columns: usize, missing: usize) -> String {
    format!(
        "Wrote a mapping file: {matched} of {columns} columns matched to a question, {missing} questions without a column."
    )
}

/// Above the answers not on the scale: how many data rows were read for them.
pub fn strays_heading(rows: usize, capped: bool) -> String {
    let which = if capped { "first " } else { "" };
    let s = if rows == 1 { "" } else { "s" };
    format!("Answers not on the scale, in the {which}{rows} data row{s} read:")
}

/// A question's answers not on the scale, with their counts.
pub fn stray_column(
    question: &str,
    values: &[crate::answers::survey::StrayValue],
    more_cells: usize,
) -> String {
    let cells = |n: usize| {
        if n == 1 {
            "1 cell".to_owned()
        } else {
            format!("{n} cells")
        }
    };
    let mut shown: Vec<String> = values
        .iter()
        .map(|v| format!("\"{}\" ({})", safe(&v.text), cells(v.cells)))
        .collect();
    if more_cells > 0 {
        shown.push(format!("other values in {}", cells(more_cells)));
    }
    format!("  {question}: {}", shown.join(", "))
}

pub const FIXES: &str = "To read them:";

/// What would read one value: a number can only be a missing code; a word may also be an
/// alias of a point.
pub fn fix(value: &str, number: bool) -> String {
    let v = safe(value);
    if number {
        format!("  {v}: if it means not answered, pass --missing {v} to `pathfit score`")
    } else {
        format!(
            "  \"{v}\": if it is a word for a point, add `\"{v}\" = <value>` under [scale.aliases] in the rubric; if it means not answered, pass --missing \"{v}\""
        )
    }
}

pub fn more_fixes(count: usize) -> String {
    format!("  and {count} more values, read the same way")
}
