//! Checks of rubric validation: defaults, every problem at once with its place, typos in keys,
//! ranges.

use super::super::Rubric;

const GOOD: &str = r#"
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
text = "?"
favors = "a"

[[questions]]
id = "q2"
dimension = "d"
text = "?"
favors = "b"
"#;

fn problems(text: &str) -> Vec<String> {
    match Rubric::parse("r.toml", text) {
        Ok(_) => Vec::new(),
        Err(p) => p.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_rubric_passes_with_defaults() {
    let r = Rubric::parse("r.toml", GOOD).unwrap();
    assert_eq!(r.key.tie_margin, 8.0);
    assert_eq!(r.key.min_share, 0.8);
    assert_eq!(r.key.min_answered, 2, "80% of 2 questions, rounded up");
    assert_eq!(r.key.items[0].against.iter().collect::<Vec<_>>(), vec![1]);
    assert_eq!(r.point_of_label("  yes "), Some(2));
}

#[test]
fn every_problem_is_reported_at_once_with_its_place() {
    let bad = GOOD
        .replace("max = 3", "max = 4")
        .replace("weight = 1", "weight = -2")
        .replace("favors = \"b\"", "favors = \"c\"")
        .replace("id = \"q2\"", "id = \"q1\"");
    let found = problems(&bad);
    // Path `b` is still reached: disagreeing with q1 points to it.
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[0].starts_with("r.toml:11:10: the scale has 4 points"),
        "{found:#?}"
    );
    assert!(found.iter().any(|p| p.contains("weight -2 must be")));
    assert!(
        found
            .iter()
            .any(|p| p.contains("duplicate question id `q1`"))
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("unknown path `c`; use one of: a, b"))
    );
    assert!(!found.iter().any(|p| p.contains("points to path")));
}

#[test]
fn typos_in_keys_do_not_pass() {
    // A misspelt required key: the missing field and the unknown key explain each other.
    let found = problems(&GOOD.replace("weight = 1", "wieght = 1"));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("r.toml:23:1: missing key `weight`"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("r.toml:26:1: unknown key `wieght`"),
        "{found:?}"
    );
    // A misspelt optional key is reported with every other problem.
    let found = problems(
        &GOOD
            .replace("favors = \"b\"", "favors = \"b\"\nrevrese = true")
            .replace("max = 3", "max = 4"),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("r.toml:11:10: the scale has 4 points"));
    assert!(
        found[1].starts_with("r.toml:39:1: unknown key `revrese`; check its spelling"),
        "{found:?}"
    );
}

#[test]
fn range_checks() {
    let found = problems(&GOOD.replace(
        "language = \"en\"",
        "language = \"en\"\ntie_margin = 120\nmin_answered = 2",
    ));
    assert_eq!(found.len(), 2, "{found:?}");
    // A share of 0 would let an empty sheet through; absurd and non-finite numbers fail too.
    let found = problems(&GOOD.replace(
        "language = \"en\"",
        "language = \"en\"\nmin_answered = 0.0\ntie_margin = nan",
    ));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .any(|p| p.contains("min_answered 0 must be a share greater than 0"))
    );
    for w in ["inf", "1e308", "nan"] {
        let found = problems(&GOOD.replace("weight = 1", &format!("weight = {w}")));
        assert_eq!(found.len(), 1, "{w}: {found:?}");
        assert!(found[0].contains("must be a number greater than 0 and at most 1000"));
    }
    let found = problems(&GOOD.replace("max = 3", "max = 1"));
    assert!(found[0].contains("scale max 1 must be greater than min 1"));
}

#[test]
fn more_than_five_thousand_questions_are_refused_however_they_are_written() {
    let one =
        |i: usize| format!("{{ id = \"x{i}\", dimension = \"d\", text = \"?\", favors = \"b\" }}");
    // As tables, counted before parsing; as an inline array, counted after.
    let tables: String = (0..4_999)
        .map(|i| format!("\n[[ questions ]]\nid = \"x{i}\"\ndimension = \"d\"\ntext = \"?\"\nfavors = \"b\"\n"))
        .collect();
    let inline: Vec<String> = (0..5_001).map(one).collect();
    let (head, _) = GOOD.split_once("[[questions]]").unwrap();
    let inline = format!("questions = [{}]\n{head}", inline.join(", "));
    for text in [format!("{GOOD}{tables}"), inline] {
        let problems = Rubric::parse("r.toml", &text).unwrap_err().to_string();
        assert!(problems.contains("at most 5000 questions"), "{problems}");
    }
    assert!(Rubric::parse("r.toml", GOOD).is_ok());
}
