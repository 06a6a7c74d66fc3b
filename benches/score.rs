//! Figures, not assertions: how fast rubrics parse, sheets score and the binary runs a batch.
//! Run with `cargo bench --bench score`.

use std::time::{Duration, Instant};

use pathfit::answers::AnswerSheet;
use pathfit::report::{self, Options};
use pathfit::rubric::{Catalog, DEFAULT_ID, Rubric, catalog};

fn per_item(label: &str, n: usize, elapsed: Duration) {
    let each = elapsed.as_secs_f64() / n as f64;
    println!(
        "{label:<44} {n:>6} runs  {:>10.2} us each  {:>12.0} per second",
        each * 1e6,
        1.0 / each
    );
}

/// Deterministic pseudo-random answers, all questions answered.
fn sheets(rubric: &Rubric, n: usize) -> Vec<AnswerSheet> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    (0..n)
        .map(|_| AnswerSheet {
            rubric: rubric.id.clone(),
            answers: rubric
                .questions
                .iter()
                .map(|q| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (q.id.clone(), rubric.scale.min + (state % 5) as i64)
                })
                .collect(),
            ..AnswerSheet::default()
        })
        .collect()
}

fn main() {
    let text = catalog::embedded_text(DEFAULT_ID).expect("default rubric");
    let n = 2_000;
    let start = Instant::now();
    for _ in 0..n {
        Rubric::parse("bench.toml", text).expect("valid");
    }
    per_item("parse + validate the default rubric", n, start.elapsed());

    let rubric = Catalog::new(Vec::new())
        .resolve(DEFAULT_ID)
        .expect("default rubric");
    let sheets = sheets(&rubric, 20_000);
    let start = Instant::now();
    let mut clear = 0;
    for s in &sheets {
        clear += usize::from(pathfit::scoring::score(&rubric, &s.answers).verdict.clear);
    }
    per_item(
        "score one sheet (26 answers)",
        sheets.len(),
        start.elapsed(),
    );

    let options = Options {
        gaps: 3,
        ..Options::default()
    };
    let start = Instant::now();
    for s in &sheets[..5_000] {
        std::hint::black_box(report::build(&rubric, s, "bench", &options));
    }
    per_item(
        "full report (score, deciders, gaps, plan)",
        5_000,
        start.elapsed(),
    );
    println!(
        "({clear} of {} random sheets had a clear lean)",
        sheets.len()
    );

    // The real binary on a batch of files, JSON to a sink.
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<_> = sheets[..1_000]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let path = dir.path().join(format!("s{i}.toml"));
            std::fs::write(&path, toml::to_string(s).expect("toml")).expect("write");
            path
        })
        .collect();
    let start = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pathfit"))
        .arg("score")
        .args(&files)
        .args(["--format", "json"])
        .output()
        .expect("pathfit runs");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!(
        "pathfit score: 1000 answer files to JSON         {:>10.1} ms total, {} KiB of output",
        elapsed.as_secs_f64() * 1e3,
        out.stdout.len() / 1024
    );
}
