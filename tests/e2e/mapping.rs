//! `pathfit map`: headers shown whole at any width, and the answers a column holds that are
//! not on the scale, with what would fix each.

use crate::{pathfit, run_cmd};

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
