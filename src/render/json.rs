//! JSON output: one array of report records, unrounded.

use std::io::{self, Write};

use crate::report::Report;

pub fn write<'a>(out: &mut dyn Write, reports: impl Iterator<Item = &'a Report>) -> io::Result<()> {
    let reports: Vec<&Report> = reports.collect();
    serde_json::to_writer_pretty(&mut *out, &reports)?;
    writeln!(out)
}
