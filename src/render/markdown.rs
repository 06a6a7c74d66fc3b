//! The Markdown report, for a coach to hand over: headings, a fit table and the plan's days as
//! `- [ ]` checklists.

use std::io::{self, Write};

use super::{Record, Sink};
use crate::text::report as text;

pub struct Markdown<'w> {
    out: &'w mut dyn Write,
    written: usize,
}

impl<'w> Markdown<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Markdown { out, written: 0 }
    }
}

/// Text made safe for Markdown: one line, no raw HTML, no table breaks.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::safe(text).chars() {
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
        let Record::Scored {
            source,
            row,
            rubric,
            responses,
            report,
        } = record
        else {
            return Ok(());
        };
        let out = &mut *self.out;
        if self.written > 0 {
            writeln!(out, "\n---\n")?;
        }
        self.written += 1;
        let s = &report.scores;
        writeln!(out, "# {}", md(&rubric.texts.title))?;
        writeln!(out)?;
        if let Some(who) = &responses.respondent {
            writeln!(out, "- Respondent: {}", md(who))?;
        }
        if let Some(date) = &responses.date {
            writeln!(out, "- Date: {date}")?;
        }
        match row {
            Some(r) => writeln!(out, "- Answers: {}, row {r}", md(source))?,
            None => writeln!(out, "- Answers: {}", md(source))?,
        }
        writeln!(
            out,
            "- Rubric: `{}` v{} (sha256 `{}`)",
            rubric.id,
            md(&rubric.version),
            &rubric.sha256[..12.min(rubric.sha256.len())]
        )?;
        writeln!(out, "- {}", text::answered(rubric, s))?;
        writeln!(out)?;

        let dims = &rubric.texts.dimensions;
        write!(out, "| Path | Fit |")?;
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
        writeln!(out)?;
        writeln!(out, "**Verdict:** {}", md(&text::verdict(rubric, s)))?;
        if let Some(m) = text::midpoints(rubric, &report.quality) {
            writeln!(out, "\n{}", md(&m))?;
        }

        for b in text::blocks(rubric, responses, report) {
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
        }
        Ok(())
    }

    fn end(&mut self) -> io::Result<()> {
        Ok(())
    }
}
