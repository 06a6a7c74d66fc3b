//! The guidance: roles side by side, the FAQ, report sections, the plan a person acts on.

use crate::{pathfit, run, run_cmd};

#[test]
fn roles_and_faq_render_for_both_shipped_rubrics() {
    for rubric in ["office-secretary-vs-specialist", "specialist-vs-leadership"] {
        let (out, _) = run_cmd(
            pathfit()
                .args(["roles", "--rubric", rubric])
                .env("COLUMNS", "100"),
            0,
        );
        for row in [
            "A day",
            "Works with",
            "Delivers",
            "Judged by",
            "Example roles",
            "Next roles",
            "Certifications",
        ] {
            assert!(out.contains(row), "{rubric}: {row}\n{out}");
        }
        assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
        let (md, _) = run(&["roles", "--rubric", rubric, "-f", "markdown"], 0);
        assert!(md.contains("### Judged by"), "{md}");
        let (json, _) = run(&["roles", "--rubric", rubric, "-f", "json"], 0);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        assert!(
            !v[0]["stakeholders"][0]["needs"]
                .as_str()
                .unwrap()
                .is_empty()
        );
        let (faq, _) = run(&["faq", "--rubric", rubric, "-f", "json"], 0);
        let v: serde_json::Value = serde_json::from_str(&faq).unwrap();
        assert!(v.as_array().unwrap().len() >= 8, "{rubric}");
    }
    let (faq, _) = run(&["faq"], 0);
    assert!(
        faq.contains("Should I specialise early in my career?"),
        "{faq}"
    );
    assert!(faq.contains("Can I switch paths later?"), "{faq}");
    let (_, err) = run(&["faq", "--rubric", "rubrics/three-roads.toml"], 2);
    assert!(err.contains("has no FAQ"), "{err}");
}

#[test]
fn rubric_check_names_what_a_custom_rubric_lacks() {
    let (out, _) = run(&["rubric", "check", "rubrics/three-roads.toml"], 0);
    assert!(
        out.contains("(three-roads v0.1, 3 paths, 1 dimension, 3 questions)"),
        "{out}"
    );
    assert!(
        out.contains("has no day (coordinator, expert, manager)"),
        "{out}"
    );
    assert!(out.contains("guidance.faq, guidance.checklist"), "{out}");
    let (out, _) = run(
        &[
            "rubric",
            "check",
            crate::repo()
                .join("rubrics/specialist-vs-leadership.toml")
                .to_str()
                .unwrap(),
        ],
        0,
    );
    assert!(!out.contains("has no"), "{out}");
}

#[test]
fn a_report_adds_bullets_red_flags_for_this_result_and_the_checklist() {
    let (out, _) = run(&["score", "ana.toml", "--full"], 0);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Resume lines for your gaps, weak and strong: Office Secretary"),
        "{out}"
    );
    assert!(
        flat.contains("Weak: \"Took minutes at meetings.\""),
        "{out}"
    );
    assert!(
        flat.contains("For you now: claiming minutes and follow-up without an example to show."),
        "{out}"
    );
    assert!(
        flat.contains("Find practice in the work you do now"),
        "{out}"
    );
    assert!(flat.contains("What this result is and is not"), "{out}");
    // A close result gets hybrid roles and one story, not the claims-without-proof flag.
    let (out, _) = run(&["score", "close-call.toml"], 0);
    assert!(!out.contains("For you now"), "{out}");
}

#[test]
fn the_plan_is_one_a_person_acts_on() {
    let (out, _) = run(
        &["score", "ana.toml", "--start", "2026-12-01", "-f", "json"],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let weeks = v[0]["plan"]["weeks"].as_array().unwrap();
    let kinds = |w: usize| -> Vec<String> {
        weeks[w]["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(kinds(0)[0], "artifact", "the proof is defined first");
    for w in 0..3 {
        assert_eq!(kinds(w).last().unwrap(), "check_in");
    }
    let texts: Vec<&str> = weeks
        .iter()
        .flat_map(|w| w["tasks"].as_array().unwrap())
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert!(texts.iter().any(|t| t.starts_with("I practise ")));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("I find where my work gives me the chance"))
    );
    // 2026-12-01 is a Tuesday: the default practice days are Tuesday and Thursday, 19:00.
    let items = |w: usize| -> Vec<&str> {
        weeks[w]["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["items"].as_array().unwrap())
            .map(|i| i.as_str().unwrap())
            .collect()
    };
    assert!(
        items(0)[0]
            .starts_with("If it is Tuesday 1 December, 19:00, then I decide what I will show"),
        "{:?}",
        items(0)
    );
    assert_eq!(weeks[0]["check_in"], "2026-12-03T19:45");
    assert_eq!(v[0]["plan"]["decision"], "2026-12-30T19:00");
    let last = texts.last().unwrap();
    assert!(
        last.starts_with("If it is Wednesday 30 December, 19:00 (day 30), then I answer the questions again with `pathfit assess --save ana-day30.toml`")
            && last.contains("`pathfit compare ana.toml ana-day30.toml`"),
        "{last}"
    );
    // No sentence is said twice, within a week or from week to week.
    let mut all: Vec<&str> = (0..4).flat_map(items).collect();
    let n = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), n, "a plan sentence is repeated");
    // At most three gaps in a plan, whatever --gaps lists.
    let (out, _) = run(
        &["score", "close-call.toml", "--gaps", "6", "-f", "json"],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = v[0]["plan"]["weeks"][0]["tasks"].as_array().unwrap();
    assert_eq!(first.iter().filter(|t| t["kind"] == "resources").count(), 3);
    assert!(v[0]["gaps"].as_array().unwrap().len() > 3);
}

#[test]
fn sections_can_be_chosen() {
    let (out, _) = run(&["score", "ana.toml", "--sections", "plan,limits"], 0);
    assert!(out.contains("30-day proof plan") && out.contains("What this result is and is not"));
    assert!(
        !out.contains("Red flags") && !out.contains("Strongest answers"),
        "{out}"
    );
    assert!(out.contains("Clear lean"), "the verdict always shows");
    let (_, err) = run(&["score", "ana.toml", "--sections", "plans"], 2);
    assert!(err.contains("invalid value 'plans'"), "{err}");
}

#[test]
fn markdown_reports_to_hand_over_are_pinned() {
    let (explain, _) = run(&["explain", "close-call.toml", "-f", "markdown"], 0);
    insta::assert_snapshot!("explain_markdown", explain);
    let (compare, _) = run(
        &["compare", "close-call.toml", "ana.toml", "-f", "markdown"],
        0,
    );
    insta::assert_snapshot!("compare_markdown", compare);
    let (roles, _) = run(&["roles", "-f", "markdown"], 0);
    insta::assert_snapshot!("roles_markdown", roles);
    let (faq, _) = run(&["faq", "-f", "markdown"], 0);
    insta::assert_snapshot!("faq_markdown", faq);
}
