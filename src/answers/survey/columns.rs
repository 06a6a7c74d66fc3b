//! What each column of an export is: a question (matched by id, by question text or alias, or
//! by a mapping file, after folding), the respondent id, the column that marks an unfinished
//! response, or anything else (never copied into output).

use std::collections::HashMap;

use super::{Layout, Options};
use crate::rubric::Rubric;

/// What each column of the export is.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    Question(usize),
    Id,
    Other,
}

pub use crate::rubric::texts::fold;

/// What each header cell is.
pub fn map_columns(
    rubric: &Rubric,
    header: &[String],
    options: &Options,
    layout: Layout,
) -> Vec<Column> {
    let questions = question_names(rubric, options);
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let mut columns: Vec<Column> = folded
        .iter()
        .map(|f| questions.find(f).map_or(Column::Other, Column::Question))
        .collect();
    let id = match &options.id_column {
        Some(wanted) => {
            let wanted = fold(wanted);
            folded.iter().position(|f| *f == wanted)
        }
        None => id_columns(layout)
            .iter()
            .find_map(|name| folded.iter().position(|f| f == name)),
    };
    if let Some(c) = id.filter(|&c| columns[c] == Column::Other) {
        columns[c] = Column::Id;
    }
    columns
}

/// The folded names a header cell can give a question, by source.
struct QuestionNames {
    /// From the mapping file: they win.
    mapped: HashMap<String, usize>,
    ids: HashMap<String, usize>,
    /// Question texts and aliases.
    titles: HashMap<String, usize>,
}

impl QuestionNames {
    fn find(&self, folded: &str) -> Option<usize> {
        self.mapped
            .get(folded)
            .or_else(|| self.ids.get(folded))
            .or_else(|| self.titles.get(folded))
            .copied()
    }
}

fn question_names(rubric: &Rubric, options: &Options) -> QuestionNames {
    let mut titles: HashMap<String, usize> = HashMap::new();
    for (q, text) in rubric.texts.questions.iter().enumerate() {
        titles.insert(fold(text), q);
        for alias in rubric.texts.question_aliases.get(q).into_iter().flatten() {
            titles.insert(fold(alias), q);
        }
    }
    let ids = rubric
        .ids
        .questions
        .iter()
        .enumerate()
        .map(|(q, id)| (id.to_lowercase(), q))
        .collect();
    let mapped = options
        .map
        .iter()
        .filter_map(|(h, id)| Some((fold(h), rubric.ids.question(id)?)))
        .collect();
    QuestionNames {
        mapped,
        ids,
        titles,
    }
}

/// Folded header cells of the layout's respondent-id column, best first.
fn id_columns(layout: Layout) -> &'static [&'static str] {
    match layout {
        Layout::GoogleForms => &[],
        Layout::MicrosoftForms => &["id"],
        Layout::Qualtrics => &["responseid", "response id"],
        Layout::Surveymonkey => &["respondent id", "respondentid"],
        Layout::Limesurvey => &["id", "response id"],
        Layout::Plain => &[
            "id",
            "response id",
            "responseid",
            "respondent id",
            "respondentid",
            "respondent",
        ],
    }
}

/// How a layout marks an unfinished response.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Completion {
    /// `Finished`: True/1 when finished.
    Finished,
    /// `Progress`: 100 when finished.
    Progress,
    /// `submitdate`: empty until submitted.
    Submitted,
}

impl Completion {
    /// The column that says whether a response was finished (in folded header cells), and how
    /// it says so.
    pub(super) fn find(layout: Layout, header: &[String]) -> Option<(usize, Completion)> {
        let at = |name: &str| header.iter().position(|h| h == name);
        match layout {
            Layout::Qualtrics => at("finished")
                .map(|c| (c, Completion::Finished))
                .or_else(|| at("progress").map(|c| (c, Completion::Progress))),
            Layout::Limesurvey => at("submitdate")
                .or_else(|| at("date submitted"))
                .map(|c| (c, Completion::Submitted)),
            _ => None,
        }
    }

    pub(super) fn unfinished(self, cell: &[u8]) -> bool {
        let cell = cell.trim_ascii();
        match self {
            Completion::Finished => {
                cell.eq_ignore_ascii_case(b"false") || cell == b"0" || cell.is_empty()
            }
            Completion::Progress => cell != b"100",
            Completion::Submitted => cell.is_empty(),
        }
    }

    /// The column's name as the tool writes it.
    pub(super) fn column(self) -> &'static str {
        match self {
            Completion::Finished => "Finished",
            Completion::Progress => "Progress",
            Completion::Submitted => "submitdate",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(
            fold("  I\u{a0}keep  files \u{2019}x\u{2019} "),
            "i keep files 'x'"
        );
    }
}
