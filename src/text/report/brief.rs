//! The words of a report's first screen: short headed lists made from the person's own
//! answers, and the line that says where the rest of the report is.

use super::{list_and, plan::session_items};
use crate::report::brief::{Brief, Flag};
use crate::report::{PathView, Report};
use crate::rubric::Rubric;
use crate::scoring::shown;

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
        vec!["None: no answer moved the margin by 0.1 points or more.".into()]
    } else {
        b.weighed
            .iter()
            .map(|w| {
                // Only shares of 0.1 points or more are listed, so each has a sign.
                let points = format!("{:+.1}", shown(w.points));
                format!(
                    "{points} {}: {}",
                    rubric.label(w.point),
                    rubric.texts.questions[w.question]
                )
            })
            .collect()
    };
    Part {
        title: format!(
            "Weighed most in the {:.1}-point margin (+ {}, - {})",
            s.shown_margin,
            rubric.path_name(s.top),
            rubric.path_name(s.second)
        ),
        items,
    }
}

fn gaps(rubric: &Rubric, report: &Report, b: &Brief) -> Part {
    let items: Vec<String> = b
        .gaps
        .iter()
        .map(|g| {
            format!(
                "{}: {} ({})",
                rubric.texts.skills[g.skill].name,
                rubric.texts.questions[g.question],
                rubric.label(g.point)
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
    let more = format!(" ({} in all)", b.all_gaps);
    Part {
        title: format!(
            "Largest skill gaps for {}{more}",
            names(rubric, &report.views)
        ),
        items,
    }
}

/// Why no gap is shown: the same reasons as the full report gives, for the paths together.
fn no_gaps(rubric: &Rubric, report: &Report) -> String {
    let views = &report.views;
    let names = names(rubric, views);
    if views.iter().all(|v| v.gaps.skill_items == 0) {
        format!("Skill gaps for {names}: none, this rubric links no question of it to a skill.")
    } else if views.iter().all(|v| v.gaps.answered_skill_items == 0) {
        format!("Skill gaps for {names}: none shown, no skill question of it was answered.")
    } else {
        format!("Skill gaps for {names}: none, every answered skill question is in its favour.")
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
    let dates = format!(", {} to {}", w.first_date, w.last_date);
    let targets: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
    let chosen = if plan.basis == crate::plan::Basis::Chosen {
        " (the path you chose)"
    } else {
        ""
    };
    Part {
        title: format!(
            "This week (days {}-{}{dates}), for {}{chosen}",
            w.first_day,
            w.last_day,
            list_and(&targets)
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
            format!(
                "Red flag for you: claiming {} before you have an example to show. An employer will ask for one.",
                list_and(&names)
            )
        }
        Flag::EitherWay { top, second } => format!(
            "Red flag for you: telling an employer that {} or {} would both suit you. Each application tells the one story its role asks for.",
            rubric.path_name(*top),
            rubric.path_name(*second)
        ),
        Flag::NoFigures { path, skills } => {
            let names: Vec<String> = skills
                .iter()
                .map(|&s| rubric.texts.skills[s].name.to_lowercase())
                .collect();
            let which = if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", list_and(&names))
            };
            format!(
                "Red flag for you: naming your strengths for {}{which} without a figure. Give each one a count, a sum or a time.",
                rubric.path_name(*path)
            )
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
    Some(format!(
        "Proof for your strongest answer ({skill}), a resume line to retell with your own figures: \"{}\"",
        bullet.strong
    ))
}

/// The verdict in one short line: the lean or its absence, the margin, and what a clear lean
/// needs on this rubric.
pub fn verdict(rubric: &Rubric, s: &crate::scoring::Scores) -> String {
    let name = |p: usize| rubric.path_name(p);
    let tie = rubric.key.tie_margin;
    let needs = if tie > 0.0 {
        format!("{} needed", super::number(tie))
    } else {
        "any lead counts".to_owned()
    };
    match s.lean {
        Some(p) => format!(
            "Clear lean: {} over {} by {:.1} points ({needs}).",
            name(p),
            name(s.second),
            s.shown_margin
        ),
        None if s.shown_margin == 0.0 => format!(
            "No clear lean: {} and {} are tied ({needs} for a clear lean).",
            name(s.top),
            name(s.second)
        ),
        None => format!(
            "No clear lean: {} leads {} by only {:.1} ({needs} for a clear lean).",
            name(s.top),
            name(s.second),
            s.shown_margin
        ),
    }
}

/// The line under a first screen with quality warnings: they are in the full report.
pub fn check_first(warnings: usize) -> String {
    format!(
        "Check your answers before you rely on this: {} in the full report.",
        super::count(warnings, "warning", "warnings")
    )
}

/// Where the rest of the report is: the exact command of the full report, and the words that
/// make it a hand-out instead.
pub fn rest(full: &str, handout: &str) -> Vec<String> {
    vec![
        format!("Full report: {full}"),
        format!("Hand-out: the same with {handout} in place of --full"),
    ]
}

/// Where the rest is when the answers are not in a file yet: saved when asked next (`offered`),
/// or kept nowhere (`--no-save`).
pub fn rest_unsaved(offered: bool) -> Vec<String> {
    vec![if offered {
        "Full report: save the answers when asked next, then run pathfit score on the file with --full (or -f markdown -o FILE.md for a hand-out).".into()
    } else {
        "Full report: these answers are not saved (--no-save); answer again with pathfit assess --full, or with --save FILE to keep them.".into()
    }]
}

/// Below a fit table that shows only the best-fitting paths.
pub fn more_paths(n: usize) -> String {
    format!(
        "and {}, in the full report",
        super::count(n, "more path", "more paths")
    )
}
