//! Every command's output in each language: the data dictionary, the template, the rubric
//! commands, the map of a survey export, and three errors with their exit codes.

use super::{LANGS, pathfit_in, pin, seen, shown};

/// Pins `pathfit --lang LANG args` (exit code `code`) as `<name>_<lang>` in every language.
fn each_language(name: &str, args: &[&str], code: i32) {
    for (lang, _) in LANGS {
        pin(&format!("{name}_{lang}"), &shown(lang, args, code));
    }
}

#[test]
fn columns_and_template() {
    each_language("columns", &["columns"], 0);
    each_language("template", &["template"], 0);
}

#[test]
fn the_rubric_commands() {
    each_language("rubric_list", &["rubric", "list"], 0);
    each_language("rubric_show", &["rubric", "show"], 0);
    let good = "../../rubrics/office-secretary-vs-specialist.toml";
    each_language("rubric_check_good", &["rubric", "check", good], 0);
    each_language(
        "rubric_check_bad",
        &["rubric", "check", "rubrics/broken.toml"],
        1,
    );
}

#[test]
fn the_map_of_a_survey_export() {
    each_language("map", &["map", "survey/google-forms.csv"], 0);
}

#[test]
fn a_missing_file_is_an_error() {
    each_language("error_missing_file", &["score", "nosuch.toml"], 1);
}

/// The two errors of files a person wrote, run in their folder so the message names them as
/// the person did.
#[test]
fn a_bad_answer_file_and_a_map_column_that_is_not_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = "rubric = \"office-secretary-vs-specialist\n[answers]\nsk_calendar = 5\n";
    std::fs::write(dir.path().join("bad.toml"), bad).expect("write bad.toml");
    std::fs::copy(
        crate::fixtures().join("survey/google-forms.csv"),
        dir.path().join("export.csv"),
    )
    .expect("copy the export");
    let map = "\"No such column\" = \"sk_calendar\"\n";
    std::fs::write(dir.path().join("map.toml"), map).expect("write map.toml");
    for (lang, _) in LANGS {
        let run = |args: &[&str]| {
            let out = pathfit_in(lang, args)
                .current_dir(dir.path())
                .output()
                .expect("pathfit runs");
            assert_eq!(
                out.status.code(),
                Some(1),
                "{lang} {args:?}\n{}",
                seen(&out)
            );
            seen(&out)
        };
        pin(
            &format!("error_bad_toml_{lang}"),
            &run(&["score", "bad.toml"]),
        );
        let missing = run(&["score", "export.csv", "--map", "map.toml"]);
        pin(&format!("error_map_column_{lang}"), &missing);
    }
}
