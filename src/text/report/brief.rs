//! The words of a report's first screen: short headed lists made from the person's own
//! answers, and the line that says where the rest of the report is.

use super::{list_and, plan::session_items};
use crate::report::brief::{Brief, Flag};
use crate::report::{PathView, Report};
use crate::rubric::Rubric;
use crate::scoring::shown;
use crate::t;

/// A heading and its items, as the first screen shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub title: String,
    pub items: Vec<String>,
}

/// The first screen's parts below the verdict, in the order they are shown: the answers
/// that weighed most, the gaps, this week, then the red flag and the proof line (parts without
/// a title, whose items are lines of their own).
pub fn parts(rubric: &Rubric, report: &Report, b: &Brief) -> [Part; 5] {
    let untitled = |items: Option<String>| Part {
        title: String::new(),
        items: items.into_iter().collect(),
    };
    [
        weighed(rubric, report, b),
        gaps(rubric, report, b),
        week(rubric, report, b),
        untitled(flag(rubric, b)),
        untitled(proof(rubric, b)),
    ]
}

fn names(rubric: &Rubric, views: &[PathView]) -> String {
    let names: Vec<&str> = views.iter().map(|v| rubric.path_name(v.path)).collect();
    list_and(&names)
}

fn weighed(rubric: &Rubric, report: &Report, b: &Brief) -> Part {
    let s = &report.scores;
    let items = if b.weighed.is_empty() {
        vec![t!("brief-weighed-none")]
    } else {
        b.weighed
            .iter()
            .map(|w| {
                // Only shares of 0.1 points or more are listed, so each has a sign.
                let points = shown(w.points);
                let sign = if points > 0.0 { "+" } else { "" };
                t!(
                    "brief-weighed-item",
                    points = format!("{sign}{}", super::decimal(points)),
                    label = rubric.label(w.point),
                    question = rubric.texts.questions[w.question]
                )
            })
            .collect()
    };
    Part {
        title: t!(
            "brief-weighed-title",
            margin = super::decimal(s.shown_margin),
            top = rubric.path_name(s.top),
            second = rubric.path_name(s.second)
        ),
        items,
    }
}

fn gaps(rubric: &Rubric, report: &Report, b: &Brief) -> Part {
    let items: Vec<String> = b
        .gaps
        .iter()
        .map(|g| {
            t!(
                "brief-gap-item",
                skill = rubric.texts.skills[g.skill].name,
                question = rubric.texts.questions[g.question],
                label = rubric.label(g.point)
            )
        })
        .collect();
    if items.is_empty() {
        // Nothing to list: one line of its own says why.
        return Part {
            title: String::new(),
            items: vec![no_gaps(rubric, report)],
        };
    }
    Part {
        title: t!(
            "brief-gaps-title",
            names = names(rubric, &report.views),
            all = b.all_gaps
        ),
        items,
    }
}

/// Why no gap is shown: the same reasons as the full report gives, for the paths together.
fn no_gaps(rubric: &Rubric, report: &Report) -> String {
    let views = &report.views;
    let names = names(rubric, views);
    if views.iter().all(|v| v.gaps.skill_items == 0) {
        t!("brief-no-gaps-linked", names = names)
    } else if views.iter().all(|v| v.gaps.answered_skill_items == 0) {
        t!("brief-no-gaps-answered", names = names)
    } else {
        t!("brief-no-gaps-favour", names = names)
    }
}

fn week(rubric: &Rubric, report: &Report, b: &Brief) -> Part {
    let plan = &report.plan;
    let Some(w) = &b.week else {
        return Part {
            title: String::new(),
            items: Vec::new(),
        };
    };
    let targets: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
    let id = if plan.basis == crate::plan::Basis::Chosen {
        "brief-week-title-chosen"
    } else {
        "brief-week-title"
    };
    Part {
        title: t!(
            id,
            first = w.first_day,
            last = w.last_day,
            first_date = super::iso_or_date(w.first_date),
            last_date = super::iso_or_date(w.last_date),
            targets = list_and(&targets)
        ),
        items: w
            .sessions
            .iter()
            .flat_map(|s| session_items(rubric, plan, s))
            .collect(),
    }
}

/// The red flag this result runs into, as it applies to the person.
fn flag(rubric: &Rubric, b: &Brief) -> Option<String> {
    Some(match b.flag.as_ref()? {
        Flag::Unproven { skills } => {
            let names: Vec<String> = skills
                .iter()
                .map(|&s| rubric.texts.skills[s].name.to_lowercase())
                .collect();
            t!("brief-flag-unproven", skills = list_and(&names))
        }
        Flag::EitherWay { top, second } => t!(
            "brief-flag-either",
            top = rubric.path_name(*top),
            second = rubric.path_name(*second)
        ),
        Flag::NoFigures { path, skills } => {
            let names: Vec<String> = skills
                .iter()
                .map(|&s| rubric.texts.skills[s].name.to_lowercase())
                .collect();
            let path = rubric.path_name(*path);
            if names.is_empty() {
                t!("brief-flag-figures", path = path)
            } else {
                t!(
                    "brief-flag-figures-skills",
                    path = path,
                    skills = list_and(&names)
                )
            }
        }
    })
}

/// A resume line for the skill of the strongest answer.
fn proof(rubric: &Rubric, b: &Brief) -> Option<String> {
    let p = b.proof.as_ref()?;
    let bullet = &rubric.texts.paths[p.path].bullets[p.bullet];
    let skill = bullet
        .skill
        .map_or("", |s| rubric.texts.skills[s].name.as_str());
    Some(t!("brief-proof", skill = skill, line = bullet.strong))
}

/// The verdict in one short line: the lean or its absence, the margin, and what a clear lean
/// needs on this rubric.
pub fn verdict(rubric: &Rubric, s: &crate::scoring::Scores) -> String {
    let name = |p: usize| rubric.path_name(p);
    let tie = rubric.key.tie_margin;
    let needs = if tie > 0.0 {
        t!("brief-needs-tie", tie = super::number(tie))
    } else {
        t!("brief-needs-any")
    };
    let margin = super::decimal(s.shown_margin);
    match s.lean {
        Some(p) => t!(
            "brief-lean",
            lean = name(p),
            second = name(s.second),
            margin = margin,
            needs = needs
        ),
        None if s.shown_margin == 0.0 => t!(
            "brief-tied",
            top = name(s.top),
            second = name(s.second),
            needs = needs
        ),
        None => t!(
            "brief-ahead",
            top = name(s.top),
            second = name(s.second),
            margin = margin,
            needs = needs
        ),
    }
}

/// The line under a first screen with quality warnings: they are in the full report.
pub fn check_first(warnings: usize) -> String {
    t!("brief-check-first", n = warnings)
}

/// Where the rest of the report is: the exact command of the full report, and the words that
/// make it a hand-out instead.
pub fn rest(full: &str, handout: &str) -> Vec<String> {
    vec![
        t!("brief-rest-full", full = full),
        t!("brief-rest-handout", handout = handout),
    ]
}

/// Where the rest is when the answers are not in a file yet: saved when asked next (`offered`),
/// or kept nowhere (`--no-save`).
pub fn rest_unsaved(offered: bool) -> Vec<String> {
    vec![if offered {
        t!("brief-rest-offered")
    } else {
        t!("brief-rest-unsaved")
    }]
}

/// Below a fit table that shows only the best-fitting paths.
pub fn more_paths(n: usize) -> String {
    t!("brief-more-paths", n = n)
}
