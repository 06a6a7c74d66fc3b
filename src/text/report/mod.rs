//! The English message table of the reports: every sentence a report, an explanation, a
//! comparison, a cohort summary or the rubric's guide prints is made here, from plain data and
//! the rubric's texts. Another language gets a table of its own with the same functions.

pub mod brief;
mod cohort;
mod compare;
mod dated;
mod explain;
pub mod guide;
pub mod html;
mod plan;
mod sections;

pub use cohort::{CohortDoc, cohort};
pub use compare::compare;
pub use dated::{calendar_name, description, summary, when};
pub use explain::explain;
pub use plan::{session_items, task, week_title};
pub use sections::{blocks, quality_flag};

use crate::rubric::Rubric;
use crate::scoring::Scores;

/// A titled list: a report section as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// 1 for a main heading, 2 for a heading inside the one before.
    pub level: u8,
    pub title: String,
    pub items: Vec<String>,
    /// Items are things to do (Markdown shows them as `- [ ]`).
    pub todo: bool,
}

fn block(level: u8, title: String, items: Vec<String>) -> Block {
    Block {
        level,
        title,
        items,
        todo: false,
    }
}

/// A document of headed lists (`explain`, `compare`): a title, lines under it, then blocks
/// of a title and its items.
pub struct Doc {
    pub title: String,
    pub lines: Vec<String>,
    pub blocks: Vec<(String, Vec<String>)>,
}

/// "A", "A and B", "A, B and C".
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            // Items with an "and" of their own take a comma before the last "and".
            let comma = items.iter().any(|i| i.as_ref().contains(" and "));
            let and = if comma { ", and" } else { " and" };
            format!("{}{and} {}", init.join(", "), last.as_ref())
        }
    }
}

/// "A", "A or B", "A, B or C".
pub fn list_or<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} or {}", init.join(", "), last.as_ref())
        }
    }
}

/// "1 question", "2 questions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A fit to one decimal, or "n/a" when nothing answered counts for it.
pub fn fit(fit: Option<f64>) -> String {
    fit.map_or_else(
        || "n/a".to_owned(),
        |f| format!("{:.1}", crate::scoring::shown(f)),
    )
}

/// A number as the rubric author wrote it: 8, 7.5.
fn number(x: f64) -> String {
    format!("{x}")
}

/// Where the answers came from: a file, or a row of a survey export.
pub fn source(source: &str, row: Option<usize>) -> String {
    match row {
        Some(r) => format!("{source}, row {r}"),
        None => source.to_owned(),
    }
}

/// A title for one person's sheet, when it names them.
pub fn titled(who: Option<&str>, title: &str) -> String {
    match who {
        Some(who) => format!("{who}: {title}"),
        None => title.to_owned(),
    }
}

/// The line under a terminal report's title: source, rubric and how complete the sheet is.
pub fn about(source: &str, id: &str, version: &str, answered: &str) -> String {
    format!("{source}; rubric {id} v{version}; {answered}")
}

/// The error of a CSV row whose sheet answers another rubric than the file's columns.
pub fn other_rubric(id: &str) -> String {
    format!(
        "answers rubric `{id}`, but this CSV has the columns of another rubric; score each rubric into its own file"
    )
}

/// Labels of a report's parts: the fit table's first two columns and the lines above it.
pub const PATH: &str = "Path";
pub const FIT: &str = "Fit";
pub const RESPONDENT: &str = "Respondent";
pub const DATE: &str = "Date";
/// The date line of a hand-out whose answers carry no date: the day it was made.
pub const MADE: &str = "Report date";
/// The footer of a hand-out: which rubric file and key, by their hashes.
pub fn hashes(rubric: &str, version: &str, sha256: &str, key: &str) -> String {
    format!("Rubric `{rubric}` v{version}: file sha256 `{sha256}`, key hash `{key}`.")
}
pub const ANSWERS: &str = "Answers";
pub const RUBRIC: &str = "Rubric";
pub const VERDICT: &str = "Verdict";

/// One line that states the verdict plainly.
pub fn verdict(rubric: &Rubric, s: &Scores) -> String {
    let name = |p: usize| rubric.path_name(p);
    let tie = rubric.key.tie_margin;
    let needs = if tie > 0.0 {
        format!("a clear lean needs {}", number(tie))
    } else {
        "this rubric counts any lead as a clear lean".to_owned()
    };
    match s.lean {
        Some(p) => format!(
            "Clear lean: {} over {} by {:.1} points ({needs}).",
            name(p),
            name(s.second),
            s.shown_margin
        ),
        None if s.shown_margin == 0.0 => format!(
            "No clear lean: {} and {} are tied ({needs}).",
            name(s.top),
            name(s.second)
        ),
        None => format!(
            "No clear lean: {} is ahead of {} by only {:.1} {} ({needs}).",
            name(s.top),
            name(s.second),
            s.shown_margin,
            if s.shown_margin == 1.0 {
                "point"
            } else {
                "points"
            }
        ),
    }
}

/// A line on how complete the sheet is.
pub fn answered(rubric: &Rubric, s: &Scores) -> String {
    let total = rubric.key.questions();
    let mut line = format!(
        "{} of {} answered",
        s.answered,
        count(total, "question", "questions")
    );
    if s.answered < total {
        line.push_str(" (partial: scored on the answered ones)");
    }
    line
}

/// Beside the verdict: how many answers sat on the midpoint, a sign of how much it says.
pub fn midpoints(rubric: &Rubric, q: &crate::quality::Quality) -> Option<String> {
    if rubric.key.points.is_multiple_of(2) || q.answered == 0 {
        return None;
    }
    let label = rubric.label(rubric.key.midpoint());
    Some(format!(
        "{} of {} answers are \"{label}\" ({:.0}%): the more there are, the less the result says.",
        q.midpoints,
        q.answered,
        100.0 * q.midpoints as f64 / q.answered as f64
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_as_english() {
        assert_eq!(list_and::<&str>(&[]), "");
        assert_eq!(list_and(&["A"]), "A");
        assert_eq!(list_and(&["A", "B"]), "A and B");
        assert_eq!(list_and(&["A", "B", "C"]), "A, B and C");
        assert_eq!(
            list_and(&["minutes", "budgets and timelines", "records and filing"]),
            "minutes, budgets and timelines, and records and filing"
        );
        assert_eq!(count(1, "minute", "minutes"), "1 minute");
        assert_eq!(count(2, "minute", "minutes"), "2 minutes");
    }
}
