//! Overlay checks on a small rubric: a complete overlay gives the same key, and each kind of
//! problem is found with its place.

use crate::rubric::Rubric;

const BASE: &str = r#"
[rubric]
id = "t"
version = "1"
title = "T"
language = "en"

[scale]
min = 1
max = 3
labels = ["No", "Maybe", "Yes"]

[[paths]]
id = "a"
name = "A"
summary = "a"
day = ["08:00 one", "09:00 two"]

[[paths]]
id = "b"
name = "B"
summary = "b"

[[dimensions]]
id = "d"
name = "D"
weight = 1

[[questions]]
id = "q1"
dimension = "d"
text = "First?"
favors = "a"

[[questions]]
id = "q2"
dimension = "d"
text = "Second?"
favors = "b"
"#;

const GOOD: &str = r#"
[overlay]
base = "t"
base_version = "1"
language = "ro"

[rubric]
title = "Ț"

[scale]
labels = ["Nu", "Poate", "Da"]

[paths.a]
name = "Ă"
summary = "ă"
day = ["08:00 unu", "09:00 doi"]

[paths.b]
name = "B"
summary = "b"

[dimensions.d]
name = "Ș"

[questions.q1]
text = "Primul?"

[questions.q2]
text = "Al doilea?"
"#;

fn base() -> Rubric {
    Rubric::parse("t.toml", BASE).unwrap()
}

fn problems(text: &str) -> Vec<String> {
    match super::apply("t.ro.toml", text, &base()) {
        Ok(_) => Vec::new(),
        Err(p) => p.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_complete_overlay_keeps_the_key_and_replaces_the_texts() {
    let base = base();
    let done = super::apply("t.ro.toml", GOOD, &base).unwrap();
    assert!(done.warnings.is_empty());
    let r = done.rubric;
    assert_eq!(r.key, base.key);
    assert_eq!(r.key.hash, base.key.hash);
    assert_eq!(r.texts.language, "ro");
    assert_eq!(r.texts.labels, ["Nu", "Poate", "Da"]);
    assert_eq!(r.path_name(0), "Ă");
    assert_eq!(r.texts.paths[0].day, ["08:00 unu", "09:00 doi"]);
    assert_eq!(r.texts.questions[1], "Al doilea?");
    // The base's words still read a survey export written in the base's language.
    assert!(r.texts.question_aliases[0].contains(&"First?".to_owned()));
    assert!(r.texts.label_aliases.contains(&("Maybe".to_owned(), 1)));
    assert_eq!(super::head(GOOD), Some(("t".to_owned(), "ro".to_owned())));
    assert!(super::head(BASE).is_none());
}

#[test]
fn each_problem_is_found_with_its_place() {
    let missing = GOOD.replace("summary = \"ă\"\n", "");
    assert_eq!(
        problems(&missing),
        ["t.ro.toml:13:1: [paths.a] has no `summary`; an overlay gives every text its base has"]
    );
    let unknown = format!("{GOOD}\n[questions.q3]\ntext = \"?\"\n");
    let found = problems(&unknown);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("t.ro.toml:31:1: unknown question `q3`; use one of: q1, q2"),
        "{found:?}"
    );
    let short = GOOD.replace(", \"09:00 doi\"", "");
    assert_eq!(
        problems(&short),
        [
            "t.ro.toml:16:7: `day` of [paths.a] has 1 item but the base has 2; give one text per item, in the base's order"
        ]
    );
    let twice = GOOD.replace("\"Poate\"", "\"nu\"");
    assert_eq!(
        problems(&twice),
        ["t.ro.toml:11:10: scale label `nu` appears twice; labels must differ"]
    );
    let typo = GOOD.replace("[questions.q2]\ntext", "[questions.q2]\ntxet");
    let found = problems(&typo);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("t.ro.toml:29:1: unknown key `txet`")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("[questions.q2] has no `text`")),
        "{found:?}"
    );
    let gone = GOOD.replace("[questions.q2]\ntext = \"Al doilea?\"\n", "");
    assert_eq!(
        problems(&gone),
        [
            "t.ro.toml: the overlay has no [questions.q2]; an overlay gives the texts of every id of its base"
        ]
    );
    let other = GOOD
        .replace("base = \"t\"", "base = \"u\"")
        .replace("\"ro\"", "\"r o\"");
    let found = problems(&other);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("for rubric `u`, not `t`"), "{found:?}");
    assert!(
        found[1].contains("language `r o` is not a BCP 47 tag"),
        "{found:?}"
    );
}

#[test]
fn another_base_version_is_a_warning() {
    let old = GOOD.replace("base_version = \"1\"", "base_version = \"0.9\"");
    let done = super::apply("t.ro.toml", &old, &base()).unwrap();
    let words: Vec<String> = done.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        words,
        [
            "t.ro.toml:4:16: the overlay was written for version 0.9 of its base, which is now 1; check that its texts still match"
        ]
    );
}

#[test]
fn control_characters_in_texts_are_made_inert() {
    let hostile = GOOD.replace("name = \"Ă\"", "name = \"Ă\\u001b[31m\"");
    let done = super::apply("t.ro.toml", &hostile, &base()).unwrap();
    assert!(!done.rubric.path_name(0).contains('\u{1b}'));
}
