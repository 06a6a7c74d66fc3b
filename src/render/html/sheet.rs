//! One answer sheet as a `<section>` of the page: who and when, the verdict, the chart and
//! table of fits, the report's blocks as headed lists, and the footer.

use std::io::{self, Write};

use super::chart::{self, Fits};
use super::markup::Markup;
use crate::render::Sheet;
use crate::report::Report;
use crate::text::report::{self as text, Block, html as words};

/// The part of one sheet; `n` numbers its chart on the page, `lang` is set when it is not the
/// page's.
pub fn part(
    out: &mut dyn Write,
    sheet: Sheet,
    report: &Report,
    lang: Option<&str>,
    n: usize,
) -> io::Result<()> {
    let m = &mut Markup::new(out);
    let mut attrs = vec![("class", "part")];
    attrs.extend(lang.map(|l| ("lang", l)));
    m.open("section", &attrs)?;
    writeln!(m.out)?;
    head(m, sheet)?;
    let (rubric, scores) = (sheet.rubric, sheet.scores);
    m.open("p", &[("class", "verdict")])?;
    m.el(
        "strong",
        &[],
        &crate::text::l10n::colon(&text::verdict_label()),
    )?;
    m.text(&text::verdict(rubric, scores))?;
    m.close("p")?;
    let fits = Fits::of_sheet(rubric, scores);
    chart::figure(m, &fits, &words::chart(), n)?;
    chart::table(m, &words::table(), &fits.paths, &fits.rows(&text::fit))?;
    if let Some(line) = text::midpoints(rubric, sheet.quality) {
        m.el("p", &[], &line)?;
    }
    blocks(m, &text::blocks(rubric, sheet.responses, report))?;
    super::footer(m, rubric)?;
    m.close("section")
}

/// The title, then when, who, from where and on which rubric, and how complete.
fn head(m: &mut Markup, sheet: Sheet) -> io::Result<()> {
    let (rubric, responses) = (sheet.rubric, sheet.responses);
    m.open("header", &[])?;
    let who = responses.respondent.as_deref();
    m.el("h1", &[], &text::titled(who, &rubric.texts.title))?;
    m.open("dl", &[("class", "facts")])?;
    let mut fact = |term: &str, value: &str| -> io::Result<()> {
        m.el("dt", &[], term)?;
        m.el("dd", &[], value)
    };
    match &responses.date {
        Some(date) => fact(&text::date_label(), date)?,
        None => fact(&text::made_label(), &crate::base::today())?,
    }
    if let Some(who) = who {
        fact(&text::respondent_label(), who)?;
    }
    fact(
        &text::answers_label(),
        &text::source(sheet.source, sheet.row),
    )?;
    let version = format!("{} v{}", rubric.id, rubric.version);
    fact(&text::rubric_label(), &version)?;
    m.close("dl")?;
    m.el("p", &[], &text::answered(rubric, sheet.scores))?;
    m.close("header")
}

/// The blocks, each main one a `<section>` holding the smaller ones after it.
fn blocks(m: &mut Markup, blocks: &[Block]) -> io::Result<()> {
    let mut open = false;
    for b in blocks {
        if b.level == 1 {
            if open {
                m.close("section")?;
            }
            m.open("section", &[])?;
            open = true;
        }
        let heading = if b.level == 1 { "h2" } else { "h3" };
        m.el(heading, &[], &b.title)?;
        if !b.items.is_empty() {
            m.list(&b.items, b.todo.then_some("todo"))?;
        }
    }
    if open {
        m.close("section")?;
    }
    Ok(())
}
