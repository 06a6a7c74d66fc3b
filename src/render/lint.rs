//! `pathfit rubric lint` on screen: the summary per rubric on stdout; the warning lines, each
//! with its question's line in the file, handed back for stderr. The words are in
//! `text::rubric::lint`.

use std::io::{self, Write};

use crate::rubric::Rubric;
use crate::scoring::lint::Lint;
use crate::text::rubric::lint as words;

/// The line of question `id` in the rubric's text, when it can be found.
fn line_of(text: &str, id: &str) -> Option<usize> {
    let wanted = format!("id = \"{id}\"");
    let mut in_question = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("[[") || line.starts_with('[') {
            in_question = line == "[[questions]]";
        } else if in_question && line == wanted {
            return Some(n + 1);
        }
    }
    None
}

/// Writes the summary, each line wrapped to `width` columns on screen (a wrapped line goes on
/// two spaces further in); returns the warning lines for stderr.
pub fn write(
    out: &mut dyn Write,
    (file, text): (&str, &str),
    rubric: &Rubric,
    lint: &Lint,
    width: usize,
) -> io::Result<Vec<String>> {
    let line = |q: usize| line_of(text, &rubric.ids.questions[q]);
    let warnings: Vec<String> = lint
        .findings
        .iter()
        .map(|f| words::warning(file, &line, rubric, f))
        .collect();
    for l in words::summary(file, rubric, lint, warnings.len()) {
        for part in wrap(&l, width) {
            writeln!(out, "{part}")?;
        }
    }
    Ok(warnings)
}

/// One line wrapped by display width; the lines after the first go in two spaces further
/// than the first's own indent.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let further = " ".repeat(indent + 2);
    let options = crate::base::wrap::prose(width).subsequent_indent(&further);
    crate::base::wrap::wrap(line, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}
