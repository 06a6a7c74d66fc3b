//! One module per subcommand; each wires files, scoring, planning and rendering together.

pub mod assess;
pub mod compare;
pub mod explain;
pub mod map;
pub mod rubric;
pub mod score;

use std::sync::Arc;

use anyhow::Result;

use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

/// Reads one answer file with the rubric `--rubric` names, or the one the file names.
pub fn read_one(
    file: &std::path::Path,
    spec: Option<&str>,
    catalog: &Catalog,
) -> Result<(Arc<Rubric>, crate::answers::Responses)> {
    let forced = spec.map(|r| catalog.resolve(r)).transpose()?;
    let cache = std::sync::Mutex::new(std::collections::HashMap::new());
    score::read_sheet(file, forced.as_ref(), catalog, &cache)
}

/// The formats a one-document command writes: csv and jsonl are for `score`.
pub fn doc_format(format: crate::render::Format, command: &str) -> Result<crate::render::Format> {
    use crate::render::Format;
    match format {
        Format::Csv | Format::Jsonl => Err(crate::error::UsageError(format!(
            "`pathfit {command}` writes table, markdown or json; csv and jsonl are for `pathfit score`"
        ))
        .into()),
        f => Ok(f),
    }
}

/// The rubric named by `--rubric`, or the default one.
pub fn chosen_rubric(catalog: &Catalog, spec: Option<&str>) -> Result<Arc<Rubric>> {
    catalog.resolve(spec.unwrap_or(DEFAULT_ID))
}
