//! The Markdown report, for a coach to hand over: headings, a fit table and the plan's days as
//! `- [ ]` checklists.

use crate::text::l10n::{after_colon, colon};
use std::io::{self, Write};

use super::{Record, Sheet, Sink};
use crate::text::report::{self as text, Block};

pub struct Markdown<'w> {
    out: &'w mut dyn Write,
    written: usize,
}

impl<'w> Markdown<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Markdown { out, written: 0 }
    }
}

/// Text made safe for Markdown: one line, no raw HTML, no table breaks. Spans in backticks,
/// such as a command to run, stay code spans when they pair up and hold no `|`.
fn md(text: &str) -> String {
    let text = super::safe(text);
    let parts: Vec<&str> = text.split('`').collect();
    let code = parts.len() % 2 == 1
        && parts
            .iter()
            .skip(1)
            .step_by(2)
            .all(|c| !c.trim().is_empty() && !c.contains('|'));
    if !code {
        return escape(&text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 {
            out.push('`');
            out.push_str(part);
            out.push('`');
        } else {
            out.push_str(&escape(part));
        }
    }
    out
}

/// Every character Markdown could read as markup, escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '<' | '>' | '*' | '_' | '`' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

impl Sink for Markdown<'_> {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        let Some((sheet, report)) = record.sheet().and_then(Sheet::full) else {
            return Ok(());
        };
        let out = &mut *self.out;
        if self.written > 0 {
            writeln!(out, "\n---\n")?;
        }
        self.written += 1;
        write_head(out, sheet)?;
        writeln!(
            out,
            "**{}**{}{}\n",
            colon(&text::verdict_label()),
            after_colon(),
            md(&text::verdict(sheet.rubric, sheet.scores))
        )?;
        write_fits(out, sheet)?;
        if let Some(m) = text::midpoints(sheet.rubric, sheet.quality) {
            writeln!(out, "\n{}", md(&m))?;
        }
        for b in text::blocks(sheet.rubric, sheet.responses, report) {
            write_block(out, &b)?;
        }
        let r = sheet.rubric;
        let footer = text::hashes(&r.id, &md(&r.version), &r.sha256, &r.key.hash);
        writeln!(out, "\n{footer}")
    }

    fn end(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A list item of a label and its value: `- Date: 2026-12-01`, `- 日期：2026-12-01`.
fn item(out: &mut dyn Write, label: &str, value: &str) -> io::Result<()> {
    writeln!(out, "- {}{}{value}", colon(label), after_colon())
}

/// The title, then when (the answers' date, else today's), who, from where and on which
/// rubric, as a list; the hashes are in the footer.
fn write_head(out: &mut dyn Write, sheet: Sheet) -> io::Result<()> {
    let (rubric, responses) = (sheet.rubric, sheet.responses);
    writeln!(out, "# {}", md(&rubric.texts.title))?;
    writeln!(out)?;
    match &responses.date {
        Some(date) => item(out, &text::date_label(), &md(date))?,
        None => item(out, &text::made_label(), &crate::base::today())?,
    }
    if let Some(who) = &responses.respondent {
        item(out, &text::respondent_label(), &md(who))?;
    }
    let source = text::source(sheet.source, sheet.row);
    item(out, &text::answers_label(), &md(&source))?;
    let version = md(&rubric.version);
    item(
        out,
        &text::rubric_label(),
        &format!("`{}` v{version}", rubric.id),
    )?;
    writeln!(out, "- {}", text::answered(rubric, sheet.scores))?;
    writeln!(out)
}

/// The fit table: a row per path, its fit and its dimensions.
fn write_fits(out: &mut dyn Write, sheet: Sheet) -> io::Result<()> {
    let (rubric, s) = (sheet.rubric, sheet.scores);
    let dims = &rubric.texts.dimensions;
    write!(out, "| {} | {} |", text::path_label(), text::fit_label())?;
    for d in dims {
        write!(out, " {} |", md(&d.name))?;
    }
    writeln!(out)?;
    write!(out, "|---|---:|")?;
    for _ in dims {
        write!(out, "---:|")?;
    }
    writeln!(out)?;
    for (p, fit) in s.fits.iter().enumerate() {
        write!(out, "| {} | {} |", md(rubric.path_name(p)), text::fit(*fit))?;
        for d in 0..dims.len() {
            write!(out, " {} |", text::fit(s.dim(p, d)))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_block(out: &mut dyn Write, b: &Block) -> io::Result<()> {
    writeln!(out)?;
    let hashes = if b.level == 1 { "##" } else { "###" };
    writeln!(out, "{hashes} {}", md(&b.title))?;
    if !b.items.is_empty() {
        writeln!(out)?;
    }
    let bullet = if b.todo { "- [ ]" } else { "-" };
    for item in &b.items {
        writeln!(out, "{bullet} {}", md(item))?;
    }
    Ok(())
}
