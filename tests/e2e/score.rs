//! `pathfit score`: formats, verdicts, targets, dates and batch behaviour.

use crate::{pathfit, run, run_cmd};

#[test]
fn table_report_is_pinned() {
    // The plan is dated from --start (else today): fixed here.
    let (out, err) = run(&["score", "ana.toml", "--full", "--start", "2026-12-01"], 0);
    assert_eq!(err, "");
    assert!(!out.contains('\u{1b}'), "no escapes when stdout is a pipe");
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "fits 80 columns"
    );
    insta::assert_snapshot!("score_table", out);
}

#[test]
fn markdown_report_is_pinned() {
    // close-call.toml has no date: the hand-out carries the day it was made, fixed here.
    let (out, _) = crate::run_cmd(
        crate::pathfit()
            .args([
                "score",
                "close-call.toml",
                "--format",
                "markdown",
                "--start",
                "2026-12-01",
            ])
            .env("SOURCE_DATE_EPOCH", "1795000000"),
        0,
    );
    insta::assert_snapshot!("score_markdown", out);
}

#[test]
fn json_is_an_array_with_the_documented_fields() {
    let (out, _) = run(&["score", "ana.toml", "ana.json", "-f", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let records = v.as_array().unwrap();
    assert_eq!(records.len(), 2);
    let r = &records[0];
    assert_eq!(r["respondent"], "Ana");
    assert_eq!(r["source"], "ana.toml");
    assert_eq!(r["rubric"]["id"], "office-secretary-vs-specialist");
    assert_eq!(r["rubric"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(
        (r["answered"].as_u64(), r["total"].as_u64()),
        (Some(32), Some(32))
    );
    assert_eq!(r["partial"], false);
    let fit = |i: usize| r["fits"][i]["fit"].as_f64().unwrap();
    assert!((fit(0) + fit(1) - 100.0).abs() < 1e-9);
    assert!(
        (fit(0) - 69.73214285714286).abs() < 1e-9,
        "unrounded: {}",
        fit(0)
    );
    assert_eq!(r["fits"][0]["dimensions"]["skills"], 69.64285714285714);
    assert_eq!(r["verdict"]["top"], "generalist");
    assert_eq!(r["verdict"]["lean"], "generalist");
    assert_eq!(r["verdict"]["tie_margin"], 8.0);
    assert_eq!(r["rubric"]["key_hash"].as_str().unwrap().len(), 64);
    assert!(r["gaps"].is_array());
    assert_eq!(r["plan"]["weeks"].as_array().unwrap().len(), 4);
    // The JSON sheet uses labels for some answers and must score the same as the TOML one.
    assert_eq!(records[1]["fits"], r["fits"]);
}

#[test]
fn a_single_sheet_is_still_an_array() {
    let (out, _) = run(&["score", "lead.toml", "--format", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(
        v[0]["rubric"]["id"], "specialist-vs-leadership",
        "rubric taken from the file"
    );
    assert_eq!(v[0]["verdict"]["lean"], "leader");
}

#[test]
fn unclear_result_says_so_and_names_deciding_answers() {
    let (out, _) = run(&["score", "close-call.toml", "--full"], 0);
    assert!(out.contains("No clear lean"), "{out}");
    assert!(out.contains("Answers that would decide it"));
    let (json, _) = run(&["score", "close-call.toml", "-f", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["verdict"]["lean"], serde_json::Value::Null);
    assert_eq!(v[0]["verdict"]["tie_margin"], 8.0);
    assert_eq!(v[0]["plan"]["basis"], "close");
    assert_eq!(
        v[0]["plan"]["targets"],
        serde_json::json!(["specialist", "generalist"])
    );
    // Every listed change really gives a clear lean.
    for d in v[0]["deciders"].as_array().unwrap() {
        assert!(d["margin_after"].as_f64().unwrap() >= 8.0, "{d}");
    }
}

#[test]
fn target_and_start_shape_the_plan() {
    let (out, _) = run(
        &[
            "score",
            "ana.toml",
            "--target",
            "specialist",
            "--start",
            "2026-01-30",
            "--gaps",
            "2",
            "-f",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let plan = &v[0]["plan"];
    assert_eq!(plan["targets"], serde_json::json!(["specialist"]));
    assert_eq!(plan["basis"], "chosen");
    assert_eq!(plan["focus"], "gaps");
    assert_eq!(v[0]["gaps"].as_array().unwrap().len(), 2);
    let weeks = plan["weeks"].as_array().unwrap();
    assert_eq!(weeks[0]["first_date"], "2026-01-30");
    assert_eq!(weeks[1]["first_date"], "2026-02-06");
    assert_eq!(weeks[3]["last_date"], "2026-02-28");
    // Gaps are ranked by weight times shortfall.
    let p: Vec<f64> = v[0]["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["priority"].as_f64().unwrap())
        .collect();
    assert!(p.windows(2).all(|w| w[0] >= w[1]), "{p:?}");
}

#[test]
fn json_nulls_and_blank_strings_mean_skipped() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.json")).unwrap();
    let text = text
        .replacen("\"respondent\": \"Ana\"", "\"respondent\": null", 1)
        .replacen(
            "\"sk_budget\": \"Strongly Agree\"",
            "\"sk_budget\": null",
            1,
        )
        .replacen("\"sk_minutes\": 3", "\"sk_minutes\": \"\"", 1);
    let (_dir, path) = crate::temp_file("a.json", &text);
    let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["respondent"], serde_json::Value::Null);
    assert_eq!(v[0]["answered"], 30, "{text}");
    assert_eq!(v[0]["partial"], true);
}

#[test]
fn partial_sheets_are_scored_and_marked() {
    let (out, _) = run(&["score", "partial.toml"], 0);
    let joined = out.replace('\n', " ");
    assert!(
        joined.contains("26 of 32 questions answered (partial: scored on the answered ones)"),
        "{out}"
    );
}

#[test]
fn color_is_decided_once_and_honours_no_color() {
    let (plain, _) = run(&["score", "ana.toml"], 0);
    let (colored, _) = run(&["score", "ana.toml", "--color", "always"], 0);
    assert!(colored.contains('\u{1b}'));
    assert!(!plain.contains('\u{1b}'));
    let (never, _) = run_cmd(
        pathfit()
            .args(["score", "ana.toml", "--color", "auto"])
            .env("NO_COLOR", "1"),
        0,
    );
    assert!(!never.contains('\u{1b}'));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"))
        // Far more output than a pipe buffers (64 KiB), so writing must hit the closed pipe.
        .arg("score")
        .args(std::iter::repeat_n("ana.toml", 60))
        .current_dir(crate::fixtures())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then close our end of the pipe, like `| head -c1`.
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn json_report_is_pinned() {
    let (out, _) = run(
        &["score", "ana.toml", "-f", "json", "--start", "2026-12-01"],
        0,
    );
    insta::assert_snapshot!("score_json", out);
}

/// Every key path of a JSON value; list items are merged and id-keyed maps collapsed.
fn shape(v: &serde_json::Value, at: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                let k = if at.ends_with("dimensions") || at.ends_with("reflections") {
                    "<id>"
                } else {
                    k.as_str()
                };
                let path = format!("{at}.{k}");
                out.insert(path.clone());
                shape(x, &path, out);
            }
        }
        serde_json::Value::Array(items) => {
            for x in items {
                shape(x, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_readme_documents_exactly_the_json_fields() {
    let readme = std::fs::read_to_string(crate::repo().join("docs/scoring.md")).unwrap();
    let start = readme
        .find("<!-- json-record -->\n```json\n")
        .expect("marker")
        + 29;
    let end = start + readme[start..].find("\n```").unwrap();
    let documented: serde_json::Value = serde_json::from_str(&readme[start..end]).unwrap();
    let (out, _) = run(
        &[
            "score",
            "close-call.toml",
            "-f",
            "json",
            "--start",
            "2026-12-01",
        ],
        0,
    );
    let real: serde_json::Value = serde_json::from_str(&out).unwrap();
    let (mut a, mut b) = (Default::default(), Default::default());
    shape(&documented, "", &mut a);
    shape(&real[0], "", &mut b);
    // The example's reflections map is empty in the example; give it its one documented key.
    b.retain(|p: &String| !p.starts_with(".reflections."));
    assert_eq!(a, b, "docs/scoring.md json example vs real output");
}

#[test]
fn the_markdown_hand_out_shows_commands_as_code_and_the_date_first_and_hashes_last() {
    let (out, _) = run(&["score", "ana.toml", "-f", "markdown"], 0);
    assert!(
        out.contains(
            "with `pathfit assess --save ana-day30.toml`, compare the two with `pathfit compare ana.toml ana-day30.toml`"
        ),
        "{out}"
    );
    assert!(!out.contains("\\`"), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[2], "- Date: 2026-11-20", "{out}");
    let verdict = lines
        .iter()
        .position(|l| l.starts_with("**Verdict:**"))
        .unwrap();
    let table = lines
        .iter()
        .position(|l| l.starts_with("| Path |"))
        .unwrap();
    assert!(verdict < table, "{out}");
    let sha = lines.iter().position(|l| l.contains("sha256")).unwrap();
    assert_eq!(sha, lines.len() - 1, "{out}");
    // Lists whose items hold an "and" take a comma before the last one.
    let ana = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    let gaps = ana
        .replace("sk_records = 4", "sk_records = 3")
        .replace("sk_budget = 5", "sk_budget = 3");
    let (_gaps_dir, gaps) = crate::temp_file("gaps.toml", &gaps);
    let (out, _) = run(&["score", gaps.to_str().unwrap(), "-f", "markdown"], 0);
    assert!(
        out.contains(
            "claiming records and filing, minutes and follow-up, and budgets and timelines without"
        ),
        "{out}"
    );
    let (_dir, no_date) = crate::temp_file(
        "a.toml",
        &std::fs::read_to_string(crate::fixtures().join("close-call.toml")).unwrap(),
    );
    let (out, _) = crate::run_cmd(
        crate::pathfit()
            .args(["score", "-f", "markdown", no_date.to_str().unwrap()])
            .env("SOURCE_DATE_EPOCH", "1795000000"),
        0,
    );
    assert!(out.contains("\n- Report date: 2026-11-18\n"), "{out}");
}
