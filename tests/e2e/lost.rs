//! Nothing overwritten or lost: an `--output` that is an input or the `--save` file, a target
//! that is a link, a folder or a foreign file, and two assessments answering one session file
//! are each refused before any work, with the files as they were.

use std::fs;
use std::path::{Path, PathBuf};

use crate::assess::{ENTER, at_question, exit_code, keys, session_file, start};
use crate::{fixtures, pathfit, run_cmd};

/// A copy of fixture `name` in a fresh folder.
fn copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join(Path::new(name).file_name().unwrap());
    fs::copy(fixtures().join(name), &to).unwrap();
    (dir, to)
}

/// Runs pathfit in `dir` with `args`; asserts exit 2 and one error line; returns it.
fn refused(dir: &Path, args: &[&str]) -> String {
    let (stdout, stderr) = run_cmd(pathfit().current_dir(dir).args(args), 2);
    assert_eq!(stdout, "");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one error line: {stderr}");
    assert!(lines[0].starts_with("error: "), "{stderr}");
    lines[0].to_owned()
}

/// The names in `dir`, sorted: no temporary file may be left behind.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_output_that_is_an_input_is_refused_by_any_name_or_link() {
    let (dir, file) = copy("ana.toml");
    let before = fs::read(&file).unwrap();
    fs::hard_link(&file, dir.path().join("hard.toml")).unwrap();
    std::os::unix::fs::symlink(&file, dir.path().join("soft.toml")).unwrap();
    for output in ["ana.toml", "./ana.toml", "hard.toml", "soft.toml"] {
        let line = refused(
            dir.path(),
            &["score", "ana.toml", "--output", output, "--force"],
        );
        assert_eq!(
            line,
            format!(
                "error: --output file {output} is the same file as answer file ana.toml; \
                 nothing was written. Choose another --output file"
            )
        );
    }
    assert_eq!(fs::read(&file).unwrap(), before, "the input is unchanged");
    assert_eq!(names(dir.path()), ["ana.toml", "hard.toml", "soft.toml"]);
}

#[test]
fn explain_compare_map_and_rubric_files_are_inputs_too() {
    let (dir, file) = copy("ana.toml");
    fs::copy(fixtures().join("lead.toml"), dir.path().join("lead.toml")).unwrap();
    fs::copy(
        fixtures().join("survey/map.toml"),
        dir.path().join("map.toml"),
    )
    .unwrap();
    let rubric = fixtures().join("rubrics/three-roads.toml");
    fs::copy(&rubric, dir.path().join("roads.toml")).unwrap();
    let before: Vec<Vec<u8>> = names(dir.path())
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    let cases: &[(&[&str], &str)] = &[
        (
            &["explain", "ana.toml", "-o", "./ana.toml"],
            "answer file ana.toml",
        ),
        (
            &["compare", "lead.toml", "ana.toml", "-o", "ana.toml"],
            "answer file ana.toml",
        ),
        (
            &["score", "x.csv", "--map", "map.toml", "-o", "map.toml"],
            "mapping file map.toml",
        ),
        (
            &["roles", "--rubric", "roads.toml", "-o", "roads.toml"],
            "rubric file roads.toml",
        ),
        (
            &[
                "score",
                "ana.toml",
                "--rubric",
                "./roads.toml",
                "-o",
                "roads.toml",
            ],
            "rubric file",
        ),
    ];
    for (args, named) in cases {
        let mut args = args.to_vec();
        args.push("--force");
        let line = refused(dir.path(), &args);
        assert!(
            line.contains(named) && line.contains("is the same file as"),
            "{line}"
        );
    }
    let after: Vec<Vec<u8>> = names(dir.path())
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    assert_eq!(before, after, "every input is unchanged");
    assert_eq!(
        names(dir.path()),
        ["ana.toml", "lead.toml", "map.toml", "roads.toml"]
    );
    drop(file);
}

#[test]
fn assess_refuses_an_output_that_is_the_save_or_resume_file_before_any_question() {
    // No terminal is needed to be told: the clash is found before the questions are set up.
    let (dir, file) = copy("partial.toml");
    let before = fs::read(&file).unwrap();
    let line = refused(
        dir.path(),
        &[
            "assess",
            "--save",
            "partial.toml",
            "--output",
            "./partial.toml",
            "--force",
        ],
    );
    assert!(
        line.contains("--output file ./partial.toml is the same file as --save file partial.toml"),
        "{line}"
    );
    let line = refused(
        dir.path(),
        &[
            "assess",
            "--resume",
            "partial.toml",
            "-o",
            "partial.toml",
            "--force",
        ],
    );
    assert!(line.contains("as file to resume partial.toml"), "{line}");
    assert_eq!(fs::read(&file).unwrap(), before);
    assert_eq!(names(dir.path()), ["partial.toml"]);
}

#[test]
fn a_link_a_folder_or_a_missing_folder_as_output_is_refused_before_any_work() {
    let (dir, file) = copy("ana.toml");
    let other = dir.path().join("other.md");
    fs::write(&other, "keep").unwrap();
    std::os::unix::fs::symlink("nowhere.md", dir.path().join("dangling.md")).unwrap();
    std::os::unix::fs::symlink(&other, dir.path().join("link.md")).unwrap();
    fs::create_dir(dir.path().join("folder")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe"))
        .status();
    assert!(fifo.unwrap().success(), "mkfifo");
    let cases = [
        ("pipe", "is not a regular file (a pipe, socket or device)"),
        ("dangling.md", "is a symbolic link to nothing; pass --force"),
        ("link.md", "is a symbolic link; pass --force"),
        ("folder", "is a folder; give a file name"),
        ("other.md", "already exists; pass --force"),
        ("no/such/r.md", "folder no/such does not exist"),
    ];
    for (output, says) in cases {
        let line = refused(dir.path(), &["score", "ana.toml", "-o", output]);
        assert!(line.contains(&format!("--output file {output}")), "{line}");
        assert!(line.contains(says), "{line}");
    }
    assert_eq!(fs::read(&other).unwrap(), b"keep");
    assert!(!dir.path().join("nowhere.md").exists());
    let line = refused(dir.path(), &["score", "ana.toml", "-o", "pipe", "--force"]);
    assert!(line.contains("is not a regular file"), "{line}");
    let expected = [
        "ana.toml",
        "dangling.md",
        "folder",
        "link.md",
        "other.md",
        "pipe",
    ];
    assert_eq!(names(dir.path()), expected);
    assert!(
        fs::read_dir(dir.path().join("folder"))
            .unwrap()
            .next()
            .is_none()
    );
    drop(file);
}

#[test]
fn with_force_a_link_is_replaced_never_the_file_it_names() {
    let (dir, _file) = copy("ana.toml");
    let other = dir.path().join("other.md");
    fs::write(&other, "keep").unwrap();
    std::os::unix::fs::symlink(&other, dir.path().join("link.md")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", dir.path().join("dangling.md")).unwrap();
    for link in ["link.md", "dangling.md"] {
        let args = ["score", "ana.toml", "-f", "markdown", "-o", link, "--force"];
        run_cmd(pathfit().current_dir(dir.path()).args(args), 0);
        let meta = fs::symlink_metadata(dir.path().join(link)).unwrap();
        assert!(meta.is_file(), "{link} is now the report itself");
    }
    assert_eq!(fs::read(&other).unwrap(), b"keep");
    assert!(!dir.path().join("nowhere.md").exists());
}

/// `pathfit args` on a pseudo-terminal in `dir`, colour allowed; returns the terminal's text.
fn on_pty(dir: &Path, args: &[&str]) -> String {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(args)
        .current_dir(dir)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("PATHFIT_RUBRICS");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let text = p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0, "{text}");
    text
}

#[test]
fn a_report_written_to_a_file_from_a_terminal_has_no_colour_codes() {
    let (dir, _file) = copy("ana.toml");
    assert!(
        on_pty(dir.path(), &["roles"]).contains('\x1b'),
        "a terminal has colour"
    );
    let runs: [&[&str]; 3] = [
        &["score", "ana.toml", "-o", "score.txt"],
        &["explain", "ana.toml", "-o", "explain.txt"],
        &["roles", "-o", "roles.txt"],
    ];
    for args in runs {
        on_pty(dir.path(), args);
        let name = args.last().unwrap();
        let text = fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(
            !text.is_empty() && !text.contains('\x1b'),
            "{name}: {text:?}"
        );
    }
    // Asked for in so many words, a file gets colour too.
    on_pty(
        dir.path(),
        &["roles", "--color", "always", "-o", "always.txt"],
    );
    let text = fs::read_to_string(dir.path().join("always.txt")).unwrap();
    assert!(text.contains('\x1b'), "--color always: {text:?}");
}

/// Holds the advisory lock on `path` from this process, as a running assessment would.
fn hold(path: &Path) -> fs::File {
    let file = fs::File::open(path).unwrap();
    fs4::FileExt::try_lock(&file).unwrap();
    file
}

/// Whether another process holds the lock on the file `path` names now.
fn is_locked(path: &Path) -> bool {
    let file = fs::File::open(path).unwrap();
    matches!(
        fs4::FileExt::try_lock(&file),
        Err(fs4::TryLockError::WouldBlock)
    )
}

#[test]
fn a_session_being_answered_cannot_be_resumed_a_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(
        dir.path(),
        "date = \"2026-11-26\"\n[answers]\nsk_budget = 4\n",
    );
    let before = fs::read(&file).unwrap();
    let lock = hold(&file);
    let mut p = start(&["assess", "--resume", "session.toml"], dir.path());
    p.exp_string("error: session.toml is being answered by another pathfit right now")
        .unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains("question"), "no question is asked: {rest}");
    assert_eq!(exit_code(&p), 2);
    assert_eq!(fs::read(&file).unwrap(), before, "the session is unchanged");
    assert_eq!(names(dir.path()), ["session.toml"]);
    drop(lock);
}

#[test]
fn the_autosave_stays_locked_while_the_assessment_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = start(&["assess"], dir.path());
    at_question(&mut a, 1);
    keys(&mut a, &[ENTER]);
    at_question(&mut a, 2);
    keys(&mut a, &[ENTER]);
    at_question(&mut a, 3);
    let resume = dir.path().join("pathfit/resume");
    let files: Vec<PathBuf> = fs::read_dir(&resume)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let autosave = &files[0];
    // Each answer replaces the file; the lock moves with it.
    assert!(is_locked(autosave), "the new autosave is locked");
    let saved = fs::read(autosave).unwrap();
    let path = autosave.to_str().unwrap();
    let mut b = start(&["assess", "--resume", path], dir.path());
    b.exp_string("is being answered by another pathfit right now")
        .unwrap();
    b.exp_eof().unwrap();
    assert_eq!(exit_code(&b), 2);
    assert_eq!(fs::read(autosave).unwrap(), saved, "B wrote nothing");
    keys(&mut a, &["\x03"]);
    a.exp_string("Stopped. 2 answers are saved in").unwrap();
    a.exp_eof().unwrap();
    assert_eq!(exit_code(&a), 130);
    assert!(!is_locked(autosave), "the lock ends with the assessment");
    assert_eq!(
        fs::read_dir(&resume).unwrap().count(),
        1,
        "no temporary file left"
    );
}
