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
use crate::t;
use crate::text::l10n;

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

/// "A", "A and B", "A, B and C", in the language of the run.
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    l10n::list(l10n::lang(), items)
}

/// "A", "A or B", "A, B or C".
pub fn list_or<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            t!(
                "report-list-or",
                init = init.join(&t!("list-comma")),
                last = last.as_ref()
            )
        }
    }
}

/// `x` to one decimal, with the language's decimal mark.
fn decimal(x: f64) -> String {
    l10n::decimal(l10n::lang(), x, 1)
}

/// A date in a heading: ISO in English (as it always was), else as the language writes it.
fn iso_or_date(d: chrono::NaiveDate) -> String {
    match l10n::lang() {
        l10n::Lang::En => d.to_string(),
        lang => l10n::date(lang, d),
    }
}

/// `x` to one decimal with its sign, as `{:+.1}` writes it: +1.5, -0.3, +0.0.
fn signed(x: f64) -> String {
    if x.is_sign_negative() {
        decimal(x)
    } else {
        format!("+{}", decimal(x))
    }
}

/// A fit to one decimal, or "n/a" when nothing answered counts for it.
pub fn fit(fit: Option<f64>) -> String {
    fit.map_or_else(|| t!("report-na"), |f| decimal(crate::scoring::shown(f)))
}

/// A number as the rubric author wrote it: 8, 7.5.
fn number(x: f64) -> String {
    l10n::number(l10n::lang(), x)
}

/// Where the answers came from: a file, or a row of a survey export.
pub fn source(source: &str, row: Option<usize>) -> String {
    match row {
        Some(r) => t!("report-source-row", source = source, row = r),
        None => source.to_owned(),
    }
}

/// A title for one person's sheet, when it names them.
pub fn titled(who: Option<&str>, title: &str) -> String {
    match who {
        Some(who) => t!("report-titled", who = who, title = title),
        None => title.to_owned(),
    }
}

/// The line under a terminal report's title: source, rubric and how complete the sheet is.
pub fn about(source: &str, id: &str, version: &str, answered: &str) -> String {
    t!(
        "report-about",
        source = source,
        id = id,
        version = version,
        answered = answered
    )
}

/// The error of a CSV row whose sheet answers another rubric than the file's columns.
pub fn other_rubric(id: &str) -> String {
    t!("report-other-rubric", id = id)
}

/// Labels of a report's parts: the fit table's first two columns and the lines above it.
pub fn path_label() -> String {
    t!("report-path")
}
pub fn fit_label() -> String {
    t!("report-fit")
}
pub fn respondent_label() -> String {
    t!("report-respondent")
}
pub fn date_label() -> String {
    t!("report-date")
}
/// The date line of a hand-out whose answers carry no date: the day it was made.
pub fn made_label() -> String {
    t!("report-made")
}
/// The footer of a hand-out: which rubric file and key, by their hashes.
pub fn hashes(rubric: &str, version: &str, sha256: &str, key: &str) -> String {
    t!(
        "report-hashes",
        rubric = rubric,
        version = version,
        sha256 = sha256,
        key = key
    )
}
pub fn answers_label() -> String {
    t!("report-answers")
}
pub fn rubric_label() -> String {
    t!("report-rubric")
}
pub fn verdict_label() -> String {
    t!("report-verdict")
}

/// One line that states the verdict plainly.
pub fn verdict(rubric: &Rubric, s: &Scores) -> String {
    let name = |p: usize| rubric.path_name(p);
    let tie = rubric.key.tie_margin;
    let needs = if tie > 0.0 {
        t!("report-needs-tie", tie = number(tie))
    } else {
        t!("report-needs-any")
    };
    let margin = decimal(s.shown_margin);
    match s.lean {
        Some(p) => t!(
            "report-lean",
            lean = name(p),
            second = name(s.second),
            margin = margin,
            needs = needs
        ),
        None if s.shown_margin == 0.0 => t!(
            "report-tied",
            top = name(s.top),
            second = name(s.second),
            needs = needs
        ),
        None => t!(
            if s.shown_margin == 1.0 {
                "report-ahead-one"
            } else {
                "report-ahead"
            },
            top = name(s.top),
            second = name(s.second),
            margin = margin,
            needs = needs
        ),
    }
}

/// A line on how complete the sheet is.
pub fn answered(rubric: &Rubric, s: &Scores) -> String {
    let total = rubric.key.questions();
    let id = if s.answered < total {
        "report-answered-partial"
    } else {
        "report-answered"
    };
    t!(id, answered = s.answered, total = total)
}

/// Beside the verdict: how many answers sat on the midpoint, a sign of how much it says.
pub fn midpoints(rubric: &Rubric, q: &crate::quality::Quality) -> Option<String> {
    if rubric.key.points.is_multiple_of(2) || q.answered == 0 {
        return None;
    }
    let label = rubric.label(rubric.key.midpoint());
    let pct = 100.0 * q.midpoints as f64 / q.answered as f64;
    Some(t!(
        "report-midpoints",
        mid = q.midpoints,
        answered = q.answered,
        label = label,
        pct = format!("{pct:.0}")
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
    }
}
