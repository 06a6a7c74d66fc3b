//! xlsx exports: the first worksheet, read with calamine as text cells, row by row.

use calamine::{DataRef, Reader, Xlsx};

use super::cells::Decoder;
use super::{Each, HEAD_ROWS, MAX_RECORD, Notes, Options, archive, empty, outcome, start};
use crate::answers::Responses;
use crate::problem::answers::{AnswerProblem, WorkbookLimit};
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// Excel's last column and row (counting from 1), and the most characters of a cell.
const COLUMNS: u32 = 16_384;
const ROWS: u32 = 1_048_576;
const CELL_CHARS: usize = 32_767;

/// Reads the first worksheet of an xlsx workbook row by row as text cells, calling `each`
/// until it returns false. The workbook's parts are checked first ([`archive::check`]); cells
/// stream from the sheet's XML and only the workbook's shared strings are held. Rows without
/// cells are passed over, as the CSV reader passes over blank lines.
pub(super) fn xlsx_rows(
    file: &str,
    mut input: std::io::BufReader<std::fs::File>,
    mut each: impl FnMut(&[String]) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    let broken = |e: calamine::XlsxError| {
        let message = e.to_string();
        anyhow::Error::from(Problems::from(Problem::in_file(
            file,
            AnswerProblem::Workbook { message },
        )))
    };
    archive::check(file, &mut input)?;
    let mut book: Xlsx<_> = Xlsx::new(input).map_err(broken)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(empty(file));
    };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(broken)?;
    let mut row = Row::default();
    while let Some(cell) = cells.next_cell().map_err(broken)? {
        let (r, c) = cell.get_position();
        let mut value = text(cell.get_value());
        check_cell(file, r, c, &value)?;
        crate::base::neutral::line_in(&mut value);
        if row.at != Some(r) {
            if row.at.is_some() && !each(&row.cells)? {
                return Ok(());
            }
            row.start(r);
        }
        row.put(file, c as usize, value)?;
    }
    if row.at.is_some() {
        each(&row.cells)?;
    }
    Ok(())
}

/// The row being read: its number and cells, and the bytes of text in them.
#[derive(Default)]
struct Row {
    at: Option<u32>,
    cells: Vec<String>,
    bytes: usize,
}

impl Row {
    fn start(&mut self, r: u32) {
        self.cells.clear();
        self.bytes = 0;
        self.at = Some(r);
    }

    /// Sets cell `c`; a row holding more than [`MAX_RECORD`] bytes of text is refused.
    fn put(&mut self, file: &str, c: usize, value: String) -> anyhow::Result<()> {
        self.bytes += value.len();
        if self.bytes > MAX_RECORD {
            let row = u64::from(self.at.unwrap_or(0)) + 1;
            let limit = WorkbookLimit::Row {
                row,
                limit: MAX_RECORD,
            };
            return Err(refused(file, limit));
        }
        if self.cells.len() <= c {
            self.cells.resize(c + 1, String::new());
        }
        self.cells[c] = value;
        Ok(())
    }
}

/// A cell beyond Excel's last column or row, or longer than Excel allows, is refused.
fn check_cell(file: &str, r: u32, c: u32, value: &str) -> anyhow::Result<()> {
    if c >= COLUMNS || r >= ROWS {
        let (column, row) = (u64::from(c) + 1, u64::from(r) + 1);
        return Err(refused(file, WorkbookLimit::Place { column, row }));
    }
    if value.len() > CELL_CHARS {
        let chars = value.chars().count();
        if chars > CELL_CHARS {
            let cell = a1(c, r);
            let limit = CELL_CHARS;
            return Err(refused(file, WorkbookLimit::Cell { cell, chars, limit }));
        }
    }
    Ok(())
}

fn refused(file: &str, limit: WorkbookLimit) -> anyhow::Error {
    Problems::from(Problem::in_file(file, AnswerProblem::WorkbookLimit(limit))).into()
}

/// A cell's name as Excel writes it: column letters, then the row from 1.
fn a1(column: u32, row: u32) -> String {
    let mut letters = Vec::new();
    let mut c = column + 1;
    while c > 0 {
        letters.push(b'A' + ((c - 1) % 26) as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

/// A cell as the text a CSV export of it would hold.
fn text(value: &DataRef) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

/// Reads an xlsx export (its first worksheet) row by row, as `read` does a CSV.
pub fn read_xlsx(
    file: &str,
    input: std::io::BufReader<std::fs::File>,
    rubric: &std::sync::Arc<Rubric>,
    options: &Options,
    each: &mut Each,
) -> anyhow::Result<Notes> {
    let mut notes = Notes::default();
    let mut top: Vec<Vec<String>> = Vec::new();
    let mut decoder: Option<Decoder> = None;
    let mut responses = Responses::empty(rubric);
    let mut fallback = false;
    let mut number = 0;
    let mut emit = |decoder: &Decoder, cells: &[String]| -> anyhow::Result<()> {
        number += 1;
        let result = decoder.row(cells, number, &mut responses, &mut fallback);
        each(number, outcome(&result, &responses))?;
        Ok(())
    };
    xlsx_rows(file, input, |row| {
        if let Some(d) = &decoder {
            emit(d, row)?;
        } else {
            top.push(row.to_vec());
            if top.len() == HEAD_ROWS {
                let (d, pending, layout) = start(file, rubric, options, std::mem::take(&mut top))?;
                notes.layout = layout;
                for cells in &pending {
                    emit(&d, cells)?;
                }
                decoder = Some(d);
            }
        }
        Ok(true)
    })?;
    if decoder.is_none() {
        let (d, pending, layout) = start(file, rubric, options, top)?;
        notes.layout = layout;
        for cells in &pending {
            emit(&d, cells)?;
        }
    }
    Ok(notes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(super::a1(0, 0), "A1");
        assert_eq!(super::a1(25, 9), "Z10");
        assert_eq!(super::a1(26, 0), "AA1");
        assert_eq!(super::a1(16_383, 1_048_575), "XFD1048576");
    }

    #[test]
    fn cells_hold_at_most_excels_characters() {
        let most = "é".repeat(super::CELL_CHARS);
        assert!(super::check_cell("f", 0, 0, &most).is_ok());
        let over = super::check_cell("f", 1, 2, &format!("{most}x")).unwrap_err();
        assert!(
            over.to_string().contains("cell C2 holds 32768 characters"),
            "{over}"
        );
        assert!(super::check_cell("f", 1_048_575, 16_383, "").is_ok());
        assert!(super::check_cell("f", 1_048_576, 0, "").is_err());
        assert!(super::check_cell("f", 0, 16_384, "").is_err());
    }
}
