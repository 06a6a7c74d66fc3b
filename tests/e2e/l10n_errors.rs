//! Errors about files in Romanian and Chinese: the operating system's reason (a missing file, a
//! file that may not be read, a path through a file) and a parser's message (TOML syntax, an
//! unknown key, a wrong type, JSON syntax) are one line each, said in the language, with the
//! file's line and column kept and no English sentence; English is as it always was.

use std::path::Path;

use crate::catalogs::english_words;
use crate::pathfit;

/// `pathfit --lang LANG args` in `dir`: its exit code and stderr.
fn stderr(dir: &Path, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = pathfit()
        .current_dir(dir)
        .arg("--lang")
        .arg(lang)
        .args(args)
        .output()
        .expect("pathfit runs");
    (
        out.status.code(),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// The one line `pathfit --lang LANG args` says, asserted to exit 1 and hold `known`, and, in
/// Romanian and Chinese, no English word.
fn line(dir: &Path, lang: &str, args: &[&str], known: &str) -> String {
    let (code, err) = stderr(dir, lang, args);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(known), "no `{known}` in:\n{err}");
    if lang != "en" {
        let found = english_words(&err);
        assert!(found.is_empty(), "{found:?} in {err:?}");
        for word in [
            "No such file",
            "Permission denied",
            "os error 2",
            "expected",
        ] {
            assert!(!err.contains(word), "{word} in {err:?}");
        }
    }
    err
}

fn rubric_with(dir: &Path, name: &str, from: &str, to: &str) {
    let path = crate::repo().join("rubrics/specialist-vs-leadership.toml");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from}");
    std::fs::write(dir.join(name), text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_missing_file_says_the_reason_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let args = ["score", "nosuch.toml"];
    let en = line(d, "en", &args, "No such file or directory (os error 2)");
    assert_eq!(
        en,
        "error: cannot read answer file nosuch.toml: No such file or directory (os error 2)\n"
    );
    line(
        d,
        "ro",
        &args,
        "eroare: nu se poate citi fișierul de răspunsuri nosuch.toml: fișierul sau folderul nu există",
    );
    line(
        d,
        "zh",
        &args,
        "错误：无法读取答卷文件 nosuch.toml：文件或文件夹不存在",
    );
}

#[test]
fn a_path_through_a_file_and_a_folder_given_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("plain.toml"), "rubric = \"x\"\n").unwrap();
    let args = ["score", "plain.toml/a.toml"];
    line(d, "en", &args, "Not a directory (os error 20)");
    line(d, "ro", &args, "o parte a căii nu este un folder");
    line(d, "zh", &args, "路径中有一部分不是文件夹");
    std::fs::create_dir(d.join("folder")).unwrap();
    let ana = crate::fixtures().join("ana.toml").display().to_string();
    let args = ["score", &ana, "--map", "folder"];
    line(
        d,
        "en",
        &args,
        "mapping file folder is a folder; give a file",
    );
    line(
        d,
        "ro",
        &args,
        "fișierul de corespondențe folder este un folder",
    );
    line(d, "zh", &args, "列映射文件 folder 是文件夹");
}

#[cfg(unix)]
#[test]
fn a_file_that_may_not_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = d.join("locked.toml");
    std::fs::write(&file, "rubric = \"x\"\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&file).is_ok() {
        // Run as root, which may read any file of mode 000 but not write into sysfs.
        return denied_as_root(d);
    }
    let args = ["score", "locked.toml"];
    line(d, "en", &args, "Permission denied (os error 13)");
    line(d, "ro", &args, "nu aveți permisiunea de acces");
    line(d, "zh", &args, "没有访问权限");
}

/// As root: an `--output` file in /sys (Linux), which not even root may create.
fn denied_as_root(d: &Path) {
    if !Path::new("/sys/kernel").is_dir() {
        eprintln!("skipped: this user may read any file and there is no /sys");
        return;
    }
    let ana = crate::fixtures().join("ana.toml").display().to_string();
    let args = ["score", &ana, "-o", "/sys/pathfit.txt"];
    for (lang, known) in [
        (
            "en",
            "error: cannot write --output file /sys/pathfit.txt: Permission denied (os error 13)",
        ),
        (
            "ro",
            "eroare: nu se poate scrie fișierul --output /sys/pathfit.txt: nu aveți permisiunea de acces\n",
        ),
        (
            "zh",
            "错误：无法写入输出文件（--output） /sys/pathfit.txt：没有访问权限\n",
        ),
    ] {
        let (code, err) = stderr(d, lang, &args);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.starts_with(known), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn toml_syntax_errors_keep_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rubric_with(d, "r.toml", "version = \"", "version 1\nx = \"");
    let args = ["rubric", "check", "r.toml"];
    let en = line(d, "en", &args, "r.toml:");
    assert!(
        en.contains(": key with no value where the file needs `=`;"),
        "{en}"
    );
    let place = en.split(": ").nth(1).unwrap().to_owned();
    let ro = line(
        d,
        "ro",
        &args,
        "sintaxă TOML nevalidă în acest loc (se aștepta `=`)",
    );
    assert!(ro.contains(&place), "{place} {ro}");
    let zh = line(d, "zh", &args, "此处的 TOML 语法无效（应为 `=`）");
    assert!(zh.contains(&place), "{place} {zh}");
    std::fs::write(
        d.join("a.toml"),
        "rubric = \"office-secretary-vs-specialist\"\n[answers\n",
    )
    .unwrap();
    let args = ["score", "a.toml"];
    line(
        d,
        "en",
        &args,
        "a.toml:2:9: unclosed table where the file needs `]`",
    );
    line(
        d,
        "ro",
        &args,
        "a.toml:2:9: sintaxă TOML nevalidă în acest loc (se aștepta `]`)",
    );
    line(
        d,
        "zh",
        &args,
        "a.toml:2:9: 此处的 TOML 语法无效（应为 `]`）",
    );
}

#[test]
fn an_unknown_key_and_a_wrong_type_are_named_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rubric_with(d, "type.toml", "weight = 0.40", "weight = \"heavy\"");
    let args = ["rubric", "check", "type.toml"];
    let en = line(
        d,
        "en",
        &args,
        "found the text \"heavy\" where the file needs a number",
    );
    let place = en.split(": ").nth(1).unwrap().to_owned();
    let ro = line(
        d,
        "ro",
        &args,
        "tip greșit: aici trebuie să fie un număr, nu textul \"heavy\"",
    );
    assert!(ro.contains(&place), "{place} {ro}");
    let zh = line(
        d,
        "zh",
        &args,
        "类型错误：此处应为数字，实际为文本 \"heavy\"",
    );
    assert!(zh.contains(&place), "{place} {zh}");
    std::fs::write(
        d.join("a.toml"),
        "rubric = \"office-secretary-vs-specialist\"\ncolour = 1\n",
    )
    .unwrap();
    let args = ["score", "a.toml"];
    line(d, "en", &args, "a.toml:2:1: unknown key `colour`");
    line(d, "ro", &args, "a.toml:2:1: cheie necunoscută: `colour`");
    line(d, "zh", &args, "a.toml:2:1: 未知的键 `colour`");
}

#[test]
fn json_syntax_errors_are_said_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let sheet = "{\"rubric\": \"office-secretary-vs-specialist\", \"answers\": {}} x";
    std::fs::write(d.join("a.json"), sheet).unwrap();
    let args = ["score", "a.json"];
    line(
        d,
        "en",
        &args,
        "a.json:1:61: trailing characters; this is not valid JSON",
    );
    line(
        d,
        "ro",
        &args,
        "a.json:1:61: după sfârșitul datelor JSON mai există caractere",
    );
    line(
        d,
        "zh",
        &args,
        "a.json:1:61: JSON 数据结束之后还有多余的字符",
    );
    std::fs::write(d.join("b.json"), &sheet[..sheet.len() - 4]).unwrap();
    let args = ["score", "b.json"];
    line(
        d,
        "en",
        &args,
        "b.json:1:57: the end of the file while parsing an object",
    );
    line(
        d,
        "ro",
        &args,
        "b.json:1:57: fișierul se termină înainte ca datele să fie complete",
    );
    line(d, "zh", &args, "b.json:1:57: 文件在数据写完之前就结束了");
}

#[test]
fn practice_days_are_read_in_every_language_and_the_example_is_in_the_reader_s() {
    let dir = tempfile::tempdir().unwrap();
    let ana = crate::fixtures().join("ana.toml").display().to_string();
    for days in [
        "Mon,Wed 07:30",
        "lu,mi 07:30",
        "luni miercuri 07:30",
        "周一、周三 07:30",
    ] {
        let (out, _) = crate::run(&["score", &ana, "--practice", days], 0);
        assert!(
            out.contains("If it is Wednesday 2 December, 07:30, then I"),
            "{days}\n{out}"
        );
    }
    let args = ["score", &ana, "--practice", "xyz"];
    for (lang, known) in [
        ("en", "e.g. --practice \"Tue,Thu 19:00\""),
        ("ro", "exemplu corect: --practice \"marți,joi 19:00\""),
        ("zh", "示例：--practice \"周二、周四 19:00\""),
    ] {
        let (code, err) = stderr(dir.path(), lang, &args);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(known), "{err}");
        if lang != "en" {
            assert!(english_words(&err).is_empty(), "{err}");
        }
    }
}

#[test]
fn a_broken_workbook_is_said_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    // A zip archive's first bytes, then nothing a workbook holds.
    std::fs::write(dir.path().join("broken.xlsx"), b"PK\x03\x04not a workbook").unwrap();
    let args = ["score", "broken.xlsx"];
    line(dir.path(), "en", &args, "cannot read the workbook (");
    line(
        dir.path(),
        "ro",
        &args,
        "registrul de calcul nu poate fi citit; salvați-l",
    );
    line(
        dir.path(),
        "zh",
        &args,
        "无法读取工作簿；请重新另存为 .xlsx",
    );
}

#[test]
fn a_json_answers_list_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.json");
    std::fs::write(
        &file,
        r#"{"rubric":"office-secretary-vs-specialist","answers":[1,2,3]}"#,
    )
    .unwrap();
    let args = ["score", "list.json"];
    let en = line(
        dir.path(),
        "en",
        &args,
        "`answers` must be an object of \"id\": value pairs",
    );
    assert!(en.contains(", not a list;"), "{en}");
    assert!(!en.contains("not not"), "{en}");
    line(dir.path(), "zh", &args, "而不是列表");
}
