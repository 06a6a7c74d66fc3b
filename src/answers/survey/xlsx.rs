//! xlsx exports: the first worksheet, read with calamine as text cells, row by row.

use calamine::{DataRef, Reader, Xlsx};

use super::cells::Decoder;
use super::{Each, HEAD_ROWS, Options, empty, outcome, start};
use crate::answers::Responses;
use crate::problem::answers::AnswerProblem;
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// Reads the first worksheet of an xlsx workbook row by row as text cells, calling `each`
/// until it returns false. Cells stream from the sheet's XML; only the workbook's shared
/// strings are held.
pub(super) fn xlsx_rows(
    file: &str,
    input: std::io::BufReader<std::fs::File>,
    mut each: impl FnMut(&[String]) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    let broken = |e: calamine::XlsxError| {
        let message = e.to_string();
        anyhow::Error::from(Problems::from(Problem::in_file(
            file,
            AnswerProblem::Workbook { message },
        )))
    };
    let mut book: Xlsx<_> = Xlsx::new(input).map_err(broken)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(empty(file));
    };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(broken)?;
    let mut row: Vec<String> = Vec::new();
    let mut at: Option<u32> = None;
    let mut more = true;
    while more {
        let Some(cell) = cells.next_cell().map_err(broken)? else {
            if at.is_some() {
                each(&row)?;
            }
            break;
        };
        let (r, c) = cell.get_position();
        if at != Some(r) {
            if let Some(prev) = at {
                more = each(&row)?;
                // Rows with no cells at all are blank rows: pass them as empty rows.
                for _ in prev + 1..r {
                    if more {
                        more = each(&[])?;
                    }
                }
            }
            row.clear();
            at = Some(r);
        }
        let c = c as usize;
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        row[c] = text(cell.get_value());
        crate::base::neutral::line_in(&mut row[c]);
    }
    Ok(())
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
) -> anyhow::Result<()> {
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
                let (d, pending) = start(file, rubric, options, std::mem::take(&mut top))?;
                for cells in &pending {
                    emit(&d, cells)?;
                }
                decoder = Some(d);
            }
        }
        Ok(true)
    })?;
    if decoder.is_none() {
        let (d, pending) = start(file, rubric, options, top)?;
        for cells in &pending {
            emit(&d, cells)?;
        }
    }
    Ok(())
}
