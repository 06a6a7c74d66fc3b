//! `pathfit roles` and `pathfit faq`: the rubric's guidance, side by side or as questions and
//! answers, as text, Markdown, HTML or JSON.

use std::io::{self, Write};

use comfy_table::{Cell, presets};
use serde::Serialize;

use super::{Format, Look, safe};
use crate::rubric::Rubric;
use crate::text::report::guide;

pub fn write_roles(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
) -> io::Result<()> {
    match format {
        // The commands refuse csv and jsonl before any work (`commands::doc_format`).
        Format::Json | Format::Jsonl | Format::Csv => {
            serde_json::to_writer_pretty(&mut *out, &roles_view(rubric))?;
            writeln!(out)
        }
        Format::Markdown => roles_markdown(out, rubric),
        Format::Html => super::html::write_roles(out, rubric),
        Format::Table => roles_table(out, look, rubric),
    }
}

#[derive(Serialize)]
struct Role<'a> {
    path: &'a str,
    name: &'a str,
    summary: &'a str,
    day: &'a [String],
    stakeholders: Vec<Stakeholder<'a>>,
    deliverables: &'a [String],
    kpis: &'a [String],
    example_roles: &'a [String],
    next_roles: &'a [String],
    certifications: &'a [String],
}

#[derive(Serialize)]
struct Stakeholder<'a> {
    who: &'a str,
    needs: &'a str,
}

fn roles_view(rubric: &Rubric) -> Vec<Role<'_>> {
    rubric
        .texts
        .paths
        .iter()
        .enumerate()
        .map(|(i, p)| Role {
            path: &rubric.ids.paths[i],
            name: &p.name,
            summary: &p.summary,
            day: &p.day,
            stakeholders: p
                .stakeholders
                .iter()
                .map(|(who, needs)| Stakeholder { who, needs })
                .collect(),
            deliverables: &p.deliverables,
            kpis: &p.kpis,
            example_roles: &p.example_roles,
            next_roles: &p.next_roles,
            certifications: &p.certifications,
        })
        .collect()
}

fn roles_markdown(out: &mut dyn Write, rubric: &Rubric) -> io::Result<()> {
    writeln!(out, "# {}", guide::roles_title(&safe(&rubric.texts.title)))?;
    for p in &rubric.texts.paths {
        writeln!(out, "\n## {}\n\n{}", safe(&p.name), safe(&p.summary))?;
        for (title, items) in guide::role_rows(p) {
            if items.is_empty() {
                continue;
            }
            writeln!(out, "\n### {title}\n")?;
            for i in items {
                writeln!(out, "- {}", safe(&i))?;
            }
        }
    }
    Ok(())
}

/// The paths as columns, one row per kind of guidance that some path has.
fn roles_table(out: &mut dyn Write, look: Look, rubric: &Rubric) -> io::Result<()> {
    let paths = &rubric.texts.paths;
    let width = look.width.max(20);
    // Full borders: rows of several lines need a line between them.
    let style = if look.ascii {
        presets::ASCII_FULL
    } else {
        presets::UTF8_FULL
    };
    let mut table = super::table::new_table(look, width, style);
    let mut rows = vec![
        std::iter::once(String::new())
            .chain(paths.iter().map(|p| safe(&p.name).into_owned()))
            .collect::<Vec<_>>(),
    ];
    let per_path: Vec<Vec<(String, Vec<String>)>> = paths.iter().map(guide::role_rows).collect();
    for r in 0..per_path.first().map_or(0, Vec::len) {
        if per_path.iter().all(|p| p[r].1.is_empty()) {
            continue;
        }
        let mut row = vec![per_path[0][r].0.clone()];
        for p in &per_path {
            let text: Vec<String> = p[r].1.iter().map(|i| format!("- {}", safe(i))).collect();
            row.push(if text.is_empty() {
                guide::none_in_rubric()
            } else {
                text.join("\n")
            });
        }
        rows.push(row);
    }
    if rows
        .iter()
        .flatten()
        .any(|c| crate::base::wrap::has_wide(c))
    {
        prewrap(&mut rows, width);
    }
    let mut rows = rows.into_iter();
    table.set_header(rows.next().unwrap_or_default().into_iter().map(Cell::new));
    for row in rows {
        table.add_row(row.into_iter().map(Cell::new));
    }
    writeln!(out, "{}", look.bold(&safe(&rubric.texts.title)))?;
    writeln!(out, "{table}")
}

/// Cells of CJK text wrapped by the shared rule (`base::wrap`) to widths that fit the table in
/// `width`, so the table does not break them itself, wherever a character ends: the first
/// column takes its longest word, at most a fifth of the width, and the paths share the rest.
fn prewrap(rows: &mut [Vec<String>], width: usize) {
    use unicode_width::UnicodeWidthStr;
    let columns = rows.first().map_or(1, Vec::len).max(1);
    // A border left of each column and one at the end; a space each side of every cell.
    let content = width.saturating_sub(columns + 1 + 2 * columns);
    let label = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(content / 5)
        .max(4);
    let others = (content.saturating_sub(label) / columns.saturating_sub(1).max(1)).max(4);
    for row in rows.iter_mut() {
        for (i, cell) in row.iter_mut().enumerate() {
            let cells = if i == 0 { label } else { others };
            let lines: Vec<String> = cell
                .lines()
                .flat_map(|l| {
                    // An item's lines after its first go in under its text.
                    let indent = if l.starts_with("- ") { "  " } else { "" };
                    let options = crate::base::wrap::prose(cells).subsequent_indent(indent);
                    crate::base::wrap::lines_with(l, options)
                })
                .collect();
            *cell = lines.join("\n");
        }
    }
}

pub fn write_faq(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
) -> io::Result<()> {
    let faq = &rubric.texts.faq;
    match format {
        // The commands refuse csv and jsonl before any work (`commands::doc_format`).
        Format::Json | Format::Jsonl | Format::Csv => {
            #[derive(Serialize)]
            struct Qa<'a> {
                question: &'a str,
                answer: &'a str,
            }
            let list: Vec<Qa> = faq
                .iter()
                .map(|(question, answer)| Qa { question, answer })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &list)?;
            writeln!(out)
        }
        Format::Html => super::html::write_faq(out, rubric),
        Format::Markdown => {
            writeln!(out, "# {}", guide::faq_title(&safe(&rubric.texts.title)))?;
            for (q, a) in faq {
                writeln!(out, "\n### {}\n\n{}", safe(q), safe(a))?;
            }
            Ok(())
        }
        Format::Table => {
            let width = look.width.max(20);
            writeln!(out, "{}", look.bold(&safe(&rubric.texts.title)))?;
            for (q, a) in faq {
                writeln!(out)?;
                for line in crate::base::wrap::lines(&safe(q), width) {
                    writeln!(out, "{}", look.bold(&line))?;
                }
                let options = crate::base::wrap::prose(width)
                    .initial_indent("  ")
                    .subsequent_indent("  ");
                for line in crate::base::wrap::wrap(&safe(a), options) {
                    writeln!(out, "{line}")?;
                }
            }
            Ok(())
        }
    }
}
