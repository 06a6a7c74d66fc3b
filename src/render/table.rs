//! The terminal report: a fit table drawn with comfy-table, then wrapped text sections.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table, presets};

use super::sections::{answered_line, sections, verdict_line};
use super::{Look, fit_text};
use crate::report::Report;
use crate::rubric::Rubric;

/// Cells a full (100) bar spans.
const BAR_CELLS: usize = 20;

/// A bar of `fit` out of 100 in block characters, with eighths for the last cell.
pub fn bar(fit: Option<f64>) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let Some(fit) = fit else { return String::new() };
    let eighths = (fit.clamp(0.0, 100.0) / 100.0 * (BAR_CELLS * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

pub fn write(out: &mut dyn Write, report: &Report, rubric: &Rubric, look: Look) -> io::Result<()> {
    let width = look.width.max(40);
    let title = match &report.respondent {
        Some(who) => format!("{who}: {}", rubric.title),
        None => rubric.title.clone(),
    };
    let about = format!(
        "Rubric {} v{}; {}",
        rubric.id,
        rubric.version,
        answered_line(report)
    );
    for line in textwrap::wrap(&title, width) {
        writeln!(out, "{}", look.bold(&line))?;
    }
    for line in textwrap::wrap(&about, width) {
        writeln!(out, "{line}")?;
    }

    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX));
    // Colour is decided once in settings; keep comfy-table from deciding on its own.
    if look.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let mut header = vec![Cell::new("Path"), Cell::new("Fit"), Cell::new("")];
    header.extend(rubric.dimensions.iter().map(|d| Cell::new(&d.name)));
    table.set_header(header);
    for f in &report.scorecard.fits {
        let mut name = Cell::new(&f.name);
        if look.color && f.path == report.scorecard.verdict.path {
            name = name.fg(Color::Green).add_attribute(Attribute::Bold);
        }
        let mut row = vec![
            name,
            Cell::new(fit_text(f.fit)).set_alignment(CellAlignment::Right),
            Cell::new(bar(f.fit)),
        ];
        row.extend(
            f.dimensions
                .iter()
                .map(|(_, d)| Cell::new(fit_text(*d)).set_alignment(CellAlignment::Right)),
        );
        table.add_row(row);
    }
    writeln!(out, "{table}")?;

    let verdict = verdict_line(report, rubric);
    let verdict = if report.scorecard.verdict.clear {
        verdict
    } else {
        look.warn(&verdict)
    };
    for line in textwrap::wrap(&verdict, width) {
        writeln!(out, "{line}")?;
    }

    for s in sections(report, rubric) {
        writeln!(out)?;
        let heading = if s.level == 1 {
            look.bold(&s.title)
        } else {
            format!("  {}", s.title)
        };
        writeln!(out, "{heading}")?;
        let indent = if s.level == 1 { "  " } else { "    " };
        let first = format!("{indent}- ");
        let rest = format!("{indent}  ");
        let options = textwrap::Options::new(width)
            .initial_indent(&first)
            .subsequent_indent(&rest);
        for item in &s.items {
            for line in textwrap::wrap(item, &options) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_use_eighths() {
        assert_eq!(bar(Some(100.0)).chars().count(), 20);
        assert_eq!(bar(Some(50.0)), "█".repeat(10));
        assert_eq!(bar(Some(2.5)), "▌");
        assert_eq!(bar(Some(0.0)), "");
        assert_eq!(bar(None), "");
    }
}
