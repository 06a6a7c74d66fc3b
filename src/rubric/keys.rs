//! Reading a TOML file while collecting unknown keys as located problems, so a typo such as
//! `wieght` is reported together with every other problem instead of stopping the reading.

use std::collections::HashMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::problem::{self, Problem, RubricProblem};

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
    source: problem::Source,
) -> Result<(T, Vec<Problem>), Vec<Problem>> {
    let located = |e: toml::de::Error| problem::from_toml(file, text, &e, source);
    let doc = DeTable::parse(text).map_err(|e| vec![located(e)])?;
    let de = toml::Deserializer::parse(text).map_err(|e| vec![located(e)])?;
    let mut ignored: Vec<Vec<Step>> = Vec::new();
    let value = serde_ignored::deserialize(de, |path| ignored.push(steps(&path)));
    // Spans of the keys of each table met, found once per table: a file with thousands of
    // unknown keys is reported in linear time.
    let mut tables: HashMap<String, HashMap<String, Range<usize>>> = HashMap::new();
    let lines = problem::Lines::new(text);
    let mut problems: Vec<Problem> = ignored
        .iter()
        .map(|path| {
            let name = match path.last() {
                Some(Step::Key(k)) => k.as_str(),
                _ => "?",
            };
            let parent = &path[..path.len().saturating_sub(1)];
            let spans = tables
                .entry(describe(parent))
                .or_insert_with(|| key_spans(&doc, parent));
            lines.problem(
                file,
                spans.get(name).cloned(),
                RubricProblem::UnknownKey {
                    key: name.to_owned(),
                },
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
        // The value inside a `Spanned` is one more map level to serde; not a table of the file.
        P::Map { parent, key } if key.starts_with("$__serde_spanned") => (parent, None),
        P::Map { parent, key } => (parent, Some(Step::Key(key.clone()))),
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            (parent, None)
        }
    };
    let mut out = steps(parent);
    out.extend(step);
    out
}

/// A table's path as text, to tell tables apart.
fn describe(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!(".{k}"),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect()
}

/// The span of every key of the table at `path` in the parsed document.
fn key_spans(doc: &Spanned<DeTable>, path: &[Step]) -> HashMap<String, Range<usize>> {
    let table = table_at(doc, path);
    table
        .map(|t| {
            t.iter()
                .map(|(k, _)| (k.get_ref().to_string(), k.span()))
                .collect()
        })
        .unwrap_or_default()
}

fn table_at<'a>(doc: &'a Spanned<DeTable<'a>>, path: &[Step]) -> Option<&'a DeTable<'a>> {
    let mut table = doc.get_ref();
    let mut value: Option<&Spanned<DeValue>> = None;
    for step in path {
        match step {
            Step::Key(k) => {
                if let Some(v) = value {
                    table = v.get_ref().as_table()?;
                }
                value = Some(table.get(k.as_str())?);
            }
            Step::Index(n) => value = Some(value?.get_ref().as_array()?.get(*n)?),
        }
    }
    match value {
        Some(v) => v.get_ref().as_table(),
        None => Some(table),
    }
}
