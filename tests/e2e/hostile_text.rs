//! Terminal safety everywhere: a rubric with escape sequences, 8-bit controls and bidi controls
//! in every text, answer files and an export with hostile ids and names, through every command
//! and format. Not one such character may reach stdout or stderr.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use rexpect::session::spawn_command;

/// OSC 52 (clipboard), a screen clear, an 8-bit CSI, bidi overrides, NEL, a line separator,
/// 8-bit OSC and DCS, an OSC 8 hyperlink, ALM, LRM, BEL, a paragraph separator and an
/// unfinished DCS.
const H: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}\u{85}\u{2028}\
                 \u{9d}0;x\u{9c}\u{90}q\u{9c}\u{1b}]8;;http://x\u{1b}\\\u{61c}\u{200e}\u{7}\
                 \u{2029}\u{1b}Pzz";

/// A character that must never be written: ESC, BEL, any C0 or C1 control other than line
/// breaks and tabs, a bidi control, U+2028 or U+2029.
fn forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(
            c,
            '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
        || matches!(c, '\u{2028}' | '\u{2029}')
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("{what}: not UTF-8"));
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| forbidden(c)) {
        let from = text[..i].char_indices().rev().nth(60).map_or(0, |(j, _)| j);
        panic!("{what}: {c:?} at byte {i}, after {:?}", &text[from..i]);
    }
}

/// `bytes` without pathfit's own styling (`ESC [ digits ; m`), which `--color always` adds.
fn without_styling(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\x1b[") {
            let n = bytes[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b';')
                .count();
            if bytes.get(i + 2 + n) == Some(&b'm') {
                i += n + 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The text in a TOML basic string.
fn toml_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_ascii() && !c.is_control() => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", c as u32)),
        }
    }
    out
}

/// `line` with `h` at the end of each of its basic strings; comments left alone.
fn inject(line: &str, h: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '#' if !in_string => {
                out.push(c);
                out.push_str(chars.as_str());
                break;
            }
            '\\' if in_string => {
                out.push(c);
                out.extend(chars.next());
                continue;
            }
            '"' if in_string => out.push_str(h),
            _ => {}
        }
        if c == '"' {
            in_string = !in_string;
        }
        out.push(c);
    }
    out
}

fn source() -> String {
    std::fs::read_to_string(crate::repo().join("rubrics/office-secretary-vs-specialist.toml"))
        .unwrap()
}

/// The default rubric with [`H`] in every text and id (ids keep referring to one another:
/// each gets the same tail), and raw C1 and bidi characters in a comment.
fn hostile_rubric() -> String {
    let h = toml_escape(H);
    let mut out = String::from("# a comment holding \u{9b}2J and \u{202e} as they are\n");
    let mut prose = false;
    for line in source().lines() {
        let line = if line.starts_with("id = \"office-secretary") {
            "id = \"hostile\"".to_owned()
        } else if line.starts_with("language") {
            line.to_owned()
        } else if line.ends_with("= \"\"\"") {
            prose = true;
            format!("{line}{h}\\n")
        } else if prose {
            prose = !line.contains("\"\"\"");
            line.replace("\"\"\"", &format!("{h}\"\"\""))
        } else {
            inject(line, &h)
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The ids of the parts in `[[table]]` sections of the default rubric, in order.
fn ids(table: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in source().lines() {
        if line.starts_with('[') {
            inside = line == format!("[[{table}]]");
        } else if inside && let Some(id) = line.strip_prefix("id = \"") {
            out.push(id.trim_end_matches('"').to_owned());
            inside = false;
        }
    }
    out
}

/// A JSON and a TOML answer file with hostile ids, respondent and reflections, and a CSV export
/// with hostile headers, ids and one row with a hostile cell.
fn answer_files(dir: &Path) {
    let questions = ids("questions");
    let reflections = ids("reflections");
    assert_eq!((questions.len(), reflections.len()), (32, 3));
    let answers: serde_json::Map<String, serde_json::Value> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (format!("{q}{H}"), (i % 5 + 1).into()))
        .collect();
    let notes: serde_json::Map<String, serde_json::Value> = reflections
        .iter()
        .map(|r| (format!("{r}{H}"), format!("My plan{H}\nline two{H}").into()))
        .collect();
    let sheet = serde_json::json!({
        "rubric": "hostile", "respondent": format!("Ana{H}"), "date": "2026-11-20",
        "answers": answers, "reflections": notes,
    });
    std::fs::write(dir.join("a.json"), sheet.to_string()).unwrap();
    let e = |t: &str| toml_escape(&format!("{t}{H}"));
    let mut toml = format!(
        "rubric = \"hostile\"\nrespondent = \"{}\"\n[answers]\n",
        e("Bo")
    );
    for (i, q) in questions.iter().enumerate() {
        toml.push_str(&format!("\"{}\" = {}\n", e(q), i * 3 % 5 + 1));
    }
    toml.push_str(&format!(
        "[reflections]\n\"{}\" = \"{}\"\n",
        e(&reflections[0]),
        e("x")
    ));
    std::fs::write(dir.join("b.toml"), &toml).unwrap();
    let bad = toml.replacen(" = 1\n", &format!(" = \"Maybe{}\"\n", toml_escape(H)), 1);
    std::fs::write(dir.join("bad.toml"), bad).unwrap();
    let mut header = vec!["Name".to_owned()];
    header.extend(questions.iter().map(|q| format!("{q}{H}")));
    let mut rows = vec![header];
    for (n, name) in ["Ana", "Bo", "Cy"].iter().enumerate() {
        let mut row = vec![format!("{name}{H}")];
        row.extend((0..questions.len()).map(|i| ((i + n) % 5 + 1).to_string()));
        if n == 2 {
            row[1] = format!("Maybe{H}");
        }
        rows.push(row);
    }
    // Semicolons: the header's own (in its sequences) outnumber any commas.
    let quote = |t: &String| format!("\"{}\"", t.replace('"', "\"\""));
    let csv: Vec<String> = rows
        .iter()
        .map(|r| r.iter().map(quote).collect::<Vec<_>>().join(";"))
        .collect();
    std::fs::write(dir.join("s.csv"), csv.join("\n") + "\n").unwrap();
    let tsv: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
    std::fs::write(dir.join("s.tsv"), tsv.join("\n") + "\n").unwrap();
}

/// A folder with the hostile rubric and answer files.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rubric = dir.path().join("hostile.toml");
    std::fs::write(&rubric, hostile_rubric()).unwrap();
    answer_files(dir.path());
    (dir, rubric)
}

/// Runs `pathfit args` in `dir`, with colour forced so nothing is left out; asserts both
/// streams are clean and returns (stdout, exit code).
fn clean_run(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = crate::pathfit()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("pathfit runs");
    let what = args.join(" ");
    assert_clean(&format!("{what}: stdout"), &without_styling(&out.stdout));
    assert_clean(&format!("{what}: stderr"), &without_styling(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    (stdout, out.status.code().unwrap_or(-1))
}

#[test]
fn hostile_texts_are_inert_in_every_command_and_format() {
    let (dir, _rubric) = setup();
    let d = dir.path();
    let r = ["-r", "hostile.toml"];
    for (format, color) in [
        ("table", "always"),
        ("table", "never"),
        ("markdown", "never"),
        ("json", "never"),
        ("csv", "never"),
        ("jsonl", "never"),
    ] {
        for file in ["a.json", "b.toml", "s.csv", "s.tsv"] {
            let args = [&["score", file, "-f", format, "--color", color][..], &r].concat();
            let (out, code) = clean_run(d, &args);
            assert!(matches!(code, 0 | 1), "{args:?}: exit {code}");
            assert!(!out.is_empty(), "{args:?}");
        }
    }
    let (table, _) = clean_run(d, &["score", "a.json", "-r", "hostile.toml"]);
    assert!(table.contains("\\u{1b}"), "a visible mark: {table}");
    for format in ["table", "markdown"] {
        for flag in [&["--summary-only", "--min-cohort", "1"][..], &["--summary"]] {
            let args = [
                &["score", "s.csv", "-f", format, "--color", "always"][..],
                flag,
                &r,
            ];
            clean_run(d, &args.concat());
        }
    }
    let (_, code) = clean_run(d, &["score", "bad.toml", "-r", "hostile.toml"]);
    assert_ne!(code, 0, "an answer that is not on the scale");
}

#[test]
fn hostile_texts_are_inert_in_the_guides_and_rubric_commands() {
    let (dir, _rubric) = setup();
    let d = dir.path();
    let r = ["-r", "hostile.toml"];
    for format in ["table", "markdown", "json"] {
        for color in ["always", "never"] {
            let f = ["-f", format, "--color", color];
            for command in [&["explain", "a.json"][..], &["compare", "a.json", "b.toml"]] {
                let (_, code) = clean_run(d, &[command, &r, &f].concat());
                assert_eq!(code, 0, "{command:?} {format}");
            }
            for command in ["roles", "faq"] {
                clean_run(d, &[&[command][..], &r, &f].concat());
            }
        }
    }
    for args in [
        &["template", "-r", "hostile.toml"][..],
        &["rubric", "show", "hostile.toml"],
        &["rubric", "show", "--raw", "hostile.toml"],
        &["rubric", "lint", "hostile.toml"],
        &["rubric", "check", "--lint", "hostile.toml"],
        &["rubric", "list", "--rubric-dir", "."],
        &["map", "s.csv", "-r", "hostile.toml"],
    ] {
        for color in ["always", "never"] {
            let (_, code) = clean_run(d, &[args, &["--color", color]].concat());
            assert!(code <= 1, "{args:?}: exit {code}");
        }
    }
    let (check, code) = clean_run(d, &["rubric", "check", "hostile.toml"]);
    assert_eq!(code, 0, "{check}");
}

#[test]
fn the_template_of_a_hostile_rubric_is_a_working_answer_file() {
    let (dir, _rubric) = setup();
    let (template, code) = clean_run(dir.path(), &["template", "-r", "hostile.toml"]);
    assert_eq!(code, 0);
    let (answers, notes) = template.split_once("[reflections]").expect("reflections");
    let answers = answers.replace("= \"\"\n", "= 3\n");
    let filled =
        format!("{answers}[reflections]{notes}").replace("respondent = 3", "respondent = \"\"");
    std::fs::write(dir.path().join("t.toml"), filled).unwrap();
    let (out, code) = clean_run(
        dir.path(),
        &["score", "t.toml", "-f", "json", "-r", "hostile.toml"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"answered\": 32"), "{out}");
}

/// The bytes rexpect read (one char a byte), without ESC: the prompts' own cursor moves use it.
fn pty_bytes(screen: &str) -> Vec<u8> {
    screen
        .chars()
        .filter(|&c| c != '\u{1b}')
        .map(|c| u8::try_from(u32::from(c)).expect("one char a byte"))
        .collect()
}

#[test]
fn the_assessment_shows_hostile_texts_inert() {
    let (dir, _rubric) = setup();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(["assess", "-r", "hostile.toml", "--no-save"])
        .current_dir(dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("PATHFIT_RUBRICS");
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn on a pty");
    let press = |p: &mut rexpect::session::PtySession, key: &str| {
        p.send(key).unwrap();
        p.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    };
    let mut screen = String::new();
    for n in 1..=32 {
        screen += &p.exp_string(&format!("question {n} of 32")).unwrap();
        screen += &p.exp_string("Skip this question").unwrap();
        press(&mut p, "\r");
    }
    screen += &p.exp_string("Done: show my results").unwrap();
    press(&mut p, "\r");
    // Three reflections, then the practice days and time and the partner.
    for _ in 0..5 {
        screen += &p.exp_string(">").unwrap();
        press(&mut p, "\r");
    }
    screen += &p.exp_eof().unwrap();
    assert!(
        screen.contains("\\u{1b}"),
        "the marks are visible: {screen}"
    );
    // The prompts move the cursor with CSI sequences of their own; none from the rubric, no
    // OSC or DCS at all, and nothing else forbidden.
    for seq in ["\u{1b}]", "\u{1b}P", "\u{1b}[2J"] {
        assert!(!screen.contains(seq), "{seq:?} in {screen:?}");
    }
    assert_clean("assess", &pty_bytes(&screen));
}

#[test]
fn a_hostile_session_file_is_inert_when_resumed() {
    let (dir, _rubric) = setup();
    let e = toml_escape(&format!("Ana{H}"));
    let session = format!(
        "rubric = \"hostile\"\nrubric_version = \"{e}\"\nrubric_sha256 = \"0\"\n\
         date = \"2026-11-20\"\nrespondent = \"{e}\"\n[reflections]\n\"{e}\" = \"{e}\"\n"
    );
    std::fs::write(dir.path().join("session.toml"), session).unwrap();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pathfit"));
    cmd.args(["assess", "-r", "hostile.toml", "--resume", "session.toml"])
        .current_dir(dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn on a pty");
    let screen = p.exp_string("question 1 of 32").unwrap();
    assert_clean("resume", &pty_bytes(&screen));
    assert!(!screen.contains("\u{1b}]"), "{screen:?}");
}
