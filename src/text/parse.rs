//! A TOML or JSON parser's message said in Romanian or Chinese. The parsers (toml, serde_json,
//! serde's derived readers) write English; their common kinds are read from the stable start of
//! the message (`missing field `x``, `invalid type: ..., expected ...`, `trailing characters`,
//! `EOF while parsing`) and said again in the language, names kept in backticks. A message of
//! no known kind becomes a generic sentence for its kind of file: no English reaches the line.
//! (English keeps the parser's own words, made plain by `text::problem::plain`.)

use crate::problem::Source;
use crate::t;
use crate::text::l10n;

/// `message`, a parser's, in the current language.
pub fn said(message: &str, source: Source) -> String {
    data(message)
        .or_else(|| syntax(message, source))
        .unwrap_or_else(|| generic(source))
}

/// A file that parsed but whose values have the wrong shape: serde's own messages.
fn data(m: &str) -> Option<String> {
    if let Some(rest) = m.strip_prefix("missing field ") {
        return Some(t!("parse-missing-field", name = ticked(rest)?.0));
    }
    if let Some(rest) = m.strip_prefix("duplicate field ") {
        return Some(t!("parse-duplicate-field", name = ticked(rest)?.0));
    }
    for (prefix, id) in [
        ("unknown field ", "parse-unknown-field"),
        ("unknown variant ", "parse-unknown-variant"),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (name, tail) = ticked(rest)?;
            return Some(match one_of(tail) {
                Some(names) => t!(&format!("{id}-one-of"), name = name, names = names),
                None => t!(id, name = name),
            });
        }
    }
    for (prefix, id) in [
        ("invalid type: ", "parse-invalid-type"),
        ("invalid value: ", "parse-invalid-value"),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (found, expected) = match rest.rfind(", expected ") {
                Some(i) => (&rest[..i], Some(&rest[i + ", expected ".len()..])),
                None => (rest, None),
            };
            let (found, needs) = (self::found(found), expected.and_then(needs));
            return Some(match (found, needs) {
                (Some(f), Some(n)) => t!(id, found = f, needs = n),
                (Some(f), None) => t!(&format!("{id}-found"), found = f),
                (None, Some(n)) => t!(&format!("{id}-needs"), needs = n),
                (None, None) => t!(&format!("{id}-plain")),
            });
        }
    }
    if m.starts_with("invalid length ") {
        return Some(t!("parse-invalid-length"));
    }
    None
}

/// A file that is not TOML or JSON at all: the common kinds, else the generic sentence.
fn syntax(m: &str, source: Source) -> Option<String> {
    if m.starts_with("duplicate key") {
        return Some(t!("parse-duplicate-key"));
    }
    if m.starts_with("trailing characters") {
        return Some(t!("parse-trailing"));
    }
    if m.starts_with("trailing comma") {
        return Some(t!("parse-trailing-comma"));
    }
    if m.starts_with("EOF while parsing") || m.starts_with("unexpected end of file") {
        return Some(t!("parse-eof"));
    }
    for (prefix, id) in [
        ("key must be a string", "parse-key-not-text"),
        ("number out of range", "parse-number-range"),
        ("invalid number", "parse-invalid-number"),
        ("invalid escape", "parse-invalid-escape"),
        ("control character", "parse-control-character"),
    ] {
        if m.starts_with(prefix) {
            return Some(t!(id));
        }
    }
    if m.starts_with("expected value") {
        return Some(t!("parse-expected-value"));
    }
    let expected = m.strip_prefix("expected ").or_else(|| {
        m.rfind(", expected ")
            .map(|i| &m[i + ", expected ".len()..])
    });
    let tokens = match expected.and_then(tokens)?.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => t!(
            "parse-or",
            first = crate::text::l10n::joined(init),
            last = last
        ),
    };
    Some(match source {
        Source::AnswerJson | Source::JsonSyntax => t!("parse-json-expected", tokens = tokens),
        _ => t!("parse-toml-expected", tokens = tokens),
    })
}

/// The generic sentence for a message of no known kind.
fn generic(source: Source) -> String {
    t!(match source {
        Source::AnswerJson => "parse-json-data",
        Source::JsonSyntax => "parse-json-syntax",
        _ => "parse-toml-syntax",
    })
}

/// The name in backticks at the start of `text` and what follows it.
fn ticked(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// The names after `, expected one of` or `, expected`, when they are all in backticks, as
/// the language lists them.
fn one_of(tail: &str) -> Option<String> {
    let list = tail
        .strip_prefix(", expected one of ")
        .or_else(|| tail.strip_prefix(", expected "))?;
    Some(l10n::list(l10n::lang(), &tokens(list)?))
}

/// The names of `list` when it holds only names in backticks (`a`, `b` or `c`), each kept as
/// it is.
fn tokens(list: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for part in list.split(", ").flat_map(|p| p.split(" or ")) {
        let part = part.trim();
        let name = part.strip_prefix('`')?.strip_suffix('`')?;
        if name.contains('`') {
            return None;
        }
        names.push(part.to_owned());
    }
    (!names.is_empty()).then_some(names)
}

/// What serde says it found (`string "x"`, `integer `3``, `a map`...), in the language.
fn found(what: &str) -> Option<String> {
    const VALUED: [(&str, &str); 5] = [
        ("string ", "parse-found-text"),
        ("integer ", "parse-found-whole"),
        ("floating point ", "parse-found-number"),
        ("boolean ", "parse-found-bool"),
        ("character ", "parse-found-char"),
    ];
    for (prefix, id) in VALUED {
        if let Some(value) = what.strip_prefix(prefix) {
            return Some(t!(id, value = value));
        }
    }
    Some(t!(match what {
        "sequence" | "array" => "parse-found-list",
        "map" | "table" => "parse-found-table",
        "null" | "unit value" => "parse-found-null",
        "datetime" | "date" => "parse-found-date",
        _ => return None,
    }))
}

/// What serde says the file needs (`f64`, `a sequence`, `struct RawMeta`...), in the language.
fn needs(what: &str) -> Option<String> {
    let what = what.trim();
    Some(t!(match what {
        "f64" | "f32" | "a number" | "a float" => "parse-needs-number",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" | "an integer" => "parse-needs-whole",
        "a sequence" | "sequence" | "an array" | "a list" => "parse-needs-list",
        "a map" | "map" | "a table" | "an object of id: value" => "parse-needs-table",
        "a string" | "a borrowed string" | "string" | "a character" | "char" => {
            "parse-needs-text"
        }
        "a boolean" | "bool" => "parse-needs-bool",
        "a value" => "parse-needs-value",
        _ if what.starts_with("struct ") || what.starts_with("an answer sheet") => {
            "parse-needs-table"
        }
        _ => return None,
    }))
}

#[cfg(test)]
mod tests;
