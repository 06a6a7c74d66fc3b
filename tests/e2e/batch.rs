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
    assert_eq!(&rows[0][12], "generalist");
    assert_eq!(&rows[1][8], "true", "N/A and -99 leave row 2 partial");
    assert!(rows[2][22].contains("5 of 32 questions answered"), "{out}");
    assert!(rows[3][22].contains("9 is off the scale"), "{out}");
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
        &rows[0][6], "32",
        "Q1 and Q2 mapped, \"5. Strongly agree\" read"
    );
    // Without the map the two columns are not questions: fewer answers.
    let (out, _) = run(&["score", "survey/semicolon.csv", "-f", "csv"], 0);
    assert_eq!(&csv_rows(&out)[0][6], "30");
}

#[test]
fn folders_are_searched_and_every_file_is_reported() {
    let (out, err) = run(&["score", "survey", "-f", "jsonl", "--missing", "-99"], 1);
    // google-forms 2, latin1 1, map.toml 1 (not an answer file: an error record), plain 4,
    // qualtrics 2, semicolon 1, surveymonkey 1.
    assert_eq!(out.lines().count(), 12, "{out}");
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
    args.extend(["--summary-only", "-f", "json"]);
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
    assert_eq!((&rows[0][2], &rows[0][6]), ("R_1", "32"));
    assert!(
        rows[1][22].contains("10 of 32"),
        "an unfinished response is skipped: {out}"
    );
    assert!(err.contains("1 scored, 0 partial, 1 skipped"), "{err}");
    // SurveyMonkey: question text, then a row of "Response".
    let (out, _) = run(&["score", "survey/surveymonkey.csv", "-f", "csv"], 0);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!((&rows[0][2], &rows[0][6]), ("1001", "32"));
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
    assert!(out.contains("\"Response ID\" -> (respondent id)"), "{out}");
}
