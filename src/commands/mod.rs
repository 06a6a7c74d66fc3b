//! One module per subcommand; each wires files, scoring, planning and rendering together.

pub mod assess;
pub mod rubric;
pub mod score;

use std::sync::Arc;

use anyhow::Result;

use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

/// The rubric named by `--rubric`, or the default one.
pub fn chosen_rubric(catalog: &Catalog, spec: Option<&str>) -> Result<Arc<Rubric>> {
    catalog.resolve(spec.unwrap_or(DEFAULT_ID))
}
