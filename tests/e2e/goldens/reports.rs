//! Every report in each language, from one answer file (ana.toml, and close-call.toml and
//! partial.toml where a report needs more than one), with the plan dated from 1 December.

use super::{LANGS, pin, shown};

/// Pins `pathfit --lang LANG args` as `<name>_<lang>` in every language, but English when
/// `english_pinned` (its English golden is older than these and stays as it is).
fn each_language(name: &str, args: &[&str], english_pinned: bool) {
    for (lang, _) in LANGS {
        if lang == "en" && english_pinned {
            continue;
        }
        let out = shown(lang, args, 0);
        pin(&format!("{name}_{lang}"), &out);
    }
}

#[test]
fn the_first_screen_and_the_full_report() {
    // English: summary::score_summary and score::score_table.
    each_language(
        "score",
        &["score", "ana.toml", "--start", "2026-12-01"],
        true,
    );
    let full = ["score", "ana.toml", "--full", "--start", "2026-12-01"];
    each_language("score_full", &full, true);
}

#[test]
fn the_markdown_and_html_hand_outs() {
    // English: score::score_markdown.
    let md = [
        "score",
        "ana.toml",
        "-f",
        "markdown",
        "--start",
        "2026-12-01",
    ];
    each_language("score_markdown", &md, true);
    let html = ["score", "ana.toml", "-f", "html", "--start", "2026-12-01"];
    each_language("score_html", &html, false);
}

#[test]
fn explain_and_compare() {
    each_language("explain", &["explain", "ana.toml"], false);
    let args = ["compare", "ana.toml", "close-call.toml"];
    each_language("compare", &args, false);
}

#[test]
fn roles_and_faq() {
    each_language("roles", &["roles"], false);
    each_language("faq", &["faq"], false);
}

#[test]
fn the_cohort_summary() {
    // Three sheets are fewer than a cohort report shows by default (5): --min-cohort 3.
    let args = [
        "score",
        "ana.toml",
        "close-call.toml",
        "partial.toml",
        "--summary-only",
        "--min-cohort",
        "3",
    ];
    each_language("cohort_summary", &args, false);
}

/// JSON and CSV are for programs: the same bytes in every language, the reader's words
/// aside. CSV holds none; JSON holds the rubric's texts, the plan's sentences and the
/// warnings in the reader's language (`rubric.language` says which), and nothing else
/// differs: keys, ids, numbers, dates and flags are the same bytes.
#[test]
fn json_and_csv_are_the_same_in_every_language() {
    let args = [
        "score",
        "ana.toml",
        "close-call.toml",
        "--start",
        "2026-12-01",
    ];
    let csv: Vec<String> = LANGS
        .iter()
        .map(|(lang, _)| stdout(lang, &[&args[..], &["-f", "csv"]].concat()))
        .collect();
    assert_eq!(csv[0], csv[1], "ro");
    assert_eq!(csv[0], csv[2], "zh");
    let json: Vec<serde_json::Value> = LANGS
        .iter()
        .map(|(lang, _)| {
            let out = stdout(lang, &[&args[..], &["-f", "json"]].concat());
            serde_json::from_str(&out).expect("JSON")
        })
        .collect();
    for (other, (lang, _)) in json.iter().zip(LANGS).skip(1) {
        let mut diffs = Vec::new();
        differences(&json[0], other, "", &mut diffs);
        assert!(!diffs.is_empty(), "{lang}: the texts are translated");
        // The fields of words: the language, names, sentences, labels, the plan's items.
        let words = [
            "language",
            "name",
            "text",
            "label",
            "skill_name",
            "items",
            "warnings",
        ];
        let odd: Vec<&String> = diffs
            .iter()
            .filter(|path| {
                let last = path.rsplit('.').next().unwrap_or_default();
                let key = last.split('[').next().unwrap_or_default();
                !words.contains(&key)
            })
            .collect();
        assert!(odd.is_empty(), "{lang}: {odd:?} differ from English");
    }
}

/// The standard output of `pathfit --lang LANG args`, which succeeds.
fn stdout(lang: &str, args: &[&str]) -> String {
    let out = super::pathfit_in(lang, args)
        .output()
        .expect("pathfit runs");
    assert_eq!(out.status.code(), Some(0), "{lang} {args:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The paths in `a` where `b` differs: a different string, number or shape.
fn differences(a: &serde_json::Value, b: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    use serde_json::Value::{Array, Object};
    match (a, b) {
        (Object(x), Object(y)) => {
            let keys_x: Vec<&String> = x.keys().collect();
            let keys_y: Vec<&String> = y.keys().collect();
            assert_eq!(keys_x, keys_y, "the keys at {at}");
            for (k, v) in x {
                differences(v, &y[k], &format!("{at}.{k}"), out);
            }
        }
        (Array(x), Array(y)) => {
            assert_eq!(x.len(), y.len(), "the length of {at}");
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differences(v, w, &format!("{at}[{i}]"), out);
            }
        }
        _ if a == b => {}
        _ => out.push(at.to_owned()),
    }
}
