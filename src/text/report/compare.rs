//! The words of `pathfit compare`: both verdicts, what retest noise is, the changes in fit and
//! the gaps closed, opened and still open.

use super::{Doc, decimal, fit, list_and, signed, verdict};
use crate::compare::Comparison;
use crate::rubric::Rubric;
use crate::scoring::shown;
use crate::t;

/// `pathfit compare` as a document.
pub fn compare(rubric: &Rubric, (before, after): (&str, &str), c: &Comparison) -> Doc {
    let names: Vec<&str> = c.paths.iter().map(|&p| rubric.path_name(p)).collect();
    Doc {
        title: t!("compare-title", title = rubric.texts.title),
        lines: vec![
            t!("compare-before", text = before),
            t!("compare-after", text = after),
            t!("compare-before", text = verdict(rubric, &c.before)),
            t!("compare-after", text = verdict(rubric, &c.after)),
            t!("compare-noise", noise = decimal(c.noise)),
        ],
        blocks: vec![
            (t!("compare-changes"), changes(rubric, c)),
            (
                t!("compare-closed", names = list_and(&names)),
                gap_list(rubric, &c.closed),
            ),
            (
                t!("compare-opened", names = list_and(&names)),
                gap_list(rubric, &c.opened),
            ),
            (
                t!("compare-open", names = list_and(&names)),
                gap_list(rubric, &c.open),
            ),
        ],
    }
}

/// Per path: its fit before and after, then the change of each dimension.
fn changes(rubric: &Rubric, c: &Comparison) -> Vec<String> {
    let key = &rubric.key;
    let id = |d: f64| {
        if d.abs() < c.noise {
            "compare-fit-noise"
        } else {
            "compare-fit"
        }
    };
    let mut changes: Vec<String> = Vec::new();
    for p in 0..key.paths {
        let name = rubric.path_name(p);
        match (c.before.fits[p], c.after.fits[p], c.fits[p]) {
            (Some(b), Some(a), Some(d)) => changes.push(t!(
                id(d),
                path = name,
                before = fit(Some(b)),
                after = fit(Some(a)),
                delta = signed(shown(a) - shown(b))
            )),
            _ => changes.push(t!("compare-fit-na", path = name, na = fit(None))),
        }
        for d in 0..key.dimensions() {
            if let Some(delta) = c.dims[p * key.dimensions() + d] {
                changes.push(t!(
                    "compare-dim",
                    path = name,
                    dim = rubric.texts.dimensions[d].name,
                    delta = signed(shown(delta))
                ));
            }
        }
    }
    changes
}

/// Gap questions as "skill: question", or "None.".
fn gap_list(rubric: &Rubric, qs: &[usize]) -> Vec<String> {
    if qs.is_empty() {
        return vec![t!("compare-none")];
    }
    qs.iter()
        .map(|&q| {
            let skill = rubric.key.items[q]
                .skill
                .map_or("", |s| rubric.texts.skills[s].name.as_str());
            t!(
                "compare-gap",
                skill = skill,
                question = rubric.texts.questions[q]
            )
        })
        .collect()
}
