//! Reading survey-tool exports as the tools write them: header rows, respondent ids,
//! completion, rows never asked, broken rows and encodings.

use crate::run;

fn csv_rows(out: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect()
}

/// (row, respondent, answered) of each record of a CSV output.
fn rows(out: &str) -> Vec<(String, String, String)> {
    csv_rows(out)
        .iter()
        .map(|r| (r[1].to_owned(), r[2].to_owned(), r[7].to_owned()))
        .collect()
}

fn row(n: usize, id: &str, answered: &str) -> (String, String, String) {
    (n.to_string(), id.to_owned(), answered.to_owned())
}

#[test]
fn no_header_row_is_ever_scored_whichever_row_the_questions_match() {
    // Field ids match; the second row is a German label row, the third ImportIds.
    let (out, err) = run(&["score", "survey/tools/qualtrics-de.csv", "-f", "csv"], 0);
    assert_eq!(rows(&out), [row(1, "R_de1", "32"), row(2, "R_de2", "32")]);
    assert!(err.ends_with("2 scored, 0 partial, 0 skipped\n"), "{err}");
    // Matrix items: `C1.8 - text` and `question - item`, two header rows.
    let (out, _) = run(
        &["score", "survey/tools/qualtrics-matrix.csv", "-f", "csv"],
        0,
    );
    assert_eq!(rows(&out), [row(1, "R_m1", "32")]);
    // Legacy Qualtrics: V1, V2, ... then the texts.
    let (out, _) = run(
        &["score", "survey/tools/qualtrics-legacy.csv", "-f", "csv"],
        0,
    );
    assert_eq!(rows(&out), [row(1, "R_old1", "32"), row(2, "R_old2", "32")]);
    // LimeSurvey: `code. text`, `code[SQ001]`, `text [sub-question]`.
    let (out, _) = run(
        &["score", "survey/tools/limesurvey-text.csv", "-f", "csv"],
        1,
    );
    let got = rows(&out);
    assert_eq!(got[0], row(1, "7", "32"));
    assert_eq!((&got[1].0, &got[1].1), (&"2".to_owned(), &"8".to_owned()));
    // SurveyMonkey: a matrix question over its first column, sub-questions under it.
    let (out, _) = run(
        &["score", "survey/tools/surveymonkey-matrix.csv", "-f", "csv"],
        0,
    );
    assert_eq!(rows(&out), [row(1, "2001", "32")]);
    // One header row where the tool usually writes more: no respondent is taken for one.
    let (out, _) = run(
        &["score", "survey/tools/qualtrics-one-row.csv", "-f", "csv"],
        0,
    );
    assert_eq!(
        rows(&out),
        [row(1, "R_only1", "32"), row(2, "R_only2", "32")]
    );
    let (out, _) = run(
        &[
            "score",
            "survey/tools/surveymonkey-one-row.csv",
            "-f",
            "csv",
        ],
        0,
    );
    assert_eq!(rows(&out), [row(1, "3001", "32")]);
    // Microsoft Forms' non-breaking spaces and Google Forms' titles.
    let (out, _) = run(&["score", "survey/microsoft-forms.csv", "-f", "csv"], 1);
    assert_eq!(&csv_rows(&out)[0][7], "32", "{out}");
    let (out, _) = run(&["score", "survey/google-forms.csv", "-f", "csv"], 0);
    assert_eq!(&csv_rows(&out)[0][7], "32", "{out}");
    // `pathfit map` matches the same columns.
    let (map, _) = run(&["map", "survey/tools/qualtrics-matrix.csv"], 0);
    assert!(map.contains("-> sk_calendar"), "{map}");
}

#[test]
fn id_columns_match_by_any_header_row_and_a_wrong_one_is_a_usage_error() {
    // By field id, by text, folded as question headers are.
    for name in ["ResponseId", "Response ID", " response\u{a0}ID "] {
        let (out, _) = run(
            &[
                "score",
                "survey/qualtrics.csv",
                "-f",
                "csv",
                "--id-column",
                name,
            ],
            1,
        );
        assert_eq!(&csv_rows(&out)[0][2], "R_1", "{name}");
    }
    // Found without the flag whatever language the second row is in.
    let (out, _) = run(&["score", "survey/tools/qualtrics-de.csv", "-f", "csv"], 0);
    assert_eq!(&csv_rows(&out)[0][2], "R_de1");
    let (out, _) = run(
        &["score", "survey/tools/limesurvey-text.csv", "-f", "csv"],
        1,
    );
    assert_eq!(&csv_rows(&out)[0][2], "7");
    // A name that matches nothing, or a question, stops with the closest names.
    let (_, err) = run(&["score", "survey/qualtrics.csv", "--id-column", "Resp"], 2);
    assert!(
        err.contains("--id-column `Resp` names no column of survey/qualtrics.csv; the closest columns are `ResponseId`, `Response ID`"),
        "{err}"
    );
    assert!(!err.contains("row 1"), "{err}");
    let (_, err) = run(
        &[
            "map",
            "survey/tools/qualtrics-de.csv",
            "--id-column",
            "sk_calendar",
        ],
        2,
    );
    assert!(
        err.contains("--id-column `sk_calendar` is the column of question `sk_calendar`"),
        "{err}"
    );
    // Repeated ids: one warning with the count.
    let (_, err) = run(&["score", "survey/tools/repeated-ids.csv", "-f", "csv"], 0);
    assert_eq!(err.matches("repeat the respondent id").count(), 1, "{err}");
    assert!(err.contains("repeated-ids.csv: 3 rows repeat"), "{err}");
}

#[test]
fn a_response_the_tool_marks_unfinished_is_never_complete() {
    // (row, respondent, partial, error) of each record.
    let records = |out: &str| -> Vec<(String, String, String, String)> {
        csv_rows(out)
            .iter()
            .map(|r| {
                let error = r.get(r.len() - 1).unwrap_or("").to_owned();
                (r[1].to_owned(), r[2].to_owned(), r[9].to_owned(), error)
            })
            .collect()
    };
    // Finished as Yes/No and 1/0.
    let (out, err) = run(
        &["score", "survey/tools/qualtrics-finished.csv", "-f", "csv"],
        1,
    );
    let got = records(&out);
    assert_eq!((got[0].1.as_str(), got[0].2.as_str()), ("R_y", "false"));
    assert_eq!((got[1].1.as_str(), got[1].2.as_str()), ("R_n", "true"));
    assert!(
        got[2]
            .3
            .contains("an unfinished response (by its Finished column)"),
        "{out}"
    );
    assert!(err.ends_with("2 scored, 1 partial, 1 skipped\n"), "{err}");
    // Progress as a number: 100.0 is complete, 87.5 is not.
    let (out, _) = run(
        &["score", "survey/tools/qualtrics-progress.csv", "-f", "csv"],
        0,
    );
    let got = records(&out);
    assert_eq!((got[0].1.as_str(), got[0].2.as_str()), ("P_1", "false"));
    assert_eq!((got[1].1.as_str(), got[1].2.as_str()), ("P_2", "true"));
    // LimeSurvey's full-text `submitdate. Date submitted`.
    let (out, _) = run(
        &["score", "survey/tools/limesurvey-text.csv", "-f", "csv"],
        1,
    );
    let got = records(&out);
    assert_eq!(got[0].2, "false");
    assert!(got[1].3.contains("by its submitdate column"), "{out}");
    assert_eq!((got[2].1.as_str(), got[2].2.as_str()), ("9", "true"));
    // A forced --layout that the header disagrees with: one warning, in score and map.
    let warning = "the header looks like a Qualtrics export, and --layout says LimeSurvey";
    let (_, err) = run(
        &[
            "score",
            "survey/tools/qualtrics-finished.csv",
            "-f",
            "csv",
            "--layout",
            "limesurvey",
        ],
        1,
    );
    assert_eq!(err.matches(warning).count(), 1, "{err}");
    assert!(!err.contains("row 4"), "no header row is scored: {err}");
    let (_, err) = run(
        &[
            "map",
            "survey/tools/qualtrics-finished.csv",
            "--layout",
            "limesurvey",
        ],
        0,
    );
    assert_eq!(err.matches(warning).count(), 1, "{err}");
    let (_, err) = run(
        &[
            "score",
            "survey/tools/qualtrics-finished.csv",
            "--layout",
            "qualtrics",
        ],
        1,
    );
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn rows_never_asked_the_questions_are_counted_in_one_line() {
    let (out, err) = run(&["score", "survey/tools/branching.csv", "-f", "csv"], 0);
    let got = rows(&out);
    assert_eq!(got, [row(1, "b1", "32"), row(4, "b4", "32")]);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("branching.csv: 2 rows answer none of the questions"),
        "{err}"
    );
    assert!(!err.contains("row 2") && !err.contains("error"), "{err}");
    assert!(
        err.ends_with("2 scored, 0 partial, 0 skipped, 2 not asked\n"),
        "{err}"
    );
    // Beside a real skip the exit code is that skip's.
    let (_, err) = run(
        &[
            "score",
            "survey/tools/branching.csv",
            "survey/plain.csv",
            "-f",
            "csv",
        ],
        1,
    );
    assert!(err.contains("2 not asked"), "{err}");
}

#[test]
fn broken_rows_are_errors_never_guesses() {
    // A cell too few or too many: the row is named, nothing shifts into another question.
    let (out, err) = run(&["score", "survey/tools/ragged.csv", "-f", "csv"], 1);
    let got = rows(&out);
    assert_eq!(
        (got[0].clone(), got[3].clone()),
        (row(1, "g1", "32"), row(4, "g4", "32"))
    );
    assert_eq!((got[1].2.as_str(), got[2].2.as_str()), ("", ""));
    assert!(
        err.contains("ragged.csv: row 2: the row has 32 cells and the header 33"),
        "{err}"
    );
    assert!(
        err.contains("ragged.csv: row 3: the row has 34 cells and the header 33"),
        "{err}"
    );
    // A quote never closed: named at the row where it opened; the rows before are kept.
    let (out, err) = run(&["score", "survey/tools/open-quote.csv", "-f", "csv"], 1);
    let got = rows(&out);
    assert_eq!(got.len(), 3, "{out}");
    assert_eq!(
        (got[0].clone(), got[1].clone()),
        (row(1, "q1", "32"), row(2, "q2", "32"))
    );
    assert!(
        err.contains("open-quote.csv: row 3: a quote opens in this row and never closes"),
        "{err}"
    );
    assert!(err.ends_with("2 scored, 0 partial, 1 skipped\n"), "{err}");
    // Two columns for one question: an error at the header naming both...
    let (out, err) = run(&["score", "survey/tools/two-columns.csv", "-f", "csv"], 1);
    assert!(
        err.contains("columns `sk_calendar` and `When a meeting moves, I rebook the room and tell everyone that day.` both match question `sk_calendar`"),
        "{err}"
    );
    assert_eq!(csv_rows(&out).len(), 1, "one error record: {out}");
    // ...unless --map picks one.
    let (out, _) = run(
        &[
            "score",
            "survey/tools/two-columns.csv",
            "-f",
            "csv",
            "--map",
            "survey/tools/two-columns.toml",
        ],
        0,
    );
    assert_eq!(rows(&out), [row(1, "t1", "32")]);
    // The mapped text column's 1 counts, not the id column's 5 (69.7 with a 5).
    assert_eq!(&csv_rows(&out)[0][14], "66.9", "{out}");
}

#[test]
fn encodings_are_found_and_named_in_one_warning() {
    for (file, encoding, names) in [
        ("utf16le.tsv", "UTF-16LE", ["Jos\u{e9}", "Zo\u{eb}"]),
        ("utf16be.csv", "UTF-16BE", ["Jos\u{e9}", "Zo\u{eb}"]),
        ("cp1252.csv", "Windows-1252", ["Jos\u{e9}", "M\u{fc}ller"]),
        (
            "cp1250.csv",
            "Windows-1250",
            ["Dvo\u{159}\u{e1}k", "\u{160}\u{165}astn\u{e1}"],
        ),
        (
            "gb18030.csv",
            "GB18030",
            ["\u{738b}\u{5c0f}\u{660e}", "\u{674e}\u{534e}"],
        ),
        (
            "macroman.csv",
            "Mac Roman",
            ["Fran\u{e7}ois", "M\u{fc}ller"],
        ),
    ] {
        let path = format!("survey/tools/{file}");
        let (out, err) = run(&["score", &path, "-f", "csv"], 0);
        let got: Vec<String> = csv_rows(&out).iter().map(|r| r[2].to_owned()).collect();
        assert_eq!(got, names, "{file}");
        assert_eq!(rows(&out)[1].2, "32", "{file}");
        let warning = format!("{path} is not UTF-8; read it as {encoding}\n");
        assert_eq!(err.matches(&warning).count(), 1, "{err}");
        assert_eq!(err.matches("warning").count(), 1, "{err}");
        let (_, err) = run(&["map", &path], 0);
        assert_eq!(err.matches(&warning).count(), 1, "map {err}");
    }
    // UTF-8 with and without a BOM: no warning.
    for (file, code) in [("survey/google-forms.csv", 0), ("survey/plain.csv", 1)] {
        let (_, err) = run(&["score", file, "-f", "csv", "--missing", "-99"], code);
        assert!(!err.contains("UTF-8"), "{err}");
    }
    // JSON on standard input, told by its first byte.
    let json = std::fs::read_to_string(crate::fixtures().join("ana.json")).unwrap();
    let (out, _) = crate::run_cmd(
        crate::pathfit()
            .args(["score", "-", "-f", "jsonl"])
            .write_stdin(format!("\u{feff}  {json}")),
        0,
    );
    assert!(out.contains("\"answered\""), "{out}");
}

#[test]
fn one_row_never_asked_is_told_in_the_singular() {
    let text = std::fs::read_to_string(crate::fixtures().join("survey/plain.csv")).unwrap();
    let header = text.lines().next().unwrap();
    let empty = ",".repeat(header.matches(',').count());
    let first = text.lines().nth(1).unwrap();
    let (_dir, path) = crate::temp_file("one.csv", &format!("{header}\n{first}\nz{empty}\n"));
    let (_, err) = crate::run(&["score", path.to_str().unwrap(), "-f", "csv"], 0);
    assert!(
        err.contains("one.csv: 1 row answers none of the questions (the survey did not ask them); it is counted as not asked"),
        "{err}"
    );
    assert!(
        err.ends_with("1 scored, 0 partial, 0 skipped, 1 not asked\n"),
        "{err}"
    );
}

#[test]
fn an_old_surveymonkey_export_with_cr_line_ends_in_mac_roman_reads_as_its_utf8_twin() {
    let (out, err) = crate::run(
        &[
            "score",
            "survey/tools/surveymonkey-macroman-cr.csv",
            "-f",
            "csv",
        ],
        0,
    );
    assert_eq!(
        err,
        "warning: survey/tools/surveymonkey-macroman-cr.csv is not UTF-8; read it as Mac Roman\n\
         2 scored, 0 partial, 0 skipped\n"
    );
    let got = rows(&out);
    assert_eq!(got, [row(1, "3001", "32"), row(2, "3002", "32")]);
    // The same answers as the UTF-8 one-row SurveyMonkey export: the same fits.
    let (one, _) = crate::run(
        &[
            "score",
            "survey/tools/surveymonkey-one-row.csv",
            "-f",
            "csv",
        ],
        0,
    );
    let fits = |s: &str| -> Vec<String> {
        csv_rows(s)
            .iter()
            .map(|r| format!("{},{}", &r[14], &r[15]))
            .collect()
    };
    assert_eq!(fits(&out), [fits(&one)[0].clone(), fits(&one)[0].clone()]);
}
