//! `pathfit explain` and `pathfit compare`.

use crate::{run, temp_file};

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn explain_contributions_add_up_to_the_margin_and_the_flip_is_real() {
    for file in ["close-call.toml", "ana.toml", "lead.toml", "partial.toml"] {
        let (out, _) = run(&["explain", file, "-f", "json"], 0);
        let v = json(&out);
        let sum: f64 = v["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["points"].as_f64().unwrap())
            .sum();
        assert!((sum - v["margin"].as_f64().unwrap()).abs() < 1e-9, "{file}");
        for key in ["top", "second", "margin"] {
            assert!(v.get(key).is_some(), "{key}");
        }
        // Apply the proposed changes: the verdict really changes, as the JSON says.
        let flip = &v["flip"];
        let text = std::fs::read_to_string(crate::fixtures().join(file)).unwrap();
        let mut changed = text.clone();
        for c in flip["changes"].as_array().unwrap() {
            let q = c["question"].as_str().unwrap();
            let line = text
                .lines()
                .find(|l| l.starts_with(&format!("{q} =")))
                .unwrap();
            changed = changed.replacen(line, &format!("{q} = {}", c["to"]), 1);
        }
        let (_dir, path) = temp_file("c.toml", &changed);
        let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
        let after = json(&out);
        assert_ne!(after[0]["verdict"]["lean"], v["verdict"]["lean"], "{file}");
        assert_eq!(
            after[0]["verdict"]["lean"], flip["verdict_after"]["lean"],
            "{file}"
        );
    }
}

#[test]
fn explain_in_words() {
    let (out, _) = run(&["explain", "close-call.toml"], 0);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Pushed hardest towards Specialist"), "{out}");
    assert!(
        flat.contains("Pushed hardest towards Office Secretary"),
        "{out}"
    );
    assert!(
        flat.contains("Changing this answer, 3 steps in all, would give Specialist a clear lean (by 8.2); no change of fewer steps does."),
        "{out}"
    );
    let (md, _) = run(&["explain", "close-call.toml", "-f", "markdown"], 0);
    assert!(
        md.starts_with("# Dan: Office Secretary vs Specialist, explained"),
        "{md}"
    );
    assert!(md.contains("## What would change the verdict"));
}

#[test]
fn compare_before_and_after() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    let after = text
        .replace("sk_minutes = 3", "sk_minutes = 5")
        .replace("sk_calendar = 5", "sk_calendar = 2");
    let (dir, after_path) = temp_file("after.toml", &after);
    let a = after_path.to_str().unwrap();
    let (out, _) = run(&["compare", "ana.toml", a, "-f", "json"], 0);
    let v = json(&out);
    assert_eq!(v["gaps_closed"], serde_json::json!(["sk_minutes"]));
    assert_eq!(v["gaps_opened"], serde_json::json!(["sk_calendar"]));
    let fit = |side: &str, p: usize| v[side]["fits"][p]["fit"].as_f64().unwrap();
    let delta = v["deltas"]["generalist"]["fit"].as_f64().unwrap();
    assert!((delta - (fit("after", 0) - fit("before", 0))).abs() < 1e-9);
    assert_eq!(v["deltas"]["generalist"]["dimensions"]["values"], 0.0);
    assert_eq!(v["before"]["verdict"]["lean"], "generalist");
    assert!(v["noise"].as_f64().unwrap() > 0.0);
    let (out, _) = run(&["compare", "ana.toml", a], 0);
    assert!(out.contains("within retest noise"), "{out}");
    assert!(out.contains("Gaps closed (Office Secretary)"), "{out}");
    // Two different rubrics cannot be compared.
    let (_, err) = run(&["compare", "ana.toml", "lead.toml"], 2);
    assert!(err.contains("answer different rubrics"), "{err}");
    drop(dir);
}

#[test]
fn explain_wraps_its_headers_and_says_when_rounded_shares_differ_from_the_margin() {
    let (out, _) = crate::run_cmd(
        crate::pathfit()
            .args(["explain", "ana.toml"])
            .env("COLUMNS", "80"),
        0,
    );
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    // Ana's shares, each shown to 0.1, add up to 39.9; the margin shown is 39.4.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Rounded to 0.1 each, the shares shown add up to 39.9, not 39.4."),
        "{out}"
    );
    let (out, _) = crate::run(&["explain", "close-call.toml"], 0);
    assert!(!out.contains("Rounded to 0.1"), "{out}");
}

#[test]
fn compare_lists_the_gaps_still_open_and_warns_of_mismatched_files() {
    let text = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    // Minutes stay a gap; the date goes back; the respondent is the same person.
    let after = text
        .replace("sk_calendar = 5", "sk_calendar = 2")
        .replace("date = \"2026-11-20\"", "date = \"2026-11-01\"")
        .replace("respondent = \"Ana\"", "respondent = \" ana \"");
    let (_dir, after_path) = temp_file("after.toml", &after);
    let a = after_path.to_str().unwrap();
    let (out, err) = run(&["compare", "ana.toml", a, "-f", "json"], 0);
    assert_eq!(json(&out)["gaps_open"], serde_json::json!(["sk_minutes"]));
    assert_eq!(
        err,
        "warning: the after-file's date (2026-11-01) is older than the before-file's \
         (2026-11-20); are they in the right order?\n"
    );
    let (out, _) = run(&["compare", "ana.toml", a], 0);
    assert!(
        out.contains("Gaps still open (Office Secretary)\n  - Minutes and follow-up"),
        "{out}"
    );
    let (_, err) = run(&["compare", "ana.toml", "close-call.toml"], 0);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("different respondents (Ana before, Dan after)"),
        "{err}"
    );
    let (_, err) = run(&["compare", "ana.toml", "ana.toml"], 0);
    assert_eq!(err, "");
}
