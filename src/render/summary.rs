//! The cohort report of `score --summary`: counts per verdict, mean and median fits, a
//! histogram of margins, the most common gaps and answer coverage. It names no respondent.

use std::io::{self, Write};

use serde::Serialize;

use super::json::Pairs;
use super::{Format, Look, safe};
use crate::rubric::Rubric;
use crate::summary::{Cohort, Stat};
use crate::text::report as text;

pub fn write(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
    c: &Cohort,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &view(rubric, c))?;
            return writeln!(out);
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &view(rubric, c))?;
            return writeln!(out);
        }
        Format::Csv => return long_table(out, &view(rubric, c)),
        Format::Html => return super::html::write_summary(out, rubric, c),
        Format::Table | Format::Markdown => {}
    }
    let md = format == Format::Markdown;
    let width = look.width.max(20);
    let h1 = |text: &str| {
        if md {
            format!("## {text}")
        } else {
            heading(look, text, width)
        }
    };
    let item = |text: &str| {
        if md {
            format!("- {}", safe(text))
        } else {
            let options = crate::base::wrap::prose(width)
                .initial_indent("  - ")
                .subsequent_indent("    ");
            crate::base::wrap::wrap(&safe(text), options).join("\n")
        }
    };
    let doc = text::cohort(rubric, c);
    writeln!(out)?;
    writeln!(out, "{}", h1(&doc.title))?;
    writeln!(out)?;
    for f in &doc.figures {
        writeln!(out, "{}", item(f))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", h1(&doc.margins))?;
    writeln!(out)?;
    write_histogram(out, look.ascii || md, md, width, &c.margins.histogram(10))?;
    for (title, items) in &doc.sections {
        writeln!(out)?;
        writeln!(out, "{}", h1(title))?;
        writeln!(out)?;
        for i in items {
            writeln!(out, "{}", item(i))?;
        }
    }
    Ok(())
}

/// A heading of the terminal's cohort report: bold, and wrapped to `width` when it is CJK text
/// (other text keeps its layout).
fn heading(look: Look, text: &str, width: usize) -> String {
    if !crate::base::wrap::has_wide(text) {
        return look.bold(text);
    }
    let lines = crate::base::wrap::lines(text, width);
    lines
        .iter()
        .map(|l| look.bold(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Bars of `#` (`ascii`) or blocks, scaled to 30 cells for the largest (fewer when the line
/// would be wider than `width`); indented as code in Markdown.
fn write_histogram(
    out: &mut dyn Write,
    ascii: bool,
    md: bool,
    width: usize,
    hist: &[u32],
) -> io::Result<()> {
    let most = hist.iter().copied().max().unwrap_or(0).max(1);
    // "  100-110 " before the bar, " n" after it.
    let around = 11 + most.to_string().len();
    let cells = if md {
        30
    } else {
        width.saturating_sub(around).clamp(1, 30)
    };
    for (i, n) in hist.iter().enumerate() {
        let bar =
            if ascii { "#" } else { "█" }.repeat((*n as usize * cells).div_ceil(most as usize));
        let line = format!("{:>3}-{:<3} {bar} {n}", i * 10, i * 10 + 10);
        if md {
            writeln!(out, "    {line}")?;
        } else {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// The cohort as a long CSV table, one statistic a row: `section, path, dimension, statistic,
/// value`, numbers unrounded, as in JSON.
fn long_table(out: &mut dyn Write, v: &View) -> io::Result<()> {
    let header = ["section", "path", "dimension", "statistic", "value"];
    out.write_all(&super::csv::record(&header)?)?;
    for row in &long_rows(v) {
        out.write_all(&super::csv::record(row)?)?;
    }
    Ok(())
}

/// The rows of [`long_table`].
fn long_rows(v: &View) -> Vec<[String; 5]> {
    let mut rows: Vec<[String; 5]> = Vec::new();
    let mut put = |section: &str, path: &str, dim: &str, stat: &str, value: String| {
        rows.push([section, path, dim, stat, &value].map(str::to_owned));
    };
    put("cohort", "", "", "rubric", v.rubric.to_owned());
    put("cohort", "", "", "key_hash", v.key_hash.to_owned());
    put("cohort", "", "", "respondents", v.respondents.to_string());
    put("cohort", "", "", "skipped", v.skipped.to_string());
    put(
        "cohort",
        "",
        "",
        "medians_are_exact_to",
        v.medians_are_exact_to.to_string(),
    );
    for (path, n) in &v.verdicts.0 {
        put("verdicts", path, "", "respondents", n.to_string());
    }
    let mut figures = |section: &str, path: &str, dim: &str, f: &Figure| {
        let number = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
        put(section, path, dim, "mean", number(f.mean));
        put(section, path, dim, "median", number(f.median));
        put(section, path, dim, "count", f.count.to_string());
    };
    for (path, f) in &v.fits.0 {
        figures("fits", path, "", f);
    }
    for (key, f) in &v.dimensions.0 {
        let (path, dim) = key.split_once(':').unwrap_or((key, ""));
        figures("dimensions", path, dim, f);
    }
    figures("margin", "", "", &v.margin);
    let mut put = |section: &str, stat: &str, n: String| {
        rows.push([section, "", "", stat, &n].map(str::to_owned))
    };
    for (i, n) in v.margin_histogram.iter().enumerate() {
        put(
            "margin_histogram",
            &format!("{}-{}", i * 10, i * 10 + 10),
            n.to_string(),
        );
    }
    for (question, n) in &v.common_gaps.0 {
        put("common_gaps", question, n.to_string());
    }
    for (question, n) in &v.coverage.0 {
        put("coverage", question, n.to_string());
    }
    rows
}

#[derive(Serialize)]
struct Figure {
    mean: Option<f64>,
    median: Option<f64>,
    count: usize,
}

fn figure(s: &Stat) -> Figure {
    Figure {
        mean: s.mean(),
        median: s.median(),
        count: s.count,
    }
}

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

fn view<'a>(rubric: &'a Rubric, c: &'a Cohort) -> View<'a> {
    let k = &rubric.key;
    let ids = &rubric.ids;
    let mut verdicts: Vec<(&str, usize)> = ids
        .paths
        .iter()
        .map(String::as_str)
        .zip(c.verdicts.iter().copied())
        .collect();
    verdicts.push(("no_clear_lean", c.verdicts[k.paths]));
    View {
        rubric: &rubric.id,
        key_hash: &c.key_hash,
        respondents: c.respondents,
        skipped: c.skipped,
        verdicts: Pairs(verdicts),
        fits: Pairs(
            ids.paths
                .iter()
                .map(String::as_str)
                .zip(c.fits.iter().map(figure))
                .collect(),
        ),
        dimensions: Pairs(
            (0..k.paths)
                .flat_map(|p| (0..k.dimensions()).map(move |d| (p, d)))
                .map(|(p, d)| {
                    (
                        format!("{}:{}", ids.paths[p], ids.dimensions[d]),
                        figure(&c.dims[p * k.dimensions() + d]),
                    )
                })
                .collect(),
        ),
        margin: figure(&c.margins),
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
    }
}
