//! The first screen's fit table: no borders, a header and one line per path, every cell
//! measured by display width so that no row wraps.

use unicode_width::UnicodeWidthStr;

use super::{clip, fit_cells, pad};
use crate::render::{Look, safe};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::text::report as text;

/// The widest a path name is in the fit table, and a dimension name.
const NAME_CELLS: usize = 28;
const DIM_CELLS: usize = 16;
/// The most rows the fit table has: more paths show the best ones and a count of the rest.
const TABLE_ROWS: usize = 5;
/// Cells a full (100) bar spans.
const BAR_CELLS: usize = 20;
/// Cells a fit takes ("100.0"), and the space between columns.
const FIT_CELLS: usize = 5;
const GAP: &str = "  ";

/// How wide each column is: dimension columns go when they do not fit, then the bar, then
/// names are cut.
struct Columns {
    name: usize,
    /// Bar cells; 0 when there is no room for a bar.
    bar: usize,
    /// Dimension columns; empty when they do not fit.
    dims: Vec<usize>,
    /// Cells of the fit column: a fit, or its header when that is wider ("契合度").
    fit: usize,
}

impl Columns {
    fn new(width: usize, names: &[String], dims: &[String], fit: usize) -> Columns {
        let dim_cells: Vec<usize> = dims.iter().map(|d| d.width().max(FIT_CELLS)).collect();
        let name = names.iter().map(|n| n.width()).max().unwrap_or(0).max(4);
        let fit = fit.max(FIT_CELLS);
        let fixed = name + GAP.len() + fit;
        let dims_cells: usize = dim_cells.iter().map(|w| w + GAP.len()).sum();
        let show_dims = fixed + GAP.len() + FIT_CELLS + dims_cells <= width;
        let used = fixed + GAP.len() + if show_dims { dims_cells } else { 0 };
        let bar = width.saturating_sub(used).min(BAR_CELLS);
        Columns {
            name: if fixed > width {
                width.saturating_sub(GAP.len() + fit).max(1)
            } else {
                name
            },
            bar: if bar >= 5 { bar } else { 0 },
            dims: if show_dims { dim_cells } else { Vec::new() },
            fit,
        }
    }

    /// One line of the table; `name` is painted after it is measured.
    fn line(&self, look: Look, name: &str, fit: &str, bar: &str, cols: &[String]) -> String {
        let mut l = pad(&fit_cells(look, name, self.name), self.name, false);
        l.push_str(GAP);
        l.push_str(&pad(fit, self.fit, true));
        if self.bar > 0 {
            l.push_str(GAP);
            l.push_str(&pad(bar, self.bar, false));
        }
        for (c, w) in cols.iter().zip(&self.dims) {
            l.push_str(GAP);
            l.push_str(&pad(c, *w, true));
        }
        l.trim_end().to_owned()
    }
}

/// The rows the table shows: every path, or the best-fitting ones when there are many.
fn table_rows(report: &Report) -> (Vec<usize>, usize) {
    let fits = &report.scores.fits;
    let mut rows: Vec<usize> = (0..fits.len()).collect();
    if rows.len() <= TABLE_ROWS {
        return (rows, 0);
    }
    let key = |p: &usize| fits[*p].unwrap_or(-1.0);
    rows.sort_by(|a, b| key(b).total_cmp(&key(a)));
    rows.truncate(TABLE_ROWS - 1);
    rows.sort_unstable();
    (rows, fits.len() - (TABLE_ROWS - 1))
}

/// The fit table without borders: a header, then one line per path shown.
pub(super) fn fit_table(look: Look, width: usize, rubric: &Rubric, report: &Report) -> Vec<String> {
    let s = &report.scores;
    let (rows, more) = table_rows(report);
    let names: Vec<String> = rows
        .iter()
        .map(|&p| fit_cells(look, &safe(rubric.path_name(p)), NAME_CELLS))
        .collect();
    let dims: Vec<String> = rubric
        .texts
        .dimensions
        .iter()
        .map(|d| fit_cells(look, &safe(&d.name), DIM_CELLS))
        .collect();
    let fit_label = text::fit_label();
    let c = Columns::new(width, &names, &dims, fit_label.width());
    let mut out = vec![look.bold(&c.line(look, &text::path_label(), &fit_label, "", &dims))];
    for (&p, name) in rows.iter().zip(&names) {
        let cols: Vec<String> = (0..c.dims.len()).map(|d| text::fit(s.dim(p, d))).collect();
        let bar = crate::render::bar(s.fits[p], look.ascii, c.bar);
        let mut l = c.line(look, name, &text::fit(s.fits[p]), &bar, &cols);
        if look.color && s.lean == Some(p) {
            let shown = fit_cells(look, name, c.name);
            let painted = look.paint(console::Style::new().green().bold(), &shown);
            l = l.replacen(&shown, &painted, 1);
        }
        out.push(l);
    }
    if more > 0 {
        out.extend(clip(look, &text::brief::more_paths(more), width, 1));
    }
    out
}
