//! The words of `pathfit rubric lint`: a summary per rubric on stdout, one warning line per
//! finding (with the question's line) on stderr.

use std::io::{self, Write};

use crate::rubric::Rubric;
use crate::rubric::lint::{Finding, Lint, MAX_GRADE, MAX_WORDS};
use crate::text::report::list_and;

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

fn point_name(rubric: &Rubric, point: u8) -> &'static str {
    if point == 0 {
        "all lowest"
    } else if usize::from(point) == rubric.key.points - 1 {
        "all highest"
    } else {
        "all middle"
    }
}

/// Writes the summary; returns the warning lines for stderr.
pub fn write(
    out: &mut dyn Write,
    file: &str,
    text: &str,
    rubric: &Rubric,
    lint: &Lint,
) -> io::Result<Vec<String>> {
    let ids = &rubric.ids;
    let t = &rubric.texts;
    let q = |i: usize| ids.questions[i].as_str();
    writeln!(out, "{file}: {} v{}", rubric.id, rubric.version)?;
    let keying: Vec<String> = lint
        .keying
        .iter()
        .enumerate()
        .map(|(d, counts)| {
            let parts: Vec<String> = counts
                .iter()
                .enumerate()
                .map(|(p, n)| format!("{n} {}", t.paths[p].name))
                .collect();
            format!("{} {}", t.dimensions[d].name, list_and(&parts))
        })
        .collect();
    writeln!(out, "  agreeing points to: {}", keying.join("; "))?;
    writeln!(out, "  reverse-keyed items: {}", lint.reverse_items)?;
    writeln!(
        out,
        "  largest swing of one answer: {:.1} points ({}); the tie margin is {}",
        lint.swing.0,
        q(lint.swing.1),
        rubric.key.tie_margin
    )?;
    writeln!(
        out,
        "  longest item: {} words ({}); the limit is {MAX_WORDS}",
        lint.longest.0,
        q(lint.longest.1)
    )?;
    match lint.hardest {
        Some((g, i)) => writeln!(
            out,
            "  highest reading grade: {g:.1} ({}; Flesch-Kincaid, syllables counted by vowel groups); the limit is {MAX_GRADE}",
            q(i)
        )?,
        None => writeln!(
            out,
            "  reading grade: not checked (the rubric is not in English)"
        )?,
    }
    let uniform: Vec<String> = lint
        .uniform
        .iter()
        .map(|&(p, lean)| match lean {
            Some(l) => format!(
                "{}: a clear lean to {}",
                point_name(rubric, p),
                t.paths[l].name
            ),
            None => format!("{}: no clear lean", point_name(rubric, p)),
        })
        .collect();
    writeln!(out, "  uniform sheets: {}", uniform.join("; "))?;
    let warnings: Vec<String> = lint
        .findings
        .iter()
        .map(|f| warning(file, text, rubric, f))
        .collect();
    if warnings.is_empty() {
        writeln!(out, "  clean")?;
    } else {
        writeln!(out, "  {} warnings (on stderr)", warnings.len())?;
    }
    Ok(warnings)
}

fn warning(file: &str, text: &str, rubric: &Rubric, f: &Finding) -> String {
    let ids = &rubric.ids;
    let t = &rubric.texts;
    let at = |q: usize| {
        let id = &ids.questions[q];
        match line_of(text, id) {
            Some(line) => format!("{file}:{line}: question `{id}`"),
            None => format!("{file}: question `{id}`"),
        }
    };
    match f {
        Finding::Unbalanced { dimension, counts } => {
            let parts: Vec<String> = counts
                .iter()
                .enumerate()
                .map(|(p, n)| format!("{n} to {}", t.paths[p].name))
                .collect();
            format!(
                "warning: {file}: in {}, agreeing points {}; about half the items should point to each path",
                t.dimensions[*dimension].name,
                list_and(&parts)
            )
        }
        Finding::ReverseWithoutTwin { question } => format!(
            "warning: {}: reverse-keyed without a twin; add twin = \"<id>\" naming the item on the same topic keyed the other way",
            at(*question)
        ),
        Finding::BadTwin { question, twin } => format!(
            "warning: {}: its twin `{}` must be in the same dimension and keyed the other way",
            at(*question),
            ids.questions[*twin]
        ),
        Finding::Swing { question, swing } => format!(
            "warning: {}: one answer moved across the scale moves the margin by {swing:.1} points, not less than the tie margin of {}; add items to its dimension or lower its weight",
            at(*question),
            rubric.key.tie_margin
        ),
        Finding::TooLong { question, words } => format!(
            "warning: {}: {words} words; keep an item to {MAX_WORDS}",
            at(*question)
        ),
        Finding::HardToRead { question, grade } => format!(
            "warning: {}: reading grade {grade:.1}; use shorter words and sentences (at most {MAX_GRADE})",
            at(*question)
        ),
        Finding::NearDuplicate { question, other } => format!(
            "warning: {}: nearly the same words as `{}`; keep one idea per item, once",
            at(*question),
            ids.questions[*other]
        ),
        Finding::UniformLean { point, lean } => format!(
            "warning: {file}: the sheet {} gives a clear lean to {}; balance the keying so it gives none",
            point_name(rubric, *point),
            t.paths[*lean].name
        ),
    }
}
