//! Output a pipeline can trust: the same identifiers in every format, closed pipes, answers in
//! the output, summaries that name nobody, the data dictionary, and mapping files checked.

use crate::{fixtures, run, temp_file};

/// The question ids of the default rubric, in the order of `survey/plain.csv`.
fn question_ids() -> Vec<String> {
    let text = std::fs::read_to_string(fixtures().join("survey/plain.csv")).unwrap();
    let header = text.lines().next().unwrap();
    header.split(',').skip(1).map(str::to_owned).collect()
}

/// A plain export of `rows`, each a respondent id and one answer for every question.
fn export(rows: &[(&str, u8)]) -> String {
    let mut text = format!("ID,{}\n", question_ids().join(","));
    for (id, point) in rows {
        let cells = vec![point.to_string(); question_ids().len()];
        text.push_str(&format!("{id},{}\n", cells.join(",")));
    }
    text
}

fn csv_rows(out: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(|r| r.unwrap()).collect())
}

#[test]
fn quality_flags_are_the_same_words_in_csv_and_json() {
    let (_dir, file) = temp_file("same.csv", &export(&[("p1", 3)]));
    let file = file.to_str().unwrap();
    let (csv_out, _) = run(&["score", file, "-f", "csv"], 0);
    let (header, rows) = csv_rows(&csv_out);
    let column = header.iter().position(|h| h == "quality").unwrap();
    let csv_flags: Vec<&str> = rows[0][column].split(';').collect();
    let (json_out, _) = run(&["score", file, "-f", "json"], 0);
    let json: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    let json_flags: Vec<&str> = json[0]["quality"]["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(csv_flags.contains(&"straight_lining"), "{csv_out}");
    assert_eq!(csv_flags, json_flags);
}

/// Runs `pathfit args`, reads one byte of its output and closes the pipe, like `| head -c1`;
/// returns the exit code and stderr.
fn closed_early(args: &[&str]) -> (Option<i32>, String) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"))
        .args(args)
        .current_dir(fixtures())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_an_export_quietly_in_every_format() {
    // Far more output than a pipe buffers (64 KiB), so writing must hit the closed pipe.
    let rows: Vec<(String, u8)> = (0..3000)
        .map(|i| (format!("r{i}"), 1 + (i % 5) as u8))
        .collect();
    let rows: Vec<(&str, u8)> = rows.iter().map(|(id, p)| (id.as_str(), *p)).collect();
    let (_dir, file) = temp_file("many.csv", &export(&rows));
    let file = file.to_str().unwrap();
    for format in ["csv", "jsonl", "json", "table", "markdown"] {
        let (code, err) = closed_early(&["score", file, "-f", format]);
        assert_eq!(code, Some(0), "{format}: {err}");
        assert_eq!(err, "", "{format}");
    }
}

#[test]
fn answers_are_added_to_csv_and_jsonl_as_scale_values() {
    let args = ["score", "survey/plain.csv", "--missing", "-99", "--answers"];
    let (out, _) = run(&[&args[..], &["-f", "csv"]].concat(), 1);
    let (header, rows) = csv_rows(&out);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(header.len(), 24 + 32, "{:?}", header);
    assert!(at("q:sk_calendar") < at("quality"));
    assert_eq!(&rows[0][at("q:sk_calendar")], "5");
    assert_eq!(&rows[1][at("q:sk_calendar")], "", "N/A is empty");
    assert_eq!(&rows[1][at("q:sk_correspondence")], "", "-99 is empty");
    assert_eq!(&rows[1][at("q:sk_records")], "4");
    let (out, _) = run(&[&args[..], &["-f", "jsonl"]].concat(), 1);
    let second: serde_json::Value = serde_json::from_str(out.lines().nth(1).unwrap()).unwrap();
    assert_eq!(second["answers"]["sk_calendar"], serde_json::Value::Null);
    assert_eq!(second["answers"]["sk_records"], 4);
    assert_eq!(second["answers"].as_object().unwrap().len(), 32);
    // Values as the rubric's scale writes them: this one runs from 0 to 4.
    let (_dir, file) = temp_file(
        "roads.csv",
        "ID,q_schedule,q_depth,q_people\nr1,Never,Always,Often\n",
    );
    let (out, _) = run(
        &[
            "score",
            file.to_str().unwrap(),
            "-r",
            "rubrics/three-roads.toml",
            "-f",
            "csv",
            "--answers",
        ],
        0,
    );
    let (header, rows) = csv_rows(&out);
    let q: Vec<&str> = header
        .iter()
        .zip(rows[0].iter())
        .filter(|(h, _)| h.starts_with("q:"))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(q, ["0", "4", "3"]);
    // Without them, the output is as before; a report has no place for them.
    let (out, _) = run(
        &["score", "survey/plain.csv", "-f", "csv", "--missing", "-99"],
        1,
    );
    assert!(!out.contains("q:"));
    let (_, err) = run(&["score", "ana.toml", "--answers"], 2);
    assert!(err.contains("--answers adds answers to csv"), "{err}");
}

#[test]
fn summary_only_works_in_every_format_names_nobody_and_refuses_a_small_cohort() {
    let people = [
        ("alice-xq7", 1),
        ("bob-xq7", 2),
        ("carol-xq7", 4),
        ("dan-xq7", 5),
        ("eve-xq7", 2),
        ("fay-xq7", 4),
    ];
    let mut text = export(&people);
    // A row whose cell is not an answer: its value must not reach stderr either.
    let bad = vec!["Zebra123"; question_ids().len()].join(",");
    text.push_str(&format!("gus-xq7,{bad}\n"));
    let (_dir, file) = temp_file("cohort.csv", &text);
    let file = file.to_str().unwrap();
    let mut outputs = Vec::new();
    for format in ["csv", "jsonl", "json", "table", "markdown"] {
        let (out, err) = run(&["score", file, "--summary-only", "-f", format], 1);
        for secret in ["-xq7", "Zebra123"] {
            assert!(!out.contains(secret), "{format}: {out}");
            assert!(!err.contains(secret), "{format}: {err}");
        }
        assert!(err.contains("row 7: `"), "the row and the column: {err}");
        outputs.push(out);
    }
    let (header, rows) = csv_rows(&outputs[0]);
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        ["section", "path", "dimension", "statistic", "value"]
    );
    let find = |s: &str, p: &str, d: &str, st: &str| {
        rows.iter()
            .find(|r| (&r[0], &r[1], &r[2], &r[3]) == (s, p, d, st))
            .map(|r| r[4].to_owned())
    };
    assert_eq!(find("cohort", "", "", "respondents").as_deref(), Some("6"));
    assert_eq!(find("cohort", "", "", "skipped").as_deref(), Some("1"));
    assert!(find("dimensions", "generalist", "skills", "mean").is_some());
    assert_eq!(outputs[1].lines().count(), 1, "jsonl is one line");
    let line: serde_json::Value = serde_json::from_str(&outputs[1]).unwrap();
    let json: serde_json::Value = serde_json::from_str(&outputs[2]).unwrap();
    assert_eq!(line, json);
    assert_eq!(json["respondents"], 6);
    let mean: f64 = find("fits", "generalist", "", "mean")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(Some(mean), json["fits"]["generalist"]["mean"].as_f64());
    // Four respondents: refused, unless the threshold is lowered knowingly.
    let (_dir, small) = temp_file("small.csv", &export(&people[..4]));
    let small = small.to_str().unwrap();
    let (out, err) = run(&["score", small, "--summary-only", "-f", "csv"], 2);
    assert_eq!(out, "");
    assert!(err.contains("--min-cohort 4"), "{err}");
    let (out, _) = run(
        &[
            "score",
            small,
            "--summary-only",
            "--min-cohort",
            "4",
            "-f",
            "csv",
        ],
        0,
    );
    assert!(out.contains("cohort,,,respondents,4"), "{out}");
}

#[test]
fn columns_prints_the_data_dictionary_of_the_csv() {
    for rubric in ["office-secretary-vs-specialist", "rubrics/three-roads.toml"] {
        for answers in [false, true] {
            let mut args = vec!["columns", "-r", rubric, "-f", "json"];
            let mut score = vec!["score", "survey/plain.csv", "-r", rubric, "-f", "csv"];
            if answers {
                args.push("--answers");
                score.push("--answers");
            }
            let (out, _) = run(&args, 0);
            let dictionary: serde_json::Value = serde_json::from_str(&out).unwrap();
            let names: Vec<&str> = dictionary
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    assert!(!c["type"].as_str().unwrap().is_empty());
                    assert!(!c["meaning"].as_str().unwrap().is_empty());
                    c["name"].as_str().unwrap()
                })
                .collect();
            let output = crate::pathfit().args(&score).output().unwrap();
            let csv_out = String::from_utf8(output.stdout).unwrap();
            let (header, _) = csv_rows(&csv_out);
            assert_eq!(names, header.iter().collect::<Vec<_>>(), "{args:?}");
        }
    }
    let (table, _) = run(&["columns"], 0);
    assert!(
        table.contains("fit:generalist") && table.contains("integer"),
        "{table}"
    );
    assert!(!table.contains("q:sk_calendar"));
    let (md, _) = run(&["columns", "--answers", "-f", "markdown"], 0);
    assert!(md.contains("| column | type | meaning |"), "{md}");
    assert!(md.contains("| `q:sk_calendar` | integer |"), "{md}");
    run(&["columns", "-f", "csv"], 2);
}

#[test]
fn map_lines_and_missing_codes_are_checked_before_any_row_is_scored() {
    let map = "\"sk_calendar\" = \"sk_calender\"\n\
               \"Rebook the room\" = \"sk_budget\"\n\
               \"sk_records\" = \"sk_minutes\"\n";
    let (_dir, file) = temp_file("map.toml", map);
    let file = file.to_str().unwrap();
    let (out, err) = run(
        &[
            "score",
            "survey/plain.csv",
            "--map",
            file,
            "-f",
            "csv",
            "--missing",
            "-99",
        ],
        1,
    );
    assert_eq!(out, "", "no row is scored");
    assert!(
        err.contains("has no question `sk_calender`; did you mean `sk_calendar`?"),
        "{err}"
    );
    assert!(
        err.contains("`\"Rebook the room\"`: survey/plain.csv has no column with that header"),
        "{err}"
    );
    assert!(
        err.contains("question `sk_minutes` already has a column, `sk_minutes`"),
        "{err}"
    );
    assert!(!err.contains("scored"), "{err}");
    // A header that is nearly one of the file's is named.
    let (_dir2, near) = temp_file("near.toml", "\"sk_calendr\" = \"sk_calendar\"\n");
    let (_, err) = run(
        &["score", "survey/plain.csv", "--map", near.to_str().unwrap()],
        1,
    );
    assert!(err.contains("did you mean `\"sk_calendar\"`?"), "{err}");
    // The mapping file of the fixtures is sound.
    run(
        &[
            "score",
            "survey/semicolon.csv",
            "--map",
            "survey/map.toml",
            "-f",
            "csv",
        ],
        0,
    );
    // --missing refuses what is an answer, as missing_codes does.
    let (out, err) = run(&["score", "survey/plain.csv", "--missing", "3"], 2);
    assert_eq!(out, "");
    assert!(
        err.contains("--missing 3: 3 is a value of the scale 1 to 5"),
        "{err}"
    );
    let (_, err) = run(&["score", "survey/plain.csv", "--missing", "agree"], 2);
    assert!(err.contains("`Agree` is a word of the scale"), "{err}");
}

#[test]
fn map_writes_a_complete_mapping_file_to_edit() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("map.toml");
    let target_s = target.to_str().unwrap();
    let (out, err) = run(&["map", "survey/semicolon.csv", "--write", target_s], 0);
    assert_eq!(out, "");
    assert!(err.contains("Wrote a mapping file"), "{err}");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(
        written.contains("# \"Respondent\" = \"\"  (respondent id)"),
        "{written}"
    );
    assert!(written.contains("# \"Q1\" = \"\""), "{written}");
    assert!(
        written.contains("\n\"sk_records\" = \"sk_records\"\n"),
        "{written}"
    );
    assert!(written.contains("Questions with no column yet: sk_calendar, sk_correspondence"));
    assert!(written.contains("Question ids: sk_calendar, sk_correspondence, sk_records"));
    let header = std::fs::read_to_string(fixtures().join("survey/semicolon.csv")).unwrap();
    let columns = header.lines().next().unwrap().split(';').count();
    let lines = written
        .lines()
        .filter(|l| l.starts_with('"') || l.starts_with("# \""))
        .count();
    assert_eq!(lines, columns, "every column has a line");
    // Edited (two lines filled in), it maps every question.
    let edited = written
        .replace("# \"Q1\" = \"\"", "\"Q1\" = \"sk_calendar\" #")
        .replace("# \"Q2\" = \"\"", "\"Q2\" = \"sk_correspondence\" #");
    std::fs::write(&target, edited).unwrap();
    run(&["map", "survey/semicolon.csv", "--map", target_s], 0);
    let (out, _) = run(
        &[
            "score",
            "survey/semicolon.csv",
            "--map",
            target_s,
            "-f",
            "csv",
        ],
        0,
    );
    assert!(out.contains(",32,32,false,"), "{out}");
    // Never over a file without --force, never over the input.
    let (_, err) = run(&["map", "survey/semicolon.csv", "--write", target_s], 2);
    assert!(
        err.contains("--write file") && err.contains("--force"),
        "{err}"
    );
    run(
        &[
            "map",
            "survey/semicolon.csv",
            "--write",
            target_s,
            "--force",
        ],
        0,
    );
    let (_, err) = run(
        &[
            "map",
            "survey/semicolon.csv",
            "--write",
            "survey/semicolon.csv",
            "--force",
        ],
        2,
    );
    assert!(err.contains("is the same file as survey export"), "{err}");
    // A header over several lines is one line of the mapping file, as the reader reads it.
    let (_d, multi) = temp_file("multi.csv", "\"first\nsecond\",sk_calendar\n1,2\n");
    let again = dir.path().join("multi.toml");
    let again_s = again.to_str().unwrap();
    run(&["map", multi.to_str().unwrap(), "--write", again_s], 0);
    let written = std::fs::read_to_string(&again).unwrap();
    assert!(written.contains("\n# \"first second\" = \"\""), "{written}");
    assert!(toml::from_str::<toml::Table>(&written).is_ok());
}
