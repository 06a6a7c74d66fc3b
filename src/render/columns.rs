//! The data dictionary of `pathfit score -f csv`: every column, its type and its meaning, as
//! `pathfit columns` prints it (table, Markdown, HTML, JSON). The CSV renderer writes its header
//! from the same list.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Format, Look, safe};
use crate::base::wrap::has_wide;
use crate::rubric::Rubric;
use crate::text::commands::columns as words;

/// One column of the CSV.
#[derive(Serialize)]
pub struct Column {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub meaning: String,
}

fn column(name: String, kind: &'static str, meaning: String) -> Column {
    Column {
        name,
        kind,
        meaning,
    }
}

/// The columns of a CSV scored with `rubric`, in order; with `answers`, a `q:<question>`
/// column for each question.
pub fn columns(rubric: &Rubric, answers: bool) -> Vec<Column> {
    let (ids, texts) = (&rubric.ids, &rubric.texts);
    let fixed = |(n, k): &(&str, &'static str)| column((*n).into(), k, words::meaning(n));
    let mut out: Vec<Column> = words::LEADING.iter().map(fixed).collect();
    for (p, id) in ids.paths.iter().enumerate() {
        let meaning = words::fit(rubric.path_name(p));
        out.push(column(format!("fit:{id}"), words::NUMBER, meaning));
    }
    for (p, path) in ids.paths.iter().enumerate() {
        for (d, dim) in ids.dimensions.iter().enumerate() {
            let meaning = words::dimension(rubric.path_name(p), &texts.dimensions[d].name);
            out.push(column(format!("{path}:{dim}"), words::NUMBER, meaning));
        }
    }
    if answers {
        let (min, max) = (rubric.key.value(0), rubric.key.value(last(rubric)));
        for (q, id) in ids.questions.iter().enumerate() {
            let meaning = words::answer(&texts.questions[q], min, max);
            out.push(column(format!("q:{id}"), words::INTEGER, meaning));
        }
    }
    out.extend(words::TRAILING.iter().map(fixed));
    out
}

/// The highest answer point of the rubric's scale.
fn last(rubric: &Rubric) -> u8 {
    u8::try_from(rubric.key.points.saturating_sub(1)).unwrap_or(u8::MAX)
}

/// The dictionary as a table, Markdown or JSON (an array of `name`, `type`, `meaning`).
pub fn write(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
    answers: bool,
) -> io::Result<()> {
    let cols = columns(rubric, answers);
    match format {
        Format::Json | Format::Jsonl | Format::Csv => {
            serde_json::to_writer_pretty(&mut *out, &cols)?;
            writeln!(out)
        }
        Format::Markdown => {
            writeln!(out, "## {}\n", words::title(&rubric.id))?;
            let [c, t, m] = words::headings();
            writeln!(out, "| {c} | {t} | {m} |\n|---|---|---|")?;
            for col in &cols {
                let cell = |s: &str| safe(s).replace('|', "\\|");
                writeln!(
                    out,
                    "| `{}` | {} | {} |",
                    cell(&col.name),
                    words::type_name(col.kind),
                    cell(&col.meaning)
                )?;
            }
            Ok(())
        }
        Format::Html => super::html::write_columns(out, rubric, &words::title(&rubric.id), &cols),
        Format::Table => table(out, look, rubric, &cols),
    }
}

/// Name and type in columns, the meaning wrapped to the terminal beside them.
fn table(out: &mut dyn Write, look: Look, rubric: &Rubric, cols: &[Column]) -> io::Result<()> {
    let name_width = cols
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    let kinds: Vec<String> = cols.iter().map(|c| words::type_name(c.kind)).collect();
    let kind_width = kinds.iter().map(|k| k.width()).max().unwrap_or(0);
    let indent = name_width + kind_width + 4;
    // Wrapped between characters, CJK meanings still read in a narrow column, and a CJK title
    // is wrapped; other text keeps its layout.
    let cjk = cols.iter().any(|c| has_wide(&c.meaning));
    let width = look
        .width
        .saturating_sub(indent)
        .max(if cjk { 10 } else { 20 });
    let title = words::title(&rubric.id);
    if has_wide(&title) {
        for line in crate::base::wrap::lines(&title, look.width.max(20)) {
            writeln!(out, "{}", look.bold(&line))?;
        }
        writeln!(out)?;
    } else {
        writeln!(out, "{}\n", look.bold(&title))?;
    }
    for (col, kind) in cols.iter().zip(&kinds) {
        let lines = crate::base::wrap::lines(&col.meaning, width);
        let name = safe(&col.name);
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                writeln!(
                    out,
                    "{name:<name_width$}  {kind}{:pad$}  {}",
                    "",
                    safe(line),
                    pad = kind_width - kind.width()
                )?;
            } else {
                writeln!(out, "{:indent$}{}", "", safe(line))?;
            }
        }
    }
    Ok(())
}
