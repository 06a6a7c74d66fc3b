//! Writing answer files: the blank template, or a filled sheet, with each question and the
//! scale as comments so the file explains itself to whoever opens it.

use std::io::{self, Write};

use super::Responses;
use crate::rubric::Rubric;

/// Writes a TOML answer file for `rubric`; with `sheet` the answers are filled in, without it
/// every answer is the blank `""` for the person to fill. `extra` holds answers to questions
/// the rubric does not have (kept from a resumed file), written as comments.
pub fn write_toml(
    out: &mut dyn Write,
    rubric: &Rubric,
    sheet: Option<&Responses>,
    extra: &[(String, i64)],
) -> io::Result<()> {
    let key = &rubric.key;
    let points: Vec<String> = (0..key.points)
        .map(|p| {
            format!(
                "{} = {}",
                key.value(p as u8),
                comment(rubric.label(p as u8))
            )
        })
        .collect();
    writeln!(
        out,
        "# pathfit answer file: {} ({} v{})",
        comment(&rubric.texts.title),
        rubric.id,
        comment(&rubric.version)
    )?;
    writeln!(out, "#")?;
    writeln!(
        out,
        "# Answer each question with a number or its label (any case):"
    )?;
    writeln!(out, "#   {}", points.join(", "))?;
    writeln!(
        out,
        "# Leave an answer as \"\" to skip it; at least {} of the {} questions must be answered.",
        key.min_answered,
        key.questions()
    )?;
    writeln!(out, "# Then run: pathfit score THIS-FILE.toml")?;
    writeln!(out)?;
    writeln!(out, "rubric = {}", quoted(&rubric.id))?;
    let respondent = sheet.and_then(|s| s.respondent.as_deref()).unwrap_or("");
    writeln!(out, "respondent = {}", quoted(respondent))?;
    match sheet.and_then(|s| s.date.as_deref()) {
        Some(date) => writeln!(out, "date = {}", quoted(date))?,
        None => writeln!(out, "# date = \"YYYY-MM-DD\"")?,
    }
    writeln!(out)?;
    writeln!(out, "[answers]")?;
    for (d, dim) in rubric.texts.dimensions.iter().enumerate() {
        writeln!(out)?;
        writeln!(out, "# --- {} ---", comment(&dim.name))?;
        for (q, item) in key.items.iter().enumerate() {
            if item.dimension != d {
                continue;
            }
            let id = bare_key(&rubric.ids.questions[q]);
            writeln!(out, "# {}", comment(&rubric.texts.questions[q]))?;
            match sheet.and_then(|s| s.get(q)) {
                Some(p) => writeln!(
                    out,
                    "{id} = {}  # {}",
                    key.value(p),
                    comment(rubric.label(p))
                )?,
                None => writeln!(out, "{id} = \"\"")?,
            }
        }
    }
    if !extra.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "# Answers to questions this rubric does not have, kept from the resumed file:"
        )?;
        for (id, v) in extra {
            writeln!(out, "# {} = {v}", comment(id))?;
        }
    }
    if !rubric.ids.reflections.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "# Optional: a few sentences each, for yourself or your coach."
        )?;
        writeln!(out, "[reflections]")?;
        for (r, id) in rubric.ids.reflections.iter().enumerate() {
            let text = sheet
                .and_then(|s| s.reflections.get(r)?.as_deref())
                .unwrap_or("");
            writeln!(out, "# {}", comment(&rubric.texts.reflections[r]))?;
            writeln!(out, "{} = {}", bare_key(id), quoted(text))?;
        }
    }
    Ok(())
}

/// A TOML string, escaped (quotes, backslashes, newlines and control characters).
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Text that stays inside one comment line.
fn comment(s: &str) -> String {
    s.split(|c: char| c.is_control())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A bare key when the id allows one, else a quoted key.
fn bare_key(id: &str) -> String {
    if !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        id.to_owned()
    } else {
        quoted(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{FileFormat, decode, parse_raw};
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    fn read_back(text: &str, rubric: &Rubric) -> Responses {
        let raw =
            parse_raw("f.toml", FileFormat::Toml, text).unwrap_or_else(|p| panic!("{p}\n{text}"));
        decode(raw, rubric).unwrap_or_else(|p| panic!("{p}\n{text}"))
    }

    fn filled(rubric: &Rubric, respondent: String, reflection: String) -> Responses {
        let mut sheet = Responses::empty(rubric);
        sheet.respondent = Some(respondent).filter(|s| !s.trim().is_empty());
        sheet.date = Some("2026-11-22".into());
        for q in 2..rubric.key.questions() {
            sheet.points[q] = (q % 5) as u8;
        }
        sheet.reflections[0] = Some(reflection).filter(|s| !s.trim().is_empty());
        sheet
    }

    #[test]
    fn a_filled_file_reads_back_to_the_same_sheet() {
        let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let sheet = filled(
            &rubric,
            "Ana \"the coach's client\"".into(),
            "Run a \"small\" office\nin Cluj.".into(),
        );
        let mut out = Vec::new();
        write_toml(&mut out, &rubric, Some(&sheet), &[]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(read_back(&text, &rubric), sheet);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_text_a_person_types_round_trips(who in any::<String>(), note in any::<String>()) {
            let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let sheet = filled(&rubric, who, note);
            let mut out = Vec::new();
            write_toml(&mut out, &rubric, Some(&sheet), &[("old\nid".into(), 3)]).unwrap();
            let text = String::from_utf8(out).unwrap();
            prop_assert_eq!(read_back(&text, &rubric), sheet);
        }
    }
}
