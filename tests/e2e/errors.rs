//! Bad input: one `error:` line naming file, line and column, the right exit code, no panic.

use crate::{run, temp_file};

/// Scores `text` saved as `name` and returns the single stderr line.
fn score_error(name: &str, text: &str) -> String {
    let (_dir, path) = temp_file(name, text);
    let (out, err) = crate::run_cmd(
        crate::pathfit()
            .arg("score")
            .arg(&path)
            .current_dir(path.parent().unwrap()),
        1,
    );
    assert_eq!(out, "", "nothing on stdout for a bad file");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    err.trim_end().replace(&format!("{}", path.display()), name)
}

fn ana() -> String {
    std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap()
}

#[test]
fn unknown_question_id() {
    let err = score_error("a.toml", &ana().replace("sk_budget = 5", "sk_budgte = 5"));
    assert_eq!(
        err,
        "error: a.toml:28:1: unknown question id `sk_budgte`; did you mean `sk_budget`?"
    );
}

#[test]
fn value_off_the_scale() {
    let err = score_error("a.toml", &ana().replace("sk_budget = 5", "sk_budget = 6"));
    assert!(err.starts_with("error: a.toml:28:13: answer 6 to `sk_budget` is off the scale; use a whole number from 1 to 5"), "{err}");
}

#[test]
fn label_not_on_the_scale() {
    let err = score_error(
        "a.toml",
        &ana().replace("sk_budget = 5", "sk_budget = \"kinda\""),
    );
    assert!(err.starts_with("error: a.toml:28:13: answer \"kinda\" to `sk_budget` is not a label on the scale; use one of: Strongly disagree,"), "{err}");
}

#[test]
fn rubric_id_that_does_not_match() {
    let (_dir, path) = temp_file("a.toml", &ana());
    let (_, err) = run(
        &[
            "score",
            path.to_str().unwrap(),
            "--rubric",
            "specialist-vs-leadership",
        ],
        1,
    );
    assert!(err.contains("a.toml:8:10: this answer file is for rubric `office-secretary-vs-specialist` but is being scored with `specialist-vs-leadership`"), "{err}");
}

#[test]
fn duplicate_keys_in_toml_and_json() {
    let err = score_error(
        "a.toml",
        &ana().replace("sk_budget = 5", "sk_budget = 5\nsk_budget = 4"),
    );
    assert!(
        err.starts_with("error: a.toml:29:1: duplicate key"),
        "{err}"
    );
    let err = score_error(
        "a.json",
        "{\"rubric\": \"office-secretary-vs-specialist\",\n \"answers\": {\"sk_budget\": 4,\n \"sk_budget\": 5}}",
    );
    assert_eq!(
        err,
        "error: a.json:3:2: question `sk_budget` appears twice; keep one"
    );
}

#[test]
fn files_that_are_not_toml_or_json() {
    let err = score_error("notes.txt", "Dear coach,\nhere are my answers.\n");
    assert!(err.starts_with("error: notes.txt:1:6:"), "{err}");
    assert!(
        err.ends_with(
            "this is not a valid TOML answer file; `pathfit template` prints a valid answer file"
        ),
        "{err}"
    );
    let err = score_error("a.json", "{\"rubric\": ");
    assert!(
        err.starts_with(
            "error: a.json:1:11: the end of the file while parsing a value; this is not valid JSON"
        ),
        "{err}"
    );
}

#[test]
fn too_few_answers_names_the_missing_ids() {
    let err = score_error(
        "a.json",
        "{\"rubric\": \"office-secretary-vs-specialist\", \"answers\": {\"sk_budget\": 4}}",
    );
    assert!(err.starts_with("error: a.json: 1 of 32 questions answered and rubric `office-secretary-vs-specialist` needs at least 26 (80%); answer these: sk_calendar, sk_correspondence"), "{err}");
}

#[test]
fn bad_date_and_unknown_top_level_key() {
    let err = score_error(
        "a.toml",
        &ana().replace("date = \"2026-11-20\"", "date = \"20/11/2026\""),
    );
    assert!(
        err.starts_with("error: a.toml:10:8: date `20/11/2026` is not a date"),
        "{err}"
    );
    let err = score_error("a.toml", &format!("respondnet = \"x\"\n{}", ana()));
    assert!(
        err.contains("a.toml:1:1: unknown key `respondnet`; did you mean `respondent`?"),
        "{err}"
    );
}

#[test]
fn missing_file_and_bad_arguments() {
    let (_, err) = run(&["score", "nope.toml"], 1);
    assert!(
        err.starts_with("error: cannot read answer file nope.toml: "),
        "{err}"
    );
    let (_, err) = run(&["score", "ana.toml", "--target", "astronaut"], 2);
    assert_eq!(
        err,
        "error: --target `astronaut` is not a path of rubric `office-secretary-vs-specialist`; use one of: generalist, specialist\n"
    );
    let (_, err) = run(&["score", "ana.toml", "--start", "tomorrow"], 2);
    assert!(
        err.contains("invalid value 'tomorrow' for '--start <YYYY-MM-DD>'"),
        "{err}"
    );
    let (_, err) = run(&["--format", "json", "score", "ana.toml"], 2);
    assert!(
        err.contains(
            "options before `score` apply to the bare assessment only; put them after `score`"
        ),
        "{err}"
    );
    let (_, err) = run(&["score"], 2);
    assert!(
        err.contains("required arguments were not provided"),
        "{err}"
    );
}

#[test]
fn batch_scores_the_good_files_and_reports_the_bad_ones() {
    let (_dir, bad) = temp_file(
        "bad.toml",
        "rubric = \"office-secretary-vs-specialist\"\n[answers]\nsk_budget = 9\n",
    );
    let (out, err) = run(
        &[
            "score",
            "ana.toml",
            bad.to_str().unwrap(),
            "lead.toml",
            "-f",
            "json",
        ],
        1,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let records = v.as_array().unwrap();
    assert_eq!(records.len(), 3, "a record for every file, in order");
    assert_eq!(records[0]["source"], "ana.toml");
    assert_eq!(records[2]["source"], "lead.toml");
    assert!(
        records[1]["error"]
            .as_str()
            .unwrap()
            .contains("bad.toml:3:13: answer 9")
    );
    assert!(records[1].get("fits").is_none());
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("bad.toml:3:13: answer 9"), "{err}");
    assert_eq!(err.lines().last(), Some("2 scored, 0 partial, 1 skipped"));
}

#[test]
fn rubric_type_errors_use_plain_words() {
    let text = std::fs::read_to_string(crate::repo().join("rubrics/specialist-vs-leadership.toml"))
        .unwrap()
        .replacen("weight = 0.40", "weight = \"heavy\"", 1);
    let (_dir, path) = temp_file("r.toml", &text);
    let (_, err) = run(&["rubric", "check", path.to_str().unwrap()], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("found the text \"heavy\" where the file needs a number"),
        "{err}"
    );
    for word in ["f64", "struct", "invalid type", "sequence"] {
        assert!(!err.contains(word), "{err}");
    }
}
