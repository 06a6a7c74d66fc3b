//! The survey tool's layout: told from the header (or given), it decides which of the first rows
//! is the header and which rows under it the tool added without answers.

use super::Options;
use super::columns::{Column, fold, map_columns, names};
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

    /// The value of `--layout` that names it.
    pub fn flag(self) -> &'static str {
        match self {
            Layout::GoogleForms => "google-forms",
            Layout::MicrosoftForms => "microsoft-forms",
            Layout::Qualtrics => "qualtrics",
            Layout::Surveymonkey => "surveymonkey",
            Layout::Limesurvey => "limesurvey",
            Layout::Plain => "plain",
        }
    }

    /// The layout a header row (folded cells) shows.
    pub fn detect(header: &[String]) -> Layout {
        let names: Vec<String> = header.iter().flat_map(|h| names(h)).collect();
        let has = |name: &str| names.iter().any(|h| h == name);
        let first = header.first().map_or("", String::as_str);
        if first == "timestamp" {
            Layout::GoogleForms
        } else if has("start time") && has("completion time") {
            Layout::MicrosoftForms
        } else if has("responseid") || (has("finished") && has("progress")) || legacy(header) {
            Layout::Qualtrics
        } else if has("respondent id") && has("collector id") {
            Layout::Surveymonkey
        } else if has("submitdate") || has("lastpage") || has("date submitted") {
            Layout::Limesurvey
        } else {
            Layout::Plain
        }
    }

    /// The layout the first rows show: the first header row's, else Qualtrics when a row of
    /// `{"ImportId": ...}` follows.
    fn of_rows(top: &[Vec<String>]) -> Layout {
        let folded = |row: &[String]| row.iter().map(|h| fold(h)).collect::<Vec<_>>();
        match top.first().map(|r| Layout::detect(&folded(r))) {
            Some(Layout::Plain) | None if top.iter().skip(1).any(|r| import_ids(r)) => {
                Layout::Qualtrics
            }
            found => found.unwrap_or(Layout::Plain),
        }
    }

    /// How many of the first rows are the tool's header rows.
    fn header_rows(self, top: &[Vec<String>], rubric: &Rubric, options: &Options) -> usize {
        let named = |i: usize| top.get(i).is_some_and(|r| matches(rubric, r, options) > 0);
        // The second row's cell under the first row's `name` column.
        let under = |name: &str| {
            let at = top.first()?.iter().position(|h| fold(h) == name)?;
            top.get(1)?.get(at).map(|c| c.trim().to_owned())
        };
        let rows = match self {
            // Field ids (or V1, V2, ...), then question texts, then ImportIds; a second row
            // with a response id (`R_...`) is a respondent's.
            Layout::Qualtrics if !under("responseid").is_some_and(|c| c.starts_with("R_")) => {
                2 + usize::from(top.get(2).is_some_and(|r| import_ids(r)))
            }
            // Questions, then a row of "Response" or sub-questions, with no respondent id.
            Layout::Surveymonkey => {
                1 + usize::from(under("respondent id").is_none_or(|c| c.is_empty()))
            }
            // A data row never holds question texts.
            _ => 1 + usize::from(named(1)),
        };
        rows.min(top.len())
    }
}

/// The legacy Qualtrics export: a first row of `V1, V2, ...`.
fn legacy(header: &[String]) -> bool {
    header.len() > 1
        && header
            .iter()
            .take(2)
            .enumerate()
            .all(|(i, h)| *h == format!("v{}", i + 1))
}

/// A row of Qualtrics' `{"ImportId": ...}`.
fn import_ids(row: &[String]) -> bool {
    row.iter().any(|c| fold(c).starts_with("{\"importid\""))
}

/// The head of an export: its layout, header rows and the rows read ahead that are data.
pub struct Head {
    pub layout: Layout,
    /// The layout the header shows (the same as `layout` unless `--layout` says otherwise).
    pub detected: Layout,
    /// Each column's name as shown: its first header cell that names a question, else its
    /// first header cell that is not empty.
    pub header: Vec<String>,
    /// The header rows, all matched against the questions.
    pub rows: Vec<Vec<String>>,
    /// Rows read while looking for the header that turned out to be data, in order.
    pub(super) pending: Vec<Vec<String>>,
}

impl Head {
    /// (`--layout`, the layout the header shows) when the header shows a tool's layout and
    /// `--layout` names another.
    pub fn disagreement(&self) -> Option<(Layout, Layout)> {
        (self.detected != Layout::Plain && self.detected != self.layout)
            .then_some((self.layout, self.detected))
    }
}

/// Rows read ahead to find the header: Qualtrics has three header rows.
pub(super) const HEAD_ROWS: usize = 3;

/// Chooses the header rows among the first rows by the layout the header shows (never by which
/// row names the questions), and passes over the rows tools add under them.
pub(super) fn head(rubric: &Rubric, mut top: Vec<Vec<String>>, options: &Options) -> Option<Head> {
    top.first()?;
    let detected = Layout::of_rows(&top);
    let layout = options.layout.unwrap_or(detected);
    let count = detected
        .header_rows(&top, rubric, options)
        .max(layout.header_rows(&top, rubric, options));
    let mut pending = top.split_off(count);
    // Tools' extra rows come straight after the header.
    while pending.first().is_some_and(|r| is_header_junk(r, rubric)) {
        top.push(pending.remove(0));
    }
    let header = shown(rubric, &top, options);
    Some(Head {
        layout,
        detected,
        header,
        rows: top,
        pending,
    })
}

/// Each column's name as shown (see [`Head::header`]).
fn shown(rubric: &Rubric, rows: &[Vec<String>], options: &Options) -> Vec<String> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let per_row: Vec<Vec<Column>> = rows
        .iter()
        .map(|r| map_columns(rubric, std::slice::from_ref(r), options, Layout::Plain))
        .collect();
    (0..width)
        .map(|c| {
            let cell = |i: usize| rows[i].get(c).filter(|t| !t.trim().is_empty());
            (0..rows.len())
                .find(|&i| matches!(per_row[i].get(c), Some(Column::Question(_))))
                .and_then(cell)
                .or_else(|| (0..rows.len()).find_map(cell))
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// How many cells of a row name a question of the rubric.
fn matches(rubric: &Rubric, row: &[String], options: &Options) -> usize {
    map_columns(rubric, &[row.to_vec()], options, Layout::Plain)
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
        && (import_ids(row)
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
