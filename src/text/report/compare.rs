//! The words of `pathfit compare`: both verdicts, what retest noise is, the changes in fit and
//! the gaps closed, opened and still open.

use super::{Doc, fit, list_and, verdict};
use crate::compare::Comparison;
use crate::rubric::Rubric;
use crate::scoring::shown;

/// `pathfit compare` as a document.
pub fn compare(rubric: &Rubric, (before, after): (&str, &str), c: &Comparison) -> Doc {
    let names: Vec<&str> = c.paths.iter().map(|&p| rubric.path_name(p)).collect();
    Doc {
        title: format!("{}: before and after", rubric.texts.title),
        lines: vec![
            format!("Before: {before}"),
            format!("After: {after}"),
            format!("Before: {}", verdict(rubric, &c.before)),
            format!("After: {}", verdict(rubric, &c.after)),
            format!(
                "A change of the overall fit smaller than {:.1} points is within what answering the same questions twice usually moves: that is how far one answer in five, moved one step the same way, moves the top fit on this sheet.",
                c.noise
            ),
        ],
        blocks: vec![
            ("Changes in fit".into(), changes(rubric, c)),
            (
                format!("Gaps closed ({})", list_and(&names)),
                gap_list(rubric, &c.closed),
            ),
            (
                format!("Gaps opened ({})", list_and(&names)),
                gap_list(rubric, &c.opened),
            ),
            (
                format!("Gaps still open ({})", list_and(&names)),
                gap_list(rubric, &c.open),
            ),
        ],
    }
}

/// Per path: its fit before and after, then the change of each dimension.
fn changes(rubric: &Rubric, c: &Comparison) -> Vec<String> {
    let key = &rubric.key;
    let signal = |d: f64| {
        if d.abs() < c.noise {
            " (within retest noise)"
        } else {
            ""
        }
    };
    let mut changes: Vec<String> = Vec::new();
    for p in 0..key.paths {
        let name = rubric.path_name(p);
        match (c.before.fits[p], c.after.fits[p], c.fits[p]) {
            (Some(b), Some(a), Some(d)) => changes.push(format!(
                "{name}: {} -> {} ({:+.1}){}",
                fit(Some(b)),
                fit(Some(a)),
                shown(a) - shown(b),
                signal(d)
            )),
            _ => changes.push(format!("{name}: n/a")),
        }
        for d in 0..key.dimensions() {
            if let Some(delta) = c.dims[p * key.dimensions() + d] {
                changes.push(format!(
                    "{name}, {}: {:+.1}",
                    rubric.texts.dimensions[d].name,
                    shown(delta)
                ));
            }
        }
    }
    changes
}

/// Gap questions as "skill: question", or "None.".
fn gap_list(rubric: &Rubric, qs: &[usize]) -> Vec<String> {
    if qs.is_empty() {
        return vec!["None.".to_owned()];
    }
    qs.iter()
        .map(|&q| {
            let skill = rubric.key.items[q]
                .skill
                .map_or("", |s| rubric.texts.skills[s].name.as_str());
            format!("{skill}: {}", rubric.texts.questions[q])
        })
        .collect()
}
