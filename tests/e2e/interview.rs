//! Details of the interactive assessment on a pseudo-terminal: going back from a resumed
//! session, the line a skip leaves, the review screen cleared whole.

use crate::assess::{DOWN, ENTER, ESC, at_question, exit_code, finish, keys, start};

/// An answer file with the first five questions of the default rubric answered.
fn five_answered(dir: &std::path::Path) -> std::path::PathBuf {
    let ana = std::fs::read_to_string(crate::fixtures().join("ana.toml")).unwrap();
    let mut answers = 0;
    let text: String = ana
        .lines()
        .filter(|l| {
            let answer = l.starts_with("sk_") || l.starts_with("va_") || l.starts_with("am_");
            answers += usize::from(answer);
            !answer || answers <= 5
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let path = dir.join("five.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn esc_on_a_resumed_session_goes_back_and_a_skip_says_it_was_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let file = five_answered(dir.path());
    let args = [
        "assess",
        "--resume",
        file.to_str().unwrap(),
        "--no-save",
        "-f",
        "json",
    ];
    let mut p = start(&args, dir.path());
    p.exp_string("27 questions").unwrap();
    at_question(&mut p, 6);
    keys(&mut p, &[ESC]);
    let before = p.exp_string("question 5 of 32").unwrap();
    assert!(!before.contains("This is the first question"), "{before:?}");
    p.exp_string("Skip this question").unwrap();
    keys(&mut p, &["s"]);
    let shown = p.exp_string("question 6 of 32").unwrap();
    assert!(
        shown.contains("Skipped: you can answer it from the review"),
        "{shown:?}"
    );
    assert!(!shown.contains("Your answer: Skip"), "{shown:?}");
    p.exp_string("Skip this question").unwrap();
    keys(&mut p, &[ENTER]);
    finish(&mut p, 7);
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn the_review_clears_every_line_it_drew() {
    let dir = tempfile::tempdir().unwrap();
    let file = five_answered(dir.path());
    let args = [
        "assess",
        "--resume",
        file.to_str().unwrap(),
        "--no-save",
        "-f",
        "json",
    ];
    let mut p = start(&args, dir.path());
    for n in 6..=32 {
        at_question(&mut p, n);
        keys(&mut p, &[ENTER]);
    }
    p.exp_string("Done: show my results").unwrap();
    keys(&mut p, &[DOWN, ENTER]); // change the answer to question 1
    let review = p.exp_string("question 1 of 32").unwrap();
    // The title (two lines at 79 columns), the warning that the answers came too fast (two
    // more: a script answers at once) and the blank line over them: five lines up, each
    // cleared.
    assert!(review.contains("\x1b[5A\r\x1b[2K"), "{review:?}");
    p.exp_string("Skip this question").unwrap();
    keys(&mut p, &[ENTER]);
    p.exp_string("Done: show my results").unwrap();
    keys(&mut p, &[ENTER]);
    for _ in 0..5 {
        p.exp_string(">").unwrap();
        keys(&mut p, &[ENTER]);
    }
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}
