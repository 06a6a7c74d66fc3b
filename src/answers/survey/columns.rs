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

/// What each column is, told by its cells in every header row (`rows`): the first row whose
/// cell names a question decides, so a tool's field ids, question texts and sub-question rows
/// all match.
pub fn map_columns(
    rubric: &Rubric,
    rows: &[Vec<String>],
    options: &Options,
    layout: Layout,
) -> Vec<Column> {
    let questions = question_names(rubric, options);
    let names = folded_names(rows);
    let found: Vec<Option<(usize, bool)>> = names
        .iter()
        .map(|cells| cells.iter().find_map(|cell| questions.find(cell)))
        .collect();
    // Where the mapping file names one of two columns of a question, it picks that one.
    let picked = |q: usize| found.contains(&Some((q, true)));
    let mut columns: Vec<Column> = found
        .iter()
        .map(|f| match *f {
            Some((q, mapped)) if mapped || !picked(q) => Column::Question(q),
            _ => Column::Other,
        })
        .collect();
    let id = match &options.id_column {
        Some(wanted) => find_column(&names, &fold(wanted)),
        None => id_columns(layout)
            .iter()
            .find_map(|name| find_column(&names, name)),
    };
    if let Some(c) = id.filter(|&c| columns[c] == Column::Other) {
        columns[c] = Column::Id;
    }
    columns
}

/// The first question two columns match, as (question, first column, second column).
pub(super) fn twice(columns: &[Column]) -> Option<(usize, usize, usize)> {
    columns.iter().enumerate().find_map(|(second, c)| match c {
        Column::Question(q) => columns[..second]
            .iter()
            .position(|d| d == c)
            .map(|first| (*q, first, second)),
        _ => None,
    })
}

/// Refuses an `--id-column` that names no column, or a question's column, with the names of
/// the other columns closest to it.
pub(super) fn check_id(
    rubric: &Rubric,
    rows: &[Vec<String>],
    columns: &[Column],
    options: &Options,
    file: &str,
) -> Result<(), crate::error::Usage> {
    let Some(wanted) = &options.id_column else {
        return Ok(());
    };
    let folded = fold(wanted);
    let at = find_column(&folded_names(rows), &folded);
    let question = match at.map(|c| &columns[c]) {
        Some(Column::Question(q)) => Some(rubric.ids.questions[*q].clone()),
        Some(_) => return Ok(()),
        None => None,
    };
    let mut close: Vec<(f64, &String)> = Vec::new();
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            let other = !matches!(columns.get(c), Some(Column::Question(_)));
            if other && !cell.trim().is_empty() && !close.iter().any(|(_, n)| *n == cell) {
                close.push((strsim::jaro_winkler(&folded, &fold(cell)), cell));
            }
        }
    }
    close.sort_by(|a, b| b.0.total_cmp(&a.0));
    Err(crate::error::Usage::IdColumn {
        file: file.to_owned(),
        name: wanted.clone(),
        question,
        close: close.iter().take(3).map(|(_, n)| (*n).clone()).collect(),
    })
}

/// For each column, the folded names its header cells give it (see [`names`]), row by row.
pub(super) fn folded_names(rows: &[Vec<String>]) -> Vec<Vec<Vec<String>>> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            rows.iter()
                .filter_map(|row| row.get(c))
                .map(|cell| names(&fold(cell)))
                .filter(|n| !n[0].is_empty())
                .collect()
        })
        .collect()
}

/// The first column one of whose header cells goes by `name` (folded).
pub(super) fn find_column(names: &[Vec<Vec<String>>], name: &str) -> Option<usize> {
    names
        .iter()
        .position(|cells| cells.iter().any(|n| n.iter().any(|n| n == name)))
}

/// The names a folded header cell goes by, whole first: tools put a code or number before the
/// text (`C1.8 - text`, `code. text`), a sub-question after it (`code[SQ001]`,
/// `text [sub-question]`), or the item of a matrix last (`question - item`).
pub fn names(folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_owned()];
    let mut push = |n: &str| {
        let n = n.trim();
        if !n.is_empty() && !out.iter().any(|o| o == n) {
            out.push(n.to_owned());
        }
    };
    for sep in [". ", " - ", ": "] {
        if let Some((code, text)) = folded.split_once(sep)
            && !code.contains(' ')
        {
            push(code);
            push(text);
        }
    }
    if let Some(open) = folded.strip_suffix(']').and_then(|s| s.rfind('['))
        && open > 0
    {
        let (base, sub) = (
            folded[..open].trim_end(),
            &folded[open + 1..folded.len() - 1],
        );
        if !base.contains(' ') {
            push(&format!("{base}_{sub}"));
        }
        push(sub);
    }
    if let Some((_, item)) = folded.rsplit_once(" - ") {
        push(item);
    }
    out
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
    /// The question a cell's names (whole first) give: the mapping file first, then ids,
    /// then texts and aliases.
    /// And whether the mapping file gave it.
    fn find(&self, names: &[String]) -> Option<(usize, bool)> {
        [&self.mapped, &self.ids, &self.titles]
            .iter()
            .enumerate()
            .find_map(|(i, source)| names.iter().find_map(|n| Some((*source.get(n)?, i == 0))))
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
    pub(super) fn find(layout: Layout, rows: &[Vec<String>]) -> Option<(usize, Completion)> {
        let names = folded_names(rows);
        let at = |name: &str| find_column(&names, name);
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

    /// Whether the tool marks the response unfinished: `Finished` is False, 0, No or empty;
    /// `Progress` is a number under 100 (`100.0` is complete) or no number at all;
    /// `submitdate` is empty.
    pub(super) fn unfinished(self, cell: &[u8]) -> bool {
        let cell = cell.trim_ascii();
        match self {
            Completion::Finished => {
                ["false", "0", "no", "0.0"]
                    .iter()
                    .any(|w| cell.eq_ignore_ascii_case(w.as_bytes()))
                    || cell.is_empty()
            }
            Completion::Progress => std::str::from_utf8(cell)
                .ok()
                .and_then(|t| t.parse::<f64>().ok())
                .is_none_or(|p| p < 100.0),
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
    fn completion_as_tools_write_it() {
        let finished = |c: &str| !Completion::Finished.unfinished(c.as_bytes());
        assert!(finished("True") && finished("1") && finished("Yes"));
        assert!(!finished("False") && !finished("0") && !finished("no") && !finished(""));
        let done = |c: &str| !Completion::Progress.unfinished(c.as_bytes());
        assert!(done("100") && done("100.0") && done(" 100 "));
        assert!(!done("99.5") && !done("37") && !done("") && !done("x"));
    }

    #[test]
    fn tools_header_forms() {
        assert!(names("c1.8 - i keep files").contains(&"i keep files".to_owned()));
        assert!(names("g01q01. i keep files").contains(&"i keep files".to_owned()));
        assert!(names("sk[calendar]").contains(&"sk_calendar".to_owned()));
        assert!(names("how much? [i keep files]").contains(&"i keep files".to_owned()));
        assert_eq!(names("i keep files")[0], "i keep files");
    }

    #[test]
    fn folding() {
        assert_eq!(
            fold("  I\u{a0}keep  files \u{2019}x\u{2019} "),
            "i keep files 'x'"
        );
    }
}
