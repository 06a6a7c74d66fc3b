//! End-to-end tests of the real `pathfit` binary: stdout, stderr and exit codes.

mod assess;
mod batch;
mod calendar;
mod catalogs;
mod command_languages;
mod copied;
mod errors;
mod explain;
mod exports;
mod fuzzed;
mod goldens;
mod guide;
mod hostile;
mod hostile_text;
mod house;
mod html;
mod interview;
mod l10n_errors;
mod languages;
mod lost;
mod mapping;
mod parts;
mod personas;
mod pipeline;
mod report_languages;
mod rubric;
mod runs;
mod score;
mod shell;
mod summary;
mod template;
mod trust;
mod wrap;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The binary, run in the fixtures folder with an environment that cannot leak into results.
pub fn pathfit() -> Command {
    let mut cmd = Command::cargo_bin("pathfit").expect("binary is built");
    cmd.current_dir(fixtures())
        .env_remove("NO_COLOR")
        .env_remove("PATHFIT_RUBRICS")
        // The reader's language is English unless a test chooses another.
        .env_remove("PATHFIT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("RUST_BACKTRACE")
        .env("TERM", "xterm-256color")
        // Today is 1 December 2026 in every run: a plan dated from today reads the same on
        // any day the tests run.
        .env("SOURCE_DATE_EPOCH", "1796083200");
    cmd
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `pathfit args`, asserting the exit code; returns (stdout, stderr).
pub fn run(args: &[&str], code: i32) -> (String, String) {
    run_cmd(pathfit().args(args), code)
}

pub fn run_cmd(cmd: &mut Command, code: i32) -> (String, String) {
    let out = cmd.output().expect("pathfit runs");
    let stdout = String::from_utf8(out.stdout).expect("utf-8 stdout");
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit code\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    (stdout, stderr)
}

/// Writes `text` to a file in a fresh temporary folder and returns both (the folder lives
/// as long as the guard).
pub fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write temp file");
    (dir, path)
}
