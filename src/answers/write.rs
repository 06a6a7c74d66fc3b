//! Writing answer files: the blank template, or a filled sheet, with each question and the
//! scale as comments so the file explains itself to whoever opens it. The words of the other
//! comments are the caller's (this layer is below the words), passed in for each [`Note`].

use std::io::{self, Write};

use super::Responses;
use crate::rubric::Rubric;

/// The comment lines of an answer file that are words for a person, as data: the caller
/// passes the words for each (`text::answers::note`). Text in them is already one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note<'a> {
    /// The first line: which rubric the file answers.
    Heading {
        title: &'a str,
        id: &'a str,
        version: &'a str,
    },
    /// How to answer; the scale's values and labels follow on the next line.
    HowToAnswer,
    /// The scale's values and labels, one list: "1 = Strongly disagree, 2 = ...".
    Points(&'a [String]),
    /// How to skip a question, and how many must be answered.
    Skip { needed: usize, questions: usize },
    /// What to run once the file is filled.
    Then,
    /// The date line, for a sheet without a date.
    NoDate,
    /// Heads the answers to questions the rubric does not have.
    Extra,
    /// Heads the reflections.
    Reflections,
}

/// The words for each [`Note`].
pub type Words<'w> = &'w dyn Fn(Note) -> String;

/// Writes a TOML answer file for `rubric`; with `sheet` the answers are filled in, without it
/// every answer is the blank `""` for the person to fill. `extra` holds answers to questions
/// the rubric does not have (kept from a resumed file), written as comments.
pub fn write_toml(
    out: &mut dyn Write,
    rubric: &Rubric,
    sheet: Option<&Responses>,
    extra: &[(String, i64)],
    words: Words,
) -> io::Result<()> {
    heading(out, rubric, words)?;
    writeln!(out, "rubric = {}", quoted(&rubric.id))?;
    writeln!(out, "language = {}", quoted(&rubric.texts.language))?;
    let respondent = sheet.and_then(|s| s.respondent.as_deref()).unwrap_or("");
    writeln!(out, "respondent = {}", quoted(respondent))?;
    match sheet.and_then(|s| s.date.as_deref()) {
        Some(date) => writeln!(out, "date = {}", quoted(date))?,
        None => writeln!(out, "# {}", words(Note::NoDate))?,
    }
    writeln!(out)?;
    answers(out, rubric, sheet)?;
    if !extra.is_empty() {
        writeln!(out)?;
        writeln!(out, "# {}", words(Note::Extra))?;
        for (id, v) in extra {
            writeln!(out, "# {} = {v}", comment(id))?;
        }
    }
    if !rubric.ids.reflections.is_empty() {
        reflections(out, rubric, sheet, words)?;
    }
    Ok(())
}

/// The comments that open the file: the rubric, the scale and how to fill it in.
fn heading(out: &mut dyn Write, rubric: &Rubric, words: Words) -> io::Result<()> {
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
    let (title, version) = (comment(&rubric.texts.title), comment(&rubric.version));
    let id = &rubric.id;
    writeln!(
        out,
        "# {}",
        words(Note::Heading {
            title: &title,
            id,
            version: &version
        })
    )?;
    writeln!(out, "#")?;
    writeln!(out, "# {}", words(Note::HowToAnswer))?;
    writeln!(out, "#   {}", words(Note::Points(&points)))?;
    let (needed, questions) = (key.min_answered, key.questions());
    writeln!(out, "# {}", words(Note::Skip { needed, questions }))?;
    writeln!(out, "# {}", words(Note::Then))?;
    writeln!(out)
}

/// `[answers]`: each question under its dimension, with its text as a comment.
fn answers(out: &mut dyn Write, rubric: &Rubric, sheet: Option<&Responses>) -> io::Result<()> {
    let key = &rubric.key;
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
    Ok(())
}

/// `[reflections]`: each prompt as a comment over its text.
fn reflections(
    out: &mut dyn Write,
    rubric: &Rubric,
    sheet: Option<&Responses>,
    words: Words,
) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "# {}", words(Note::Reflections))?;
    writeln!(out, "[reflections]")?;
    for (r, id) in rubric.ids.reflections.iter().enumerate() {
        let text = sheet
            .and_then(|s| s.reflections.get(r)?.as_deref())
            .unwrap_or("");
        writeln!(out, "# {}", comment(&rubric.texts.reflections[r]))?;
        writeln!(out, "{} = {}", bare_key(id), quoted(text))?;
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
    use crate::base::neutral::{line, prose};
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    /// Any words: the tests read the file back, and comments do not change what it holds.
    fn words(note: Note) -> String {
        format!("{note:?}")
    }

    fn read_back(text: &str, rubric: &Rubric) -> Responses {
        let raw =
            parse_raw("f.toml", FileFormat::Toml, text).unwrap_or_else(|p| panic!("{p}\n{text}"));
        decode(raw, rubric).unwrap_or_else(|p| panic!("{p}\n{text}"))
    }

    fn filled(rubric: &Rubric, respondent: String, reflection: String) -> Responses {
        let mut sheet = Responses::empty(rubric);
        sheet.respondent = Some(respondent).filter(|s| !s.trim().is_empty());
        sheet.date = Some("2026-11-22".into());
        sheet.language = Some(rubric.texts.language.clone());
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
        write_toml(&mut out, &rubric, Some(&sheet), &[], &words).unwrap();
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
            write_toml(&mut out, &rubric, Some(&sheet), &[("old\nid".into(), 3)], &words).unwrap();
            let text = String::from_utf8(out).unwrap();
            // What is read is made inert (base::neutral): controls come back as visible escapes.
            let mut inert = sheet;
            inert.respondent = inert.respondent.map(|t| line(&t).into_owned());
            inert.reflections[0] = inert.reflections[0].take().map(|t| prose(&t).into_owned());
            prop_assert_eq!(read_back(&text, &rubric), inert);
        }
    }
}
