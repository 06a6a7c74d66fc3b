//! `pathfit rubric list|show|check`: what rubrics there are, what one asks, whether files are valid.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::base::printable::printable as safe;
use crate::problem::Problems;
use crate::render::Look;
use crate::rubric::{Catalog, Entry, Rubric, catalog};
use crate::text::commands::{self as words, Notice, Para};

pub fn list(out: &mut dyn Write, catalog: &Catalog, look: Look) -> Result<()> {
    let mut table = columns();
    for entry in catalog.entries() {
        match entry {
            Entry::Ok(r) => {
                let languages = crate::rubric::languages::languages(&r);
                let r = crate::rubric::languages::localize(r, catalog.lang(), catalog.warn());
                table.add_row([
                    r.id.clone(),
                    safe(&r.version).into_owned(),
                    r.key.questions().to_string(),
                    safe(&languages.join(", ")).into_owned(),
                    if r.source.starts_with("embedded:") {
                        words::embedded()
                    } else {
                        safe(&r.source).into_owned()
                    },
                    safe(&r.texts.title).into_owned(),
                ]);
            }
            Entry::Broken(path, e) => {
                let first = match e.downcast_ref::<Problems>() {
                    Some(p) => p.0.first().map(ToString::to_string).unwrap_or_default(),
                    None => crate::text::os::chain(&e),
                };
                words::say(Notice::SkippingRubric {
                    path: &path,
                    first: &first,
                });
            }
        }
    }
    for line in table.lines() {
        // Fit the width: cut the title (the last column) rather than wrap a row.
        writeln!(
            out,
            "{}",
            console::truncate_str(line.trim_end(), look.width, "…")
        )?;
    }
    Ok(())
}

/// Columns two spaces apart, as wide as their widest cell on screen, with no lines drawn and
/// nothing wrapped: the width is fitted line by line after.
fn columns() -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .force_no_tty()
        .set_header(words::list_header());
    for i in 0..words::list_header().len() {
        if let Some(column) = table.column_mut(i) {
            column.set_padding((0, 2));
        }
    }
    table
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
        // A file named is shown as written (an overlay too, not the base it is read with).
        let named = std::path::Path::new(spec);
        let text = match catalog::embedded_text(&rubric.id)
            .filter(|_| rubric.source.starts_with("embedded:") && !named.is_file())
        {
            Some(text) => text.to_owned(),
            None if named.is_file() => {
                crate::base::input::read_text(named, crate::base::What::RubricFile)?
            }
            None => crate::base::input::read_text(
                std::path::Path::new(&rubric.source),
                crate::base::What::RubricFile,
            )?,
        };
        // As written, but a file's comments and strings may hold C1 or bidi characters as
        // they are: inert like every other text from outside.
        out.write_all(crate::base::neutral::prose(&text).as_bytes())?;
        return Ok(());
    }
    describe(out, &rubric, look.width)?;
    Ok(())
}

/// Writes the paragraphs of `text::commands::describe`, each wrapped to the width.
fn describe(out: &mut dyn Write, r: &Rubric, width: usize) -> std::io::Result<()> {
    for para in words::describe(r) {
        match para {
            Para::Blank => writeln!(out)?,
            Para::Text(indent, text) => {
                let options = crate::base::wrap::prose(width)
                    .initial_indent(indent)
                    .subsequent_indent(indent);
                for line in crate::base::wrap::wrap(&safe(&text), options) {
                    writeln!(out, "{line}")?;
                }
            }
        }
    }
    Ok(())
}

/// Checks each file, and with `lint` holds it to the item-writing standard; returns whether
/// all were valid (and clean). Problems and warnings go to stderr, one per line, or wrapped
/// to `stderr_width` when stderr is a terminal.
pub fn check(
    out: &mut dyn Write,
    files: &[PathBuf],
    (lint, stderr_width): (bool, Option<usize>),
    look: Look,
) -> Result<bool> {
    let mut all_ok = true;
    for file in files {
        if let Some(ok) = check_overlay(out, file)? {
            if lint {
                words::say(Notice::OverlayNotLinted { file });
            }
            all_ok &= ok;
            continue;
        }
        match catalog::load_file(file) {
            Ok(r) if lint => all_ok &= lint_one(out, file, &r, (look.width, stderr_width))?,
            Ok(r) => {
                writeln!(out, "{}", words::checked(&file.display().to_string(), &r))?;
                let missing = r.missing_sections();
                if !missing.is_empty() {
                    writeln!(out, "{}", words::missing_sections(&missing))?;
                }
            }
            Err(e) => {
                all_ok = false;
                match e.downcast_ref::<Problems>() {
                    Some(problems) => {
                        for p in &problems.0 {
                            words::say(Notice::Error(&p.to_string()));
                        }
                    }
                    None => words::say(Notice::Error(&safe(&crate::text::os::chain(&e)))),
                }
            }
        }
    }
    Ok(all_ok)
}

/// Checks `file` against its base when it is an overlay (`None` when it is not one); returns
/// whether it is valid. Its warnings (another base version) do not make it invalid.
fn check_overlay(out: &mut dyn Write, file: &std::path::Path) -> Result<Option<bool>> {
    let Ok(text) = crate::base::input::read_text(file, crate::base::What::RubricFile) else {
        return Ok(None);
    };
    if !crate::rubric::overlay::is_overlay(&text) {
        return Ok(None);
    }
    let name = file.display().to_string();
    match catalog::load_overlay(file, &text, &name) {
        Ok(done) => {
            for w in &done.warnings {
                words::say(Notice::Warning(&w.to_string()));
            }
            writeln!(out, "{}", words::overlay_checked(&name, &done.rubric))?;
            Ok(Some(true))
        }
        Err(e) => {
            match e.downcast_ref::<Problems>() {
                Some(problems) => {
                    for p in &problems.0 {
                        words::say(Notice::Error(&p.to_string()));
                    }
                }
                None => words::say(Notice::Error(&safe(&crate::text::os::chain(&e)))),
            }
            Ok(Some(false))
        }
    }
}

/// Lints one valid rubric; returns whether it is clean. The summary wraps to `width`.
fn lint_one(
    out: &mut dyn Write,
    file: &std::path::Path,
    r: &Rubric,
    (width, stderr_width): (usize, Option<usize>),
) -> Result<bool> {
    use crate::render::lint;
    let text = crate::base::input::read_text(file, crate::base::What::RubricFile)?;
    let name = safe(&file.display().to_string()).into_owned();
    let findings = crate::scoring::lint::lint(r);
    let warnings = lint::write(out, (&name, &text), r, &findings, width)?;
    out.flush()?;
    for w in &warnings {
        match stderr_width {
            Some(width) => lint::wrap(w, width).iter().for_each(|l| crate::say!("{l}")),
            None => crate::say!("{w}"),
        }
    }
    Ok(warnings.is_empty())
}
