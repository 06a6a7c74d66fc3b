//! The lines every command can print (usage errors, errors, a batch's counts, warnings) in
//! Romanian and Chinese: no English sentence is left in them, and the translation is there.

use crate::catalogs::english_words;
use crate::pathfit;

/// `pathfit --lang LANG args`: its exit code and stderr.
fn stderr(lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = pathfit()
        .arg("--lang")
        .arg(lang)
        .args(args)
        .output()
        .expect("pathfit runs");
    let err = String::from_utf8(out.stderr).expect("utf-8 stderr");
    (out.status.code(), err)
}

/// Asserts that no line of `err` holds an English word, and that it holds `known`.
fn translated(err: &str, known: &str) {
    assert!(err.contains(known), "no `{known}` in:\n{err}");
    for line in err.lines() {
        let found = english_words(line);
        assert!(found.is_empty(), "{found:?} in {line:?}");
    }
}

#[test]
fn a_bad_practice_value_is_explained_in_the_language() {
    let args = ["score", "ana.toml", "--practice", "Tue,Thu 25:00"];
    let (code, err) = stderr("ro", &args);
    assert_eq!(code, Some(2), "{err}");
    translated(
        &err,
        "eroare: --practice \"Tue,Thu 25:00\": `25:00` nu este o oră validă",
    );
    let (code, err) = stderr("zh", &args);
    assert_eq!(code, Some(2), "{err}");
    translated(
        &err,
        "错误：--practice \"Tue,Thu 25:00\"：`25:00` 不是有效时间",
    );
    let (_, err) = stderr("ro", &["score", "ana.toml", "--practice", "xyz"]);
    // The example is the default, in the reader's language (Romanian day names are read).
    translated(&err, "exemplu corect: --practice \"marți,joi 19:00\"");
}

#[test]
fn a_usage_error_of_the_command_line_is_translated() {
    let args = ["score", "ana.toml", "--target", "astronaut"];
    let (code, err) = stderr("ro", &args);
    assert_eq!(code, Some(2), "{err}");
    translated(&err, "nu este un parcurs al grilei");
    let (_, err) = stderr("zh", &args);
    translated(&err, "不是量表");
}

#[test]
fn a_missing_file_is_an_error_in_the_language() {
    // The system's reason is said by its kind (tests/e2e/l10n_errors.rs has more).
    let (code, err) = stderr("ro", &["score", "nosuch.toml"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with("eroare: "), "{err}");
    assert!(!err.contains("error:"), "{err}");
    let (_, err) = stderr("zh", &["score", "nosuch.toml"]);
    assert!(err.starts_with("错误："), "{err}");
}

#[test]
fn a_batch_counts_its_sheets_in_the_language() {
    let args = ["score", "ana.toml", "lead.toml"];
    let (code, err) = stderr("ro", &args);
    assert_eq!(code, Some(0), "{err}");
    translated(&err, "evaluate: 2, parțiale: 0, omise: 0");
    let (_, err) = stderr("zh", &args);
    translated(&err, "已计分2份，部分作答0份，跳过0份");
}

#[test]
fn a_warning_is_said_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().to_str().expect("utf-8 path");
    let (_, err) = stderr("ro", &["score", folder]);
    translated(&err, "avertisment: folderul ");
    assert!(err.contains("nu conține fișiere .toml"), "{err}");
    let (_, err) = stderr("zh", &["score", folder]);
    translated(&err, "警告：文件夹 ");
}

/// The pseudo-terminal reads a byte as a char: `text` as it arrives there.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// What the pseudo-terminal read, as the UTF-8 text that was written.
fn as_written(read: &str) -> String {
    let bytes: Vec<u8> = read.chars().filter_map(|c| u8::try_from(c).ok()).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The assessment on a pseudo-terminal in `lang`: the intro, a question's place and keys, a
/// skip, and Ctrl-C; returns all it showed.
fn assessment(lang: &str, expected: &[&str]) -> String {
    use crate::assess::{keys, start};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(&["--lang", lang, "assess", "--no-save"], dir.path());
    let mut shown = String::new();
    for (i, text) in expected.iter().enumerate() {
        shown.push_str(&p.exp_string(&as_read(text)).expect("shown"));
        shown.push_str(&as_read(text));
        if i == 3 {
            keys(&mut p, &["s"]);
        }
    }
    keys(&mut p, &["\x03"]);
    shown.push_str(&p.exp_eof().expect("ends"));
    as_written(&shown)
}

#[test]
fn the_assessment_asks_in_romanian_and_chinese_with_the_same_keys() {
    let shown = assessment(
        "ro",
        &[
            "32 de întrebări",
            "nu se trimite nimic",
            "întrebarea 1 din 32",
            "Omiteți această întrebare",
            "Omisă: îi puteți răspunde din recapitularea de la final.",
            "întrebarea 2 din 32",
        ],
    );
    assert!(shown.contains("s omite"), "{shown}");
    assert!(!shown.contains("Skip this question"), "{shown}");
    let shown = assessment(
        "zh",
        &[
            "共32个问题",
            "你的答案只保存在本机",
            "第1题，共32题",
            "跳过此题",
            "已跳过：可在最后的回顾中作答。",
            "第2题，共32题",
        ],
    );
    assert!(shown.contains("按 s 跳过"), "{shown}");
}
