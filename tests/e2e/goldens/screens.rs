//! The assessment's screens as a person sees them: everything pathfit writes to a pseudo-
//! terminal of fixed size goes through a terminal emulator (vt100), and the screen is pinned
//! once the last text of that screen has appeared.

use std::path::{Path, PathBuf};
use std::process::Command;

use pathfit::text::l10n::{Catalog, Lang};
use rexpect::reader::Regex;
use rexpect::session::{PtySession, spawn_command};

use super::LANGS;
use crate::assess::{ENTER, ESC, exit_code, keys};

/// The prefix of the data folder: with its six random letters it is as long on every run, so
/// the paths pathfit prints wrap the same on every run.
const DATA_PREFIX: &str = "/tmp/pathfit-gold-";

/// A terminal of `cols` x `rows` with pathfit running on it, and the screen it shows.
struct Tty {
    p: PtySession,
    vt: vt100::Parser,
    /// The data folder, which the screen shows as `DATA_PREFIX` and `XXXXXX`.
    data: String,
    cols: u16,
    rows: u16,
}

/// `text` matched literally by a regex.
fn regex_escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$' => {
                format!("\\{c}")
            }
            _ => c.to_string(),
        })
        .collect()
}

/// `text` as rexpect holds the output: one char per byte.
fn bytes_as_chars(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

impl Tty {
    /// Starts `pathfit --lang LANG args` on a terminal of `cols` x `rows` with its data in
    /// `data`; `pathfit` is on the PATH, so the commands it shows start with its name.
    fn start(lang: &str, args: &[&str], data: &Path, (cols, rows): (u16, u16)) -> Tty {
        let bin = assert_cmd::cargo::cargo_bin("pathfit");
        let mut script = format!("stty cols {cols} rows {rows}; exec pathfit --lang {lang}");
        for a in args {
            script.push_str(&format!(" '{a}'"));
        }
        let dir = bin.parent().expect("the binary's folder");
        let path = std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("a PATH");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &script])
            .current_dir(data)
            .env("PATH", path)
            .env("XDG_DATA_HOME", data)
            .env("HOME", data)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            // The report after the prompts is longer than the screen: no pager to wait on.
            .env("PAGER", "cat")
            .env("SOURCE_DATE_EPOCH", "1796083200")
            .env_remove("PATHFIT_RUBRICS")
            .env_remove("PATHFIT_DATA")
            .env_remove("PATHFIT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        Tty {
            p: spawn_command(cmd, Some(20_000)).expect("spawn on a pty"),
            vt: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            data: data.display().to_string(),
            cols,
            rows,
        }
    }

    /// Feeds what pathfit wrote to the emulator, with the data folder and the time of day
    /// (in autosave names) written as placeholders of the same length.
    fn feed(&mut self, raw: &str) {
        let random = "X".repeat(self.data.len() - DATA_PREFIX.len());
        let text = raw.replace(&self.data, &format!("{DATA_PREFIX}{random}"));
        let stamp = Regex::new(r"\d{8}-\d{6}").expect("a regex");
        let text = stamp.replace_all(&text, "YYYYMMDD-HHMMSS");
        let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
        self.vt.process(&bytes);
    }

    /// Waits for `needle` (which must be the last text of what is drawn), feeding everything
    /// up to it to the emulator. pathfit may have wrapped it: at a space, or (in Chinese)
    /// between two characters.
    fn upto(&mut self, needle: &str) {
        let pattern: Vec<String> = needle
            .chars()
            .map(|c| match c {
                ' ' => "(?: |\r\n)".to_owned(),
                _ => regex_escape(&bytes_as_chars(&c.to_string())),
            })
            .collect();
        let (before, found) = self
            .p
            .exp_regex(&pattern.join("(?:\r\n)?"))
            .unwrap_or_else(|e| panic!("{needle:?} does not appear: {e}"));
        self.feed(&(before + &found));
    }

    /// Waits for the end, feeding everything left; returns the exit code.
    fn end(&mut self) -> i32 {
        let rest = self.p.exp_eof().expect("pathfit ends");
        self.feed(&rest);
        exit_code(&self.p)
    }

    /// The screen as it is now, with its size, checked for what no person should see.
    fn screen(&self) -> String {
        let contents = self.vt.screen().contents();
        assert!(!contents.contains('\x1b'), "a raw escape: {contents:?}");
        format!("{}x{}\n{contents}\n", self.cols, self.rows)
    }

    fn keys(&mut self, k: &[&str]) {
        keys(&mut self.p, k);
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above 0")
}

/// A message of `lang`'s catalog, without values.
fn says(lang: Lang, id: &str) -> String {
    Catalog::for_lang(lang).message(id, &[])
}

/// A data folder whose path is as long on every run.
fn data_folder() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(DATA_PREFIX.trim_start_matches("/tmp/"))
        .rand_bytes(6)
        .tempdir_in("/tmp")
        .expect("a folder in /tmp")
}

fn autosave(data: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(data.join("pathfit/resume"))
        .expect("the resume folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// A new session: the introduction, the first question, Esc there, one answer (the progress
/// shown), a skip, then Ctrl-C; then the session resumed, to its first question.
fn new_session_then_resumed(lang: &str, l: Lang, size: (u16, u16), name: &str) {
    let data = data_folder();
    let skip = says(l, "interview-skip");
    let mut t = Tty::start(lang, &["assess"], data.path(), size);
    t.upto(&says(l, "interview-intro-private"));
    super::pin(&format!("assess_intro{name}_{lang}"), &t.screen());
    t.upto(&skip);
    super::pin(&format!("assess_first_question{name}_{lang}"), &t.screen());
    t.keys(&[ESC]);
    t.upto(&says(l, "interview-first-question"));
    t.upto(&skip);
    super::pin(&format!("assess_back_at_first{name}_{lang}"), &t.screen());
    t.keys(&["4"]);
    t.upto(&skip);
    super::pin(&format!("assess_second_question{name}_{lang}"), &t.screen());
    t.keys(&["s"]);
    t.upto(&says(l, "interview-skipped"));
    t.upto(&skip);
    super::pin(&format!("assess_skipped{name}_{lang}"), &t.screen());
    t.keys(&["\x03"]);
    assert_eq!(t.end(), 130);
    super::pin(&format!("assess_ctrl_c{name}_{lang}"), &t.screen());

    let file = autosave(data.path());
    let file = file.to_str().expect("a UTF-8 path");
    let mut t = Tty::start(lang, &["assess", "--resume", file], data.path(), size);
    t.upto(&skip);
    super::pin(&format!("assess_resumed{name}_{lang}"), &t.screen());
    t.keys(&["\x03"]);
    assert_eq!(t.end(), 130);
}

/// A finished answer file resumed: the review of all its answers, each reflection prompt, the
/// practice days and the partner.
fn review_and_prompts(lang: &str, l: Lang, size: (u16, u16), name: &str) {
    let data = data_folder();
    std::fs::copy(
        crate::fixtures().join("ana.toml"),
        data.path().join("ana.toml"),
    )
    .expect("copy ana.toml");
    let args = ["assess", "--resume", "ana.toml", "--no-save", "-f", "json"];
    let mut t = Tty::start(lang, &args, data.path(), size);
    // The review's title stays above its list, which pages in the rows left (one kept for
    // the cursor, Done among them): the last answer drawn is number rows - title - 3.
    let title = Catalog::for_lang(l).message(
        "interview-review-title",
        &[("answered", "32".into()), ("questions", "32".into())],
    );
    let title_lines = textwrap::wrap(&title, usize::from(size.0) - 1).len();
    let last = usize::from(size.1) - title_lines - 3;
    t.upto(&says(l, "interview-done"));
    t.upto(&format!("{last:>4}. "));
    t.upto("\n");
    super::pin(&format!("assess_review{name}_{lang}"), &t.screen());
    t.keys(&[ENTER]);
    // A prompt drawn for the first time follows its question's line; once answered, it is
    // drawn again over itself, after an erase.
    let prompt = "\n> ";
    for n in 1..=3 {
        t.upto(prompt);
        super::pin(&format!("assess_reflection_{n}{name}_{lang}"), &t.screen());
        t.keys(&[ENTER]);
    }
    t.upto(prompt);
    // The default days, shown in the reader's language.
    t.upto(match lang {
        "ro" => "marți,joi 19:00",
        "zh" => "周二、周四 19:00",
        _ => "Tue,Thu 19:00",
    });
    super::pin(&format!("assess_practice{name}_{lang}"), &t.screen());
    t.keys(&[ENTER]);
    t.upto(prompt);
    super::pin(&format!("assess_partner{name}_{lang}"), &t.screen());
    t.keys(&[ENTER]);
    assert_eq!(t.end(), 0);
}

#[test]
fn the_assessment_screens_are_pinned_in_each_language() {
    for (lang, l) in LANGS {
        new_session_then_resumed(lang, l, (100, 30), "");
    }
}

#[test]
fn the_review_and_the_prompts_are_pinned_in_each_language() {
    for (lang, l) in LANGS {
        review_and_prompts(lang, l, (100, 30), "");
    }
}

#[test]
fn the_assessment_screens_are_pinned_on_a_narrow_chinese_terminal() {
    new_session_then_resumed("zh", Lang::Zh, (60, 24), "_narrow");
    review_and_prompts("zh", Lang::Zh, (60, 24), "_narrow");
}
