//! The terminal report: a fit table drawn with comfy-table, then wrapped text sections.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, presets};
use unicode_width::UnicodeWidthStr;

use super::{Look, Record, Sheet, Sink, safe};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::text::report::{self as text, Block};

/// Cells a full (100) bar spans.
const BAR_CELLS: usize = 20;

/// A bar of `fit` out of 100 in block characters, with eighths for the last cell (or `#` and
/// a trailing `+` for a half cell, in ASCII).
pub fn bar(fit: Option<f64>, ascii: bool, cells: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let Some(fit) = fit else { return String::new() };
    let eighths = (fit.clamp(0.0, 100.0) / 100.0 * (cells * 8) as f64).round() as usize;
    if ascii {
        let mut s = "#".repeat(eighths / 8);
        if eighths % 8 >= 4 {
            s.push('+');
        }
        return s;
    }
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

pub struct Table<'w> {
    out: &'w mut dyn Write,
    look: Look,
    written: usize,
    /// The first screen of each report, and how it names the rest; None: the whole report.
    brief: Option<super::brief::Again>,
}

impl<'w> Table<'w> {
    pub fn new(out: &'w mut dyn Write, look: Look) -> Self {
        Table {
            out,
            look,
            written: 0,
            brief: None,
        }
    }

    /// Shows the first screen of each report instead of the whole one.
    pub fn brief(mut self, again: super::brief::Again) -> Self {
        self.brief = Some(again);
        self
    }
}

impl Sink for Table<'_> {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        // A file that failed is reported on stderr; the table shows the sheets that scored.
        let Some((sheet, report)) = record.sheet().and_then(Sheet::full) else {
            return Ok(());
        };
        if self.written > 0 {
            writeln!(self.out)?;
        }
        self.written += 1;
        if let Some(again) = &self.brief {
            return super::brief::write(self.out, self.look, sheet, report, again);
        }
        let width = self.look.width.max(20);
        write_head(self.out, self.look, width, sheet)?;
        write_fits(self.out, self.look, width, sheet.rubric, report)?;
        let (rubric, scores) = (sheet.rubric, sheet.scores);
        let verdict = text::verdict(rubric, scores);
        let verdict = if scores.lean.is_some() {
            verdict
        } else {
            self.look.warn(&verdict)
        };
        for line in crate::base::wrap::lines(&verdict, width) {
            writeln!(self.out, "{line}")?;
        }
        if let Some(m) = text::midpoints(rubric, sheet.quality) {
            for line in crate::base::wrap::lines(&m, width) {
                writeln!(self.out, "{line}")?;
            }
        }
        for b in text::blocks(rubric, sheet.responses, report) {
            write_block(self.out, self.look, width, &b)?;
        }
        Ok(())
    }

    fn end(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn write_head(out: &mut dyn Write, look: Look, width: usize, sheet: Sheet) -> io::Result<()> {
    let rubric = sheet.rubric;
    let who = sheet.responses.respondent.as_deref().map(safe);
    let title = text::titled(who.as_deref(), &safe(&rubric.texts.title));
    let about = text::about(
        &safe(&text::source(sheet.source, sheet.row)),
        &rubric.id,
        &safe(&rubric.version),
        &text::answered(rubric, sheet.scores),
    );
    for line in crate::base::wrap::lines(&title, width) {
        writeln!(out, "{}", look.bold(&line))?;
    }
    for line in crate::base::wrap::lines(&about, width) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn write_fits(
    out: &mut dyn Write,
    look: Look,
    width: usize,
    rubric: &Rubric,
    report: &Report,
) -> io::Result<()> {
    let s = &report.scores;
    let style = if look.ascii {
        presets::ASCII_FULL_CONDENSED
    } else {
        presets::UTF8_FULL_CONDENSED.with_rounded_corners()
    };
    let mut table = new_table(look, width, style);
    let dims = &rubric.texts.dimensions;
    // The bar gets what is left after the other columns, so it never wraps.
    // Each column takes its content, two spaces of padding and a border; one border more.
    let path_width = (0..s.fits.len())
        .map(|p| rubric.path_name(p).width())
        .max()
        .unwrap_or(0)
        .max(4);
    let others = 1
        + (path_width + 3)
        + (5 + 3)
        + 3
        + dims
            .iter()
            .map(|d| d.name.width().max(5) + 3)
            .sum::<usize>();
    let cells = width.saturating_sub(others).min(BAR_CELLS);
    let mut header = vec![Cell::new(text::path_label()), Cell::new(text::fit_label())];
    if cells >= 5 {
        header.push(Cell::new(""));
    }
    header.extend(dims.iter().map(|d| Cell::new(safe(&d.name))));
    table.set_header(header);
    for (p, fit) in s.fits.iter().enumerate() {
        let mut name = Cell::new(safe(rubric.path_name(p)));
        if look.color && s.lean == Some(p) {
            name = name.fg(Color::Green).add_attribute(Attribute::Bold);
        }
        let mut row = vec![
            name,
            Cell::new(text::fit(*fit)).set_alignment(CellAlignment::Right),
        ];
        if cells >= 5 {
            row.push(Cell::new(bar(*fit, look.ascii, cells)));
        }
        row.extend(
            (0..dims.len())
                .map(|d| Cell::new(text::fit(s.dim(p, d))).set_alignment(CellAlignment::Right)),
        );
        table.add_row(row);
    }
    writeln!(out, "{table}")
}

/// A comfy-table fitted to `width` in `style`, coloured only as the settings decided.
pub fn new_table(look: Look, width: usize, style: comfy_table::TableStyle) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_style(style)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX));
    // Colour is decided once in settings; keep comfy-table from deciding on its own.
    if look.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

fn write_block(out: &mut dyn Write, look: Look, width: usize, b: &Block) -> io::Result<()> {
    writeln!(out)?;
    let title = safe(&b.title);
    if b.level == 1 {
        for line in crate::base::wrap::lines(&title, width) {
            writeln!(out, "{}", look.bold(&line))?;
        }
    } else {
        let options = crate::base::wrap::prose(width)
            .initial_indent("  ")
            .subsequent_indent("  ");
        for line in crate::base::wrap::wrap(&title, options) {
            writeln!(out, "{line}")?;
        }
    }
    let indent = if b.level == 1 { "  " } else { "    " };
    let first = format!("{indent}- ");
    let rest = format!("{indent}  ");
    // Breaks at spaces and between CJK characters only: a command or a path in an item stays
    // whole, to be copied.
    let options = crate::base::wrap::options(width)
        .initial_indent(&first)
        .subsequent_indent(&rest);
    for item in &b.items {
        for line in crate::base::wrap::wrap(&safe(item), &options) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    /// A two-path rubric whose path and dimension names are wide (CJK) characters.
    fn wide() -> Rubric {
        let mut text = String::from(
            "[rubric]\nid = \"w\"\nversion = \"1\"\ntitle = \"W\"\nlanguage = \"ja\"\n\
             [scale]\nmin = 1\nmax = 5\nlabels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n\
             [[paths]]\nid = \"a\"\nname = \"専門家としての道\"\nsummary = \"\"\n\
             [[paths]]\nid = \"b\"\nname = \"管理職\"\nsummary = \"\"\n\
             [[dimensions]]\nid = \"d\"\nname = \"技能と価値観\"\nweight = 1\n",
        );
        for (i, favors) in ["a", "b", "a", "b"].iter().enumerate() {
            text.push_str(&format!(
                "[[questions]]\nid = \"q{i}\"\ndimension = \"d\"\ntext = \"\"\nfavors = \"{favors}\"\n"
            ));
        }
        Rubric::parse("w.toml", &text).unwrap_or_else(|p| panic!("{p}"))
    }

    #[test]
    fn wide_names_are_measured_by_display_width() {
        let rubric = wide();
        let mut responses = crate::answers::Responses::empty(&rubric);
        responses.points = vec![4, 0, 4, 1];
        let report = crate::report::build(&rubric, &responses, &Default::default());
        let width = 50;
        let look = Look {
            color: false,
            width,
            ascii: false,
        };
        let mut out = Vec::new();
        write_fits(&mut out, look, width, &rubric, &report).unwrap();
        let table = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = table.lines().collect();
        // Borders, the header, a rule and one line per path: the bar fits, so no row wraps.
        assert_eq!(lines.len(), 6, "{table}");
        for line in &lines {
            assert_eq!(line.width(), lines[0].width(), "{table}");
            assert!(line.width() <= width, "{table}");
        }
    }

    #[test]
    fn bars_use_eighths() {
        assert_eq!(bar(Some(100.0), false, 20).chars().count(), 20);
        assert_eq!(bar(Some(50.0), false, 20), "█".repeat(10));
        assert_eq!(bar(Some(2.5), false, 20), "▌");
        assert_eq!(bar(Some(0.0), false, 20), "");
        assert_eq!(bar(None, false, 20), "");
        assert_eq!(bar(Some(52.5), true, 20), "##########+");
    }
}
