//! What `pathfit map` prints: which column went to which question.

use crate::base::printable::printable as safe;
use crate::t;

pub fn heading(file: &str, layout: &str, given: bool, rubric: &str) -> String {
    let how = t!(if given {
        "map-as-given"
    } else {
        "map-detected"
    });
    t!(
        "map-heading",
        file = safe(file),
        layout = layout,
        how = how,
        rubric = rubric
    )
}

pub fn respondent_id() -> String {
    t!("map-respondent-id")
}

pub fn not_a_question() -> String {
    t!("map-not-a-question")
}

pub fn all_found() -> String {
    t!("map-all-found")
}

pub fn how_to_map() -> String {
    t!("map-how-to-map")
}

/// A column's line: `"header" -> what`. A header wider than `width` is wrapped, whole, in
/// its quotes, and the match follows its last line (or, when that is full, a line of its own).
pub fn column(header: &str, what: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let one = format!("  \"{header}\" -> {what}");
    if one.width() <= width {
        return one;
    }
    // One column is kept for the closing quote.
    let options = crate::base::wrap::prose(width.saturating_sub(1).max(12))
        .initial_indent("  \"")
        .subsequent_indent("   ");
    let mut lines: Vec<String> = crate::base::wrap::wrap(header, options)
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
    t!(
        "map-missing",
        n = ids.len(),
        ids = crate::text::l10n::joined(ids)
    )
}

/// A column whose header an earlier column has: a mapping file names each header once.
pub fn same_header() -> String {
    t!("map-same-header")
}

/// The comment lines a written mapping file starts with.
pub fn mapping_intro(file: &str, rubric: &str, ids: &[String], missing: &[&str]) -> Vec<String> {
    let mut lines = vec![
        t!("mapping-intro-of", file = file, rubric = rubric),
        t!("mapping-intro-written"),
        t!("mapping-intro-lines"),
        t!("mapping-intro-how"),
        t!("mapping-intro-ids", ids = crate::text::l10n::joined(ids)),
    ];
    if !missing.is_empty() {
        lines.push(t!(
            "mapping-intro-missing",
            ids = crate::text::l10n::joined(missing)
        ));
    }
    lines
}

pub fn written(matched: usize, columns: usize, missing: usize) -> String {
    t!(
        "map-written",
        matched = matched,
        columns = columns,
        missing = missing
    )
}

/// Above the answers not on the scale: how many data rows were read for them.
pub fn strays_heading(rows: usize, capped: bool) -> String {
    t!(
        if capped {
            "map-strays-first"
        } else {
            "map-strays"
        },
        rows = rows
    )
}

/// A question's answers not on the scale, with their counts.
pub fn stray_column(
    question: &str,
    values: &[crate::answers::survey::StrayValue],
    more_cells: usize,
) -> String {
    let mut shown: Vec<String> = values
        .iter()
        .map(|v| t!("map-stray-value", value = safe(&v.text), cells = v.cells))
        .collect();
    if more_cells > 0 {
        shown.push(t!("map-other-values", cells = more_cells));
    }
    format!("  {question}: {}", crate::text::l10n::joined(&shown))
}

pub fn fixes() -> String {
    t!("map-fixes")
}

/// What would read one value: a number can only be a missing code; a word may also be an
/// alias of a point.
pub fn fix(value: &str, number: bool) -> String {
    let v = safe(value);
    let id = if number {
        "map-fix-number"
    } else {
        "map-fix-word"
    };
    format!("  {}", t!(id, value = v))
}

pub fn more_fixes(count: usize) -> String {
    format!("  {}", t!("map-more-fixes", count = count))
}
