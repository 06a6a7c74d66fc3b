//! What `pathfit columns` says of each column of `pathfit score -f csv`: its name, its type
//! and what it holds. The CSV renderer takes the names of its fixed columns from here, so the
//! dictionary and the file cannot disagree. Names and types are machine words, the same in
//! every language (JSON shows them so); the table names the type in words.

use crate::t;

/// The types a column can have.
pub const TEXT: &str = "text";
pub const INTEGER: &str = "integer";
pub const NUMBER: &str = "number";
pub const BOOLEAN: &str = "boolean";
pub const PATH: &str = "path id";

/// The columns every row starts with: name and type; [`meaning`] words each.
pub const LEADING: [(&str, &str); 14] = [
    ("source", TEXT),
    ("row", INTEGER),
    ("respondent", TEXT),
    ("rubric", TEXT),
    ("version", TEXT),
    ("sha256", TEXT),
    ("key_hash", TEXT),
    ("answered", INTEGER),
    ("total", INTEGER),
    ("partial", BOOLEAN),
    ("top", PATH),
    ("second", PATH),
    ("margin", NUMBER),
    ("lean", PATH),
];

/// The columns every row ends with.
pub const TRAILING: [(&str, &str); 2] = [("quality", TEXT), ("error", TEXT)];

/// What a column of [`LEADING`] or [`TRAILING`] holds.
pub fn meaning(name: &str) -> String {
    t!(&format!("column-{name}"))
}

/// A type as the table and Markdown name it.
pub fn type_name(kind: &str) -> String {
    t!(match kind {
        TEXT => "column-type-text",
        INTEGER => "column-type-integer",
        NUMBER => "column-type-number",
        BOOLEAN => "column-type-boolean",
        _ => "column-type-path",
    })
}

pub fn fit(path: &str) -> String {
    t!("column-fit", path = path)
}

pub fn dimension(path: &str, dimension: &str) -> String {
    t!("column-dimension", path = path, dimension = dimension)
}

pub fn answer(question: &str, min: i64, max: i64) -> String {
    t!("column-answer", question = question, min = min, max = max)
}

/// The headings of the dictionary.
pub fn headings() -> [String; 3] {
    [
        t!("columns-heading-column"),
        t!("columns-heading-type"),
        t!("columns-heading-meaning"),
    ]
}

pub fn title(rubric: &str) -> String {
    t!("columns-title", rubric = rubric)
}
