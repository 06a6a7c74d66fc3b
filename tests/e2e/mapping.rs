//! `pathfit map`: headers shown whole at any width, and the answers a column holds that are
//! not on the scale, with what would fix each.

use crate::{pathfit, run, run_cmd};

#[test]
fn map_wraps_long_headers_whole_to_the_width() {
    let (out, _) = run_cmd(
        pathfit()
            .args(["map", "survey/google-forms.csv"])
            .env("COLUMNS", "60"),
        0,
    );
    let columns: Vec<&str> = out
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    for line in &columns {
        assert!(console::measure_text_width(line) <= 60, "{line}\n{out}");
    }
    // Continuation lines joined back: each header is there to its last word, then its match.
    let joined = columns.join("\n").replace("\n   ", " ");
    assert!(
        joined.contains(
            "\"When a task needs several people, I set the dates and check that each part is on track.\" -> sk_coordinate"
        ),
        "{out}"
    );
    assert!(!out.contains('…'), "{out}");
    // A short header stays on one line; a wide terminal shows every header on one.
    assert!(out.contains("  \"Timestamp\" -> (not a question"), "{out}");
    let (wide, _) = run_cmd(
        pathfit()
            .args(["map", "survey/google-forms.csv"])
            .env("COLUMNS", "400"),
        0,
    );
    assert!(wide.contains("on track.\" -> sk_coordinate"), "{wide}");
    assert!(wide.lines().all(|l| !l.starts_with("   ")), "{wide}");
}

/// An export of the built-in rubric's questions: `rows` rows of the header's first answers,
/// `first` giving row n's first question cell.
fn export(dir: &std::path::Path, rows: usize, first: impl Fn(usize) -> String) -> String {
    let plain = std::fs::read_to_string(crate::fixtures().join("survey/plain.csv")).unwrap();
    let mut lines = plain.lines();
    let header = lines.next().unwrap();
    let row = lines
        .next()
        .unwrap()
        .split_once(',')
        .unwrap()
        .1
        .split_once(',')
        .unwrap()
        .1;
    let mut text = format!("{header}\n");
    for n in 1..=rows {
        text.push_str(&format!("r{n},{},{row}\n", first(n)));
    }
    let path = dir.join("e.csv");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn map_lists_answers_not_on_the_scale_and_score_says_how_to_read_them() {
    let dir = tempfile::tempdir().unwrap();
    let cells = ["-99", "Agreee", "-99", "4", "agreee", "N/A"];
    let path = export(dir.path(), cells.len(), |n| cells[n - 1].to_owned());
    let (out, _) = run(&["map", &path], 0);
    assert!(
        out.contains("Answers not on the scale, in the 6 data rows read:"),
        "{out}"
    );
    assert!(
        out.contains("  sk_calendar: \"-99\" (2 cells), \"Agreee\" (2 cells)\n"),
        "{out}"
    );
    assert!(
        out.contains("  -99: if it means not answered, pass --missing -99 to `pathfit score`"),
        "{out}"
    );
    assert!(
        out.contains("  \"Agreee\": if it is a word for a point, add `\"Agreee\" = <value>` under [scale.aliases] in the rubric; if it means not answered, pass --missing \"Agreee\""),
        "{out}"
    );
    // With the fixes, nothing is left to list.
    let (fixed, _) = run(&["map", "survey/google-forms.csv"], 0);
    assert!(!fixed.contains("not on the scale"), "{fixed}");
    // `score`: the first such row says what would read it; the others do not repeat it.
    let (_, err) = run(&["score", &path, "-f", "csv"], 1);
    let hinted: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("lists every answer"))
        .collect();
    assert_eq!(hinted.len(), 1, "{err}");
    assert!(
        hinted[0].contains("row 1") || hinted[0].contains(":2"),
        "{err}"
    );
    assert!(
        hinted[0]
            .contains("if -99 means not answered, pass --missing -99; `pathfit map` on the export"),
        "{err}"
    );
    let (_, err) = run(
        &[
            "score",
            &path,
            "-f",
            "csv",
            "--summary-only",
            "--min-cohort",
            "1",
        ],
        1,
    );
    assert!(
        err.contains("e.g. --missing -99), a word for a point with [scale.aliases]"),
        "{err}"
    );
}

#[test]
fn map_reads_a_bounded_number_of_rows_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(dir.path(), 10_050, |n| format!("w{}", n % 25));
    let (out, _) = run(&["map", &path], 0);
    assert!(out.contains("in the first 10000 data rows read:"), "{out}");
    let line = out
        .lines()
        .find(|l| l.starts_with("  sk_calendar:"))
        .unwrap();
    assert_eq!(line.matches(" cells)").count(), 20, "{line}");
    assert!(line.contains("\"w1\" (400 cells)"), "{line}");
    assert!(line.ends_with(", other values in 2000 cells"), "{line}");
    // The fixes name each value kept once.
    assert_eq!(out.matches("[scale.aliases]").count(), 20, "{out}");
}
