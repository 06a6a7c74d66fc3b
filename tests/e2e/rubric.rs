//! `pathfit rubric list|show|check` and custom rubrics.

use crate::{fixtures, pathfit, repo, run, run_cmd};

#[test]
fn shipped_rubrics_pass_the_check() {
    let a = repo().join("rubrics/office-secretary-vs-specialist.toml");
    let b = repo().join("rubrics/specialist-vs-leadership.toml");
    let (out, _) = run(
        &["rubric", "check", a.to_str().unwrap(), b.to_str().unwrap()],
        0,
    );
    assert_eq!(out.lines().filter(|l| l.starts_with("ok: ")).count(), 2);
}

#[test]
fn list_shows_embedded_and_folder_rubrics() {
    let (out, _) = run(&["rubric", "list"], 0);
    assert!(out.contains("office-secretary-vs-specialist  2.0.0"));
    assert!(out.contains("specialist-vs-leadership"));
    let dir = fixtures().join("rubrics");
    let (out, err) = run_cmd(
        pathfit()
            .args(["rubric", "list"])
            .env("PATHFIT_RUBRICS", &dir),
        0,
    );
    assert!(out.contains("three-roads"), "{out}");
    assert!(err.contains("warning: skipping invalid rubric"), "{err}");
}

#[test]
fn show_describes_and_raw_round_trips() {
    let (out, _) = run(&["rubric", "show"], 0);
    assert!(
        out.starts_with(
            "Office Secretary vs Specialist (office-secretary-vs-specialist v2.0.0, en)"
        )
    );
    assert!(out.contains("sk_budget"));
    assert!(
        out.replace("\n  ", " ")
            .contains("sk_budget Each month, I compare what an office or a project spends with its plan. [favors generalist, skill budget_timeline]"),
        "{out}"
    );
    let (raw, _) = run(&["rubric", "show", "specialist-vs-leadership", "--raw"], 0);
    let shipped =
        std::fs::read_to_string(repo().join("rubrics/specialist-vs-leadership.toml")).unwrap();
    assert_eq!(raw, shipped);
}

#[test]
fn custom_three_path_rubric_scores_by_path_or_folder() {
    let (out, _) = run(
        &[
            "score",
            "three-roads-answers.toml",
            "--rubric",
            "rubrics/three-roads.toml",
            "-f",
            "json",
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["fits"].as_array().unwrap().len(), 3);
    assert_eq!(v[0]["verdict"]["top"], "coordinator");
    let (by_id, _) = run(
        &[
            "--rubric-dir",
            "rubrics",
            "score",
            "three-roads-answers.toml",
            "-f",
            "json",
        ],
        0,
    );
    assert_eq!(by_id, out);
}

#[test]
fn check_reports_every_problem_with_its_place() {
    let (out, err) = run(&["rubric", "check", "rubrics/broken.toml"], 1);
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "error: rubrics/broken.toml:6:14: tie_margin 150 must be a number of points from 0 to 100, e.g. 8",
            "error: rubrics/broken.toml:11:10: the scale has 5 points (1 to 5) but 3 labels; give one label per point",
            "error: rubrics/broken.toml:19:6: duplicate path id `a`; each path needs its own id",
            "error: rubrics/broken.toml:26:10: dimension weight 0 must be a number greater than 0 and at most 1000 (weights are relative: 1 and 2 mean the second counts double)",
            "error: rubrics/broken.toml:29:6: dimension `empty` has no questions; add a question with dimension = \"empty\" or remove it",
            "error: rubrics/broken.toml:35:13: unknown dimension `skils`; use one of: d, empty",
            "error: rubrics/broken.toml:43:10: unknown path `zz`; use one of: a",
            "error: rubrics/broken.toml:44:9: unknown skill `nope`: the rubric defines no skills yet; add one with id = \"nope\"",
        ],
        "{err}"
    );
}

#[test]
fn check_reports_range_and_reference_problems() {
    let (_, err) = run(
        &[
            "rubric",
            "check",
            "rubrics/broken2.toml",
            "rubrics/three-roads.toml",
        ],
        1,
    );
    let f = "error: rubrics/broken2.toml";
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!(
                "{f}:2:6: rubric id `Broken Two` must be lowercase letters, digits, '-' or '_'"
            ),
            format!(
                "{f}:5:12: language `english` is not a BCP 47 tag; write e.g. \"en\" or \"ro-RO\""
            ),
            format!(
                "{f}:6:16: min_answered 1.5 must be a share greater than 0 and at most 1, e.g. 0.8 (a sheet with nothing answered cannot be scored)"
            ),
            format!("{f}:10:7: scale max 1 must be greater than min 5"),
            format!(
                "{f}:19:6: no question points to path `b`, agreed or disagreed with; add a question with favors = \"b\""
            ),
            format!(
                "{f}:26:10: dimension weight NaN must be a number greater than 0 and at most 1000 (weights are relative: 1 and 2 mean the second counts double)"
            ),
            format!(
                "{f}:33:12: question `q1` both favours and is against `a`; remove it from `against`"
            ),
            format!(
                "{f}:34:10: question weight inf must be a number greater than 0 and at most 1000 (weights are relative: 1 and 2 mean the second counts double)"
            ),
        ]
    );
}

#[test]
fn unknown_keys_and_syntax_errors_are_located() {
    let (_, err) = run(&["rubric", "check", "rubrics/typo.toml"], 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error: rubrics/typo.toml:29:1: missing key `weight`"),
        "{err}"
    );
    assert!(
        lines[1]
            .starts_with("error: rubrics/typo.toml:32:1: unknown key `wieght`; check its spelling"),
        "{err}"
    );
    let (_, err) = run(&["rubric", "check", "rubrics/syntax.toml"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: rubrics/syntax.toml:3:9: key with no value"),
        "{err}"
    );
}

#[test]
fn unknown_rubric_ids_name_the_known_ones() {
    let (_, err) = run(&["template", "--rubric", "nope"], 2);
    assert_eq!(
        err,
        "error: unknown rubric `nope`; known rubrics: office-secretary-vs-specialist, specialist-vs-leadership (or give the path to a .toml rubric file)\n"
    );
}

#[test]
fn lint_counts_one_warning_in_the_singular_and_wraps_to_the_width() {
    let text = std::fs::read_to_string(crate::repo().join("rubrics/specialist-vs-leadership.toml"))
        .unwrap()
        .replace("twin = \"va_hands_on\"\n", "");
    let (_dir, path) = crate::temp_file("r.toml", &text);
    let (out, err) = crate::run_cmd(
        crate::pathfit()
            .args(["rubric", "lint", path.to_str().unwrap()])
            .env("COLUMNS", "60"),
        1,
    );
    assert!(out.contains("\n  1 warning (on stderr)\n"), "{out}");
    // Piped, each warning stays on one line for tools that read them.
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("warning: "), "{err}");
    for columns in ["60", "44"] {
        let (out, _) = crate::run_cmd(
            crate::pathfit()
                .args(["rubric", "lint", "rubrics/three-roads.toml"])
                .env("COLUMNS", columns),
            1,
        );
        let width: usize = columns.parse().unwrap();
        for line in out.lines() {
            assert!(console::measure_text_width(line) <= width, "{line}");
        }
        // A wrapped line goes on two spaces further in than its first line.
        assert!(out.contains("\n    "), "{out}");
        assert!(out.contains("5 warnings (on stderr)"), "{out}");
    }
}

#[test]
fn check_refuses_survey_words_a_reader_would_take_for_others() {
    let text = std::fs::read_to_string(fixtures().join("rubrics/survey-words.toml"))
        .unwrap()
        .replace(
            "\"Somewhat agree\" = 4",
            "\"Somewhat agree\" = 4\n\"5\" = 5\n\"Prefer not to say\" = 1\n\"N/A\" = 2\n\"agree\" = 5",
        )
        .replace("\"Calendar\"]", "\"Calendar\", \"Q_Tests\"]");
    let (_d, path) = crate::temp_file("words.toml", &text);
    let (_, err) = run(&["rubric", "check", path.to_str().unwrap()], 1);
    let found: Vec<&str> = err
        .lines()
        .map(|l| l.split_once(": ").map_or(l, |(_, rest)| rest))
        .map(|l| l.split_once(": ").map_or(l, |(_, rest)| rest))
        .collect();
    assert_eq!(
        found,
        [
            "scale alias `5` is a number, and a number in a cell is read as that value of the scale; make the alias a word",
            "scale alias `N/A` is already `n/a`, a word that always means not answered; give each word once",
            "scale alias `Prefer not to say` is already `prefer not to say`, a word that always means not answered; give each word once",
            "scale alias `agree` is already scale label `Agree`; give each word once",
            "the alias \"Q_Tests\" of question `q_calendar` already names question `q_tests`; a column must name one question",
        ],
        "{err}"
    );
}

#[test]
fn a_rubric_keyed_as_published_scales_are_is_valid_and_scores_both_paths() {
    let (out, _) = run(&["rubric", "check", "rubrics/published-key.toml"], 0);
    assert!(
        out.starts_with("ok: rubrics/published-key.toml (keyed v1, 2 paths"),
        "{out}"
    );
    let sheet = "id,q1,q2,q3,q4\nplus,5,1,5,1\nminus,1,5,1,5\nmid,3,3,3,3\nlean,4,2,4,3\n";
    let (_d, sheet) = crate::temp_file("keyed.csv", sheet);
    let (out, _) = run(
        &[
            "score",
            sheet.to_str().unwrap(),
            "-r",
            "rubrics/published-key.toml",
            "-f",
            "csv",
        ],
        0,
    );
    let rows: Vec<Vec<String>> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect();
    // respondent, top, fit:a, fit:b.
    let fits: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r[2].as_str(),
                r[10].as_str(),
                r[14].as_str(),
                r[15].as_str(),
            )
        })
        .collect();
    assert_eq!(
        fits,
        [
            ("plus", "a", "100", "0"),
            ("minus", "b", "0", "100"),
            ("mid", "a", "50", "50"),
            ("lean", "a", "68.8", "31.3"),
        ],
        "{out}"
    );
    let header = out.lines().next().unwrap();
    assert!(
        header.contains(",top,second,margin,lean,fit:a,fit:b,"),
        "{header}"
    );
}

/// The header comment of a raw rubric tells a reader how to check their own copy, and states
/// the swing of one answer that `rubric lint` measures: a copy keeps no stale figure or path.
#[test]
fn raw_header_comment_matches_the_lint_and_names_no_repository_path() {
    for id in ["office-secretary-vs-specialist", "specialist-vs-leadership"] {
        let (raw, _) = run(&["rubric", "show", id, "--raw"], 0);
        let head: String = raw
            .lines()
            .take_while(|l| l.starts_with('#'))
            .map(|l| l.trim_start_matches('#').trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!head.contains("rubrics/"), "{id}: {head}");
        assert!(
            head.contains("pathfit rubric check --lint FILE.toml"),
            "{id}: {head}"
        );
        let (file, path) = crate::temp_file("copy.toml", &raw);
        let (lint, _) = run(&["rubric", "lint", path.to_str().unwrap()], 0);
        drop(file);
        let swing = lint
            .split("largest swing of one answer: ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .unwrap_or_else(|| panic!("{lint}"));
        assert!(
            head.contains(&format!("by at most {swing} points")),
            "{id}: the comment should state the lint's {swing}: {head}"
        );
    }
}
