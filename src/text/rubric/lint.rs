//! The words of `pathfit rubric lint`: the summary of one rubric's figures and one warning per
//! finding.

use crate::rubric::Rubric;
use crate::scoring::lint::{Finding, Lint, MAX_GRADE, MAX_WORDS};
use crate::text::report::{count, list_and};

/// The summary lines for stdout: the rubric, its figures, and whether it is clean given
/// `warnings` findings.
pub fn summary(file: &str, rubric: &Rubric, lint: &Lint, warnings: usize) -> Vec<String> {
    let q = |i: usize| rubric.ids.questions[i].as_str();
    let mut lines = vec![
        format!("{file}: {} v{}", rubric.id, rubric.version),
        format!("  agreeing points to: {}", keying(rubric, lint)),
        format!("  reverse-keyed items: {}", lint.reverse_items),
        format!(
            "  largest swing of one answer: {:.1} points ({}); the tie margin is {}",
            lint.swing.0,
            q(lint.swing.1),
            rubric.key.tie_margin
        ),
        format!(
            "  longest item: {} words ({}); the limit is {MAX_WORDS}",
            lint.longest.0,
            q(lint.longest.1)
        ),
    ];
    lines.push(match lint.hardest {
        Some((g, i)) => format!(
            "  highest reading grade: {g:.1} ({}; Flesch-Kincaid, syllables counted by vowel groups); the limit is {MAX_GRADE}",
            q(i)
        ),
        None => "  reading grade: not checked (the rubric is not in English)".to_owned(),
    });
    lines.push(format!("  uniform sheets: {}", uniform(rubric, lint)));
    lines.push(if warnings == 0 {
        "  clean".to_owned()
    } else {
        format!("  {} (on stderr)", count(warnings, "warning", "warnings"))
    });
    lines
}

/// Per dimension, how many items agreeing points to each path.
fn keying(rubric: &Rubric, lint: &Lint) -> String {
    let t = &rubric.texts;
    let dims: Vec<String> = lint
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
    dims.join("; ")
}

/// What each uniform sheet leans to.
fn uniform(rubric: &Rubric, lint: &Lint) -> String {
    let sheets: Vec<String> = lint
        .uniform
        .iter()
        .map(|&(p, lean)| match lean {
            Some(l) => format!(
                "{}: a clear lean to {}",
                point_name(rubric, p),
                rubric.texts.paths[l].name
            ),
            None => format!("{}: no clear lean", point_name(rubric, p)),
        })
        .collect();
    sheets.join("; ")
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

/// The warning line for stderr of finding `f`; `line_of` gives the line of a question in the
/// file, when it can be found.
pub fn warning(
    file: &str,
    line_of: &dyn Fn(usize) -> Option<usize>,
    rubric: &Rubric,
    f: &Finding,
) -> String {
    let ids = &rubric.ids;
    let t = &rubric.texts;
    let at = |q: usize| {
        let id = &ids.questions[q];
        match line_of(q) {
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
        Finding::UniformLean { point, lean } => format!(
            "warning: {file}: the sheet {} gives a clear lean to {}; balance the keying so it gives none",
            point_name(rubric, *point),
            t.paths[*lean].name
        ),
        Finding::ReverseWithoutTwin { question }
        | Finding::BadTwin { question, .. }
        | Finding::Swing { question, .. }
        | Finding::TooLong { question, .. }
        | Finding::HardToRead { question, .. }
        | Finding::NearDuplicate { question, .. } => {
            format!("warning: {}: {}", at(*question), about_item(rubric, f))
        }
    }
}

/// What is wrong with the one item a finding is about.
fn about_item(rubric: &Rubric, f: &Finding) -> String {
    let ids = &rubric.ids;
    match f {
        Finding::ReverseWithoutTwin { .. } => "reverse-keyed without a twin; add twin = \"<id>\" naming the item on the same topic keyed the other way".to_owned(),
        Finding::BadTwin { twin, .. } => format!(
            "its twin `{}` must be in the same dimension and keyed the other way",
            ids.questions[*twin]
        ),
        Finding::Swing { swing, .. } => format!(
            "one answer moved across the scale moves the margin by {swing:.1} points, not less than the tie margin of {}; add items to its dimension or lower its weight",
            rubric.key.tie_margin
        ),
        Finding::TooLong { words, .. } => {
            format!("{words} words; keep an item to {MAX_WORDS}")
        }
        Finding::HardToRead { grade, .. } => format!(
            "reading grade {grade:.1}; use shorter words and sentences (at most {MAX_GRADE})"
        ),
        Finding::NearDuplicate { other, .. } => format!(
            "nearly the same words as `{}`; keep one idea per item, once",
            ids.questions[*other]
        ),
        Finding::Unbalanced { .. } | Finding::UniformLean { .. } => String::new(),
    }
}
