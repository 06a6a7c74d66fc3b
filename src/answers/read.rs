//! Reading answer files. Values are checked while they are deserialized, so the TOML and
//! JSON parsers put the line and column of the offending key or value on every error.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use super::{AnswerSheet, FileFormat};
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

const HINT: &str = "`pathfit template` prints a valid answer file";

/// The rubric id an answer file names, read before the rubric is known.
pub fn peek_rubric_id(
    file: &str,
    format: FileFormat,
    text: &str,
) -> Result<Option<String>, Problem> {
    #[derive(Deserialize)]
    struct Head {
        rubric: Option<String>,
    }
    let head: Head = from_format(file, format, text, PhantomData::<Head>)?;
    Ok(head.rubric)
}

/// Parses an answer file against `rubric`, then checks that enough questions are answered.
pub fn parse(
    file: &str,
    format: FileFormat,
    text: &str,
    rubric: &Rubric,
) -> Result<AnswerSheet, Problems> {
    // TOML tables come back in key order, so check the rubric id in a first pass: a sheet for
    // another rubric should say so, not complain about its question ids.
    let head = SheetSeed {
        rubric,
        head_only: true,
    };
    from_format(file, format, text, head)?;
    let sheet = from_format(
        file,
        format,
        text,
        SheetSeed {
            rubric,
            head_only: false,
        },
    )?;
    let total = rubric.questions.len();
    let answered = sheet.answers.len();
    if (answered as f64) < rubric.min_answered * total as f64 {
        let missing: Vec<&str> = rubric
            .questions
            .iter()
            .filter(|q| !sheet.answers.contains_key(&q.id))
            .map(|q| q.id.as_str())
            .collect();
        return Err(Problem::in_file(
            file,
            format!(
                "only {answered} of {total} questions are answered and rubric `{}` needs {:.0}%; answer these: {}",
                rubric.id,
                rubric.min_answered * 100.0,
                missing.join(", ")
            ),
        )
        .into());
    }
    Ok(sheet)
}

/// Runs `seed` on a TOML or JSON deserializer and turns its error into a located problem.
fn from_format<S, T>(file: &str, format: FileFormat, text: &str, seed: S) -> Result<T, Problem>
where
    S: for<'de> DeserializeSeed<'de, Value = T>,
{
    match format {
        FileFormat::Toml => {
            let not_toml = |e: toml::de::Error| {
                crate::problem::from_toml(
                    file,
                    text,
                    &e,
                    &format!("this is not a valid TOML answer file; {HINT}"),
                )
            };
            let de = toml::Deserializer::parse(text).map_err(not_toml)?;
            seed.deserialize(de)
                .map_err(|e| crate::problem::from_toml(file, text, &e, HINT))
        }
        FileFormat::Json => {
            let mut de = serde_json::Deserializer::from_str(text);
            let value = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
            value.map_err(|e| {
                let hint = if e.is_syntax() || e.is_eof() {
                    format!("this is not valid JSON; {HINT}")
                } else {
                    HINT.to_owned()
                };
                let full = e.to_string();
                let message = full.rfind(" at line ").map_or(&*full, |i| &full[..i]);
                Problem {
                    file: file.to_owned(),
                    at: (e.line() > 0).then(|| (e.line(), e.column().max(1))),
                    message: crate::problem::with_hint(message, &hint),
                }
            })
        }
    }
}

const SHEET_FIELDS: &[&str] = &["rubric", "respondent", "date", "answers", "reflections"];

/// Reads a whole answer sheet, checking the rubric id, the date and every answer; with
/// `head_only` it checks the rubric id and skips the rest.
struct SheetSeed<'r> {
    rubric: &'r Rubric,
    head_only: bool,
}

impl<'de> DeserializeSeed<'de> for SheetSeed<'_> {
    type Value = AnswerSheet;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<AnswerSheet, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for SheetSeed<'_> {
    type Value = AnswerSheet;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer sheet with `rubric` and `answers`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnswerSheet, A::Error> {
        let rubric = self.rubric;
        let mut sheet = AnswerSheet::default();
        let mut seen_rubric = false;
        while let Some(key) = map.next_key::<String>()? {
            if self.head_only && key != "rubric" {
                map.next_value::<de::IgnoredAny>()?;
                continue;
            }
            match key.as_str() {
                "rubric" => {
                    sheet.rubric = map.next_value_seed(Checked(&|id: &str| {
                        if id == rubric.id {
                            Ok(())
                        } else {
                            Err(format!(
                                "this answer file is for rubric `{id}` but is being scored with `{}`; \
                                 drop --rubric or pass the rubric the file was made for",
                                rubric.id
                            ))
                        }
                    }))?;
                    seen_rubric = true;
                }
                "respondent" => sheet.respondent = map.next_value_seed(Text)?,
                "date" => {
                    sheet.date = Some(map.next_value_seed(Checked(&|date: &str| {
                        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
                            .map(|_| ())
                            .map_err(|_| {
                                format!("date `{date}` is not a date; write it as \"YYYY-MM-DD\"")
                            })
                    }))?)
                }
                "answers" => {
                    sheet.answers = map.next_value_seed(IdTable {
                        kind: "question",
                        known: &|id| rubric.question(id).is_some(),
                        entry: |id: &str| ValueSeed {
                            rubric,
                            question: id.to_owned(),
                        },
                    })?
                }
                "reflections" => {
                    sheet.reflections = map.next_value_seed(IdTable {
                        kind: "reflection",
                        known: &|id| rubric.reflections.iter().any(|r| r.id == id),
                        entry: |_: &str| Text,
                    })?
                }
                other => return Err(de::Error::unknown_field(other, SHEET_FIELDS)),
            }
        }
        if !seen_rubric {
            return Err(de::Error::custom(format!(
                "the answer file does not say which rubric it answers; add rubric = \"{}\" at the top",
                rubric.id
            )));
        }
        Ok(sheet)
    }
}

/// Reads a table keyed by the rubric's ids (`[answers]`, `[reflections]`), refusing unknown and
/// repeated keys. `entry` makes the seed that reads one value; it gives None for a blank.
struct IdTable<'a, F> {
    kind: &'static str,
    known: &'a dyn Fn(&str) -> bool,
    entry: F,
}

impl<'de, F, S, V> DeserializeSeed<'de> for IdTable<'_, F>
where
    F: Fn(&str) -> S,
    S: DeserializeSeed<'de, Value = Option<V>>,
{
    type Value = BTreeMap<String, V>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F, S, V> Visitor<'de> for IdTable<'_, F>
where
    F: Fn(&str) -> S,
    S: DeserializeSeed<'de, Value = Option<V>>,
{
    type Value = BTreeMap<String, V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a table of {} id = value", self.kind)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        let known = known_id(self.kind, self.known);
        while let Some(id) = map.next_key_seed(Checked(&known))? {
            if !seen.insert(id.clone()) {
                return Err(de::Error::custom(format!(
                    "{} `{id}` appears twice; keep one",
                    self.kind
                )));
            }
            if let Some(value) = map.next_value_seed((self.entry)(&id))? {
                out.insert(id, value);
            }
        }
        Ok(out)
    }
}

/// Free text; blank text (or JSON null) is None.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Option<String>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        // JSON may say null; it means the same as blank.
        let text = Option::<String>::deserialize(d)?;
        Ok(text.filter(|t| !t.trim().is_empty()))
    }
}

/// A string checked inside its own deserialization, so the parser puts the place of the
/// key or value on the error. `check` returns the message for a bad value.
struct Checked<'a>(&'a dyn Fn(&str) -> Result<(), String>);

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = String;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        let value = String::deserialize(d)?;
        (self.0)(&value).map_err(de::Error::custom)?;
        Ok(value)
    }
}

fn known_id<'a>(
    kind: &'a str,
    known: &'a dyn Fn(&str) -> bool,
) -> impl Fn(&str) -> Result<(), String> + 'a {
    move |id| {
        if known(id) {
            Ok(())
        } else {
            Err(format!(
                "unknown {kind} id `{id}`; check the spelling against `pathfit template`"
            ))
        }
    }
}

/// One answer: an integer on the scale or one of its labels, in any case.
struct ValueSeed<'a> {
    rubric: &'a Rubric,
    question: String,
}

impl ValueSeed<'_> {
    fn off_scale<E: de::Error>(&self, shown: &str) -> E {
        let s = &self.rubric.scale;
        E::custom(format!(
            "answer {shown} to `{}` is off the scale; use a whole number from {} to {} or a label such as \"{}\"",
            self.question,
            s.min,
            s.max,
            s.labels.last().map_or("", String::as_str)
        ))
    }
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Option<i64>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<i64>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a whole number from {} to {} or a scale label",
            self.rubric.scale.min, self.rubric.scale.max
        )
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<i64>, E> {
        let s = &self.rubric.scale;
        if (s.min..=s.max).contains(&v) {
            Ok(Some(v))
        } else {
            Err(self.off_scale(&v.to_string()))
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<i64>, E> {
        match i64::try_from(v) {
            Ok(v) => self.visit_i64(v),
            Err(_) => Err(self.off_scale(&v.to_string())),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<i64>, E> {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            self.visit_i64(v as i64)
        } else {
            Err(self.off_scale(&v.to_string()))
        }
    }

    /// JSON null: skipped, like "".
    fn visit_unit<E: de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<i64>, E> {
        if v.trim().is_empty() {
            return Ok(None);
        }
        self.rubric.value_of_label(v).map(Some).ok_or_else(|| {
            E::custom(format!(
                "answer \"{v}\" to `{}` is not a label on the scale; use one of: {}",
                self.question,
                self.rubric.scale.labels.join(", ")
            ))
        })
    }
}
