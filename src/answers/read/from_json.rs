//! Answer files in JSON. serde_json does not report the places of values it read without
//! error, so keys are found in the text as they are read.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{At, Entry, Field, RawSheet, RawValue};
use crate::problem::answers::Shape;
use crate::problem::{Kind, Lines, Problem, Problems, Source};

pub(super) fn parse(file: &str, text: &str) -> Result<RawSheet, Problems> {
    let mut de = serde_json::Deserializer::from_str(text);
    let keys = KeyFinder::new(text);
    let seed = JsonSheet { file, keys: &keys };
    let sheet = seed
        .deserialize(&mut de)
        .and_then(|sheet| de.end().map(|()| sheet));
    sheet.map_err(|e| {
        let source = if e.is_syntax() || e.is_eof() {
            Source::JsonSyntax
        } else {
            Source::AnswerJson
        };
        let full = e.to_string();
        let message = full.rfind(" at line ").map_or(&*full, |i| &full[..i]);
        Problem {
            file: file.to_owned(),
            at: (e.line() > 0).then(|| (e.line(), e.column().max(1))),
            kind: Kind::Parser {
                message: message.to_owned(),
                source,
            },
        }
        .into()
    })
}

/// Finds JSON keys in the text in the order serde_json reads them, moving forward only, so
/// a file with many keys is placed in linear time.
struct KeyFinder<'a> {
    text: &'a str,
    lines: Lines<'a>,
    pos: std::cell::Cell<usize>,
}

impl<'a> KeyFinder<'a> {
    fn new(text: &'a str) -> Self {
        KeyFinder {
            text,
            lines: Lines::new(text),
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

impl JsonSheet<'_> {
    /// The entries of `answers` or `reflections`, each placed at its key.
    fn table(&self, entries: JsonTable, key_at: At) -> Field {
        match entries.0 {
            Ok(list) => Field::Table(
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
            Err(found) => Field::Value(found, key_at),
        }
    }
}

impl<'de> Visitor<'de> for JsonSheet<'_> {
    type Value = RawSheet;

    // serde_json puts this in its message for a file of the wrong shape: parser vocabulary,
    // put in plain words by `text::problem`.
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer sheet: an object with \"rubric\" and \"answers\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawSheet, A::Error> {
        let mut sheet = RawSheet::new(self.file);
        sheet.json = true;
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let key_at = self.keys.next(&key);
            if !seen.insert(key.clone()) {
                sheet.repeated(key_at, &key);
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let field = if key == "answers" || key == "reflections" {
                self.table(map.next_value()?, key_at)
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
        Ok(i64::try_from(v).map_or(RawValue::Other(Shape::TooLarge), RawValue::Int))
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
        Ok(RawValue::Other(Shape::List))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other(Shape::Object))
    }
}

/// A JSON object of `id: value`, in file order with repeats kept; else what was there instead.
struct JsonTable(Result<Vec<(String, RawValue)>, RawValue>);

impl<'de> de::Deserialize<'de> for JsonTable {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TableVisitor)
    }
}

struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = JsonTable;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of id: value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonTable, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            out.push((k, map.next_value::<JsonValue>()?.0));
        }
        Ok(JsonTable(Ok(out)))
    }
    fn visit_unit<E>(self) -> Result<JsonTable, E> {
        Ok(JsonTable(Ok(Vec::new())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonTable, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(JsonTable(Err(RawValue::Other(Shape::List))))
    }
    fn visit_str<E>(self, v: &str) -> Result<JsonTable, E> {
        Ok(JsonTable(Err(RawValue::Str(v.to_owned()))))
    }
    fn visit_i64<E>(self, v: i64) -> Result<JsonTable, E> {
        Ok(JsonTable(Err(RawValue::Int(v))))
    }
    fn visit_u64<E>(self, v: u64) -> Result<JsonTable, E> {
        Ok(JsonTable(Err(
            i64::try_from(v).map_or(RawValue::Other(Shape::TooLarge), RawValue::Int)
        )))
    }
    fn visit_f64<E>(self, v: f64) -> Result<JsonTable, E> {
        Ok(JsonTable(Err(RawValue::Float(v))))
    }
    fn visit_bool<E>(self, v: bool) -> Result<JsonTable, E> {
        Ok(JsonTable(Err(RawValue::Bool(v))))
    }
}
