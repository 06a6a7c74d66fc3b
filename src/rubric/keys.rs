//! Reading a TOML file while collecting unknown keys as located problems, so a typo such as
//! `wieght` is reported together with every other problem instead of stopping the reading.

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::problem::{self, Problem};

enum Step {
    Key(String),
    Index(usize),
}

/// Deserializes `text`; keys the target type does not know come back as problems. When the
/// text cannot be read, the error comes with the unknown keys met before it: a misspelt key
/// usually explains the "missing field" that stopped the reading.
pub fn from_str_collecting<T: DeserializeOwned>(
    file: &str,
    text: &str,
    hint: &str,
) -> Result<(T, Vec<Problem>), Vec<Problem>> {
    let located = |e: toml::de::Error| problem::from_toml(file, text, &e, hint);
    let doc = DeTable::parse(text).map_err(|e| vec![located(e)])?;
    let de = toml::Deserializer::parse(text).map_err(|e| vec![located(e)])?;
    let mut ignored: Vec<Vec<Step>> = Vec::new();
    let value = serde_ignored::deserialize(de, |path| ignored.push(steps(&path)));
    let mut problems: Vec<Problem> = ignored
        .iter()
        .map(|path| {
            let name = match path.last() {
                Some(Step::Key(k)) => k.as_str(),
                _ => "?",
            };
            Problem::at_span(
                file,
                text,
                key_span(&doc, path),
                format!("unknown key `{name}`; check its spelling against the rubric format in the README"),
            )
        })
        .collect();
    match value {
        Ok(v) => Ok((v, problems)),
        Err(e) => {
            problems.push(located(e));
            problems.sort_by_key(|p| p.at);
            Err(problems)
        }
    }
}

fn steps(path: &serde_ignored::Path) -> Vec<Step> {
    use serde_ignored::Path as P;
    let (parent, step) = match path {
        P::Root => return Vec::new(),
        P::Seq { parent, index } => (parent, Some(Step::Index(*index))),
        P::Map { parent, key } => (parent, Some(Step::Key(key.clone()))),
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            (parent, None)
        }
    };
    let mut out = steps(parent);
    out.extend(step);
    out
}

/// The span of the last key of `path` in the parsed document.
fn key_span(doc: &Spanned<DeTable>, path: &[Step]) -> Option<std::ops::Range<usize>> {
    let mut table = doc.get_ref();
    let mut value: Option<&Spanned<DeValue>> = None;
    for (i, step) in path.iter().enumerate() {
        match step {
            Step::Key(k) => {
                if let Some(v) = value {
                    table = v.get_ref().as_table()?;
                }
                let (key, v) = table
                    .iter()
                    .find(|(key, _)| key.get_ref().as_ref() == k.as_str())?;
                if i + 1 == path.len() {
                    return Some(key.span());
                }
                value = Some(v);
            }
            Step::Index(n) => value = Some(value?.get_ref().as_array()?.get(*n)?),
        }
    }
    None
}
