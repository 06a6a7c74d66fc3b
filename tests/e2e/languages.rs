//! Rubrics in three languages: every overlay shipped in rubrics/ checks against its base, a
//! broken one fails with its line and column, scores are the same in every language, and the
//! language is chosen by --lang, PATHFIT_LANG and the locale.

use std::path::PathBuf;

use crate::{fixtures, pathfit, repo, run, run_cmd, temp_file};

/// Every overlay in rubrics/ (`<rubric>.<lang>.toml`), with its base id and language code.
fn overlays() -> Vec<(PathBuf, String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo().join("rubrics")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some((base, lang)) = name.strip_suffix(".toml").and_then(|s| s.rsplit_once('.')) else {
            continue;
        };
        out.push((path.clone(), base.to_owned(), lang.to_owned()));
    }
    out.sort();
    out
}

/// The languages each shipped rubric is read in, English first.
fn languages_of(base: &str) -> Vec<String> {
    let mut langs = vec!["en".to_owned()];
    langs.extend(
        overlays()
            .into_iter()
            .filter(|(_, b, _)| b == base)
            .map(|(_, _, lang)| lang),
    );
    langs
}

#[test]
fn every_shipped_overlay_checks_against_its_base_and_is_listed() {
    let found = overlays();
    let ro: Vec<_> = found.iter().filter(|(_, _, l)| l == "ro").collect();
    assert_eq!(ro.len(), 2, "{found:?}");
    let (list, _) = run(&["rubric", "list"], 0);
    for (path, base, lang) in &found {
        let (out, err) = run(&["rubric", "check", path.to_str().unwrap()], 0);
        assert!(out.starts_with("ok: "), "{out}");
        // The file is named by the language code (`zh`); the texts by their tag (`zh-Hans`).
        assert!(out.contains(&format!("the {lang}")), "{out}");
        assert!(out.contains(&format!(" texts of {base} v")), "{out}");
        assert!(err.is_empty(), "{err}");
        let (raw, _) = run(&["rubric", "show", path.to_str().unwrap(), "--raw"], 0);
        assert_eq!(raw, std::fs::read_to_string(path).unwrap());
        let row = list.lines().find(|l| l.starts_with(base.as_str())).unwrap();
        assert!(row.contains(&format!(", {lang}")), "{row}");
    }
}

/// The Romanian overlay of the default rubric, edited by `edit`, checked from a folder without
/// its base beside it (so the embedded base is used): the stderr of the failed check.
fn broken(edit: impl Fn(&str) -> String) -> String {
    let path = repo().join("rubrics/office-secretary-vs-specialist.ro.toml");
    let text = edit(&std::fs::read_to_string(path).unwrap());
    let (_dir, file) = temp_file("x.ro.toml", &text);
    let (_, err) = run(&["rubric", "check", file.to_str().unwrap()], 1);
    err
}

/// The line (1-based) of the first line of `text` that starts with `start`.
fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).unwrap() + 1
}

#[test]
fn a_broken_overlay_fails_with_line_and_column() {
    let path = repo().join("rubrics/office-secretary-vs-specialist.ro.toml");
    let text = std::fs::read_to_string(path).unwrap();
    let header = line_of(&text, "[paths.specialist]");
    let err = broken(|t| t.replacen("summary = ", "gone = ", 2));
    assert!(
        err.contains(&format!(
            "x.ro.toml:{header}:1: [paths.specialist] has no `summary`"
        )),
        "{err}"
    );
    assert!(err.contains("unknown key `gone`"), "{err}");
    let err = broken(|t| format!("{t}\n[questions.sk_calendr]\ntext = \"Nou?\"\n"));
    let at = line_of(
        &format!("{text}\n[questions.sk_calendr]"),
        "[questions.sk_calendr]",
    );
    assert!(
        err.contains(&format!(
            "x.ro.toml:{at}:1: unknown question `sk_calendr`; did you mean `sk_calendar`?"
        )),
        "{err}"
    );
    let day = line_of(&text, "day = [");
    let err = broken(|t| t.replacen("    \"09:00 Primește", "    # \"09:00", 1));
    assert!(
        err.contains(&format!(
            "x.ro.toml:{day}:7: `day` of [paths.generalist] has 7 items but the base has 8"
        )),
        "{err}"
    );
    let labels = line_of(&text, "labels = ");
    let err = broken(|t| t.replacen("\"Neutru\"", "\"dezacord\"", 1));
    assert!(
        err.contains(&format!(
            "x.ro.toml:{labels}:10: scale label `dezacord` appears twice"
        )),
        "{err}"
    );
}

/// `pathfit --lang LANG score FILE -f FORMAT` with the rubric the file answers: its stdout.
fn score(lang: &str, file: &str, format: &str) -> String {
    let rubric = match file {
        "lead.toml" => "specialist-vs-leadership",
        _ => "office-secretary-vs-specialist",
    };
    let args = ["--lang", lang, "score", file, "-r", rubric, "-f", format];
    run(&args, 0).0
}

/// CSV rows without their first cell (the source file's name).
fn without_source(csv: &str) -> Vec<&str> {
    csv.lines()
        .map(|l| l.split_once(',').map_or(l, |(_, rest)| rest))
        .collect()
}

#[test]
fn scores_are_the_same_in_every_language() {
    for (file, base) in [
        ("ana.toml", "office-secretary-vs-specialist"),
        ("lead.toml", "specialist-vs-leadership"),
    ] {
        let langs = languages_of(base);
        assert!(langs.len() >= 2, "{langs:?}");
        let csv = score("en", file, "csv");
        let json: serde_json::Value = serde_json::from_str(&score("en", file, "json")).unwrap();
        for lang in &langs[1..] {
            assert_eq!(score(lang, file, "csv"), csv, "{file} in {lang}");
            let other: serde_json::Value =
                serde_json::from_str(&score(lang, file, "json")).unwrap();
            let (a, b) = (&json[0], &other[0]);
            assert_eq!(a["rubric"]["key_hash"], b["rubric"]["key_hash"]);
            assert_eq!(a["rubric"]["sha256"], b["rubric"]["sha256"]);
            let tag = b["rubric"]["language"].as_str().unwrap();
            assert!(tag.starts_with(lang.as_str()), "{tag} for {lang}");
            for field in ["top", "second", "margin", "lean"] {
                assert_eq!(a["verdict"][field], b["verdict"][field], "{field}");
            }
            for (x, y) in a["fits"]
                .as_array()
                .unwrap()
                .iter()
                .zip(b["fits"].as_array().unwrap())
            {
                assert_eq!((&x["path"], &x["fit"]), (&y["path"], &y["fit"]));
                assert_eq!(x["dimensions"], y["dimensions"]);
            }
            let names = |v: &serde_json::Value| -> Vec<String> {
                v["fits"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f["name"].to_string())
                    .collect()
            };
            assert_ne!(
                names(a),
                names(b),
                "{lang}: the paths' names are not translated"
            );
        }
    }
}

#[test]
fn the_language_is_chosen_by_flag_then_pathfit_lang_then_the_locale() {
    let roles = |cmd: &mut assert_cmd::Command| run_cmd(cmd.arg("roles"), 0);
    let romanian = "Secretar de birou";
    let (out, _) = roles(pathfit().args(["--lang", "ro"]));
    assert!(out.contains(romanian), "{out}");
    let (out, _) = roles(pathfit().env("PATHFIT_LANG", "ro"));
    assert!(out.contains(romanian), "{out}");
    let (out, _) = roles(pathfit().env("LANG", "ro_RO.UTF-8"));
    assert!(out.contains(romanian), "{out}");
    let (out, _) = roles(pathfit().env("LC_ALL", "C").env("LANG", "ro_RO.UTF-8"));
    assert!(out.contains(romanian), "{out}");
    let (out, _) = roles(
        pathfit()
            .env("LC_ALL", "en_US.UTF-8")
            .env("LANG", "ro_RO.UTF-8"),
    );
    assert!(out.contains("Office Secretary"), "{out}");
    let (out, _) = roles(pathfit().args(["--lang", "en"]).env("PATHFIT_LANG", "ro"));
    assert!(out.contains("Office Secretary"), "{out}");
    let (out, err) = roles(pathfit().env("LANG", "zh_TW.UTF-8"));
    assert!(out.contains("Office Secretary"), "{out}");
    assert!(
        err.contains("LANG=zh_TW.UTF-8 asks for Traditional Chinese"),
        "{err}"
    );
    let (_, err) = run(&["--lang", "fr", "roles"], 2);
    assert!(err.contains("[possible values: ro, zh, en]"), "{err}");
}

#[test]
fn answer_files_record_their_language_and_old_files_still_read() {
    let (template, _) = run(&["--lang", "ro", "template"], 0);
    assert!(template.contains("\nlanguage = \"ro\"\n"), "{template}");
    assert!(template.contains("rezerv din nou sala"), "{template}");
    // ana.toml was written before answer files named their language.
    let ana = std::fs::read_to_string(fixtures().join("ana.toml")).unwrap();
    assert!(!ana.contains("language ="));
    let with = ana.replacen("respondent =", "language = \"ro\"\nrespondent =", 1);
    let (_dir, file) = temp_file("ana.toml", &with);
    let (out, _) = run(&["score", file.to_str().unwrap(), "-f", "csv"], 0);
    assert_eq!(
        without_source(&out),
        without_source(&score("en", "ana.toml", "csv"))
    );
}

#[test]
fn a_survey_export_in_romanian_reads_in_any_language() {
    let overlay: toml::Table = toml::from_str(
        &std::fs::read_to_string(repo().join("rubrics/office-secretary-vs-specialist.ro.toml"))
            .unwrap(),
    )
    .unwrap();
    let labels = overlay["scale"]["labels"].as_array().unwrap();
    let questions = overlay["questions"].as_table().unwrap();
    let mut header = vec!["ID".to_owned()];
    let mut row = vec!["r1".to_owned()];
    let mut sheet = String::from("rubric = \"office-secretary-vs-specialist\"\n[answers]\n");
    for (i, (id, q)) in questions.iter().enumerate() {
        let text = q["text"].as_str().unwrap();
        header.push(format!("\"{text}\""));
        row.push(labels[i % 5].as_str().unwrap().to_owned());
        sheet.push_str(&format!("{id} = {}\n", i % 5 + 1));
    }
    let csv = format!("{}\n{}\n", header.join(","), row.join(","));
    let (_dir, export) = temp_file("ro.csv", &csv);
    let (_dir2, answers) = temp_file("r1.toml", &sheet);
    let fits = |out: &str| {
        let v: serde_json::Value = serde_json::from_str(out).unwrap();
        (v[0]["fits"][0]["fit"].clone(), v[0]["answered"].clone())
    };
    let expected = fits(&run(&["score", answers.to_str().unwrap(), "-f", "json"], 0).0);
    for lang in ["ro", "en"] {
        let args = [
            "--lang",
            lang,
            "score",
            export.to_str().unwrap(),
            "-f",
            "json",
        ];
        assert_eq!(fits(&run(&args, 0).0), expected, "{lang}");
    }
}
