//! The interactive assessment on a real pseudo-terminal, driven like a person would.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

/// Starts `pathfit args` on a pseudo-terminal with its data folder in `data`.
fn start(args: &[&str], data: &Path) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(args)
        .current_dir(data)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("PATHFIT_RUBRICS");
    spawn_command(cmd, Some(20_000)).expect("spawn on a pty")
}

/// Sends keys, pausing so a lone Esc is not read as the start of an escape sequence.
fn keys(p: &mut PtySession, keys: &[&str]) {
    for k in keys {
        p.send(k).unwrap();
        p.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
}

fn at_question(p: &mut PtySession, n: usize) {
    p.exp_string(&format!("question {n} of 26")).unwrap();
    p.exp_string("Skip this question").unwrap();
}

/// Answers questions `from..=26` with the cursor's default, then finishes review and reflections.
fn finish(p: &mut PtySession, from: usize) {
    for n in from..=26 {
        at_question(p, n);
        keys(p, &[ENTER]);
    }
    p.exp_string("Done: show my results").unwrap();
    keys(p, &[ENTER]);
    for _ in 0..3 {
        p.exp_string(">").unwrap();
        keys(p, &[ENTER]);
    }
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("pathfit did not exit normally: {other:?}"),
    }
}

#[test]
fn a_full_session_ends_in_the_report_and_a_private_answer_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["--save", "mine.toml"], dir.path());
    p.exp_string("26 questions").unwrap();
    p.exp_string("nothing is sent anywhere").unwrap();
    at_question(&mut p, 1);
    keys(&mut p, &[DOWN, DOWN, ENTER]); // Strongly agree
    finish(&mut p, 2);
    p.exp_string("30-day proof plan").unwrap();
    p.exp_string("Saved to mine.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let saved = dir.path().join("mine.toml");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("sk_coordinate = 5"), "{text}");
    assert!(text.contains("sk_budget = 3"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&saved).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The saved file is a normal answer file.
    let (out, _) = crate::run(&["score", saved.to_str().unwrap(), "-f", "json"], 0);
    assert!(out.contains("\"answered\": 26"));
    // The autosave is removed once the answers are safe.
    let resume = dir.path().join("pathfit/resume");
    assert_eq!(std::fs::read_dir(resume).unwrap().count(), 0);
}

#[test]
fn escape_goes_back_one_question_keeping_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess", "--no-save", "--format", "json"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &[DOWN, ENTER]); // Agree
    at_question(&mut p, 2);
    keys(&mut p, &[ESC]);
    at_question(&mut p, 1);
    keys(&mut p, &[ENTER]); // the cursor starts on Agree
    finish(&mut p, 2);
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    // The JSON report follows the prompts; the first question is answered Agree (4).
    let json = &out[out.find("[\r\n").expect("json report")..];
    let v: serde_json::Value = serde_json::from_str(&json.replace("\r\n", "\n")).unwrap();
    // Skills: (1 * 0.75 + 10 * 0.5) / 11 weight units, with sk_budget weighing 1.5.
    let skills = v[0]["fits"][0]["dimensions"]["skills"].as_f64().unwrap();
    assert!((skills - 100.0 * 5.75 / 11.0).abs() < 1e-9, "{v}");
}

#[test]
fn ctrl_c_saves_progress_and_resume_continues_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &[DOWN, DOWN, ENTER]); // Strongly agree
    at_question(&mut p, 2);
    keys(&mut p, &[DOWN, ENTER]); // Agree
    at_question(&mut p, 3);
    keys(&mut p, &["\x03"]);
    let before = p.exp_string("Stopped. 2 answers are saved in").unwrap();
    assert!(
        before.contains("\x1b[?25h"),
        "the cursor is shown again: {before:?}"
    );
    let (_, command) = p.exp_regex(r"pathfit assess --resume \S+\.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);

    let file = command
        .trim_start_matches("pathfit assess --resume ")
        .to_owned();
    assert!(Path::new(&file).starts_with(dir.path()), "{file}");
    let mut p = start(
        &["assess", "--resume", &file, "--save", "done.toml"],
        dir.path(),
    );
    p.exp_string("24 questions").unwrap();
    finish(&mut p, 3);
    p.exp_string("Saved to done.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let text = std::fs::read_to_string(dir.path().join("done.toml")).unwrap();
    assert!(
        text.contains("sk_coordinate = 5") && text.contains("sk_budget = 4"),
        "{text}"
    );
    assert!(
        !Path::new(&file).exists(),
        "the autosave is gone once saved"
    );
}

#[test]
fn without_a_terminal_it_refuses_at_once() {
    let (out, err) = crate::run(&[], 2);
    assert_eq!(out, "");
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("needs a terminal")
            && err.contains("pathfit template")
            && err.contains("pathfit score"),
        "{err}"
    );
    let (_, err) = crate::run(&["assess", "--rubric", "specialist-vs-leadership"], 2);
    assert!(err.contains("needs a terminal"));
}
