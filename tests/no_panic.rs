//! No rubric or answer file makes pathfit panic, and every problem found is one line: random
//! pieces spliced anywhere into valid files.

use pathfit::answers::{self, FileFormat};
use pathfit::rubric::{Catalog, DEFAULT_ID, Rubric, catalog};
use proptest::prelude::*;

/// Pieces that break rubrics in interesting ways when spliced in anywhere.
const PIECES: &[&str] = &[
    "",
    "\n",
    "=",
    "\"",
    "[",
    "]]",
    "[[questions]]\n",
    "-1",
    "0",
    "1e400",
    "nan",
    "inf",
    "9223372036854775807",
    "-9223372036854775808",
    "\u{e9}",
    "# ",
    "id = \"x\"\n",
    ",",
    "{",
    "}",
];

fn mutate(text: &str, at: usize, cut: usize, piece: usize) -> String {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = (at + cut).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!(
        "{}{}{}",
        &text[..at],
        PIECES[piece % PIECES.len()],
        &text[end..]
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_rubric_file_makes_pathfit_panic(at in any::<usize>(), cut in 0usize..40, piece in any::<usize>()) {
        let text = mutate(catalog::embedded_text(DEFAULT_ID).unwrap(), at, cut, piece);
        if let Err(problems) = Rubric::parse("r.toml", &text) {
            prop_assert!(!problems.0.is_empty());
            for p in &problems.0 {
                prop_assert!(!p.to_string().contains('\n'), "one line per problem: {p}");
            }
        }
    }

    #[test]
    fn no_answer_file_makes_pathfit_panic(at in any::<usize>(), cut in 0usize..20, piece in any::<usize>(), json in any::<bool>()) {
        let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let base = if json {
            "{\"rubric\": \"office-secretary-vs-specialist\", \"answers\": {\"sk_budget\": 4, \"sk_vendors\": \"agree\"}}"
        } else {
            "rubric = \"office-secretary-vs-specialist\"\n[answers]\nsk_budget = 4\nsk_vendors = \"agree\"\n"
        };
        let text = mutate(base, at, cut, piece);
        let format = if json { FileFormat::Json } else { FileFormat::Toml };
        if let Ok(raw) = answers::parse_raw("a", format, &text)
            && let Err(problems) = answers::decode(raw, &rubric)
        {
            prop_assert!(problems.0.len() <= 20);
            for p in &problems.0 {
                prop_assert!(!p.to_string().contains('\n'), "one line per problem: {p}");
            }
        }
    }
}
