//! Reading answer files in two steps. [`parse_raw`] parses the text once into a [`RawSheet`]
//! that keeps the place of every key and value; [`decode`] checks it against a rubric into
//! [`Responses`], reporting every problem (up to [`MAX_PROBLEMS`]) with its place.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use toml::de::{DeTable, DeValue};

use super::{FileFormat, Responses};
use crate::base::names::did_you_mean;
use crate::problem::{Problem, Problems};
use crate::rubric::Rubric;

/// How many problems one answer file reports at most.
pub const MAX_PROBLEMS: usize = 20;
const FIELDS: &[&str] = &["rubric", "respondent", "date", "answers", "reflections"];

/// A place in the file: 1-based (line, column).
pub type At = Option<(usize, usize)>;

/// A value as written, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    /// JSON null: the same as blank.
    Null,
    /// A list, a table or a number too large to hold.
    Other(&'static str),
}

impl RawValue {
    fn describe(&self) -> String {
        match self {
            RawValue::Int(v) => v.to_string(),
            RawValue::Float(v) => v.to_string(),
            RawValue::Str(s) => format!("\"{s}\""),
            RawValue::Bool(b) => b.to_string(),
            RawValue::Null => "null".into(),
            RawValue::Other(what) => (*what).to_owned(),
        }
    }
}

/// One `id = value` line of `[answers]` or `[reflections]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_at: At,
    pub value: RawValue,
    pub value_at: At,
}

/// An answer file as written: parsed, not yet checked against a rubric.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSheet {
    pub file: String,
    pub rubric: Option<(RawValue, At)>,
    pub respondent: Option<(RawValue, At)>,
    pub date: Option<(RawValue, At)>,
    pub answers: Vec<Entry>,
    pub reflections: Vec<Entry>,
    /// Problems of shape met while reading (unknown keys, repeated keys), reported with the rest.
    pub problems: Vec<Problem>,
}

impl RawSheet {
    /// The rubric id the file names, when it names one as text.
    pub fn rubric_id(&self) -> Option<&str> {
        match &self.rubric {
            Some((RawValue::Str(id), _)) => Some(id),
            _ => None,
        }
    }

    fn problem(&mut self, at: At, message: String) {
        self.problems.push(Problem {
            file: self.file.clone(),
            at,
            kind: message.into(),
        });
    }

    /// A top-level key; unknown keys are problems at their own place.
    fn top(&mut self, key: &str, key_at: At, value: Field) {
        match (key, value) {
            ("rubric", Field::Value(v, at)) => self.rubric = Some((v, at)),
            ("respondent", Field::Value(v, at)) => self.respondent = Some((v, at)),
            ("date", Field::Value(v, at)) => self.date = Some((v, at)),
            ("answers", Field::Table(t)) => self.answers = t,
            ("reflections", Field::Table(t)) => self.reflections = t,
            ("answers" | "reflections", Field::Value(v, at)) => self.problem(
                at,
                format!(
                    "`{key}` must be a table of `id = value` lines, not {}; write [{key}] on its own line",
                    v.describe()
                ),
            ),
            (_, Field::Table(_)) | (_, Field::Value(..)) if !FIELDS.contains(&key) => {
                let hint = match did_you_mean(key, FIELDS.iter().copied()) {
                    Some(c) => format!("did you mean `{c}`?"),
                    None => format!("an answer file has only {}", FIELDS.join(", ")),
                };
                self.problem(key_at, format!("unknown key `{key}`; {hint}"));
            }
            _ => self.problem(
                key_at,
                format!("`{key}` must be a single value, not a table"),
            ),
        }
    }
}

enum Field {
    Value(RawValue, At),
    Table(Vec<Entry>),
}

/// Parses answer-file text once. Only a file that cannot be read as TOML or JSON at all is an
/// error here; everything else is checked by [`decode`].
pub fn parse_raw(file: &str, format: FileFormat, text: &str) -> Result<RawSheet, Problems> {
    match format {
        FileFormat::Toml => parse_toml(file, text),
        FileFormat::Json => parse_json(file, text),
    }
}

fn parse_toml(file: &str, text: &str) -> Result<RawSheet, Problems> {
    let doc = DeTable::parse(text).map_err(|e| {
        crate::problem::from_toml(file, text, &e, crate::problem::Source::AnswerToml)
    })?;
    let lines = crate::problem::Lines::new(text);
    let at = |span: std::ops::Range<usize>| Some(lines.line_col(span.start));
    let mut sheet = RawSheet {
        file: file.to_owned(),
        ..RawSheet::default()
    };
    for (key, value) in doc.get_ref() {
        let field = match value.get_ref() {
            DeValue::Table(t) => Field::Table(
                t.iter()
                    .map(|(k, v)| Entry {
                        key: k.get_ref().to_string(),
                        key_at: at(k.span()),
                        value: toml_value(v.get_ref()),
                        value_at: at(v.span()),
                    })
                    .collect(),
            ),
            v => Field::Value(toml_value(v), at(value.span())),
        };
        sheet.top(key.get_ref(), at(key.span()), field);
    }
    Ok(sheet)
}

fn toml_value(v: &DeValue) -> RawValue {
    match v {
        DeValue::String(s) => RawValue::Str(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
            .map_or(RawValue::Other("a number too large"), RawValue::Int),
        DeValue::Float(f) => f
            .as_str()
            .replace('_', "")
            .parse()
            .map_or(RawValue::Other("a number"), RawValue::Float),
        DeValue::Boolean(b) => RawValue::Bool(*b),
        // An unquoted TOML date: taken as its text, so `date = 2026-11-20` works too.
        DeValue::Datetime(d) => RawValue::Str(d.to_string()),
        DeValue::Array(_) => RawValue::Other("a list"),
        DeValue::Table(_) => RawValue::Other("a table"),
    }
}

fn parse_json(file: &str, text: &str) -> Result<RawSheet, Problems> {
    let mut de = serde_json::Deserializer::from_str(text);
    let keys = KeyFinder::new(text);
    let seed = JsonSheet { file, keys: &keys };
    let sheet = seed
        .deserialize(&mut de)
        .and_then(|sheet| de.end().map(|()| sheet));
    sheet.map_err(|e| {
        let source = if e.is_syntax() || e.is_eof() {
            crate::problem::Source::JsonSyntax
        } else {
            crate::problem::Source::AnswerJson
        };
        let full = e.to_string();
        let message = full.rfind(" at line ").map_or(&*full, |i| &full[..i]);
        Problem {
            file: file.to_owned(),
            at: (e.line() > 0).then(|| (e.line(), e.column().max(1))),
            kind: crate::problem::Kind::Parser {
                message: message.to_owned(),
                source,
            },
        }
        .into()
    })
}

/// Finds JSON keys in the text in the order serde_json reads them, moving forward only, so
/// a file with many keys is placed in linear time: serde_json does not report the places of
/// values it read without error.
struct KeyFinder<'a> {
    text: &'a str,
    lines: crate::problem::Lines<'a>,
    pos: std::cell::Cell<usize>,
}

impl<'a> KeyFinder<'a> {
    fn new(text: &'a str) -> Self {
        KeyFinder {
            text,
            lines: crate::problem::Lines::new(text),
            pos: std::cell::Cell::new(0),
        }
    }

    /// The place of the next `"key":` after the last one found.
    fn next(&self, key: &str) -> At {
        let quoted = serde_json::to_string(key).unwrap_or_default();
        let mut start = self.pos.get();
        while let Some(i) = self.text.get(start..).and_then(|t| t.find(&quoted)) {
            let pos = start + i;
            let end = pos + quoted.len();
            let escaped = self.text[..pos].ends_with('\\');
            if !escaped && self.text[end..].trim_start().starts_with(':') {
                self.pos.set(end);
                return Some(self.lines.line_col(pos));
            }
            start = end;
        }
        None
    }
}

struct JsonSheet<'a> {
    file: &'a str,
    keys: &'a KeyFinder<'a>,
}

impl<'de> DeserializeSeed<'de> for JsonSheet<'_> {
    type Value = RawSheet;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<RawSheet, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for JsonSheet<'_> {
    type Value = RawSheet;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer sheet: an object with \"rubric\" and \"answers\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawSheet, A::Error> {
        let mut sheet = RawSheet {
            file: self.file.to_owned(),
            ..RawSheet::default()
        };
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let key_at = self.keys.next(&key);
            if !seen.insert(key.clone()) {
                sheet.problem(key_at, format!("key `{key}` appears twice; keep one"));
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let field = if key == "answers" || key == "reflections" {
                let entries: JsonTable = map.next_value()?;
                match entries.0 {
                    Some(list) => Field::Table(
                        list.into_iter()
                            .map(|(k, v)| {
                                let at = self.keys.next(&k);
                                Entry {
                                    key: k,
                                    key_at: at,
                                    value: v,
                                    value_at: at,
                                }
                            })
                            .collect(),
                    ),
                    None => Field::Value(RawValue::Other("not an object"), key_at),
                }
            } else {
                Field::Value(map.next_value::<JsonValue>()?.0, key_at)
            };
            sheet.top(&key, key_at, field);
        }
        Ok(sheet)
    }
}

/// Any JSON value, kept when it is a scalar.
struct JsonValue(RawValue);

impl<'de> de::Deserialize<'de> for JsonValue {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor).map(JsonValue)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = RawValue;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }
    fn visit_i64<E>(self, v: i64) -> Result<RawValue, E> {
        Ok(RawValue::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<RawValue, E> {
        Ok(i64::try_from(v).map_or(RawValue::Other("a number too large"), RawValue::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<RawValue, E> {
        Ok(RawValue::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Str(v.to_owned()))
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(v))
    }
    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other("a list"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other("an object"))
    }
}

/// A JSON object of `id: value`, in file order with repeats kept; None when it is not an object.
struct JsonTable(Option<Vec<(String, RawValue)>>);

impl<'de> de::Deserialize<'de> for JsonTable {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = JsonTable;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of id: value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonTable, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    out.push((k, map.next_value::<JsonValue>()?.0));
                }
                Ok(JsonTable(Some(out)))
            }
            fn visit_unit<E>(self) -> Result<JsonTable, E> {
                Ok(JsonTable(Some(Vec::new())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonTable, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(JsonTable(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<JsonTable, E> {
                Ok(JsonTable(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<JsonTable, E> {
                Ok(JsonTable(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<JsonTable, E> {
                Ok(JsonTable(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<JsonTable, E> {
                Ok(JsonTable(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<JsonTable, E> {
                Ok(JsonTable(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// Checks a raw sheet against `rubric`: the rubric id, the date, every answer and reflection,
/// and that enough is answered. Every problem is reported, up to [`MAX_PROBLEMS`].
pub fn decode(raw: RawSheet, rubric: &Rubric) -> Result<Responses, Problems> {
    let file = raw.file.clone();
    let out = decode_partial(raw, rubric)?;
    check_enough(&file, rubric, &out)?;
    Ok(out)
}

/// [`decode`] without the check that enough is answered (for a sheet to continue answering).
pub fn decode_partial(raw: RawSheet, rubric: &Rubric) -> Result<Responses, Problems> {
    let mut d = Decoder {
        rubric,
        problems: raw.problems.clone(),
        file: &raw.file,
    };
    let mut out = Responses::empty(rubric);
    match &raw.rubric {
        Some((RawValue::Str(id), at)) if *id != rubric.id => d.push(
            *at,
            format!(
                "this answer file is for rubric `{id}` but is being scored with `{}`; drop --rubric \
                 or pass the rubric the file was made for",
                rubric.id
            ),
        ),
        Some((RawValue::Str(_), _)) => {}
        Some((v, at)) => d.push(
            *at,
            format!(
                "rubric must be a rubric id in quotes such as \"{}\", not {}",
                rubric.id,
                v.describe()
            ),
        ),
        None => d.push(
            None,
            format!(
                "the answer file does not say which rubric it answers; add rubric = \"{}\" at the top",
                rubric.id
            ),
        ),
    }
    out.respondent = raw
        .respondent
        .as_ref()
        .and_then(|(v, at)| d.text("respondent", v, *at));
    out.date = raw.date.as_ref().and_then(|(v, at)| {
        let text = d.text("date", v, *at)?;
        match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(_) => Some(text),
            Err(_) => {
                d.push(
                    *at,
                    format!("date `{text}` is not a date; write it as \"YYYY-MM-DD\""),
                );
                None
            }
        }
    });
    let mut seen = vec![false; rubric.key.questions()];
    for e in &raw.answers {
        let Some(q) = d.id("question", &rubric.ids.questions, e) else {
            continue;
        };
        if std::mem::replace(&mut seen[q], true) {
            d.push(
                e.key_at,
                format!("question `{}` appears twice; keep one", e.key),
            );
            continue;
        }
        if let Some(point) = d.answer(&e.key, &e.value, e.value_at) {
            out.points[q] = point;
        }
    }
    let mut seen = vec![false; rubric.ids.reflections.len()];
    for e in &raw.reflections {
        let Some(r) = d.id("reflection", &rubric.ids.reflections, e) else {
            continue;
        };
        if std::mem::replace(&mut seen[r], true) {
            d.push(
                e.key_at,
                format!("reflection `{}` appears twice; keep one", e.key),
            );
            continue;
        }
        out.reflections[r] = d.text("reflection", &e.value, e.value_at);
    }
    if d.problems.is_empty() {
        return Ok(out);
    }
    d.problems.sort_by_key(|p| p.at);
    d.problems.truncate(MAX_PROBLEMS);
    Err(Problems(d.problems))
}

/// A sheet with fewer answers than the rubric needs (and never one with none) is refused.
fn check_enough(file: &str, rubric: &Rubric, r: &Responses) -> Result<(), Problems> {
    let answered = r.answered();
    let needed = rubric.key.min_answered;
    if answered >= needed {
        return Ok(());
    }
    let missing: Vec<&str> = rubric
        .order()
        .into_iter()
        .filter(|&q| r.get(q).is_none())
        .map(|q| rubric.ids.questions[q].as_str())
        .collect();
    Err(Problem::in_file(
        file,
        format!(
            "{answered} of {} questions answered and rubric `{}` needs at least {needed} ({:.0}%); answer these: {}",
            rubric.key.questions(),
            rubric.id,
            rubric.key.min_share * 100.0,
            missing.join(", ")
        ),
    )
    .into())
}

struct Decoder<'a> {
    rubric: &'a Rubric,
    problems: Vec<Problem>,
    file: &'a str,
}

impl Decoder<'_> {
    fn push(&mut self, at: At, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            at,
            kind: message.into(),
        });
    }

    /// The index of an entry's id among `ids`, or a problem with a suggestion.
    fn id(&mut self, kind: &str, ids: &[String], e: &Entry) -> Option<usize> {
        let found = ids.iter().position(|id| *id == e.key);
        if found.is_none() {
            let hint = match did_you_mean(&e.key, ids.iter().map(String::as_str)) {
                Some(c) => format!("did you mean `{c}`?"),
                None => "check the spelling against `pathfit template`".to_owned(),
            };
            self.push(e.key_at, format!("unknown {kind} id `{}`; {hint}", e.key));
        }
        found
    }

    /// Free text; blank text or null is None.
    fn text(&mut self, what: &str, v: &RawValue, at: At) -> Option<String> {
        match v {
            RawValue::Str(s) if s.trim().is_empty() => None,
            RawValue::Str(s) => Some(s.clone()),
            RawValue::Null => None,
            other => {
                self.push(
                    at,
                    format!("{what} must be text in quotes, not {}", other.describe()),
                );
                None
            }
        }
    }

    /// One answer: a whole number on the scale or one of its labels, in any case.
    fn answer(&mut self, question: &str, v: &RawValue, at: At) -> Option<u8> {
        let key = &self.rubric.key;
        let labels = &self.rubric.texts.labels;
        let max = key.scale_min + key.points as i64 - 1;
        let off_scale = |shown: String| {
            format!(
                "answer {shown} to `{question}` is off the scale; use a whole number from {} to {max} or a label such as \"{}\"",
                key.scale_min,
                labels.last().map_or("", String::as_str)
            )
        };
        let message = match v {
            RawValue::Null => return None,
            RawValue::Str(s) if s.trim().is_empty() => return None,
            RawValue::Int(i) => match key.point(*i) {
                Some(p) => return Some(p),
                None => off_scale(i.to_string()),
            },
            RawValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
                match key.point(*f as i64) {
                    Some(p) => return Some(p),
                    None => off_scale(f.to_string()),
                }
            }
            RawValue::Str(s) => match self.rubric.point_of_label(s) {
                Some(p) => return Some(p),
                None => format!(
                    "answer \"{s}\" to `{question}` is not a label on the scale; use one of: {}",
                    labels.join(", ")
                ),
            },
            other => off_scale(other.describe()),
        };
        self.push(at, message);
        None
    }
}
