//! The first screen of a report (`score` and `assess`, table output): 24 lines of 80 columns
//! at most for every input, made of the person's own answers (two people with the same lean
//! share few of its lines), every line true to the data, and `--full` for the rest.

use unicode_width::UnicodeWidthStr;

use crate::{fixtures, pathfit, run, run_cmd};

/// The first screen of `pathfit score args` at 80 columns.
fn screen(args: &[&str]) -> String {
    let mut cmd = pathfit();
    cmd.arg("score").args(args).env("COLUMNS", "80");
    run_cmd(&mut cmd, 0).0
}

/// Every kind of sheet: each persona, a clear lean, a close call, a tie, all-neutral answers,
/// a partial sheet, a half-empty one, three paths, six long names, wide (CJK) names.
fn sheets() -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = Vec::new();
    let mut personas: Vec<_> = std::fs::read_dir(fixtures().join("personas"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    personas.sort();
    for p in personas {
        all.push(vec![p.display().to_string()]);
    }
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    all.extend([
        words(&["ana.toml", "--start", "2026-12-07"]),
        words(&["ana.json"]),
        words(&["close-call.toml", "--start", "2026-12-07"]),
        words(&["close-call.toml", "--target", "generalist"]),
        words(&["partial.toml", "--gaps", "1"]),
        words(&["lead.toml"]),
        words(&[
            "three-roads-answers.toml",
            "--rubric",
            "rubrics/three-roads.toml",
        ]),
        // One answer of three.
        words(&[
            "screen/half-empty.toml",
            "--rubric",
            "screen/three-roads-lax.toml",
        ]),
        words(&[
            "screen/long-names-answers.toml",
            "--rubric",
            "screen/long-names.toml",
        ]),
        words(&["screen/wide-answers.toml", "--rubric", "screen/wide.toml"]),
    ]);
    all
}

#[test]
fn every_first_screen_fits_24_lines_of_80_columns() {
    for args in sheets() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = screen(&args);
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines.len() <= 24,
            "{} lines for {args:?}\n{out}",
            lines.len()
        );
        for l in &lines {
            assert!(
                l.width() <= 80,
                "{} columns for {args:?}: {l}\n{out}",
                l.width()
            );
        }
        assert!(
            out.contains("Full report: pathfit score"),
            "{args:?}\n{out}"
        );
        assert!(
            out.contains(" clear lean") || out.contains("Clear lean"),
            "{out}"
        );
        // Nothing that belongs to everyone: the day, the hiring scan, the language bank.
        for general in [
            "A day in each role",
            "hiring managers scan",
            "Language bank",
        ] {
            assert!(!out.contains(general), "{args:?}\n{out}");
        }
    }
}

#[test]
fn narrow_and_dumb_terminals_still_get_one_screen() {
    for (columns, term) in [("40", "xterm-256color"), ("80", "dumb")] {
        let (out, _) = run_cmd(
            pathfit()
                .args(["score", "close-call.toml"])
                .env("COLUMNS", columns)
                .env("TERM", term),
            0,
        );
        let width: usize = columns.parse().unwrap();
        assert!(out.lines().count() <= 24, "{out}");
        assert!(out.lines().all(|l| l.width() <= width), "{out}");
        if term == "dumb" {
            assert!(out.is_ascii(), "{out}");
        }
    }
}

/// The share of the lines of `a` that `b` has too.
fn shared(a: &str, b: &str) -> f64 {
    let theirs: Vec<&str> = b.lines().collect();
    let mine: Vec<&str> = a.lines().collect();
    let same = mine.iter().filter(|l| theirs.contains(l)).count();
    same as f64 / mine.len() as f64
}

#[test]
fn two_people_with_the_same_lean_share_few_lines() {
    let a = screen(&["personas/executive-assistant.toml"]);
    let b = screen(&["personas/receptionist.toml"]);
    for out in [&a, &b] {
        assert!(out.contains("Clear lean: Office Secretary over"), "{out}");
    }
    for (x, y) in [(&a, &b), (&b, &a)] {
        let share = shared(x, y);
        assert!(
            share < 0.4,
            "{:.0}% of the lines are the same\n{x}\n{y}",
            share * 100.0
        );
    }
    // The full reports of the same two share far more: the screen is chosen, not cut.
    let full = |f: &str| run(&["score", f, "--full"], 0).0;
    let (fa, fb) = (
        full("personas/executive-assistant.toml"),
        full("personas/receptionist.toml"),
    );
    assert!(shared(&fa, &fb) > 0.5, "{:.2}", shared(&fa, &fb));
}

/// The items of the part whose title starts with `title`, each joined into one line.
fn items(out: &str, title: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut inside = false;
    for line in out.lines() {
        if let Some(rest) = line.strip_prefix("  - ").filter(|_| inside) {
            found.push(rest.to_owned());
        } else if let Some(rest) = line.strip_prefix("    ").filter(|_| inside) {
            if let Some(last) = found.last_mut() {
                last.push(' ');
                last.push_str(rest);
            }
        } else if inside && found.is_empty() && !line.starts_with(' ') {
            // The title wrapped: its last line.
        } else {
            inside = line.starts_with(title);
        }
    }
    found
}

fn json(args: &[&str], command: &str) -> serde_json::Value {
    let mut all = vec![command];
    all.extend(args);
    all.extend(["-f", "json"]);
    let (out, _) = run(&all, 0);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn every_line_is_true_to_the_data() {
    for args in [
        &["ana.toml", "--start", "2026-12-07"][..],
        &["close-call.toml"],
        &["personas/receptionist.toml"],
        &["personas/likes-both.toml"],
        &["personas/team-lead.toml"],
    ] {
        let out = screen(args);
        let v = &json(args, "score")[0];
        // Gaps named are the sheet's gaps, with the answer given.
        let gaps = v["gaps"].as_array().unwrap();
        for item in items(&out, "Largest skill gaps") {
            let skill = item.split(':').next().unwrap();
            let gap = gaps.iter().find(|g| g["skill_name"] == skill);
            let gap = gap.unwrap_or_else(|| panic!("{skill} is no gap\n{out}"));
            let label = gap["label"].as_str().unwrap();
            assert!(item.ends_with(&format!("({label})")), "{item}");
        }
        if gaps.is_empty() {
            assert!(
                out.contains(": none, every answered skill question"),
                "{out}"
            );
        }
        // Actions are the plan's first week, its dated blocks in their order.
        let tasks: Vec<&str> = v["plan"]["weeks"][0]["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["items"].as_array().unwrap())
            .map(|t| t.as_str().unwrap())
            .collect();
        let actions = items(&out, "This week (days 1-7");
        assert!(!actions.is_empty(), "{out}");
        for (action, task) in actions.iter().zip(&tasks) {
            let flat: String = task.split_whitespace().collect::<Vec<_>>().join(" ");
            let cut = action.trim_end_matches('…');
            assert!(flat.starts_with(cut), "{action}\nis not\n{task}");
        }
        if args.contains(&"--start") {
            assert!(
                out.contains("(days 1-7, 2026-12-07 to 2026-12-13)"),
                "{out}"
            );
        }
        // What weighed most: the largest shares of the margin, as `explain` counts them.
        let e = json(&args[..1], "explain");
        let shares = e["contributions"].as_array().unwrap();
        let largest = shares
            .iter()
            .map(|c| c["points"].as_f64().unwrap().abs())
            .fold(0.0, f64::max);
        let first = items(&out, "Weighed most").into_iter().next().unwrap();
        if largest >= 0.05 {
            let points: f64 = first.split(' ').next().unwrap().parse().unwrap();
            assert!((points.abs() - largest).abs() < 0.051, "{first}: {largest}");
        } else {
            assert!(first.starts_with("None"), "{first}");
        }
    }
}

#[test]
fn the_red_flag_is_the_one_this_result_runs_into() {
    let close = screen(&["close-call.toml"]);
    assert!(
        close.contains("Red flag for you: telling an employer"),
        "{close}"
    );
    let gaps = screen(&["ana.toml"]);
    assert!(
        gaps.contains("Red flag for you: claiming minutes and follow-up"),
        "{gaps}"
    );
    let strong = screen(&["personas/executive-assistant.toml"]);
    assert!(
        strong.contains("Red flag for you: naming your strengths"),
        "{strong}"
    );
}

#[test]
fn the_last_lines_give_commands_that_show_the_rest() {
    let out = screen(&["close-call.toml", "--start", "2026-12-07"]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = "pathfit score close-call.toml --start 2026-12-07 --full";
    assert!(flat.contains(&format!("Full report: {full}")), "{out}");
    assert!(flat.contains("-f markdown -o close-call.md"), "{out}");
    // The command shown is the full report, which holds every section.
    let words = shlex::split(full).unwrap();
    let (rest, _) = run(
        &words[1..].iter().map(String::as_str).collect::<Vec<_>>(),
        0,
    );
    for section in [
        "30-day proof plan",
        "Answers that would decide it",
        "A day in each role",
        "Red flags",
        "What this result is and is not",
    ] {
        assert!(rest.contains(section), "{section}\n{rest}");
    }
    // A path with a space is quoted so that the command runs as shown.
    let (_dir, path) = crate::temp_file(
        "my answers.toml",
        &std::fs::read_to_string(fixtures().join("ana.toml")).unwrap(),
    );
    let out = screen(&[path.to_str().unwrap()]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("answers.toml' --full"), "{out}");
    assert!(flat.contains("-o 'my answers.md'"), "{out}");
}

/// The person's own time shapes the plan, so the command for the rest carries it: the full
/// report it prints has the same dated blocks and partner as the first screen.
#[test]
fn the_full_command_keeps_the_practice_days_and_the_partner() {
    let out = screen(&[
        "close-call.toml",
        "--start",
        "2026-12-07",
        "--practice",
        "Mon,Wed 07:30",
        "--partner",
        "Ana Pop",
    ]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = "pathfit score close-call.toml --start 2026-12-07 --practice 'Mon,Wed 07:30' --partner 'Ana Pop' --full";
    assert!(flat.contains(&format!("Full report: {full}")), "{out}");
    assert!(
        flat.contains("If it is Monday 7 December, 07:30, then I"),
        "{out}"
    );
    let words = shlex::split(full).unwrap();
    let (rest, _) = run(
        &words[1..].iter().map(String::as_str).collect::<Vec<_>>(),
        0,
    );
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        rest.contains("If it is Monday 7 December, 07:30, then I"),
        "{rest}"
    );
    assert!(rest.contains("Ana Pop"), "{rest}");
}

#[test]
fn sections_and_other_formats_carry_everything() {
    let (out, _) = run(&["score", "ana.toml", "--sections", "plan"], 0);
    assert!(out.contains("Days 22-30"), "{out}");
    assert!(!out.contains("Full report:"), "{out}");
    for format in ["markdown", "json"] {
        let (out, _) = run(&["score", "ana.toml", "-f", format], 0);
        assert!(
            out.contains("(day 30), then I answer the questions again"),
            "{format}"
        );
        assert!(!out.contains("Full report:"), "{format}");
    }
}

#[test]
fn the_first_screen_is_pinned() {
    insta::assert_snapshot!(
        "score_summary",
        screen(&["ana.toml", "--start", "2026-12-01"])
    );
}

/// The block of `doc` under the line `$ command`, up to the closing fence.
fn example<'a>(doc: &'a str, command: &str) -> &'a str {
    let start = doc
        .find(&format!("$ {command}\n"))
        .expect("the example is there");
    let body = &doc[start + command.len() + 3..];
    &body[..body.find("```").expect("the example ends")]
}

#[test]
fn the_readme_and_usage_show_the_real_first_screen() {
    for (doc, command) in [
        (
            "README.md",
            "pathfit score tests/fixtures/ana.toml --start 2026-12-01",
        ),
        (
            "docs/usage.md",
            "pathfit score tests/fixtures/close-call.toml --start 2026-12-07",
        ),
    ] {
        let text = std::fs::read_to_string(crate::repo().join(doc)).unwrap();
        let words = shlex::split(command).unwrap();
        let mut cmd = pathfit();
        // The plan is dated from today: the examples were made on 1 December 2026.
        cmd.current_dir(crate::repo())
            .args(&words[1..])
            .env("COLUMNS", "80")
            .env("SOURCE_DATE_EPOCH", "1796083200");
        let (out, _) = run_cmd(&mut cmd, 0);
        assert_eq!(example(&text, command), out, "{doc}");
    }
}

#[test]
fn the_assessment_says_where_the_rest_is_without_a_save_file() {
    use crate::assess::{exit_code, finish, start};
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess", "--no-save"], dir.path());
    finish(&mut p, 1);
    p.exp_string("This week (days 1-7, ").unwrap();
    p.exp_string("these answers are not saved (--no-save)")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}
