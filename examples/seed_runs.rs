//! Makes `tests/fixtures/seed-runs.txt`: the hash of every run of eight words in the source
//! articles (no text), so the test suite can check that no sentence was copied from them
//! without the articles beside the checkout.
//!
//! cargo run --example seed_runs -- ../shared/seeds > tests/fixtures/seed-runs.txt

#[path = "../tests/e2e/runs.rs"]
mod runs;

use std::collections::BTreeSet;
use std::io::Write;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: seed_runs FOLDER_OF_ARTICLES"))?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let mut hashes = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file)?;
        hashes.extend(runs::runs(&text).map(|(hash, _)| hash));
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "# Hashes of the {}-word runs of {} source articles; made by",
        runs::RUN,
        files.len()
    )?;
    writeln!(
        out,
        "# cargo run --example seed_runs -- ../shared/seeds > tests/fixtures/seed-runs.txt"
    )?;
    for h in hashes {
        writeln!(out, "{h}")?;
    }
    Ok(())
}
