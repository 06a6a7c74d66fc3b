//! Answer files in TOML, parsed with the place of every key and value.

use toml::de::{DeTable, DeValue};

use super::{Entry, Field, RawSheet, RawValue};
use crate::problem::answers::Shape;
use crate::problem::{Lines, Problems, Source, from_toml};

pub(super) fn parse(file: &str, text: &str) -> Result<RawSheet, Problems> {
    let doc = DeTable::parse(text).map_err(|e| from_toml(file, text, &e, Source::AnswerToml))?;
    let lines = Lines::new(text);
    let at = |span: std::ops::Range<usize>| Some(lines.line_col(span.start));
    let mut sheet = RawSheet::new(file);
    for (key, value) in doc.get_ref() {
        let field = match value.get_ref() {
            DeValue::Table(t) => Field::Table(
                t.iter()
                    .map(|(k, v)| Entry {
                        key: k.get_ref().to_string(),
                        key_at: at(k.span()),
                        value: raw(v.get_ref()),
                        value_at: at(v.span()),
                    })
                    .collect(),
            ),
            v => Field::Value(raw(v), at(value.span())),
        };
        sheet.top(key.get_ref(), at(key.span()), field);
    }
    Ok(sheet)
}

fn raw(v: &DeValue) -> RawValue {
    match v {
        DeValue::String(s) => RawValue::Str(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
            .map_or(RawValue::Other(Shape::TooLarge), RawValue::Int),
        DeValue::Float(f) => f
            .as_str()
            .replace('_', "")
            .parse()
            .map_or(RawValue::Other(Shape::Number), RawValue::Float),
        DeValue::Boolean(b) => RawValue::Bool(*b),
        // An unquoted TOML date: taken as its text, so `date = 2026-11-20` works too.
        DeValue::Datetime(d) => RawValue::Str(d.to_string()),
        DeValue::Array(_) => RawValue::Other(Shape::List),
        DeValue::Table(_) => RawValue::Other(Shape::Table),
    }
}
