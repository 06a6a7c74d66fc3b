//! What `pathfit columns` says of each column of `pathfit score -f csv`: its name, its type
//! and what it holds. The CSV renderer takes the names of its fixed columns from here, so the
//! dictionary and the file cannot disagree.

/// The types a column can have.
pub const TEXT: &str = "text";
pub const INTEGER: &str = "integer";
pub const NUMBER: &str = "number";
pub const BOOLEAN: &str = "boolean";
pub const PATH: &str = "path id";

/// The columns every row starts with: name, type, meaning.
pub const LEADING: [(&str, &str, &str); 14] = [
    (
        "source",
        TEXT,
        "The answer file or export the row comes from, as given (- for standard input).",
    ),
    (
        "row",
        INTEGER,
        "The data row within an export (1 = the first respondent); empty for an answer file.",
    ),
    (
        "respondent",
        TEXT,
        "Who answered, when the file or the export's id column names them; else empty.",
    ),
    ("rubric", TEXT, "The rubric's id."),
    ("version", TEXT, "The rubric's version."),
    (
        "sha256",
        TEXT,
        "The SHA-256 of the rubric file, in hex: which rubric text scored the row.",
    ),
    (
        "key_hash",
        TEXT,
        "The hash of the rubric's scoring structure: rows with the same key_hash are comparable.",
    ),
    ("answered", INTEGER, "Questions answered."),
    ("total", INTEGER, "Questions in the rubric."),
    (
        "partial",
        BOOLEAN,
        "true when a question is unanswered or the survey tool marked the response unfinished.",
    ),
    ("top", PATH, "The path with the highest fit."),
    ("second", PATH, "The path with the second highest fit."),
    (
        "margin",
        NUMBER,
        "Points between the shown fits of top and second (one decimal, as the report shows).",
    ),
    (
        "lean",
        PATH,
        "The path the answers clearly lean to; empty when the margin is too small to say.",
    ),
];

/// The columns every row ends with.
pub const TRAILING: [(&str, &str, &str); 2] = [
    (
        "quality",
        TEXT,
        "Signs of careless answers, joined by ;: straight_lining, acquiescence, many_midpoints, many_skipped, too_fast.",
    ),
    (
        "error",
        TEXT,
        "Why the row was not scored (its other score columns are then empty); empty when scored.",
    ),
];

pub fn fit(path: &str) -> String {
    format!("Fit to {path}, 0 to 100 (one decimal, as the report shows); empty when unanswered.")
}

pub fn dimension(path: &str, dimension: &str) -> String {
    format!("Fit to {path} on {dimension} alone, 0 to 100 (one decimal); empty when unanswered.")
}

pub fn answer(question: &str, min: i64, max: i64) -> String {
    format!(
        "The answer to \"{question}\", a value of the scale {min} to {max}; empty when unanswered (--answers)."
    )
}

/// The headings of the dictionary.
pub const HEADINGS: [&str; 3] = ["column", "type", "meaning"];

pub fn title(rubric: &str) -> String {
    format!("Columns of `pathfit score -f csv --rubric {rubric}`")
}
