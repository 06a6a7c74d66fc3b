//! The words of `pathfit rubric lint`: the summary of one rubric's figures and one warning per
//! finding.

use crate::rubric::Rubric;
use crate::scoring::lint::{Finding, Lint, MAX_GRADE, MAX_WORDS};
use crate::t;
use crate::text::l10n::{decimal, lang, list, number};

/// The summary lines for stdout: the rubric, its figures, and whether it is clean given
/// `warnings` findings.
pub fn summary(file: &str, rubric: &Rubric, lint: &Lint, warnings: usize) -> Vec<String> {
    let q = |i: usize| rubric.ids.questions[i].as_str();
    let mut lines = vec![
        t!("lint-agreeing", keying = keying(rubric, lint)),
        t!("lint-reverse-items", n = lint.reverse_items),
        t!(
            "lint-swing",
            swing = decimal(lang(), lint.swing.0, 1),
            question = q(lint.swing.1),
            margin = number(lang(), rubric.key.tie_margin)
        ),
        t!(
            "lint-longest",
            words = lint.longest.0,
            question = q(lint.longest.1),
            max = MAX_WORDS
        ),
    ];
    lines.push(match lint.hardest {
        Some((g, i)) => t!(
            "lint-hardest",
            grade = decimal(lang(), g, 1),
            question = q(i),
            max = number(lang(), MAX_GRADE)
        ),
        None => t!("lint-grade-unchecked"),
    });
    lines.push(t!("lint-uniform", sheets = uniform(rubric, lint)));
    lines.push(if warnings == 0 {
        t!("lint-clean")
    } else {
        t!("lint-warnings", n = warnings)
    });
    let head = format!("{file}: {} v{}", rubric.id, rubric.version);
    let figures = lines.into_iter().map(|l| format!("  {l}"));
    std::iter::once(head).chain(figures).collect()
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
                .map(|(p, n)| t!("lint-keying-part", n = n, path = t.paths[p].name))
                .collect();
            t!(
                "lint-keying-dimension",
                dimension = t.dimensions[d].name,
                parts = list(lang(), &parts)
            )
        })
        .collect();
    dims.join(&t!("semicolon"))
}

/// What each uniform sheet leans to.
fn uniform(rubric: &Rubric, lint: &Lint) -> String {
    let sheets: Vec<String> = lint
        .uniform
        .iter()
        .map(|&(p, lean)| match lean {
            Some(l) => t!(
                "lint-uniform-lean",
                sheet = point_name(rubric, p),
                path = rubric.texts.paths[l].name
            ),
            None => t!("lint-uniform-none", sheet = point_name(rubric, p)),
        })
        .collect();
    sheets.join(&t!("semicolon"))
}

fn point_name(rubric: &Rubric, point: u8) -> String {
    t!(if point == 0 {
        "lint-all-lowest"
    } else if usize::from(point) == rubric.key.points - 1 {
        "lint-all-highest"
    } else {
        "lint-all-middle"
    })
}

/// The warning line for stderr of finding `f`; `line_of` gives the line of a question in the
/// file, when it can be found.
pub fn warning(
    file: &str,
    line_of: &dyn Fn(usize) -> Option<usize>,
    rubric: &Rubric,
    f: &Finding,
) -> String {
    let t = &rubric.texts;
    let at = |q: usize| {
        let id = &rubric.ids.questions[q];
        match line_of(q) {
            Some(line) => t!("lint-at-line", file = file, line = line, id = id),
            None => t!("lint-at", file = file, id = id),
        }
    };
    let text = match f {
        Finding::Unbalanced { dimension, counts } => {
            let parts: Vec<String> = counts
                .iter()
                .enumerate()
                .map(|(p, n)| t!("lint-unbalanced-part", n = n, path = t.paths[p].name))
                .collect();
            t!(
                "lint-unbalanced",
                file = file,
                dimension = t.dimensions[*dimension].name,
                parts = list(lang(), &parts)
            )
        }
        Finding::UniformLean { point, lean } => t!(
            "lint-uniform-lean-warning",
            file = file,
            sheet = point_name(rubric, *point),
            path = t.paths[*lean].name
        ),
        Finding::ReverseWithoutTwin { question }
        | Finding::BadTwin { question, .. }
        | Finding::Swing { question, .. }
        | Finding::TooLong { question, .. }
        | Finding::HardToRead { question, .. }
        | Finding::NearDuplicate { question, .. } => {
            t!(
                "lint-item",
                at = at(*question),
                what = about_item(rubric, f)
            )
        }
    };
    t!("lint-warning", text = text)
}

/// What is wrong with the one item a finding is about.
fn about_item(rubric: &Rubric, f: &Finding) -> String {
    let ids = &rubric.ids;
    match f {
        Finding::ReverseWithoutTwin { .. } => t!("lint-reverse-without-twin"),
        Finding::BadTwin { twin, .. } => t!("lint-bad-twin", twin = ids.questions[*twin]),
        Finding::Swing { swing, .. } => t!(
            "lint-item-swing",
            swing = decimal(lang(), *swing, 1),
            margin = number(lang(), rubric.key.tie_margin)
        ),
        Finding::TooLong { words, .. } => t!("lint-too-long", words = words, max = MAX_WORDS),
        Finding::HardToRead { grade, .. } => t!(
            "lint-hard-to-read",
            grade = decimal(lang(), *grade, 1),
            max = number(lang(), MAX_GRADE)
        ),
        Finding::NearDuplicate { other, .. } => {
            t!("lint-near-duplicate", other = ids.questions[*other])
        }
        Finding::Unbalanced { .. } | Finding::UniformLean { .. } => String::new(),
    }
}
