//! Calibration: persona sheets filled as a person of each path would honestly answer, and the
//! uniform sheets, on both shipped rubrics; and the rubric lint.

use crate::{fixtures, repo, run};

fn lean(file: &str) -> serde_json::Value {
    let path = fixtures().join("personas").join(file);
    let (out, _) = run(&["score", path.to_str().unwrap(), "-f", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v[0]["verdict"]["lean"].clone()
}

#[test]
fn each_persona_gets_the_verdict_of_its_path() {
    assert_eq!(lean("executive-assistant.toml"), "generalist");
    assert_eq!(lean("contracts-specialist.toml"), "specialist");
    assert_eq!(lean("likes-both.toml"), serde_json::Value::Null);
    assert_eq!(lean("team-lead.toml"), "leader");
    assert_eq!(
        lean("contracts-specialist-vs-leadership.toml"),
        "specialist"
    );
    assert_eq!(
        lean("likes-both-vs-leadership.toml"),
        serde_json::Value::Null
    );
}

#[test]
fn uniform_sheets_get_no_clear_lean() {
    for rubric in ["secretary", "leadership"] {
        for kind in ["all-lowest", "all-middle", "all-highest"] {
            assert_eq!(
                lean(&format!("{kind}-{rubric}.toml")),
                serde_json::Value::Null,
                "{kind} on {rubric}"
            );
        }
    }
}

#[test]
fn the_shipped_rubrics_are_lint_clean() {
    let a = repo().join("rubrics/office-secretary-vs-specialist.toml");
    let b = repo().join("rubrics/specialist-vs-leadership.toml");
    let (out, err) = run(
        &["rubric", "lint", a.to_str().unwrap(), b.to_str().unwrap()],
        0,
    );
    assert_eq!(err, "");
    assert_eq!(out.matches("\n  clean\n").count(), 2, "{out}");
    assert!(
        out.contains("Skills 7 Office Secretary and 7 Specialist"),
        "{out}"
    );
    let (out2, _) = run(&["rubric", "check", "--lint", a.to_str().unwrap()], 0);
    assert!(out2.contains("clean"));
}

#[test]
fn the_lint_names_each_problem_with_its_line() {
    let text = std::fs::read_to_string(repo().join("rubrics/specialist-vs-leadership.toml"))
        .unwrap()
        // A reverse-keyed item without its twin, a long item and a near-duplicate.
        .replace("twin = \"va_hands_on\"\n", "")
        .replace(
            "text = \"I like seeing how all the parts of a business fit together.\"",
            "text = \"I like seeing how all the many different parts and corners of a large business fit together in one whole picture.\"",
        )
        .replace(
            "text = \"I enjoy handling several tasks and people at the same time.\"",
            "text = \"I feel most proud when I solve a hard problem myself.\"",
        );
    let (_dir, path) = crate::temp_file("r.toml", &text);
    let (out, err) = run(&["rubric", "lint", path.to_str().unwrap()], 1);
    assert!(out.contains("4 warnings (on stderr)"), "{out}\n{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        err.contains("question `va_big_picture`: reading grade 10.0"),
        "{err}"
    );
    assert!(
        err.contains("question `va_step_back`: reverse-keyed without a twin"),
        "{err}"
    );
    assert!(
        err.contains("question `va_big_picture`: 21 words; keep an item to 20"),
        "{err}"
    );
    assert!(
        err.contains("question `va_many_tasks`: nearly the same words as `va_solve_myself`"),
        "{err}"
    );
    for line in lines {
        assert!(
            line.starts_with("warning: ") && line.contains("r.toml:"),
            "{line}"
        );
    }
    // Older rubrics still pass `rubric check`; only the lint holds them to the standard.
    let (_, _) = run(&["rubric", "check", "rubrics/three-roads.toml"], 0);
    let (_, err) = run(&["rubric", "lint", "rubrics/three-roads.toml"], 1);
    assert!(err.contains("not less than the tie margin of 5"), "{err}");
}
