//! The Markdown report, for a coach to hand over or paste into notes.

use std::io::{self, Write};

use super::fit_text;
use super::sections::{answered_line, sections, verdict_line};
use crate::report::Report;
use crate::rubric::Rubric;

/// Escapes the characters that would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

pub fn write(out: &mut dyn Write, report: &Report, rubric: &Rubric) -> io::Result<()> {
    writeln!(out, "# {}", rubric.title)?;
    writeln!(out)?;
    if let Some(who) = &report.respondent {
        writeln!(out, "- Respondent: {who}")?;
    }
    if let Some(date) = &report.date {
        writeln!(out, "- Date: {date}")?;
    }
    writeln!(
        out,
        "- Rubric: `{}` v{} (sha256 `{}`)",
        rubric.id,
        rubric.version,
        &rubric.sha256[..12.min(rubric.sha256.len())]
    )?;
    writeln!(out, "- {}", answered_line(report))?;
    writeln!(out)?;

    write!(out, "| Path | Fit |")?;
    for d in &rubric.dimensions {
        write!(out, " {} |", cell(&d.name))?;
    }
    writeln!(out)?;
    write!(out, "|---|---:|")?;
    for _ in &rubric.dimensions {
        write!(out, "---:|")?;
    }
    writeln!(out)?;
    for f in &report.scorecard.fits {
        write!(out, "| {} | {} |", cell(&f.name), fit_text(f.fit))?;
        for (_, d) in &f.dimensions {
            write!(out, " {} |", fit_text(*d))?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(out, "**Verdict:** {}", verdict_line(report, rubric))?;

    for s in sections(report, rubric) {
        writeln!(out)?;
        let hashes = if s.level == 1 { "##" } else { "###" };
        writeln!(out, "{hashes} {}", s.title)?;
        if !s.items.is_empty() {
            writeln!(out)?;
        }
        for item in &s.items {
            writeln!(out, "- {item}")?;
        }
    }
    Ok(())
}
