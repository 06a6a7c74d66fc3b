//! The one-document commands as pages: `explain` and `compare` (headed lists), `roles`,
//! `faq`, `columns`, and the cohort report of `score --summary`.

use std::io::{self, Write};

use super::chart::{self, Fits};
use super::markup::Markup;
use super::{lang, page};
use crate::render::columns::Column;
use crate::rubric::Rubric;
use crate::summary::Cohort;
use crate::text::report::{self as text, Doc, guide, html as words};

/// A page of one part: its title as `<h1>`, what `body` writes, the rubric's footer.
fn single(
    out: &mut dyn Write,
    rubric: &Rubric,
    title: &str,
    body: impl FnOnce(&mut Markup) -> io::Result<()>,
) -> io::Result<()> {
    page(out, lang(&rubric.texts.language), title, |m| {
        m.open("section", &[("class", "part")])?;
        writeln!(m.out)?;
        m.el("h1", &[], title)?;
        body(m)?;
        super::footer(m, rubric)?;
        m.close("section")
    })
}

/// `explain` and `compare`: the lines under the title, then each block as a headed list.
pub fn write_doc(out: &mut dyn Write, rubric: &Rubric, doc: &Doc) -> io::Result<()> {
    single(out, rubric, &doc.title, |m| {
        for l in &doc.lines {
            m.rich("p", &[], l)?;
        }
        for (title, items) in &doc.blocks {
            m.open("section", &[])?;
            m.el("h2", &[], title)?;
            m.list(items, None)?;
            m.close("section")?;
        }
        Ok(())
    })
}

/// `roles`: each path a section, its guidance as headed lists.
pub fn write_roles(out: &mut dyn Write, rubric: &Rubric) -> io::Result<()> {
    let title = guide::roles_title(&rubric.texts.title);
    single(out, rubric, &title, |m| {
        for p in &rubric.texts.paths {
            m.open("section", &[])?;
            m.el("h2", &[], &p.name)?;
            m.el("p", &[], &p.summary)?;
            for (title, items) in guide::role_rows(p) {
                if !items.is_empty() {
                    m.el("h3", &[], &title)?;
                    m.list(&items, None)?;
                }
            }
            m.close("section")?;
        }
        Ok(())
    })
}

/// `faq`: each question a heading, its answer under it.
pub fn write_faq(out: &mut dyn Write, rubric: &Rubric) -> io::Result<()> {
    let title = guide::faq_title(&rubric.texts.title);
    single(out, rubric, &title, |m| {
        for (q, a) in &rubric.texts.faq {
            m.open("section", &[])?;
            m.el("h2", &[], q)?;
            m.el("p", &[], a)?;
            m.close("section")?;
        }
        Ok(())
    })
}

/// `columns`: the data dictionary as a table.
pub fn write_columns(
    out: &mut dyn Write,
    rubric: &Rubric,
    title: &str,
    cols: &[Column],
) -> io::Result<()> {
    single(out, rubric, title, |m| {
        m.open("table", &[])?;
        m.open("thead", &[])?;
        m.open("tr", &[])?;
        for h in words::code_columns() {
            m.el("th", &[("scope", "col")], &h)?;
        }
        m.close("tr")?;
        m.close("thead")?;
        m.open("tbody", &[])?;
        for c in cols {
            m.open("tr", &[])?;
            m.open("td", &[])?;
            m.el("code", &[], &c.name)?;
            m.close("td")?;
            m.el("td", &[], c.kind)?;
            m.el("td", &[], &c.meaning)?;
            m.close("tr")?;
        }
        m.close("tbody")?;
        m.close("table")
    })
}

/// `score --summary-only`: the cohort report as a page of its own.
pub fn write_summary(out: &mut dyn Write, rubric: &Rubric, c: &Cohort) -> io::Result<()> {
    let title = text::cohort(rubric, c).title;
    page(out, lang(&rubric.texts.language), &title, |m| {
        cohort_part(m, rubric, c, None)
    })
}

/// The cohort report as a part of a page: figures, the chart and table of mean fits, the
/// margins, the common gaps and the coverage.
pub fn cohort_part(
    m: &mut Markup,
    rubric: &Rubric,
    c: &Cohort,
    lang: Option<&str>,
) -> io::Result<()> {
    let doc = text::cohort(rubric, c);
    let mut attrs = vec![("class", "part")];
    attrs.extend(lang.map(|l| ("lang", l)));
    m.open("section", &attrs)?;
    writeln!(m.out)?;
    m.el("h1", &[], &doc.title)?;
    // The counts per verdict; the fits that follow them are in the table.
    let counts = doc.figures.len().min(rubric.key.paths + 1);
    m.list(&doc.figures[..counts], None)?;
    let dims = rubric.key.dimensions();
    let fits = Fits::new(
        rubric,
        c.fits.iter().map(|s| s.mean()).collect(),
        c.dims.iter().map(|s| s.mean()).collect(),
    );
    chart::figure(m, &fits, &words::cohort_chart(), 0)?;
    let mut rows = vec![(words::overall(), c.fits.iter().collect::<Vec<_>>())];
    for (d, name) in fits.dimensions.iter().enumerate() {
        let stats = (0..rubric.key.paths)
            .map(|p| &c.dims[p * dims + d])
            .collect();
        rows.push(((*name).to_owned(), stats));
    }
    let rows: Vec<(String, Vec<String>)> = rows
        .into_iter()
        .map(|(label, stats)| {
            let cell = |s: &&crate::summary::Stat| {
                words::mean_median(&text::fit(s.mean()), &text::fit(s.median()))
            };
            (label, stats.iter().map(cell).collect())
        })
        .collect();
    chart::table(m, &words::cohort_table(), &fits.paths, &rows)?;
    margins(m, &doc.margins, &c.margins.histogram(10))?;
    for (title, items) in &doc.sections {
        m.open("section", &[])?;
        m.el("h2", &[], title)?;
        m.list(items, None)?;
        m.close("section")?;
    }
    super::footer(m, rubric)?;
    m.close("section")
}

/// The histogram of margins as a table of buckets and counts.
fn margins(m: &mut Markup, title: &str, hist: &[u32]) -> io::Result<()> {
    m.open("section", &[])?;
    m.el("h2", &[], title)?;
    m.open("table", &[])?;
    m.open("thead", &[])?;
    m.open("tr", &[])?;
    m.el("th", &[("scope", "col")], &words::margin())?;
    m.el("th", &[("scope", "col")], &words::respondents())?;
    m.close("tr")?;
    m.close("thead")?;
    m.open("tbody", &[])?;
    for (i, n) in hist.iter().enumerate() {
        m.open("tr", &[])?;
        m.el(
            "th",
            &[("scope", "row")],
            &words::bucket(i * 10, i * 10 + 10),
        )?;
        m.el("td", &[("class", "n")], &n.to_string())?;
        m.close("tr")?;
    }
    m.close("tbody")?;
    m.close("table")?;
    m.close("section")
}
