//! `pathfit template`: a ready-to-fill answer file with each question and the scale as comments.

use std::io::{self, Write};

use crate::rubric::Rubric;

pub fn write(out: &mut dyn Write, rubric: &Rubric) -> io::Result<()> {
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
    writeln!(out, "respondent = \"\"")?;
    writeln!(out, "# date = \"YYYY-MM-DD\"")?;
    writeln!(out)?;
    writeln!(out, "[answers]")?;
    for (d, dim) in rubric.dimensions.iter().enumerate() {
        writeln!(out)?;
        writeln!(out, "# --- {} ---", dim.name)?;
        for q in rubric.questions.iter().filter(|q| q.dimension == d) {
            writeln!(out, "# {}", q.text)?;
            writeln!(out, "{} = \"\"", key(&q.id))?;
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
            writeln!(out, "# {}", r.text)?;
            writeln!(out, "{} = \"\"", key(&r.id))?;
        }
    }
    Ok(())
}

/// A TOML basic string.
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
