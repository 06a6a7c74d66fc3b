//! Survey-tool exports: one respondent a row in a CSV, TSV or xlsx file. The layout (Google
//! Forms, Microsoft Forms, Qualtrics, SurveyMonkey, LimeSurvey or plain) is detected from the
//! header and decides which rows are headers, which column names a respondent and which one
//! marks an unfinished response. Columns are matched to questions by id, by question text or
//! alias (compared after folding case, white space, non-breaking spaces and curly quotes) or
//! by a mapping file; other columns (names, emails, timings) are never copied into output.
//! Answers are scale numbers or labels (with a leading "6." or "4 -" tolerated); blank,
//! "N/A", "Prefer not to say" and the missing codes are unanswered.

mod archive;
mod cells;
mod columns;
mod encoding;
mod exact;
mod layout;
mod parts;
mod reader;
mod split;
mod strays;
mod words;
mod xlsx;

pub use cells::{Cells, Decoder, RowName};
pub use columns::{Column, fold, map_columns};
pub use layout::{Head, Layout};
pub use parts::{Ended, Plan, Row, Split, run};
pub use reader::{Kind, MAX_RECORD, Parts, read, read_file, sniff_delimiter};
pub use strays::{KEPT_VALUES, SCAN_ROWS, Stray, StrayValue, strays};
pub use xlsx::read_xlsx;

use layout::{HEAD_ROWS, head};

use super::Responses;
use crate::problem::answers::{AnswerProblem, RowProblem};
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// Choices for reading an export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Header text -> question id, from `--map FILE`.
    pub map: Vec<(String, String)>,
    /// Extra values that mean "not answered" (`--missing CODE`).
    pub missing: Vec<String>,
    /// The column that names a respondent (`--id-column`); else the layout's id column, else
    /// the row number.
    pub id_column: Option<String>,
    /// The layout, when not detected (`--layout`).
    pub layout: Option<Layout>,
    /// Set when the reading should stop (Ctrl-C), checked while waiting for input.
    pub stop: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

/// One data row's outcome: its number (1 = first respondent), and its answers or the reason it
/// was not scored with the respondent's id when the row names one.
pub type Each<'a> = dyn for<'r> FnMut(usize, Outcome<'r>) -> std::io::Result<()> + 'a;

/// A row's answers, or the respondent's id (when the row names one) and why it was not scored
/// (worded by `text::answers`).
pub type Outcome<'r> = Result<&'r Responses, (Option<&'r str>, &'r RowProblem)>;

/// A decoded row as [`Each`] takes it.
fn outcome<'r>(r: &'r Result<(), RowProblem>, responses: &'r Responses) -> Outcome<'r> {
    match r {
        Ok(()) => Ok(responses),
        Err(e) => Err((
            responses
                .respondent
                .as_deref()
                .filter(|id| !id.starts_with("row ")),
            e,
        )),
    }
}

/// What reading an export noticed, for the warnings said after it.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Notes {
    /// The encoding the export was read in, when not UTF-8.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// (`--layout`, the layout the header shows) when they differ.
    pub layout: Option<(Layout, Layout)>,
}

/// A decoder, the rows read ahead that are data, and (`--layout`, the header's layout) when
/// they differ.
type Started = (Decoder, Vec<Vec<String>>, Option<(Layout, Layout)>);

/// The decoder for an export whose first rows are `top`, those of them that are data, and
/// whether `--layout` disagrees with the header.
fn start(
    file: &str,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    top: Vec<Vec<String>>,
) -> anyhow::Result<Started> {
    for row in &top {
        wide(file, row.len())?;
    }
    let head = head(rubric, top, options).ok_or_else(|| empty(file))?;
    let decoder = Decoder::new(rubric, &head.rows, options, head.layout);
    columns::check_id(rubric, &head.rows, &decoder.columns, options, file)?;
    if !decoder
        .columns
        .iter()
        .any(|c| matches!(c, Column::Question(_)))
    {
        let problem = AnswerProblem::NoQuestions {
            rubric: rubric.id.clone(),
            file: file.to_owned(),
        };
        return Err(Problems::from(Problem::in_file(file, problem)).into());
    }
    if let Some((q, first, second)) = columns::twice(&decoder.columns) {
        let problem = AnswerProblem::TwoColumns {
            question: rubric.ids.questions[q].clone(),
            first: head.header[first].clone(),
            second: head.header[second].clone(),
        };
        return Err(Problems::from(Problem::in_file(file, problem)).into());
    }
    let layout = head.disagreement();
    Ok((decoder, head.pending, layout))
}

/// The most columns of a header row: wider headers are refused before they are compared.
pub const MAX_COLUMNS: usize = 10_000;

/// A header row of `columns` cells is refused when wider than [`MAX_COLUMNS`].
fn wide(file: &str, columns: usize) -> anyhow::Result<()> {
    if columns <= MAX_COLUMNS {
        return Ok(());
    }
    let problem = AnswerProblem::WideHeader {
        columns,
        limit: MAX_COLUMNS,
    };
    Err(Problems::from(Problem::in_file(file, problem)).into())
}

fn empty(file: &str) -> anyhow::Error {
    Problems::from(Problem::in_file(file, AnswerProblem::EmptyExport)).into()
}

/// The head of an export and what each of its columns is, chosen as [`read`] chooses them,
/// and what reading it noticed (for `pathfit map`).
pub fn inspect(
    file: &std::path::Path,
    rubric: &Rubric,
    options: &Options,
) -> anyhow::Result<(Head, Vec<Column>, Notes)> {
    let name = file.display().to_string();
    let input = crate::base::input::open_reader(file, crate::base::What::SurveyExport)?;
    let mut notes = Notes::default();
    let top = match Kind::of(&name) {
        Kind::Xlsx => {
            let mut top = Vec::new();
            xlsx::xlsx_rows(&name, input, |row| {
                wide(&name, row.len())?;
                top.push(row.to_vec());
                Ok(top.len() < HEAD_ROWS)
            })?;
            top
        }
        kind => {
            let (mut reader, chosen) = reader::csv_reader(input, kind == Kind::Tsv)?;
            let mut fallback = false;
            let top = reader::top_rows(&name, &mut reader, &mut fallback)?.0;
            notes.encoding = chosen
                .get()
                .copied()
                .or(fallback.then_some(encoding_rs::WINDOWS_1252));
            top
        }
    };
    let head = head(rubric, top, options).ok_or_else(|| empty(&name))?;
    let columns = map_columns(rubric, &head.rows, options, head.layout);
    columns::check_id(rubric, &head.rows, &columns, options, &name)?;
    notes.layout = head.disagreement();
    Ok((head, columns, notes))
}
