//! `pathfit rubric list|show|check`: what rubrics there are, what one asks, whether files are valid.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::problem::Problems;
use crate::rubric::{Catalog, Entry, Rubric, catalog};

pub fn list(out: &mut dyn Write, catalog: &Catalog) -> Result<()> {
    let mut rows = Vec::new();
    for entry in catalog.entries()? {
        match entry {
            Entry::Ok(r) => rows.push([
                r.id.clone(),
                r.version.clone(),
                r.questions.len().to_string(),
                r.source.clone(),
                r.title.clone(),
            ]),
            Entry::Broken(path, problems) => {
                let first = problems
                    .0
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                eprintln!(
                    "warning: skipping invalid rubric {}: {first}",
                    path.display()
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
        writeln!(
            out,
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
        )?;
    }
    Ok(())
}

pub fn show(out: &mut dyn Write, catalog: &Catalog, spec: &str, raw: bool) -> Result<()> {
    let rubric = catalog.resolve(spec)?;
    if raw {
        let text = match catalog::embedded_text(&rubric.id)
            .filter(|_| rubric.source.starts_with("embedded:"))
        {
            Some(text) => text.to_owned(),
            None => std::fs::read_to_string(&rubric.source)?,
        };
        out.write_all(text.as_bytes())?;
        return Ok(());
    }
    describe(out, &rubric)?;
    Ok(())
}

fn describe(out: &mut dyn Write, r: &Rubric) -> std::io::Result<()> {
    writeln!(out, "{} ({} v{}, {})", r.title, r.id, r.version, r.language)?;
    writeln!(out, "source: {}  sha256: {}", r.source, r.sha256)?;
    if !r.description.is_empty() {
        writeln!(out, "\n{}", r.description)?;
    }
    writeln!(
        out,
        "\nScale {}..{}: {}",
        r.scale.min,
        r.scale.max,
        r.scale.labels.join(" / ")
    )?;
    writeln!(
        out,
        "A clear lean needs {} points; at least {:.0}% of questions must be answered.",
        r.tie_margin,
        r.min_answered * 100.0
    )?;
    writeln!(out, "\nPaths:")?;
    for p in &r.paths {
        writeln!(out, "  {:<12} {}: {}", p.id, p.name, p.summary)?;
    }
    for (d, dim) in r.dimensions.iter().enumerate() {
        writeln!(out, "\n{} ({}, weight {}):", dim.name, dim.id, dim.weight)?;
        for q in r.questions.iter().filter(|q| q.dimension == d) {
            let mut tags = vec![format!("favors {}", r.paths[q.favors].id)];
            if q.reverse {
                tags.push("reverse".into());
            }
            if q.weight != 1.0 {
                tags.push(format!("weight {}", q.weight));
            }
            if let Some(s) = q.skill {
                tags.push(format!("skill {}", r.skills[s].id));
            }
            writeln!(out, "  {:<24} {} [{}]", q.id, q.text, tags.join(", "))?;
        }
    }
    if !r.skills.is_empty() {
        writeln!(out, "\nSkills:")?;
        for s in &r.skills {
            writeln!(out, "  {:<24} {}", s.id, s.name)?;
        }
    }
    Ok(())
}

/// Checks each file; returns whether all were valid. Problems go to stderr, one per line.
pub fn check(out: &mut dyn Write, files: &[PathBuf]) -> Result<bool> {
    let mut all_ok = true;
    for file in files {
        match catalog::load_file(file) {
            Ok(r) => writeln!(
                out,
                "ok: {} ({} v{}, {} paths, {} dimensions, {} questions)",
                file.display(),
                r.id,
                r.version,
                r.paths.len(),
                r.dimensions.len(),
                r.questions.len()
            )?,
            Err(e) => {
                all_ok = false;
                match e.downcast_ref::<Problems>() {
                    Some(problems) => {
                        for p in &problems.0 {
                            eprintln!("error: {p}");
                        }
                    }
                    None => eprintln!("error: {e:#}"),
                }
            }
        }
    }
    Ok(all_ok)
}
