//! The chart of fits as inline SVG, horizontal bars labelled with their numbers (no colour
//! needed to read it), and the table of the same numbers beside it.

use std::io;

use super::markup::Markup;
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::text::report::{self as text, html as words};

/// What a chart draws: per path an overall bar, then a bar per path on each dimension.
pub struct Fits<'a> {
    pub paths: Vec<&'a str>,
    pub dimensions: Vec<&'a str>,
    /// Per path, 0..=100 or none.
    pub overall: Vec<Option<f64>>,
    /// Per path and dimension (`p * dimensions + d`).
    pub dims: Vec<Option<f64>>,
}

impl<'a> Fits<'a> {
    pub fn new(rubric: &'a Rubric, overall: Vec<Option<f64>>, dims: Vec<Option<f64>>) -> Self {
        Fits {
            paths: (0..rubric.key.paths).map(|p| rubric.path_name(p)).collect(),
            dimensions: rubric
                .texts
                .dimensions
                .iter()
                .map(|d| d.name.as_str())
                .collect(),
            overall,
            dims,
        }
    }

    pub fn of_sheet(rubric: &'a Rubric, s: &Scores) -> Self {
        let dims = rubric.key.dimensions();
        let per_dim = (0..s.fits.len())
            .flat_map(|p| (0..dims).map(move |d| s.dim(p, d)))
            .collect();
        Fits::new(rubric, s.fits.clone(), per_dim)
    }

    /// The groups of bars: a label and a value per path.
    fn groups(&self) -> Vec<(String, Vec<Option<f64>>)> {
        let n = self.dimensions.len();
        let mut out = vec![(words::overall(), self.overall.clone())];
        for (d, name) in self.dimensions.iter().enumerate() {
            let values = (0..self.paths.len())
                .map(|p| self.dims[p * n + d])
                .collect();
            out.push(((*name).to_owned(), values));
        }
        out
    }

    /// The rows of the table: a label, then a cell per path, made by `cell`.
    pub fn rows(&self, cell: &dyn Fn(Option<f64>) -> String) -> Vec<(String, Vec<String>)> {
        self.groups()
            .into_iter()
            .map(|(label, values)| (label, values.into_iter().map(cell).collect()))
            .collect()
    }
}

/// The drawing's width in its own units; a bar of 100 is [`BAR`] wide.
const WIDTH: f64 = 340.0;
const BAR: f64 = 280.0;
/// The most characters of a label drawn; the table holds the whole of it.
const LABEL: usize = 44;

/// A label cut to [`LABEL`] characters, with an ellipsis when cut.
fn label(text: &str) -> String {
    if text.chars().count() <= LABEL {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(LABEL - 1).collect();
    cut.push('…');
    cut
}

fn num(x: f64) -> String {
    format!("{x:.1}")
}

/// `<figure>` with the SVG and its caption; `n` makes the ids unique on the page.
pub fn figure(m: &mut Markup, fits: &Fits, caption: &str, n: usize) -> io::Result<()> {
    let groups = fits.groups();
    let rows = groups.len() * (fits.paths.len() * 33 + 28);
    let height = rows as f64 + 4.0;
    let (title_id, desc_id) = (format!("chart-{n}-title"), format!("chart-{n}-desc"));
    m.open("figure", &[])?;
    m.el("figcaption", &[], caption)?;
    let view = format!("0 0 {} {}", WIDTH, num(height));
    m.open(
        "svg",
        &[
            ("viewBox", &view),
            ("role", "img"),
            ("aria-labelledby", &title_id),
            ("aria-describedby", &desc_id),
            ("font-size", "13"),
        ],
    )?;
    writeln!(m.out)?;
    m.el("title", &[("id", &title_id)], caption)?;
    let desc = words::chart_description(&fits.paths, fits.dimensions.len());
    m.el("desc", &[("id", &desc_id)], &desc)?;
    let mut y = 0.0;
    for (name, values) in &groups {
        y += 22.0;
        let at = num(y);
        m.el(
            "text",
            &[
                ("x", "0"),
                ("y", &at),
                ("font-weight", "bold"),
                ("font-size", "14"),
            ],
            &label(name),
        )?;
        for (p, value) in values.iter().enumerate() {
            y = bar(m, y, fits.paths[p], *value)?;
        }
        y += 6.0;
    }
    m.close("svg")?;
    m.close("figure")
}

/// One path's bar below the line at `y`: its name, the track of 0 to 100, the bar and, after
/// the track, its number. Returns the line it ends on.
fn bar(m: &mut Markup, y: f64, path: &str, value: Option<f64>) -> io::Result<f64> {
    let name_y = y + 17.0;
    m.el("text", &[("x", "0"), ("y", &num(name_y))], &label(path))?;
    let top = name_y + 4.0;
    let track = [
        ("x", "0".to_owned()),
        ("y", num(top)),
        ("width", num(BAR)),
        ("height", "12".to_owned()),
        ("fill", "none".to_owned()),
        ("stroke", "#000".to_owned()),
        ("stroke-width", "0.5".to_owned()),
    ];
    let attrs: Vec<(&str, &str)> = track.iter().map(|(k, v)| (*k, v.as_str())).collect();
    m.open("rect", &attrs)?;
    m.close("rect")?;
    if let Some(v) = value {
        let v = crate::scoring::shown(v).clamp(0.0, 100.0);
        let width = num(BAR * v / 100.0);
        let fill = [
            ("x", "0"),
            ("y", &num(top)),
            ("width", &width),
            ("height", "12"),
            ("fill", "#333"),
        ];
        m.open("rect", &fill)?;
        m.close("rect")?;
    }
    // The number in a column of its own after the track, "n/a" when there is none.
    let (x, y) = (num(BAR + 6.0), num(top + 11.0));
    let shown = value.map(|v| crate::scoring::shown(v).clamp(0.0, 100.0));
    m.el("text", &[("x", &x), ("y", &y)], &text::fit(shown))?;
    Ok(top + 12.0)
}

/// The numbers as a table: a row per measure (overall, then each dimension), a column per
/// path.
pub fn table(
    m: &mut Markup,
    caption: &str,
    paths: &[&str],
    rows: &[(String, Vec<String>)],
) -> io::Result<()> {
    m.open("table", &[("class", "fits")])?;
    m.el("caption", &[], caption)?;
    m.open("thead", &[])?;
    m.open("tr", &[])?;
    m.el("th", &[("scope", "col")], &words::measure())?;
    for p in paths {
        m.el("th", &[("scope", "col")], p)?;
    }
    m.close("tr")?;
    m.close("thead")?;
    m.open("tbody", &[])?;
    for (label, cells) in rows {
        m.open("tr", &[])?;
        m.el("th", &[("scope", "row")], label)?;
        for c in cells {
            m.el("td", &[("class", "n")], c)?;
        }
        m.close("tr")?;
    }
    m.close("tbody")?;
    m.close("table")
}
