//! One module per subcommand; each wires files, scoring, planning and rendering together.

pub mod assess;
pub mod rubric;
pub mod score;

use anyhow::Result;

use crate::cli::Format;
use crate::render;
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

/// The rubric named by `--rubric`, or the default one.
pub fn chosen_rubric(catalog: &Catalog, spec: Option<&str>) -> Result<Rubric> {
    catalog.resolve(spec.unwrap_or(DEFAULT_ID))
}

pub fn render_format(format: Format) -> render::Format {
    match format {
        Format::Table => render::Format::Table,
        Format::Markdown => render::Format::Markdown,
        Format::Json => render::Format::Json,
    }
}
