//! Facts come from the source articles, sentences are ours: no run of eight words of the
//! articles appears in a rubric, in the words pathfit prints, or in its documents. The articles
//! are not needed: `tests/fixtures/seed-runs.txt` holds a hash per run (see `runs.rs`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::{repo, runs};

fn seed_hashes() -> HashSet<String> {
    let text = std::fs::read_to_string(repo().join("tests/fixtures/seed-runs.txt"))
        .expect("tests/fixtures/seed-runs.txt");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The runs of `text` whose hash is in `seeds`.
fn copied(text: &str, seeds: &HashSet<String>) -> Vec<String> {
    runs::runs(text)
        .filter(|(hash, _)| seeds.contains(hash))
        .map(|(_, run)| run)
        .collect()
}

/// Files under `dir` (recursively) whose names end with one of `exts`.
fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, exts, out);
        } else if exts.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            out.push(path);
        }
    }
}

#[test]
fn the_fixture_holds_a_hash_for_every_run_of_the_articles() {
    let seeds = seed_hashes();
    assert!(seeds.len() > 5000, "{} hashes", seeds.len());
    assert!(
        seeds
            .iter()
            .all(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
    );
}

#[test]
fn a_copied_run_is_found_whatever_its_case_and_punctuation() {
    let source = "The office keeps its calendar, its letters and its records in one place.";
    let seeds: HashSet<String> = runs::runs(source).map(|(h, _)| h).collect();
    let found = copied(
        "text = \"THE OFFICE keeps its calendar; its letters AND its records\"",
        &seeds,
    );
    assert_eq!(
        found,
        [
            "the office keeps its calendar its letters and",
            "office keeps its calendar its letters and its",
            "keeps its calendar its letters and its records",
        ]
    );
    assert!(copied("The office keeps a calendar and letters.", &seeds).is_empty());
    // Han characters are words of their own.
    let zh: HashSet<String> = runs::runs("秘书每天安排会议和整理文件")
        .map(|(h, _)| h)
        .collect();
    assert_eq!(copied("我每天安排会议和整理文件", &zh).len(), 4);
}

#[test]
fn no_run_of_eight_words_is_copied_from_the_source_articles() {
    let seeds = seed_hashes();
    let mut checked = Vec::new();
    files(&repo().join("rubrics"), &[".toml"], &mut checked);
    files(&repo().join("src/text"), &[".rs", ".ftl"], &mut checked);
    files(&repo().join("docs"), &[".md"], &mut checked);
    checked.push(repo().join("README.md"));
    assert!(checked.len() >= 4, "{checked:?}");
    for file in &checked {
        let text = std::fs::read_to_string(file).unwrap();
        let runs = copied(&text, &seeds);
        assert!(runs.is_empty(), "{}: copied runs {runs:?}", file.display());
    }
}
