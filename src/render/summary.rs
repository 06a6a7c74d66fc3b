//! The cohort report of `score --summary`: counts per verdict, mean and median fits, a
//! histogram of margins, the most common gaps and answer coverage. It names no respondent.

use std::io::{self, Write};

use serde::Serialize;

use super::json::Pairs;
use super::{Format, Look, safe};
use crate::rubric::Rubric;
use crate::summary::{Cohort, Stat};

fn fmt(x: Option<f64>) -> String {
    x.map_or_else(
        || "n/a".to_owned(),
        |v| format!("{:.1}", crate::scoring::shown(v)),
    )
}

pub fn write(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
    c: &Cohort,
) -> io::Result<()> {
    let k = &rubric.key;
    let t = &rubric.texts;
    let ids = &rubric.ids;
    if matches!(format, Format::Json | Format::Jsonl | Format::Csv) {
        #[derive(Serialize)]
        struct Figure {
            mean: Option<f64>,
            median: Option<f64>,
            count: usize,
        }
        let fig = |s: &Stat| Figure {
            mean: s.mean(),
            median: s.median(),
            count: s.count,
        };
        #[derive(Serialize)]
        struct View<'a> {
            rubric: &'a str,
            key_hash: &'a str,
            respondents: usize,
            skipped: usize,
            verdicts: Pairs<&'a str, usize>,
            fits: Pairs<&'a str, Figure>,
            dimensions: Pairs<String, Figure>,
            margin: Figure,
            margin_histogram: Vec<u32>,
            common_gaps: Pairs<&'a str, usize>,
            coverage: Pairs<&'a str, usize>,
            medians_are_exact_to: f64,
        }
        let mut verdicts: Vec<(&str, usize)> = ids
            .paths
            .iter()
            .map(String::as_str)
            .zip(c.verdicts.iter().copied())
            .collect();
        verdicts.push(("no_clear_lean", c.verdicts[k.paths]));
        let view = View {
            rubric: &rubric.id,
            key_hash: &c.key_hash,
            respondents: c.respondents,
            skipped: c.skipped,
            verdicts: Pairs(verdicts),
            fits: Pairs(
                ids.paths
                    .iter()
                    .map(String::as_str)
                    .zip(c.fits.iter().map(fig))
                    .collect(),
            ),
            dimensions: Pairs(
                (0..k.paths)
                    .flat_map(|p| (0..k.dimensions()).map(move |d| (p, d)))
                    .map(|(p, d)| {
                        (
                            format!("{}:{}", ids.paths[p], ids.dimensions[d]),
                            fig(&c.dims[p * k.dimensions() + d]),
                        )
                    })
                    .collect(),
            ),
            margin: fig(&c.margins),
            margin_histogram: c.margins.histogram(10),
            common_gaps: Pairs(
                c.common_gaps(5)
                    .into_iter()
                    .map(|(q, n)| (ids.questions[q].as_str(), n))
                    .collect(),
            ),
            coverage: Pairs(
                ids.questions
                    .iter()
                    .map(String::as_str)
                    .zip(c.answered.iter().copied())
                    .collect(),
            ),
            medians_are_exact_to: 0.1,
        };
        serde_json::to_writer_pretty(&mut *out, &view)?;
        return writeln!(out);
    }
    let md = format == Format::Markdown;
    let h1 = |text: &str| {
        if md {
            format!("## {text}")
        } else {
            look.bold(text)
        }
    };
    let width = look.width.max(20);
    let item = |text: String| {
        if md {
            format!("- {}", safe(&text))
        } else {
            let options = textwrap::Options::new(width)
                .initial_indent("  - ")
                .subsequent_indent("    ");
            textwrap::wrap(&safe(&text), options).join("\n")
        }
    };
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        h1(&format!(
            "Cohort: {} ({} scored, {} skipped)",
            t.title, c.respondents, c.skipped
        ))
    )?;
    writeln!(out)?;
    for (p, n) in c.verdicts.iter().enumerate() {
        let name = if p == k.paths {
            "No clear lean".to_owned()
        } else {
            format!("Clear lean to {}", t.paths[p].name)
        };
        writeln!(out, "{}", item(format!("{name}: {n}")))?;
    }
    for (p, s) in c.fits.iter().enumerate() {
        writeln!(
            out,
            "{}",
            item(format!(
                "{} fit: mean {}, median {}",
                t.paths[p].name,
                fmt(s.mean()),
                fmt(s.median())
            ))
        )?;
        for d in 0..k.dimensions() {
            let s = &c.dims[p * k.dimensions() + d];
            writeln!(
                out,
                "{}",
                item(format!(
                    "{}, {}: mean {}, median {}",
                    t.paths[p].name,
                    t.dimensions[d].name,
                    fmt(s.mean()),
                    fmt(s.median())
                ))
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", h1("Margins (points between the top two paths)"))?;
    writeln!(out)?;
    let hist = c.margins.histogram(10);
    let most = hist.iter().copied().max().unwrap_or(0).max(1);
    for (i, n) in hist.iter().enumerate() {
        let bar = if look.ascii || md { "#" } else { "█" }
            .repeat((*n as usize * 30).div_ceil(most as usize));
        let line = format!("{:>3}-{:<3} {bar} {n}", i * 10, i * 10 + 10);
        if md {
            writeln!(out, "    {line}")?;
        } else {
            writeln!(out, "  {line}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", h1("Most common skill gaps"))?;
    writeln!(out)?;
    let gaps = c.common_gaps(5);
    if gaps.is_empty() {
        writeln!(out, "{}", item("None.".into()))?;
    }
    for (q, n) in gaps {
        writeln!(
            out,
            "{}",
            item(format!("{n} of {}: {}", c.answered[q], t.questions[q]))
        )?;
    }
    let low: Vec<String> = (0..k.questions())
        .filter(|&q| c.respondents > 0 && c.answered[q] * 10 < c.respondents * 9)
        .map(|q| {
            format!(
                "{} ({} of {})",
                ids.questions[q], c.answered[q], c.respondents
            )
        })
        .collect();
    writeln!(out)?;
    writeln!(out, "{}", h1("Answer coverage"))?;
    writeln!(out)?;
    if low.is_empty() {
        writeln!(
            out,
            "{}",
            item("Every question was answered by at least 90% of the respondents.".into())
        )?;
    } else {
        writeln!(
            out,
            "{}",
            item(format!("Answered by fewer than 90%: {}", low.join(", ")))
        )?;
    }
    writeln!(out, "{}", item("Medians are exact to 0.1 point.".into()))?;
    Ok(())
}
