//! Every sentence true, nothing lost, nothing crashes or hangs: the trust issue, end to end.

use std::time::Duration;

use crate::{pathfit, run, run_cmd, temp_file};

/// The default rubric's template with every question answered `value`.
fn uniform(value: &str) -> String {
    let (blank, _) = run(&["template"], 0);
    blank
        .lines()
        .map(|l| match l.split_once(" = \"\"") {
            Some((key, _)) if ["sk_", "va_", "am_"].iter().any(|p| key.starts_with(p)) => {
                format!("{key} = {value}")
            }
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text with every run of white space made one space, so wrapping does not matter.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn an_exact_tie_is_never_ahead_by_zero() {
    let (_dir, path) = temp_file("neutral.toml", &uniform("3"));
    let p = path.to_str().unwrap();
    for format in ["table", "markdown"] {
        let (out, _) = run(&["score", p, "-f", format], 0);
        assert!(
            out.contains("No clear lean: Office Secretary and Specialist are tied"),
            "{out}"
        );
        assert!(
            !out.contains("by 0.0") && !out.contains("by only 0.0"),
            "{out}"
        );
    }
    let (out, _) = run(&["score", p, "-f", "json"], 0);
    let v = json(&out);
    assert_eq!(v[0]["verdict"]["lean"], serde_json::Value::Null);
    assert_eq!(v[0]["verdict"]["shown_margin"], 0.0);
    assert_eq!(v[0]["verdict"]["tie_margin"], 8.0);
}

#[test]
fn a_tie_margin_of_zero_means_an_exact_tie_only() {
    let rubric =
        std::fs::read_to_string(crate::repo().join("rubrics/office-secretary-vs-specialist.toml"))
            .unwrap()
            .replace("tie_margin = 8", "tie_margin = 0");
    let (dir, rubric_path) = temp_file("zero.toml", &rubric);
    let neutral = dir.path().join("n.toml");
    std::fs::write(&neutral, uniform("3")).unwrap();
    let r = rubric_path.to_str().unwrap();
    let (out, _) = run(
        &["score", neutral.to_str().unwrap(), "--rubric", r, "--full"],
        0,
    );
    let out = flat(&out);
    assert!(
        out.contains("are tied (this rubric counts any lead as a clear lean)"),
        "{out}"
    );
    assert!(!out.contains("Clear lean"), "{out}");
    let one_off = uniform("3").replacen("sk_calendar = 3", "sk_calendar = 4", 1);
    std::fs::write(&neutral, one_off).unwrap();
    let (out, _) = run(
        &["score", neutral.to_str().unwrap(), "--rubric", r, "--full"],
        0,
    );
    let out = flat(&out);
    assert!(
        out.contains("Clear lean: Office Secretary over Specialist by "),
        "{out}"
    );
    assert!(!out.contains("by 0.0"), "{out}");
}

#[test]
fn uniform_sheets_get_true_gap_lists_and_plans() {
    for value in ["1", "3", "5"] {
        let (_dir, path) = temp_file("u.toml", &uniform(value));
        let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
        let v = json(&out);
        assert_eq!(
            v[0]["verdict"]["lean"],
            serde_json::Value::Null,
            "all {value}"
        );
        assert_eq!(v[0]["plan"]["basis"], "close");
        let gaps = v[0]["gaps"].as_array().unwrap();
        let (table, _) = run(&["score", path.to_str().unwrap(), "--full"], 0);
        let table = flat(&table);
        if value == "5" {
            // Every skill question agrees with its own path: no gaps, and the report says so
            // for both paths; the plan turns strengths into proof.
            assert!(gaps.is_empty(), "{out}");
            assert_eq!(v[0]["plan"]["focus"], "strengths");
            let none = "None: every answered skill question for this path is in its favour.";
            assert_eq!(table.matches(none).count(), 2, "{table}");
        } else {
            // Neutral and lowest answers count against a path: gaps for both paths, and a
            // plan built on them.
            assert!(!gaps.is_empty(), "all {value}: {out}");
            for g in gaps {
                assert!(g["shortfall"].as_f64().unwrap() >= 0.5, "{g}");
            }
            let paths: std::collections::HashSet<&str> =
                gaps.iter().map(|g| g["path"].as_str().unwrap()).collect();
            assert_eq!(paths.len(), 2, "{out}");
            assert_eq!(v[0]["plan"]["focus"], "gaps");
            assert!(
                !table.contains("None: every answered"),
                "all {value}: {table}"
            );
        }
    }
}

#[test]
fn none_is_said_only_when_every_skill_answer_is_in_favour() {
    // Answer every question the way Office Secretary points.
    let (blank, _) = run_cmd(pathfit().args(["rubric", "show"]).env("COLUMNS", "2000"), 0);
    let mut sheet = uniform("3");
    for line in blank.lines() {
        let Some((id, rest)) = line.trim_start().split_once(' ') else {
            continue;
        };
        if !["sk_", "va_", "am_"].iter().any(|p| id.starts_with(p)) {
            continue;
        }
        let agree = rest.contains("favors generalist") != rest.contains("reverse");
        let value = if agree { "5" } else { "1" };
        sheet = sheet.replacen(&format!("{id} = 3"), &format!("{id} = {value}"), 1);
    }
    let (_dir, path) = temp_file("g.toml", &sheet);
    let (out, _) = run(&["score", path.to_str().unwrap(), "--full"], 0);
    let out = flat(&out);
    assert!(
        out.contains("Clear lean: Office Secretary over Specialist by 100.0"),
        "{out}"
    );
    assert!(
        out.contains("None: every answered skill question for this path is in its favour."),
        "{out}"
    );
    let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
    let v = json(&out);
    assert_eq!(v[0]["gaps"].as_array().unwrap().len(), 0);
    assert_eq!(v[0]["plan"]["focus"], "strengths");
    // The language bank tasks never ask for numbers a phrase has no room for.
    for week in v[0]["plan"]["weeks"].as_array().unwrap() {
        for task in week["tasks"].as_array().unwrap() {
            let text = task["text"].as_str().unwrap();
            assert!(!text.contains("with your own numbers"), "{text}");
        }
    }
}

#[test]
fn a_close_result_names_hybrid_roles_and_one_story_per_application() {
    let (out, _) = run(&["score", "close-call.toml", "--full"], 0);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Both paths fit you about as well"), "{out}");
    assert!(
        flat.contains("a real choice, not a failure to choose"),
        "{out}"
    );
    assert!(
        flat.contains("A role to look at: a secretary in one specialist field"),
        "{out}"
    );
    assert!(flat.contains("tell one story per application"), "{out}");
    assert!(
        flat.contains("30-day proof plan: Specialist and Office Secretary (the result is close, so the plan works on both)"),
        "{out}"
    );
    let (out, _) = run(
        &[
            "score",
            "close-call.toml",
            "--target",
            "generalist",
            "--full",
        ],
        0,
    );
    assert!(
        out.contains("30-day proof plan: Office Secretary (the path I chose)"),
        "{out}"
    );
}

#[test]
fn every_listed_decider_really_decides_it() {
    let (out, _) = run(&["score", "close-call.toml", "-f", "json"], 0);
    let v = json(&out);
    let deciders = v[0]["deciders"].as_array().unwrap();
    assert!(!deciders.is_empty());
    let text = std::fs::read_to_string(crate::fixtures().join("close-call.toml")).unwrap();
    for d in deciders {
        let q = d["question"].as_str().unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{q} =")))
            .unwrap();
        let changed = text.replacen(line, &format!("{q} = {}", d["to"]), 1);
        let (_dir, path) = temp_file("c.toml", &changed);
        let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
        let after = json(&out);
        assert_eq!(after[0]["verdict"]["lean"], d["lean_after"], "{d}");
        assert_eq!(
            after[0]["verdict"]["shown_margin"], d["margin_after"],
            "{d}"
        );
    }
}

#[test]
fn a_sheet_with_nothing_answered_is_never_scored() {
    let rubric =
        std::fs::read_to_string(crate::repo().join("rubrics/office-secretary-vs-specialist.toml"))
            .unwrap()
            .replace("min_answered = 0.8", "min_answered = 0.01");
    let (dir, rubric_path) = temp_file("low.toml", &rubric);
    let (blank, _) = run(&["template"], 0);
    let sheet = dir.path().join("blank.toml");
    std::fs::write(&sheet, blank).unwrap();
    let (out, err) = run(
        &[
            "score",
            sheet.to_str().unwrap(),
            "--rubric",
            rubric_path.to_str().unwrap(),
        ],
        1,
    );
    assert_eq!(out, "");
    assert!(
        err.contains("0 of 32 questions answered") && err.contains("needs at least 1"),
        "{err}"
    );
}

#[test]
fn reflections_appear_in_every_report() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml"))
        .unwrap()
        .replace(
            "five_years = \"\"",
            "five_years = \"Run the office of a \\\"small\\\" firm.\"",
        );
    let (_dir, path) = temp_file("r.toml", &text);
    let p = path.to_str().unwrap();
    let (table, _) = run(&["score", p, "--full"], 0);
    assert!(
        table.contains("Your reflections") && table.contains("Run the office of a \"small\" firm."),
        "{table}"
    );
    let (md, _) = run(&["score", p, "-f", "markdown"], 0);
    assert!(md.contains("## Your reflections"), "{md}");
    let (out, _) = run(&["score", p, "-f", "json"], 0);
    assert_eq!(
        json(&out)[0]["reflections"]["five_years"],
        "Run the office of a \"small\" firm."
    );
}

#[test]
fn escape_sequences_from_input_are_never_passed_to_the_terminal() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml"))
        .unwrap()
        .replace(
            "respondent = \"Ana\"",
            "respondent = \"\\u001b]0;owned\\u0007Ana\\u202e\"",
        );
    let (_dir, path) = temp_file("e.toml", &text);
    for format in ["table", "markdown"] {
        let (out, _) = run(&["score", path.to_str().unwrap(), "-f", format], 0);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{out}"
        );
        assert!(out.contains("\\u{1b}"), "{out}");
    }
    // JSON carries the text as it was made inert when read: the escape shown, not the byte.
    let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
    assert!(
        json(&out)[0]["respondent"]
            .as_str()
            .unwrap()
            .starts_with("\\u{1b}")
    );
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let bin = || {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
        cmd.current_dir(crate::fixtures())
            .env_remove("RUST_BACKTRACE");
        cmd
    };
    let out = bin()
        .args(["score", "ana.toml"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = bin().arg("--help").stdout(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // stderr full too: still no panic.
    let out = bin()
        .args(["score", "nope.toml"])
        .stderr(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn endless_and_blocking_inputs_never_hang() {
    let (_, err) = run_cmd(
        pathfit()
            .args(["score", "/dev/zero"])
            .timeout(Duration::from_secs(20)),
        1,
    );
    assert!(err.contains("larger than 64 MiB"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (_, err) = run_cmd(
        pathfit()
            .args(["score", fifo.to_str().unwrap()])
            .timeout(Duration::from_secs(20)),
        1,
    );
    assert!(err.contains("does not say which rubric"), "{err}");
    // /dev/stdin is read once, like any file.
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    let (out, _) = run_cmd(
        pathfit()
            .args(["score", "/dev/stdin", "-f", "json"])
            .write_stdin(text)
            .timeout(Duration::from_secs(20)),
        0,
    );
    assert_eq!(json(&out)[0]["respondent"], "Ana");
}

#[test]
fn thousands_of_unknown_keys_are_reported_quickly_and_briefly() {
    let rubric =
        std::fs::read_to_string(crate::repo().join("rubrics/specialist-vs-leadership.toml"))
            .unwrap();
    let junk: String = (0..20_000).map(|i| format!("junk_{i} = 1\n")).collect();
    let (_dir, path) = temp_file(
        "many.toml",
        &rubric.replacen("[scale]\n", &format!("[scale]\n{junk}"), 1),
    );
    let (_, err) = run_cmd(
        pathfit()
            .args(["rubric", "check", path.to_str().unwrap()])
            .timeout(Duration::from_secs(60)),
        1,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 101, "capped at 100 and a count");
    assert!(
        lines[0].contains(":27:1: unknown key `junk_0`"),
        "{}",
        lines[0]
    );
    assert!(lines[100].ends_with("and 19900 more problems; fix the ones above first"));
}

#[test]
fn one_bad_file_among_many_never_stops_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let latin = dir.path().join("latin1.toml");
    std::fs::write(
        &latin,
        b"rubric = \"office-secretary-vs-specialist\"\nrespondent = \"Jos\xe9\"\n",
    )
    .unwrap();
    let (out, err) = run(
        &[
            "score",
            "ana.toml",
            latin.to_str().unwrap(),
            "missing.toml",
            "lead.toml",
            "-f",
            "json",
        ],
        1,
    );
    let v = json(&out);
    let records = v.as_array().unwrap();
    assert_eq!(records.len(), 4);
    assert!(
        records[1]["error"]
            .as_str()
            .unwrap()
            .contains("is not UTF-8 text"),
        "{out}"
    );
    assert!(
        records[2]["error"]
            .as_str()
            .unwrap()
            .contains("cannot read answer file missing.toml")
    );
    assert_eq!(records[3]["verdict"]["lean"], "leader");
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(err.ends_with("2 scored, 0 partial, 2 skipped\n"), "{err}");
}

#[test]
fn errors_speak_the_users_language_and_suggest_fixes() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    // An unknown key on line 5 is reported on line 5.
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(4, "respondant = \"x\"");
    let (_dir, path) = temp_file("k.toml", &lines.join("\n"));
    let (_, err) = run(&["score", path.to_str().unwrap()], 1);
    assert!(
        err.contains("k.toml:5:1: unknown key `respondant`; did you mean `respondent`?"),
        "{err}"
    );
    // Every problem of an answer file, each with its place.
    let bad = text
        .replace("sk_budget = 5", "sk_budget = 9")
        .replace("va_people = 5", "va_people = \"lots\"")
        .replace("am_rules = 3", "am_rulez = 3");
    let (_dir, path) = temp_file("many.toml", &bad);
    let (_, err) = run(&["score", path.to_str().unwrap()], 1);
    assert_eq!(err.lines().count(), 3, "{err}");
    for line in err.lines() {
        assert!(
            line.starts_with("error: ") && line.contains("many.toml:"),
            "{line}"
        );
        for word in ["f64", "i64", "struct", "1..=5", "invalid type"] {
            assert!(!line.contains(word), "{line}");
        }
    }
    let (_, err) = run(
        &["score", "ana.toml", "--rubric", "specialist-vs-leadrship"],
        2,
    );
    assert!(
        err.contains("did you mean `specialist-vs-leadership`?"),
        "{err}"
    );
    let (_, err) = run(&["score", "ana.toml", "--target", "specalist"], 2);
    assert!(err.contains("did you mean `specialist`?"), "{err}");
    let (_, err) = run(&["score", "ana.tom"], 1);
    assert!(err.contains("did you mean ana.toml?"), "{err}");
    // JSON: a repeated top-level key is an error, as in TOML.
    let (_dir, path) = temp_file(
        "d.json",
        "{\"rubric\": \"office-secretary-vs-specialist\",\n\"rubric\": \"x\", \"answers\": {}}",
    );
    let (_, err) = run(&["score", path.to_str().unwrap()], 1);
    assert!(
        err.contains("d.json:2:1: key `rubric` appears twice; keep one"),
        "{err}"
    );
}

#[test]
fn the_help_documents_the_exit_codes() {
    let (out, _) = run(&["--help"], 0);
    assert!(out.contains("Exit codes: 0 success"), "{out}");
}

#[test]
fn piped_help_fits_80_columns_and_names_the_target_a_path_id() {
    for args in [&["--help"][..], &["score", "--help"], &["assess", "--help"]] {
        let (out, _) = run(args, 0);
        assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    }
    let (out, _) = run_cmd(pathfit().args(["--help"]).env("COLUMNS", "60"), 0);
    assert!(out.lines().all(|l| l.chars().count() <= 60), "{out}");
    let (out, _) = run(&["score", "--help"], 0);
    assert!(out.contains("--target <PATH_ID>"), "{out}");
    assert!(out.contains("id in the rubric"), "{out}");
}

#[test]
fn width_follows_columns_and_dumb_terminals_get_ascii() {
    let (out, _) = run_cmd(
        pathfit()
            .args(["score", "ana.toml", "--full"])
            .env("COLUMNS", "60"),
        0,
    );
    assert!(out.lines().all(|l| l.chars().count() <= 60), "{out}");
    // One line per path: the bar never wraps.
    let rows = out
        .lines()
        .filter(|l| l.contains("Office Secretary ") && l.contains('┆'))
        .count();
    assert_eq!(rows, 1, "{out}");
    let (out, _) = run_cmd(pathfit().args(["score", "ana.toml"]).env("TERM", "dumb"), 0);
    assert!(out.is_ascii(), "{out}");
    let (out, _) = run_cmd(pathfit().args(["rubric", "show"]).env("COLUMNS", "50"), 0);
    assert!(out.lines().all(|l| l.chars().count() <= 50), "{out}");
    let (out, _) = run_cmd(pathfit().args(["rubric", "list"]).env("COLUMNS", "50"), 0);
    assert!(out.lines().all(|l| l.chars().count() <= 50), "{out}");
}

#[test]
fn rubric_folders_that_are_missing_or_broken_only_warn() {
    let (out, err) = run_cmd(
        pathfit()
            .args(["score", "ana.toml"])
            .env("PATHFIT_RUBRICS", "/no/such/folder"),
        0,
    );
    assert!(out.contains("Clear lean"), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("warning: cannot read rubric folder /no/such/folder"),
        "{err}"
    );
    // A folder rubric with an embedded id shadows it, with a warning.
    let shadow =
        std::fs::read_to_string(crate::repo().join("rubrics/specialist-vs-leadership.toml"))
            .unwrap()
            .replace(
                "title = \"Specialist vs Leadership\"",
                "title = \"My copy\"",
            );
    let (dir, _) = temp_file("mine.toml", &shadow);
    let (out, err) = run_cmd(
        pathfit()
            .args(["score", "lead.toml"])
            .env("PATHFIT_RUBRICS", dir.path()),
        0,
    );
    assert!(out.contains("My copy"), "{out}");
    assert!(
        err.contains("shadows the embedded rubric `specialist-vs-leadership`"),
        "{err}"
    );
}

#[test]
fn output_files_are_private_whole_and_never_replaced_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("report.json");
    let o = out_file.to_str().unwrap();
    let (out, _) = run(&["score", "ana.toml", "-f", "json", "--output", o], 0);
    assert_eq!(out, "", "the report goes to the file");
    let first = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(json(&first)[0]["respondent"], "Ana");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out_file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let (_, err) = run(&["score", "lead.toml", "-f", "json", "--output", o], 2);
    assert!(err.contains("already exists; pass --force"), "{err}");
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), first);
    run(
        &["score", "lead.toml", "-f", "json", "--output", o, "--force"],
        0,
    );
    assert!(
        std::fs::read_to_string(&out_file)
            .unwrap()
            .contains("leader")
    );
    // A missing folder is refused before any work; a batch with a failed file still writes.
    let (_, err) = run(&["score", "ana.toml", "--output", "/no/such/dir/r.txt"], 2);
    assert!(err.contains("folder /no/such/dir does not exist"), "{err}");
    let both = dir.path().join("both.json");
    run(
        &[
            "score",
            "ana.toml",
            "nope.toml",
            "-f",
            "json",
            "-o",
            both.to_str().unwrap(),
        ],
        1,
    );
    let v = json(&std::fs::read_to_string(&both).unwrap());
    assert_eq!(v.as_array().unwrap().len(), 2);
    // Nothing else is left in the folder: no temporary files.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}
