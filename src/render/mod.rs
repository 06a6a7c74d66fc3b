//! Renderers: reports written as a terminal table, Markdown or JSON to any `io::Write`.

mod json;
mod markdown;
mod sections;
mod table;

use std::io::{self, Write};

use crate::report::Report;
use crate::rubric::Rubric;

pub use table::bar;

/// How a renderer may decorate its text: the one colour decision, and the width to fit.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    pub width: usize,
}

impl Look {
    fn paint(&self, style: console::Style, text: &str) -> String {
        if self.color {
            style.force_styling(true).apply_to(text).to_string()
        } else {
            text.to_owned()
        }
    }
    pub fn bold(&self, text: &str) -> String {
        self.paint(console::Style::new().bold(), text)
    }
    pub fn good(&self, text: &str) -> String {
        self.paint(console::Style::new().green().bold(), text)
    }
    pub fn warn(&self, text: &str) -> String {
        self.paint(console::Style::new().yellow().bold(), text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
}

/// Writes every report in `format`; JSON is always one array, one record per answer sheet.
pub fn write_reports(
    out: &mut dyn Write,
    format: Format,
    reports: &[(Report, &Rubric)],
    look: Look,
) -> io::Result<()> {
    match format {
        Format::Json => json::write(out, reports.iter().map(|(r, _)| r)),
        Format::Table => {
            for (i, (report, rubric)) in reports.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                table::write(out, report, rubric, look)?;
            }
            Ok(())
        }
        Format::Markdown => {
            for (i, (report, rubric)) in reports.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "\n---\n")?;
                }
                markdown::write(out, report, rubric)?;
            }
            Ok(())
        }
    }
}

/// A fit to one decimal, or "n/a" when nothing answered counts for it.
pub fn fit_text(fit: Option<f64>) -> String {
    fit.map_or_else(|| "n/a".to_owned(), |f| format!("{f:.1}"))
}
