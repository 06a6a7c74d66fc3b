//! The survey tool's layout: told from the header (or given), it decides which of the first rows
//! is the header and which rows under it the tool added without answers.

use super::Options;
use super::columns::{Column, fold, map_columns};
use crate::rubric::Rubric;

/// The survey tools whose exports pathfit knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `Timestamp`, often `Email Address`, then one column per question title.
    GoogleForms,
    /// `ID, Start time, Completion time, Email, Name`, then the questions.
    MicrosoftForms,
    /// Field ids, then question texts, then `{"ImportId": ...}`; `Finished` and `Progress`.
    Qualtrics,
    /// Questions, then a row of `Response` or option labels; `Respondent ID`.
    Surveymonkey,
    /// Answer codes or texts; `submitdate` is empty for an unfinished response.
    Limesurvey,
    /// One header row of question ids or texts.
    Plain,
}

impl Layout {
    /// The tool's name, as data (a product name, not a sentence).
    pub fn name(self) -> &'static str {
        match self {
            Layout::GoogleForms => "Google Forms",
            Layout::MicrosoftForms => "Microsoft Forms",
            Layout::Qualtrics => "Qualtrics",
            Layout::Surveymonkey => "SurveyMonkey",
            Layout::Limesurvey => "LimeSurvey",
            Layout::Plain => "plain",
        }
    }

    /// The layout a header row (folded cells) shows.
    pub fn detect(header: &[String]) -> Layout {
        let has = |name: &str| header.iter().any(|h| h == name);
        let first = header.first().map_or("", String::as_str);
        if first == "timestamp" {
            Layout::GoogleForms
        } else if has("start time") && has("completion time") {
            Layout::MicrosoftForms
        } else if has("responseid") || (has("finished") && has("progress")) {
            Layout::Qualtrics
        } else if has("respondent id") && has("collector id") {
            Layout::Surveymonkey
        } else if has("submitdate") || has("lastpage") || has("date submitted") {
            Layout::Limesurvey
        } else {
            Layout::Plain
        }
    }
}

/// The head of an export: its layout, header and the rows read ahead that are data.
pub struct Head {
    pub layout: Layout,
    pub header: Vec<String>,
    /// Rows read while looking for the header that turned out to be data, in order.
    pub(super) pending: Vec<Vec<String>>,
}

/// Rows read ahead to find the header: Qualtrics has three header rows.
pub(super) const HEAD_ROWS: usize = 3;

/// Chooses the header among the first rows: the first, or the second when it names at least
/// as many questions (Qualtrics puts field ids first and the question text second), and passes
/// over the rows tools add under it.
pub(super) fn head(rubric: &Rubric, mut top: Vec<Vec<String>>, options: &Options) -> Option<Head> {
    let first = top.first()?;
    let folded: Vec<String> = first.iter().map(|h| fold(h)).collect();
    let layout = options.layout.unwrap_or_else(|| Layout::detect(&folded));
    // How many questions the first and second rows name.
    let (a, b) = (
        matches(rubric, first, options),
        top.get(1)
            .map_or(0, |second| matches(rubric, second, options)),
    );
    let header_rows = if b > a || (b > 0 && b == a) || (layout == Layout::Qualtrics && b > 0) {
        2
    } else {
        1
    };
    let header = if b > a { top[1].clone() } else { first.clone() };
    let mut pending: Vec<Vec<String>> = top.split_off(header_rows.min(top.len()));
    // Tools' extra rows come straight after the header.
    while pending.first().is_some_and(|r| is_header_junk(r, rubric)) {
        pending.remove(0);
    }
    Some(Head {
        layout,
        header,
        pending,
    })
}

/// How many cells of a row name a question of the rubric.
fn matches(rubric: &Rubric, row: &[String], options: &Options) -> usize {
    map_columns(rubric, row, options, Layout::Plain)
        .iter()
        .filter(|c| matches!(c, Column::Question(_)))
        .count()
}

/// Rows under the header that survey tools add and that hold no answers: Qualtrics' row of
/// `{"ImportId": ...}`, SurveyMonkey's row of "Response" / option labels.
fn is_header_junk(row: &[String], rubric: &Rubric) -> bool {
    let cells: Vec<String> = row
        .iter()
        .map(|c| fold(c))
        .filter(|c| !c.is_empty())
        .collect();
    !cells.is_empty()
        && (cells.iter().any(|c| c.starts_with("{\"importid\""))
            || cells.iter().all(|c| {
                matches!(
                    c.as_str(),
                    "response" | "open-ended response" | "other (please specify)"
                )
            })
            || rubric.texts.labels.len() == cells.len()
                && cells
                    .iter()
                    .zip(&rubric.texts.labels)
                    .all(|(c, l)| *c == fold(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_are_told_by_their_headers() {
        let detect =
            |cells: &[&str]| Layout::detect(&cells.iter().map(|c| fold(c)).collect::<Vec<_>>());
        assert_eq!(
            detect(&["Timestamp", "Email Address", "Q"]),
            Layout::GoogleForms
        );
        assert_eq!(
            detect(&["ID", "Start time", "Completion time", "Email", "Name"]),
            Layout::MicrosoftForms
        );
        assert_eq!(
            detect(&["StartDate", "Progress", "Finished", "ResponseId"]),
            Layout::Qualtrics
        );
        assert_eq!(
            detect(&["Respondent ID", "Collector ID", "Q"]),
            Layout::Surveymonkey
        );
        assert_eq!(
            detect(&["id", "submitdate", "lastpage", "Q"]),
            Layout::Limesurvey
        );
        assert_eq!(detect(&["ID", "sk_calendar"]), Layout::Plain);
    }
}
