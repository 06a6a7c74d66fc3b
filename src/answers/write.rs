//! Writing answer files: the blank template, or a filled sheet, with each question and the
//! scale as comments so the file explains itself to whoever opens it.

use std::io::{self, Write};

use super::AnswerSheet;
use crate::rubric::Rubric;

/// Writes a TOML answer file for `rubric`; with `sheet` the answers are filled in, without it
/// every answer is the blank `""` for the person to fill.
pub fn write_toml(
    out: &mut dyn Write,
    rubric: &Rubric,
    sheet: Option<&AnswerSheet>,
) -> io::Result<()> {
    let scale = &rubric.scale;
    let points: Vec<String> = (scale.min..=scale.max)
        .map(|v| format!("{v} = {}", rubric.label(v)))
        .collect();
    writeln!(
        out,
        "# pathfit answer file: {} ({} v{})",
        rubric.title, rubric.id, rubric.version
    )?;
    writeln!(out, "#")?;
    writeln!(
        out,
        "# Answer each question with a number or its label (any case):"
    )?;
    writeln!(out, "#   {}", points.join(", "))?;
    writeln!(
        out,
        "# Leave an answer as \"\" to skip it; at least {:.0}% of the {} questions must be answered.",
        rubric.min_answered * 100.0,
        rubric.questions.len()
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
    for (d, dim) in rubric.dimensions.iter().enumerate() {
        writeln!(out)?;
        writeln!(out, "# --- {} ---", dim.name)?;
        for q in rubric.questions.iter().filter(|q| q.dimension == d) {
            writeln!(out, "# {}", q.text)?;
            match sheet.and_then(|s| s.answers.get(&q.id)) {
                Some(v) => writeln!(out, "{} = {v}  # {}", key(&q.id), rubric.label(*v))?,
                None => writeln!(out, "{} = \"\"", key(&q.id))?,
            }
        }
    }
    if !rubric.reflections.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "# Optional: a few sentences each, for yourself or your coach."
        )?;
        writeln!(out, "[reflections]")?;
        for r in &rubric.reflections {
            let text = sheet
                .and_then(|s| s.reflections.get(&r.id))
                .map_or("", String::as_str);
            writeln!(out, "# {}", r.text)?;
            writeln!(out, "{} = {}", key(&r.id), quoted(text))?;
        }
    }
    Ok(())
}

/// A TOML string, escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A bare key when the id allows one, else a quoted key.
fn key(id: &str) -> String {
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
    use crate::answers::{FileFormat, parse};
    use crate::rubric::{Catalog, DEFAULT_ID};

    #[test]
    fn a_filled_file_reads_back_to_the_same_sheet() {
        let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let mut sheet = AnswerSheet {
            rubric: rubric.id.clone(),
            respondent: Some("Ana \"the coach's client\"".into()),
            date: Some("2026-11-22".into()),
            ..AnswerSheet::default()
        };
        for (i, q) in rubric.questions.iter().enumerate().skip(2) {
            sheet.answers.insert(q.id.clone(), 1 + (i as i64 % 5));
        }
        sheet.reflections.insert(
            "five_years".into(),
            "Run a \"small\" office\nin Cluj.".into(),
        );
        let mut out = Vec::new();
        write_toml(&mut out, &rubric, Some(&sheet)).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("sk_stakeholders = 3  # Neutral"), "{text}");
        assert_eq!(
            parse("f.toml", FileFormat::Toml, &text, &rubric).unwrap(),
            sheet
        );
    }
}
