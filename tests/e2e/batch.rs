//! Batch scoring: survey exports (CSV, TSV, stdin), folders, csv and jsonl output.

use crate::{pathfit, run, run_cmd};

fn csv_rows(out: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn a_plain_export_is_scored_row_by_row_with_skips_accounted_for() {
    let (out, err) = run(
        &["score", "survey/plain.csv", "-f", "csv", "--missing", "-99"],
        1,
    );
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 4, "every row is accounted for");
    assert_eq!(&rows[0][2], "r1");
    assert_eq!(&rows[0][13], "generalist");
    assert_eq!(&rows[1][9], "true", "N/A and -99 leave row 2 partial");
    assert!(rows[2][23].contains("5 of 32 questions answered"), "{out}");
    assert!(rows[3][23].contains("9 is off the scale"), "{out}");
    assert!(
        err.contains("error: survey/plain.csv: row 3: skipped"),
        "{err}"
    );
    assert!(err.ends_with("2 scored, 1 partial, 2 skipped\n"), "{err}");
    // The same file scores the same through standard input.
    let text = std::fs::read_to_string(crate::fixtures().join("survey/plain.csv")).unwrap();
    let (out2, _) = run_cmd(
        pathfit()
            .args([
                "score",
                "-",
                "--input-format",
                "csv",
                "-f",
                "csv",
                "--missing",
                "-99",
            ])
            .write_stdin(text),
        1,
    );
    assert_eq!(out2.replace("-,", "survey/plain.csv,"), out);
}

#[test]
fn google_forms_headers_and_labels_match_and_personal_columns_stay_out() {
    let (out, err) = run(&["score", "survey/google-forms.csv", "-f", "jsonl"], 0);
    assert!(err.ends_with("2 scored, 0 partial, 0 skipped\n"), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["row"], 1);
    assert_eq!(
        lines[0]["answered"], 32,
        "BOM, CRLF, non-breaking spaces and curly quotes"
    );
    // Row 1 answers as Ana did: the same fits as her answer file.
    let (ana, _) = run(&["score", "ana.toml", "-f", "json"], 0);
    let ana: serde_json::Value = serde_json::from_str(&ana).unwrap();
    assert_eq!(lines[0]["fits"], ana[0]["fits"]);
    assert!(!out.contains("example.com"), "emails are never copied");
}

#[test]
fn mapping_files_prefixed_labels_and_id_columns() {
    let (out, _) = run(
        &[
            "score",
            "survey/semicolon.csv",
            "--map",
            "survey/map.toml",
            "--id-column",
            "Respondent",
            "-f",
            "csv",
        ],
        0,
    );
    let rows = csv_rows(&out);
    assert_eq!(&rows[0][2], "p1");
    assert_eq!(
        &rows[0][7], "32",
        "Q1 and Q2 mapped, \"5. Strongly agree\" read"
    );
    // Without the map the two columns are not questions: fewer answers.
    let (out, _) = run(&["score", "survey/semicolon.csv", "-f", "csv"], 0);
    assert_eq!(&csv_rows(&out)[0][7], "30");
}

/// The records the exports of survey/tools/ make (surveymonkey-macroman-cr.csv: 2 of them).
const TOOLS: usize = 48;

#[test]
fn folders_are_searched_and_every_file_is_reported() {
    let (out, err) = run(&["score", "survey", "-f", "jsonl", "--missing", "-99"], 1);
    // aliases 1 (another rubric's columns: an error record), bare-cr 2, google-forms 2,
    // latin1 1, limesurvey 4, map.toml 1 (not an answer file: an error record),
    // microsoft-forms 3, plain 4, qualtrics 2, semicolon 1, surveymonkey 1; tools/ (the
    // exports of tests/e2e/exports.rs) TOOLS.
    assert_eq!(out.lines().count(), 22 + TOOLS, "{out}");
    assert!(err.contains("map.toml"), "{err}");
    let (out, _) = run(&["score", "survey/plain.csv", "ana.toml", "-f", "csv"], 1);
    assert_eq!(csv_rows(&out).len(), 5);
}

#[test]
fn the_cohort_summary_counts_without_naming_anyone() {
    let files = [
        "personas/executive-assistant.toml",
        "personas/contracts-specialist.toml",
        "personas/likes-both.toml",
    ];
    let mut args = vec!["score"];
    args.extend(files);
    args.extend(["--summary-only", "--min-cohort", "3", "-f", "json"]);
    let (out, _) = run(&args, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["respondents"], 3);
    assert_eq!(v["verdicts"]["generalist"], 1);
    assert_eq!(v["verdicts"]["specialist"], 1);
    assert_eq!(v["verdicts"]["no_clear_lean"], 1);
    // The mean fit is the mean of the three reports' fits.
    let mut sum = 0.0;
    for f in files {
        let (one, _) = run(&["score", f, "-f", "json"], 0);
        let one: serde_json::Value = serde_json::from_str(&one).unwrap();
        sum += one[0]["fits"][0]["fit"].as_f64().unwrap();
    }
    assert!((v["fits"]["generalist"]["mean"].as_f64().unwrap() - sum / 3.0).abs() < 1e-9);
    assert_eq!(v["fits"]["generalist"]["median"], 50.0);
    assert_eq!(v["margin_histogram"].as_array().unwrap().len(), 10);
    assert!(
        !out.contains("executive assistant"),
        "no respondent is named: {out}"
    );
    // Text summary after the reports; json with --summary is refused.
    let mut args = vec!["score"];
    args.extend(files);
    args.push("--summary");
    let (out, _) = run(&args, 0);
    assert!(
        out.contains("Cohort: Office Secretary vs Specialist (3 scored, 0 skipped)"),
        "{out}"
    );
    assert!(
        out.contains("An executive assistant"),
        "the reports come first"
    );
    let (_, err) = run(&["score", "ana.toml", "--summary", "-f", "json"], 2);
    assert!(err.contains("use --summary-only"), "{err}");
}

#[test]
fn tools_extra_header_rows_and_other_encodings() {
    // Qualtrics: field ids, then question text, then a row of ImportId JSON.
    let (out, err) = run(&["score", "survey/qualtrics.csv", "-f", "csv"], 1);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!((&rows[0][2], &rows[0][7]), ("R_1", "32"));
    assert!(
        rows[1][23].contains("10 of 32"),
        "an unfinished response is skipped: {out}"
    );
    assert!(err.contains("1 scored, 0 partial, 1 skipped"), "{err}");
    // SurveyMonkey: question text, then a row of "Response".
    let (out, _) = run(&["score", "survey/surveymonkey.csv", "-f", "csv"], 0);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!((&rows[0][2], &rows[0][7]), ("1001", "32"));
    // A header and no rows: nothing to score, said so.
    let (_d, empty) = crate::temp_file("empty.csv", "ID,sk_calendar\n");
    let (out, err) = run(&["score", empty.to_str().unwrap(), "-f", "jsonl"], 0);
    assert_eq!(out, "");
    assert!(err.contains("has a header but no respondents"), "{err}");
    // A row of nonsense: the first three cells named, the rest counted, on one line.
    let (template, _) = run(&["template"], 0);
    let ids: Vec<&str> = template
        .lines()
        .filter_map(|l| l.strip_suffix(" = \"\""))
        .filter(|id| ["sk_", "va_", "am_"].iter().any(|p| id.starts_with(p)))
        .collect();
    let text = format!(
        "ID,{}\nz,{}\n",
        ids.join(","),
        vec!["x"; ids.len()].join(",")
    );
    let (_d, nonsense) = crate::temp_file("nonsense.csv", &text);
    let (_, err) = run(&["score", nonsense.to_str().unwrap(), "-f", "csv"], 1);
    let line = err.lines().next().unwrap();
    assert_eq!(
        line.matches("is not a number or a label").count(),
        3,
        "{err}"
    );
    assert!(
        line.contains("; and 29 more cells that are not answers; if \"x\" is a word for a point, add it under [scale.aliases]"),
        "{err}"
    );
    // Windows-1252, tab-separated.
    let (out, err) = run(&["score", "survey/latin1.tsv", "-f", "csv"], 0);
    assert_eq!(&csv_rows(&out)[0][2], "Jos\u{e9}");
    assert!(
        err.contains("is not UTF-8; read it as Windows-1252"),
        "{err}"
    );
}

#[test]
fn a_hundred_thousand_rows_are_all_accounted_for() {
    let (template, _) = run(&["template"], 0);
    let ids: Vec<&str> = template
        .lines()
        .filter_map(|l| l.strip_suffix(" = \"\""))
        .filter(|id| ["sk_", "va_", "am_"].iter().any(|p| id.starts_with(p)))
        .collect();
    let mut text = format!("ID,{}\n", ids.join(","));
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for i in 0..100_000 {
        text.push_str(&format!("p{i}"));
        for _ in &ids {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(&format!(",{}", 1 + state % 5));
        }
        text.push('\n');
    }
    let (_dir, path) = crate::temp_file("big.csv", &text);
    let (out, err) = run(
        &[
            "score",
            path.to_str().unwrap(),
            "--summary-only",
            "-f",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["respondents"], 100_000);
    let verdicts: u64 = v["verdicts"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(verdicts, 100_000);
    assert_eq!(err, "100000 scored, 0 partial, 0 skipped\n");
}

#[test]
fn map_shows_which_column_went_to_which_question() {
    let (out, _) = run(&["map", "survey/semicolon.csv"], 1);
    assert!(
        out.contains("\"Q1\" -> (not a question: never copied into output)"),
        "{out}"
    );
    assert!(out.contains("\"sk_records\" -> sk_records"), "{out}");
    assert!(
        out.contains("Questions with no column (2): sk_calendar, sk_correspondence"),
        "{out}"
    );
    let (out, _) = run(
        &["map", "survey/semicolon.csv", "--map", "survey/map.toml"],
        0,
    );
    assert!(
        out.contains("\"Q1\" -> sk_calendar") && out.contains("Every question has a column."),
        "{out}"
    );
    let (out, _) = run(&["map", "survey/google-forms.csv"], 0);
    assert!(
        out.contains("\"Email Address\" -> (not a question: never copied into output)"),
        "{out}"
    );
    let (out, _) = run(&["map", "survey/qualtrics.csv"], 0);
    assert!(out.contains("\"ResponseId\" -> (respondent id)"), "{out}");
}

#[test]
fn microsoft_forms_limesurvey_and_bare_carriage_returns() {
    // Microsoft Forms: BOM, CRLF, a non-breaking space in each header, choices as "Agree;";
    // a cell with two choices is an error for that row only.
    let (out, err) = run(&["score", "survey/microsoft-forms.csv", "-f", "csv"], 1);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (&rows[0][2], &rows[0][7], &rows[0][13]),
        ("1", "32", "generalist")
    );
    assert_eq!((&rows[1][2], &rows[1][7]), ("2", "32"));
    assert!(rows[2][23].contains("holds 2 choices"), "{out}");
    assert!(
        err.contains("error: survey/microsoft-forms.csv: row 3: `sk_calendar`: \"Agree;Disagree;\" holds 2 choices; each question takes one answer"),
        "{err}"
    );
    assert!(err.ends_with("2 scored, 0 partial, 1 skipped\n"), "{err}");
    assert!(
        !out.contains("Ana Pop") && !out.contains("@example.com"),
        "{out}"
    );
    // LimeSurvey: every field quoted, BOM, number codes; an empty submitdate is an unfinished
    // response: scored as partial with enough answers, else skipped with the reason.
    let (out, err) = run(&["score", "survey/limesurvey.csv", "-f", "csv"], 1);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 4);
    assert_eq!((&rows[0][2], &rows[0][9]), ("11", "false"));
    assert!(
        rows[1][23].starts_with("an unfinished response (by its submitdate column): 10 of 32"),
        "{out}"
    );
    assert_eq!(
        (&rows[2][2], &rows[2][7], &rows[2][9]),
        ("13", "30", "true")
    );
    // Unfinished by the tool's word though every question has an answer: still partial.
    assert_eq!(
        (&rows[3][2], &rows[3][7], &rows[3][9]),
        ("14", "32", "true")
    );
    assert!(err.ends_with("3 scored, 2 partial, 1 skipped\n"), "{err}");
    // --layout overrides the detected layout: as a plain CSV, submitdate means nothing.
    let (out, _) = run(
        &[
            "score",
            "survey/limesurvey.csv",
            "-f",
            "csv",
            "--layout",
            "plain",
        ],
        1,
    );
    assert!(
        csv_rows(&out)[1][23].starts_with("skipped: 10 of 32"),
        "{out}"
    );
    // Bare CR line ends and a header cell broken over lines inside quotes.
    let (out, err) = run(&["score", "survey/bare-cr.csv", "-f", "csv"], 0);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 2, "{out}");
    assert_eq!((&rows[0][2], &rows[0][7]), ("mac1", "32"));
    // mac1 gave Ana's answers: the fits are hers (tests/fixtures/ana.toml), as shown.
    assert_eq!((&rows[0][14], &rows[0][15]), ("69.7", "30.3"));
    assert_eq!(err, "2 scored, 0 partial, 0 skipped\n");
    // The same answers score the same whatever the layout: Ana's row in four tools.
    let fits = |file: &str| -> (String, String) {
        let (out, _) = pathfit()
            .args(["score", file, "-f", "csv"])
            .output()
            .map(|o| (String::from_utf8(o.stdout).unwrap(), String::new()))
            .unwrap();
        let rows = csv_rows(&out);
        (rows[0][14].to_owned(), rows[0][15].to_owned())
    };
    let ana = fits("survey/microsoft-forms.csv");
    assert_eq!(ana, ("69.7".to_owned(), "30.3".to_owned()));
    for f in [
        "survey/limesurvey.csv",
        "survey/bare-cr.csv",
        "survey/plain.csv",
    ] {
        assert_eq!(fits(f), ana, "{f}");
    }
}

/// An xlsx workbook of `rows`; cells that parse as numbers are written as numbers.
fn workbook(path: &std::path::Path, rows: &[Vec<String>]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match (cell.parse::<f64>(), cell.as_str()) {
                (Ok(n), _) => sheet.write_number(r, c, n).map(|_| ()),
                (_, "TRUE") => sheet.write_boolean(r, c, true).map(|_| ()),
                (_, "FALSE") => sheet.write_boolean(r, c, false).map(|_| ()),
                (_, "") => Ok(()),
                _ => sheet.write_string(r, c, cell).map(|_| ()),
            }
            .unwrap();
        }
    }
    book.save(path).unwrap();
}

fn csv_file(path: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(crate::fixtures().join(path))
        .unwrap()
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|c| c.trim_start_matches('\u{feff}').to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn xlsx_exports_are_read_like_their_csv() {
    let dir = tempfile::tempdir().unwrap();
    // Qualtrics' workbook: three header rows, numbers as numbers, Finished as a boolean.
    let mut qualtrics = csv_file("survey/qualtrics.csv");
    for row in qualtrics.iter_mut().skip(3) {
        row[1] = row[1].to_uppercase();
    }
    workbook(&dir.path().join("qualtrics.xlsx"), &qualtrics);
    // Microsoft Forms' native download: the CSV's cells in a workbook.
    workbook(
        &dir.path().join("forms.xlsx"),
        &csv_file("survey/microsoft-forms.csv"),
    );
    for (name, csv_name, code) in [
        ("qualtrics.xlsx", "survey/qualtrics.csv", 1),
        ("forms.xlsx", "survey/microsoft-forms.csv", 1),
    ] {
        let file = dir.path().join(name);
        let (out, err) = run(&["score", file.to_str().unwrap(), "-f", "csv"], code);
        let (want, want_err) = run(&["score", csv_name, "-f", "csv"], code);
        let strip = |s: &str| -> Vec<Vec<String>> {
            csv_rows(s)
                .iter()
                .map(|r| r.iter().skip(1).map(str::to_owned).collect())
                .collect()
        };
        assert_eq!(strip(&out), strip(&want), "{name}");
        assert_eq!(err.lines().last(), want_err.lines().last(), "{name}: {err}");
    }
    // Folders are searched for workbooks too; `map` reads them.
    let (out, _) = run(&["score", dir.path().to_str().unwrap(), "-f", "csv"], 1);
    assert_eq!(csv_rows(&out).len(), 5);
    let (out, _) = run(
        &["map", dir.path().join("qualtrics.xlsx").to_str().unwrap()],
        0,
    );
    assert!(out.contains("(Qualtrics layout, detected)"), "{out}");
    // A file named .xlsx that is not a workbook is an error record, not a crash.
    let (_d, bad) = crate::temp_file("bad.xlsx", "not a zip");
    let (_, err) = run(&["score", bad.to_str().unwrap()], 1);
    assert!(err.contains("cannot read the workbook"), "{err}");
    assert!(err.contains("export it as CSV"), "{err}");
}

#[test]
fn rubric_aliases_and_missing_codes_with_a_cohort_computed_by_hand() {
    let args = [
        "score",
        "survey/aliases.csv",
        "-r",
        "rubrics/survey-words.toml",
    ];
    let (out, err) = run(&[&args[..], &["-f", "csv"]].concat(), 1);
    let rows = csv_rows(&out);
    // Row 1: Somewhat agree (4) and Strongly agree (5) for desk, Somewhat disagree (2) and
    // Neither (3) for lab: desk = (75 + 100 + 75 + 50) / 4 = 75, lab = 25.
    assert_eq!(
        (&rows[0][14], &rows[0][15], &rows[0][13]),
        ("75", "25", "desk")
    );
    // Row 2: 0 and "Not applicable" are missing codes; lab = (75 + 100) / 2 = 87.5.
    assert_eq!(
        (&rows[1][7], &rows[1][14], &rows[1][15]),
        ("2", "12.5", "87.5")
    );
    assert!(rows[2][19].contains("1 of 4 questions answered"), "{out}");
    assert!(err.ends_with("2 scored, 1 partial, 1 skipped\n"), "{err}");
    let (out, _) = run(
        &[
            &args[..],
            &["--summary-only", "--min-cohort", "2", "-f", "json"],
        ]
        .concat(),
        1,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["respondents"].as_u64(), v["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(v["verdicts"]["desk"], 1);
    assert_eq!(v["verdicts"]["lab"], 1);
    // Means (75 + 12.5) / 2 and (25 + 87.5) / 2; with two values the median is their mean.
    assert_eq!(v["fits"]["desk"]["mean"], 43.75);
    assert_eq!(v["fits"]["lab"]["mean"], 56.25);
    assert_eq!(v["fits"]["desk"]["median"], 43.75);
    // Margins 50 and 75: mean 62.5; the histogram has them in the 40s and the 70s.
    assert_eq!(v["margin"]["mean"], 62.5);
    let hist: Vec<u64> = v["margin_histogram"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(hist, [0, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
    assert_eq!(v["coverage"]["q_calendar"], 1);
    assert_eq!(v["coverage"]["q_tests"], 2);
}

#[test]
fn csv_and_jsonl_output_is_pinned() {
    let (out, _) = run(
        &[
            "score",
            "survey/plain.csv",
            "ana.toml",
            "--missing",
            "-99",
            "-f",
            "csv",
        ],
        1,
    );
    insta::assert_snapshot!("batch_csv", out);
    let (out, _) = run(
        &[
            "score",
            "survey/plain.csv",
            "ana.toml",
            "--missing",
            "-99",
            "-f",
            "jsonl",
            "--start",
            "2026-12-01",
        ],
        1,
    );
    assert_eq!(out.lines().count(), 5);
    insta::assert_snapshot!("batch_jsonl", out);
}

/// A plain export of `rows` respondents answering 3 everywhere, in a fresh folder.
fn big_export(rows: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let mut text = String::from("ID");
    let (template, _) = run(&["template"], 0);
    let ids: Vec<&str> = template
        .lines()
        .filter_map(|l| l.strip_suffix(" = \"\""))
        .filter(|id| ["sk_", "va_", "am_"].iter().any(|p| id.starts_with(p)))
        .collect();
    for id in &ids {
        text.push(',');
        text.push_str(id);
    }
    text.push('\n');
    let row: String = ids.iter().map(|_| ",3").collect();
    for i in 0..rows {
        text.push_str(&format!("p{i}{row}\n"));
    }
    crate::temp_file("big.csv", &text)
}

/// Waits until process `pid` catches SIGINT and SIGTERM (Linux's /proc shows the signals a
/// process has handlers for), so the signal sent next is one pathfit handles, however slow the
/// machine.
fn wait_for_ctrl_c_handler(pid: u32) {
    const HANDLED: u64 = 1 << (2 - 1) | 1 << (15 - 1);
    let status = format!("/proc/{pid}/status");
    loop {
        let text = std::fs::read_to_string(&status).expect("the child is running");
        // A zombie has dropped its handlers: it ended before it could be stopped.
        assert!(!text.contains("\nState:\tZ"), "pathfit ended before Ctrl-C");
        let caught = text
            .lines()
            .find_map(|l| l.strip_prefix("SigCgt:"))
            .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
            .expect("a SigCgt line");
        if caught & HANDLED == HANDLED {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn ctrl_c_or_sigterm_stops_a_batch_and_leaves_no_output_file() {
    let (dir, path) = big_export(1_000_000);
    let target = dir.path().join("scores.csv");
    for (signal, code, by) in [("-INT", 130, "Ctrl-C"), ("-TERM", 143, "SIGTERM")] {
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"))
            .args(["score", path.to_str().unwrap(), "-f", "csv", "--output"])
            .arg(&target)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        wait_for_ctrl_c_handler(child.id());
        let killed = std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "{err}");
        assert!(err.contains(&format!("Stopped by {by} after")), "{err}");
        assert!(!target.exists(), "no --output file after {by}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the input is left: {left:?}");
    }
}

#[test]
fn a_terminal_sees_progress_and_ctrl_c_there_stops_the_batch() {
    use rexpect::process::WaitStatus;
    let (dir, path) = big_export(1_000_000);
    let target = dir.path().join("scores.csv");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(["score", path.to_str().unwrap(), "-f", "csv", "--output"])
        .arg(&target)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(cmd, Some(30_000)).unwrap();
    // The bar appears after a second: files done, rows scored, time.
    p.exp_regex(r"0/1 files \d+ rows").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Stopped by Ctrl-C after").unwrap();
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 130),
        other => panic!("pathfit did not exit normally: {other:?}"),
    }
    assert!(!target.exists(), "no --output file after Ctrl-C");
}

#[test]
fn cells_from_outside_never_reach_a_spreadsheet_as_formulas() {
    let text = std::fs::read_to_string(crate::fixtures().join("survey/plain.csv")).unwrap();
    let hostile = text
        .replacen("\nr1,", "\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", 1)
        .replacen("\nr3,", "\n@SUM(A1),", 1);
    let (dir, path) = crate::temp_file("=evil.csv", &hostile);
    let (out, _) = run(
        &[
            "score",
            path.to_str().unwrap(),
            "-f",
            "csv",
            "--missing",
            "-99",
        ],
        1,
    );
    let rows = csv_rows(&out);
    assert!(rows[0][0].ends_with("=evil.csv"), "{out}");
    assert_eq!(&rows[0][2], "'=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(&rows[2][2], "'@SUM(A1)");
    // No cell of any row starts with a character a spreadsheet runs.
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '@', '\t', '\r']), "{cell:?}");
        }
    }
    drop(dir);
}

#[test]
fn every_tool_layout_reads_the_same_from_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = |file: &str| {
        let out = pathfit()
            .args(["score", file, "-f", "csv"])
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let rows: Vec<Vec<String>> = csv_rows(&stdout)
            .iter()
            .map(|r| r.iter().skip(1).map(|c| c.replace(file, "FILE")).collect())
            .collect();
        let err = String::from_utf8(out.stderr).unwrap();
        let tally = err.lines().last().unwrap_or("").replace(file, "FILE");
        (out.status.code(), rows, tally)
    };
    for name in [
        "qualtrics-de",
        "qualtrics-finished",
        "qualtrics-legacy",
        "qualtrics-matrix",
        "qualtrics-one-row",
        "qualtrics-progress",
        "limesurvey-text",
        "surveymonkey-matrix",
        "surveymonkey-one-row",
        "branching",
        "repeated-ids",
        "two-columns",
    ] {
        let csv_name = format!("survey/tools/{name}.csv");
        let book = dir.path().join(format!("{name}.xlsx"));
        workbook(&book, &csv_file(&csv_name));
        let want = outcome(&csv_name);
        assert!(!want.1.is_empty(), "{name}: no records");
        assert_eq!(outcome(book.to_str().unwrap()), want, "{name}");
    }
}

/// `--respondent` picks people out of exports and answer files by the name their sheet gives:
/// only they are scored, counted and shown; a name that matches nobody is said, and when no
/// name matches the command fails rather than print an empty result.
#[test]
fn respondent_picks_people_and_a_name_that_matches_nobody_is_said() {
    let args = ["score", "survey/plain.csv", "-f", "csv", "--missing", "-99"];
    let (out, err) = run(&[&args[..], &["--respondent", "r2"]].concat(), 0);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(&rows[0][2], "r2", "{out}");
    assert!(!err.contains("row 3"), "other rows are not read out: {err}");

    let (out, err) = run(
        &[&args[..], &["--respondent", "r1", "--respondent", "nobody"]].concat(),
        0,
    );
    assert_eq!(csv_rows(&out).len(), 1, "{out}");
    assert!(
        err.contains("warning: no sheet read names the respondent `nobody`"),
        "{err}"
    );

    let (out, err) = run(&[&args[..], &["--respondent", "nobody"]].concat(), 2);
    assert!(csv_rows(&out).is_empty(), "{out}");
    assert!(
        err.contains("no sheet read names the respondent `nobody`: --respondent matches"),
        "{err}"
    );

    // Answer files: the respondent their file names; the table shows that one report.
    let (out, _) = run(
        &[
            "score",
            "ana.toml",
            "close-call.toml",
            "--respondent",
            "Dan",
        ],
        0,
    );
    assert!(out.starts_with("Dan: "), "{out}");
    assert!(!out.contains("Ana: "), "{out}");

    let (_, err) = run(
        &["score", "ana.toml", "--respondent", "Ana", "--summary"],
        2,
    );
    assert!(err.contains("cannot be used with"), "{err}");
}
