//! Inputs the fuzzers found (and the seeds they start from), replayed through the binary: each
//! reader ends with a result or a one-line error, never a panic, a crash or a hang.
//! `fuzz/run` copies tests/fixtures/fuzz/TARGET/ into its corpora; a new finding from
//! fuzz/artifacts/TARGET/ goes there too.

use std::path::PathBuf;

use crate::{fixtures, pathfit};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = fixtures().join("fuzz").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no inputs", dir.display());
    files
}

/// Runs pathfit on `bytes` saved as `name`: exit 0 or 1, no panic, every stderr line short.
fn survives(args: &[&str], name: &str, bytes: &[u8], from: &std::path::Path) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut cmd = pathfit();
    cmd.args(args)
        .arg(&path)
        .timeout(std::time::Duration::from_secs(60));
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}: exit {:?}\n{err}",
        from.display(),
        out.status.code()
    );
    assert!(!err.contains("panicked"), "{}: {err}", from.display());
}

#[test]
fn found_rubrics_are_checked_without_a_panic() {
    for file in inputs("rubric") {
        survives(
            &["rubric", "check"],
            "r.toml",
            &std::fs::read(&file).unwrap(),
            &file,
        );
    }
}

#[test]
fn found_answer_files_are_scored_without_a_panic() {
    for file in inputs("answers") {
        let bytes = std::fs::read(&file).unwrap();
        survives(&["score"], "a.toml", &bytes, &file);
        survives(&["score"], "a.json", &bytes, &file);
    }
}

#[test]
fn found_exports_are_scored_without_a_panic() {
    for file in inputs("survey_csv") {
        survives(
            &["score", "-f", "csv"],
            "e.csv",
            &std::fs::read(&file).unwrap(),
            &file,
        );
    }
    for file in inputs("survey_xlsx") {
        survives(
            &["score", "-f", "csv"],
            "e.xlsx",
            &std::fs::read(&file).unwrap(),
            &file,
        );
    }
}

#[test]
fn the_workbook_seed_is_read_as_a_workbook() {
    let (out, err) = crate::run(&["score", "fuzz/survey_xlsx/minimal.xlsx", "-f", "csv"], 1);
    assert!(out.lines().nth(1).unwrap().contains(",r1,"), "{out}");
    assert!(err.contains("1 of 32 questions answered"), "{err}");
}
