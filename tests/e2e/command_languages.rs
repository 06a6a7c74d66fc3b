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
    translated(&err, "exemplu corect: --practice \"Tue,Thu 19:00\"");
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
    // The system's own reason (`No such file or directory`) stays as the system words it.
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
    translated(&err, "已评分 2 份，部分作答 0 份，跳过 0 份");
}

#[test]
fn a_warning_is_said_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().to_str().expect("utf-8 path");
    let (_, err) = stderr("ro", &["score", folder]);
    translated(&err, "avertisment: dosarul ");
    assert!(err.contains("nu conține fișiere .toml"), "{err}");
    let (_, err) = stderr("zh", &["score", folder]);
    translated(&err, "警告：文件夹 ");
}
