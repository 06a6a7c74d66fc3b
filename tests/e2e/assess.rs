//! The interactive assessment on a real pseudo-terminal, driven like a person would.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

pub const DOWN: &str = "\x1b[B";
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";

/// Starts `pathfit args` on a pseudo-terminal with its data folder in `data`.
pub fn start(args: &[&str], data: &Path) -> PtySession {
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
pub fn keys(p: &mut PtySession, keys: &[&str]) {
    for k in keys {
        p.send(k).unwrap();
        p.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
}

pub fn at_question(p: &mut PtySession, n: usize) {
    p.exp_string(&format!("question {n} of 32")).unwrap();
    p.exp_string("Skip this question").unwrap();
}

/// Answers questions `from..=32` with the cursor's default, finishes review and reflections,
/// then keeps the default practice days and time and names no partner.
pub fn finish(p: &mut PtySession, from: usize) {
    finish_answers(p, from);
    own_time(p, "", "");
}

/// The two questions after the reflections: the practice days and time, and the partner
/// (each reply typed after clearing the line; empty keeps what is shown).
pub fn own_time(p: &mut PtySession, practice: &str, partner: &str) {
    p.exp_string("On which days and at what time will you work on the plan?")
        .unwrap();
    p.exp_string(">").unwrap();
    if !practice.is_empty() {
        // Backspace clears the default shown ("Tue,Thu 19:00"), then the reply.
        keys(p, &["\x7f"; 13]);
        keys(p, &[practice]);
    }
    keys(p, &[ENTER]);
    p.exp_string("Who will you tell your progress each week?")
        .unwrap();
    p.exp_string(">").unwrap();
    if !partner.is_empty() {
        keys(p, &[partner]);
    }
    keys(p, &[ENTER]);
}

/// Answers questions `from..=32` with the cursor's default, then finishes review and reflections.
pub fn finish_answers(p: &mut PtySession, from: usize) {
    for n in from..=32 {
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

pub fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("pathfit did not exit normally: {other:?}"),
    }
}

#[test]
fn a_full_session_ends_in_the_report_and_a_private_answer_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["--save", "mine.toml"], dir.path());
    p.exp_string("32 questions").unwrap();
    p.exp_string("nothing is sent anywhere").unwrap();
    at_question(&mut p, 1);
    keys(&mut p, &[DOWN, DOWN, ENTER]); // Strongly agree
    finish(&mut p, 2);
    // The first screen: this week's actions, and the command that shows the rest.
    p.exp_string("This week (days 1-7, ").unwrap();
    p.exp_string("pathfit score mine.toml --full").unwrap();
    p.exp_string("Saved to mine.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let saved = dir.path().join("mine.toml");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("sk_calendar = 5"), "{text}");
    assert!(text.contains("sk_correspondence = 3"));
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
    assert!(out.contains("\"answered\": 32"));
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
    // Skills: (1 * 0.75 + 13 * 0.5) / 14 questions of equal weight.
    let skills = v[0]["fits"][0]["dimensions"]["skills"].as_f64().unwrap();
    assert!((skills - 100.0 * 7.25 / 14.0).abs() < 1e-9, "{v}");
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
    p.exp_string("30 questions").unwrap();
    finish(&mut p, 3);
    p.exp_string("Saved to done.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let text = std::fs::read_to_string(dir.path().join("done.toml")).unwrap();
    assert!(
        text.contains("sk_calendar = 5") && text.contains("sk_correspondence = 4"),
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

/// Starts pathfit on a pseudo-terminal of `cols` x `rows`.
fn start_sized(args: &[&str], data: &Path, cols: u16, rows: u16) -> PtySession {
    let bin = assert_cmd::cargo::cargo_bin("pathfit");
    let mut script = format!("stty cols {cols} rows {rows}; exec '{}'", bin.display());
    for a in args {
        script.push_str(&format!(" '{a}'"));
    }
    let mut cmd = Command::new("sh");
    cmd.args(["-c", &script])
        .current_dir(data)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("PATHFIT_RUBRICS");
    spawn_command(cmd, Some(20_000)).expect("spawn on a pty")
}

fn resume_files(data: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(data.join("pathfit/resume"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default()
}

#[test]
fn sigterm_keeps_the_answers_restores_the_terminal_and_says_how_to_resume() {
    use rexpect::process::Signal;
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &[DOWN, ENTER]);
    at_question(&mut p, 2);
    p.process_mut().signal(Signal::SIGTERM).unwrap();
    let before = p.exp_string("Stopped. 1 answer is saved in").unwrap();
    assert!(before.contains("\x1b[?25h"), "cursor shown: {before:?}");
    p.exp_regex(r"assess --resume \S+\.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 143);
    let files = resume_files(dir.path());
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("sk_calendar = 4"), "{text}");
}

#[test]
fn ctrl_c_at_the_first_question_leaves_no_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &["\x03"]);
    p.exp_string("Stopped before the first answer; nothing was saved.")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);
    assert!(resume_files(dir.path()).is_empty());
}

#[test]
fn number_keys_choose_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess", "--no-save", "--format", "json"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &["5"]); // Strongly agree, at once
    at_question(&mut p, 2);
    keys(&mut p, &["s"]); // skip
    at_question(&mut p, 3);
    keys(&mut p, &["1"]);
    finish(&mut p, 4);
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let json = &out[out.find("[\r\n").expect("json report")..];
    let v: serde_json::Value = serde_json::from_str(&json.replace("\r\n", "\n")).unwrap();
    assert_eq!(v[0]["answered"], 31);
}

#[test]
fn escape_at_the_first_question_says_how_to_quit() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &[ESC]);
    p.exp_string("This is the first question").unwrap();
    at_question(&mut p, 1);
    keys(&mut p, &["\x03"]);
    p.exp_eof().unwrap();
}

#[test]
fn resuming_and_saving_over_the_same_file_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    // A finished answer file resumes too: only its open questions are asked.
    let file = dir.path().join("mine.toml");
    std::fs::copy(crate::fixtures().join("partial.toml"), &file).unwrap();
    let mut p = start(
        &[
            "assess",
            "--resume",
            "mine.toml",
            "--save",
            "mine.toml",
            "--force",
            "-f",
            "json",
        ],
        dir.path(),
    );
    p.exp_string("6 questions").unwrap();
    for _ in 0..6 {
        p.exp_string("Skip this question").unwrap();
        keys(&mut p, &[ENTER]);
    }
    p.exp_string("Done: show my results").unwrap();
    keys(&mut p, &[ENTER]);
    for _ in 0..3 {
        p.exp_string(">").unwrap();
        keys(&mut p, &[ENTER]);
    }
    // The plan goes on the days and the time typed, and names the partner and the file.
    own_time(&mut p, "Sat 09:30", "Ana");
    p.exp_string("\"If it is Saturday ").unwrap();
    p.exp_string(", 09:30, then I ").unwrap();
    p.exp_string("I tell Ana what I did this week and what shows it.")
        .unwrap();
    p.exp_string("`pathfit compare mine.toml mine-day30.toml`")
        .unwrap();
    p.exp_string("Saved to mine.toml").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let text = std::fs::read_to_string(&file).expect("the file is kept");
    let (out, _) = crate::run(&["score", file.to_str().unwrap(), "-f", "json"], 0);
    assert!(out.contains("\"answered\": 32"), "{text}\n{out}");
}

#[test]
fn resuming_on_another_rubric_is_refused_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ana.toml");
    std::fs::copy(crate::fixtures().join("ana.toml"), &file).unwrap();
    let mut p = start(
        &[
            "assess",
            "--resume",
            "ana.toml",
            "--rubric",
            "specialist-vs-leadership",
        ],
        dir.path(),
    );
    p.exp_regex(r"was answered on rubric\s+`office-secretary-vs-specialist`, but --rubric gives\s+`specialist-vs-leadership`").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);
    let mut p = start(
        &[
            "assess",
            "--resume",
            "ana.toml",
            "--rubric",
            "specialist-vs-leadership",
            "--switch-rubric",
        ],
        dir.path(),
    );
    p.exp_regex(r"answers to\s+32\s+questions\s+it\s+does\s+not\s+have\s+are\s+kept")
        .unwrap();
    p.exp_string("32 questions").unwrap();
    keys(&mut p, &["\x03"]);
    p.exp_eof().unwrap();
}

#[test]
fn bad_targets_and_folders_are_reported_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess", "--save", "no/such/folder/a.toml"], dir.path());
    let before = p
        .exp_string("folder no/such/folder does not exist")
        .unwrap();
    assert!(!before.contains("question 1"), "{before}");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);

    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(["assess"])
        .current_dir(dir.path())
        .env("PATHFIT_DATA", "/proc/pathfit-cannot-write-here")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Set PATHFIT_DATA to a folder you can write, or pass --no-autosave")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);

    // An existing --save file: "no" keeps it untouched, before any question.
    let keep = dir.path().join("keep.toml");
    std::fs::write(&keep, "precious").unwrap();
    let mut p = start(&["assess", "--save", "keep.toml"], dir.path());
    p.exp_string("keep.toml exists. Replace it at the end?")
        .unwrap();
    keys(&mut p, &["n", ENTER]);
    p.exp_string("already exists; choose another --save file or pass --force")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "precious");
}

#[test]
fn a_tiny_terminal_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    for (cols, rows) in [(10, 24), (80, 3), (80, 1)] {
        let mut p = start_sized(&["assess"], dir.path(), cols, rows);
        p.exp_string("the assessment needs at least 30 by 10")
            .unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&p), 2, "{cols}x{rows}");
    }
}

#[test]
fn no_color_is_honoured_on_a_terminal() {
    let run_on_pty = |no_color: bool| {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
        cmd.args(["score", "ana.toml"])
            .current_dir(crate::fixtures())
            .env("TERM", "xterm");
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        let mut p = spawn_command(cmd, Some(20_000)).unwrap();
        p.exp_eof().unwrap()
    };
    assert!(run_on_pty(false).contains('\x1b'), "colour on a terminal");
    assert!(!run_on_pty(true).contains('\x1b'), "NO_COLOR: none");
}

/// A session file as `pathfit assess` writes it, with `extra` lines added.
pub(crate) fn session_file(dir: &Path, extra: &str) -> std::path::PathBuf {
    let path = dir.join("session.toml");
    std::fs::write(
        &path,
        format!(
            "rubric = \"office-secretary-vs-specialist\"\nrubric_version = \"1.1.0\"\n\
             rubric_sha256 = \"0\"\n{extra}"
        ),
    )
    .unwrap();
    path
}

#[test]
fn resumed_answers_are_checked_like_any_answer_file() {
    let dir = tempfile::tempdir().unwrap();
    session_file(
        dir.path(),
        "date = \"2026-11-26\"\n[answers]\nsk_budget = 9\n",
    );
    let mut p = start(&["assess", "--resume", "session.toml"], dir.path());
    p.exp_string("answer 9 to `sk_budget` is off the scale")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 1);
}

#[test]
fn file_names_come_from_pathfit_never_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    session_file(dir.path(), "date = \"../../escaped\"\n");
    let mut p = start(&["assess", "--resume", "session.toml"], dir.path());
    finish(&mut p, 1);
    p.exp_string("Save your answers in").unwrap();
    keys(&mut p, &[ENTER]);
    p.exp_string("Saved to").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let saved: Vec<_> = std::fs::read_dir(dir.path().join("pathfit/sessions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(saved.len(), 1);
    assert!(
        saved[0].starts_with("office-secretary-vs-specialist-20"),
        "{saved:?}"
    );
    assert!(!dir.path().join("pathfit/escaped").exists());
    assert!(!dir.path().join("escaped").exists());
}

#[test]
fn sighup_ends_like_sigterm() {
    use rexpect::process::Signal;
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(&["assess"], dir.path());
    at_question(&mut p, 1);
    keys(&mut p, &["2"]);
    at_question(&mut p, 2);
    p.process_mut().signal(Signal::SIGHUP).unwrap();
    p.exp_string("Stopped. 1 answer is saved in").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 129);
}

#[test]
fn a_coach_can_ask_the_name_and_keep_the_result_for_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(
        &[
            "assess",
            "--ask-name",
            "--no-report",
            "--save",
            "client.toml",
        ],
        dir.path(),
    );
    p.exp_string("A name or initials").unwrap();
    keys(&mut p, &["A", "B", ENTER]);
    // No report: no plan to put on the person's days.
    finish_answers(&mut p, 1);
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(out.contains("the result is not shown"), "{out}");
    assert!(
        !out.contains("proof plan") && !out.contains("Clear lean"),
        "{out}"
    );
    let text = std::fs::read_to_string(dir.path().join("client.toml")).unwrap();
    assert!(text.contains("respondent = \"AB\""), "{text}");
    // --no-report without --save would lose the answers: refused.
    let (_, err) = crate::run(&["assess", "--no-report"], 2);
    assert!(err.contains("--save"), "{err}");
}

#[test]
fn a_long_report_on_a_terminal_goes_through_the_pager() {
    let bin = assert_cmd::cargo::cargo_bin("pathfit");
    let run_pty = |rows: u16, pager: &str, args: &str| {
        let script = format!("stty cols 80 rows {rows}; exec '{}' {args}", bin.display());
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &script])
            .current_dir(crate::fixtures())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("PAGER", pager);
        let mut p = spawn_command(cmd, Some(20_000)).unwrap();
        p.exp_eof().unwrap()
    };
    let out = run_pty(20, "echo PAGED-BY-TEST; cat", "score ana.toml --full");
    assert!(
        out.contains("PAGED-BY-TEST") && out.contains("Clear lean"),
        "{out}"
    );
    // The first screen is printed as it is, even on a screen shorter than it.
    let out = run_pty(20, "echo PAGED-BY-TEST; cat", "score ana.toml");
    assert!(
        !out.contains("PAGED-BY-TEST") && out.contains("Full report:"),
        "{out}"
    );
    // Short enough for the screen: no pager.
    let out = run_pty(
        200,
        "echo PAGED-BY-TEST; cat",
        "score ana.toml --sections plan",
    );
    assert!(
        !out.contains("PAGED-BY-TEST") && out.contains("Clear lean"),
        "{out}"
    );
    // A pager that does not exist: the report is printed anyway.
    let out = run_pty(20, "no-such-pager-here", "score ana.toml --full");
    assert!(out.contains("Clear lean"), "{out}");
    // Never when piped.
    let (out, _) = crate::run_cmd(
        crate::pathfit()
            .args(["score", "ana.toml"])
            .env("PAGER", "echo PAGED"),
        0,
    );
    assert!(!out.contains("PAGED"), "{out}");
}

#[test]
fn sigterm_at_the_first_question_leaves_no_temporary_output_file() {
    use rexpect::process::Signal;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("o")).unwrap();
    let mut p = start(&["assess", "--output", "o/r.md"], dir.path());
    at_question(&mut p, 1);
    p.process_mut().signal(Signal::SIGTERM).unwrap();
    p.exp_string("Stopped before the first answer; nothing was saved.")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 143);
    let left: Vec<_> = std::fs::read_dir(dir.path().join("o"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.file_name()))
        .collect();
    assert!(left.is_empty(), "left in o/: {left:?}");
}

/// Declining to save would delete the answers with the autosave: pathfit says so and asks
/// once more; No keeps the file to resume from, Yes deletes it. Answers given faster than
/// they can be read are pointed out on the review screen, while they can still be changed.
#[test]
fn declining_to_save_asks_before_deleting_and_the_review_warns_of_quick_answers() {
    for keep in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let mut p = start(
            &["assess", "--practice", "Tue,Thu 19:00", "--partner", ""],
            dir.path(),
        );
        for n in 1..=32 {
            at_question(&mut p, n);
            keys(&mut p, &[ENTER]);
        }
        p.exp_string("answers came faster than the question can be read (marked (!))")
            .unwrap();
        p.exp_string("Done: show my results").unwrap();
        keys(&mut p, &[ENTER]);
        for _ in 0..3 {
            p.exp_string(">").unwrap();
            keys(&mut p, &[ENTER]);
        }
        p.exp_string("Save your answers in").unwrap();
        keys(&mut p, &["n"]);
        p.exp_string("Then your answers will be deleted").unwrap();
        keys(&mut p, &[if keep { "n" } else { "y" }]);
        if keep {
            p.exp_string("Your answers so far are in").unwrap();
        }
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&p), 0);
        let left = resume_files(dir.path());
        assert_eq!(left.len(), usize::from(keep), "keep {keep}: {left:?}");
        if keep {
            let text = std::fs::read_to_string(&left[0]).unwrap();
            assert!(text.contains("sk_calendar = 3"), "{text}");
        }
    }
}

#[test]
fn the_command_line_answers_the_plan_questions_and_the_calendar_says_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "assess",
        "--no-save",
        "-f",
        "json",
        "--practice",
        "Mon 18:00",
        "--partner",
        "",
        "--calendar",
        "plan.ics",
    ];
    let mut p = start(&args, dir.path());
    // Neither plan question is asked: the reflections lead straight to the report.
    finish_answers(&mut p, 1);
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(!out.contains("On which days"), "{out}");
    assert!(out.contains("Wrote the plan's"), "{out}");
    let ics = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("T180000\r\n"), "{ics}");
    assert!(
        unfolded.contains("so the plan names no file to compare day30.toml with"),
        "{ics}"
    );
    assert!(!unfolded.contains("pathfit compare"), "{ics}");
    assert!(!unfolded.contains("check-in with"), "no partner: {ics}");
}
