//! `pathfit rubric list|show|check`: what rubrics there are, what one asks, whether files are valid.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::problem::Problems;
use crate::render::{Look, safe};
use crate::rubric::{Catalog, Entry, Rubric, catalog};
use crate::text::report::count;

pub fn list(out: &mut dyn Write, catalog: &Catalog, look: Look) -> Result<()> {
    let mut rows = Vec::new();
    for entry in catalog.entries() {
        match entry {
            Entry::Ok(r) => rows.push([
                r.id.clone(),
                safe(&r.version).into_owned(),
                r.key.questions().to_string(),
                if r.source.starts_with("embedded:") {
                    "embedded".to_owned()
                } else {
                    safe(&r.source).into_owned()
                },
                safe(&r.texts.title).into_owned(),
            ]),
            Entry::Broken(path, e) => {
                let first = match e.downcast_ref::<Problems>() {
                    Some(p) => p.0.first().map(ToString::to_string).unwrap_or_default(),
                    None => format!("{e:#}"),
                };
                crate::say!(
                    "warning: skipping invalid rubric {}: {first}",
                    safe(&path.display().to_string())
                );
            }
        }
    }
    let header = ["ID", "VERSION", "QUESTIONS", "SOURCE", "TITLE"].map(String::from);
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let line = format!(
            "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        );
        // Fit the width: cut the title (the last column) rather than wrap a row.
        writeln!(
            out,
            "{}",
            console::truncate_str(line.trim_end(), look.width, "…")
        )?;
    }
    Ok(())
}

pub fn show(
    out: &mut dyn Write,
    catalog: &Catalog,
    spec: &str,
    raw: bool,
    look: Look,
) -> Result<()> {
    let rubric = catalog.resolve(spec)?;
    if raw {
        let text = match catalog::embedded_text(&rubric.id)
            .filter(|_| rubric.source.starts_with("embedded:"))
        {
            Some(text) => text.to_owned(),
            None => {
                crate::base::input::read_text(std::path::Path::new(&rubric.source), "rubric file")?
            }
        };
        out.write_all(text.as_bytes())?;
        return Ok(());
    }
    describe(out, &rubric, look.width)?;
    Ok(())
}

fn describe(out: &mut dyn Write, r: &Rubric, width: usize) -> std::io::Result<()> {
    let t = &r.texts;
    let k = &r.key;
    let wrap = |out: &mut dyn Write, text: &str, indent: &str| -> std::io::Result<()> {
        let options = textwrap::Options::new(width)
            .initial_indent(indent)
            .subsequent_indent(indent);
        for line in textwrap::wrap(&safe(text), options) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    wrap(
        out,
        &format!("{} ({} v{}, {})", t.title, r.id, r.version, t.language),
        "",
    )?;
    wrap(out, &format!("source: {}", r.source), "")?;
    wrap(out, &format!("sha256: {}", r.sha256), "")?;
    wrap(out, &format!("key hash: {}", k.hash), "")?;
    if !t.description.is_empty() {
        writeln!(out)?;
        wrap(out, &t.description, "")?;
    }
    writeln!(out)?;
    wrap(
        out,
        &format!(
            "Scale {} to {}: {}",
            k.scale_min,
            k.scale_min + k.points as i64 - 1,
            t.labels.join(" / ")
        ),
        "",
    )?;
    wrap(
        out,
        &format!(
            "A clear lean needs {} points; at least {} of {} questions must be answered.",
            k.tie_margin,
            k.min_answered,
            k.questions()
        ),
        "",
    )?;
    writeln!(out, "\nPaths:")?;
    for (p, path) in t.paths.iter().enumerate() {
        wrap(
            out,
            &format!("{}: {}: {}", r.ids.paths[p], path.name, path.summary),
            "  ",
        )?;
    }
    for (d, dim) in t.dimensions.iter().enumerate() {
        writeln!(out)?;
        wrap(
            out,
            &format!(
                "{} ({}, weight {}):",
                dim.name, r.ids.dimensions[d], k.dim_weights[d]
            ),
            "",
        )?;
        for (q, item) in k.items.iter().enumerate().filter(|(_, q)| q.dimension == d) {
            let mut tags = vec![format!("favors {}", r.ids.paths[item.favors])];
            if item.reverse {
                tags.push("reverse".into());
            }
            if item.weight != 1.0 {
                tags.push(format!("weight {}", item.weight));
            }
            if let Some(s) = item.skill {
                tags.push(format!("skill {}", r.ids.skills[s]));
            }
            wrap(
                out,
                &format!(
                    "{} {} [{}]",
                    r.ids.questions[q],
                    t.questions[q],
                    tags.join(", ")
                ),
                "  ",
            )?;
        }
    }
    if !t.skills.is_empty() {
        writeln!(out, "\nSkills:")?;
        for (s, skill) in t.skills.iter().enumerate() {
            wrap(out, &format!("{}: {}", r.ids.skills[s], skill.name), "  ")?;
        }
    }
    Ok(())
}

/// Checks each file, and with `lint` holds it to the item-writing standard; returns whether
/// all were valid (and clean). Problems and warnings go to stderr, one per line.
pub fn check(out: &mut dyn Write, files: &[PathBuf], lint: bool) -> Result<bool> {
    let mut all_ok = true;
    for file in files {
        match catalog::load_file(file) {
            Ok(r) if lint => {
                let text = crate::base::input::read_text(file, "rubric file")?;
                let name = safe(&file.display().to_string()).into_owned();
                let findings = crate::scoring::lint::lint(&r);
                let warnings = crate::render::lint::write(out, &name, &text, &r, &findings)?;
                out.flush()?;
                for w in &warnings {
                    crate::say!("{w}");
                }
                all_ok &= warnings.is_empty();
            }
            Ok(r) => {
                writeln!(
                    out,
                    "ok: {} ({} v{}, {}, {}, {})",
                    safe(&file.display().to_string()),
                    r.id,
                    safe(&r.version),
                    count(r.key.paths, "path", "paths"),
                    count(r.key.dimensions(), "dimension", "dimensions"),
                    count(r.key.questions(), "question", "questions")
                )?;
                let missing = r.missing_sections();
                if !missing.is_empty() {
                    writeln!(
                        out,
                        "  has no {} (optional: reports and `pathfit roles` leave those parts out)",
                        crate::text::rubric::missing_sections(&missing)
                    )?;
                }
            }
            Err(e) => {
                all_ok = false;
                match e.downcast_ref::<Problems>() {
                    Some(problems) => {
                        for p in &problems.0 {
                            crate::say!("error: {p}");
                        }
                    }
                    None => crate::say!("error: {}", safe(&format!("{e:#}"))),
                }
            }
        }
    }
    Ok(all_ok)
}
