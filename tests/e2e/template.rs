//! `pathfit template`: a fillable answer file that round-trips through `pathfit score`.

use crate::{run, temp_file};

#[test]
fn template_lists_every_question_with_the_scale() {
    let (out, _) = run(&["template"], 0);
    assert!(out.contains("rubric = \"office-secretary-vs-specialist\""));
    assert!(out.contains(
        "1 = Strongly disagree, 2 = Disagree, 3 = Neutral, 4 = Agree, 5 = Strongly agree"
    ));
    assert_eq!(
        out.lines()
            .filter(|l| l.ends_with(" = \"\"") && !l.starts_with("respondent"))
            .count(),
        32 + 3
    );
    assert!(out.contains("# When a meeting moves, I rebook the room"));
}

#[test]
fn a_filled_template_scores_and_a_blank_one_names_the_missing_answers() {
    let (blank, _) = run(&["template", "--rubric", "specialist-vs-leadership"], 0);
    let (_dir, path) = temp_file("blank.toml", &blank);
    let (_, err) = run(&["score", path.to_str().unwrap()], 1);
    assert!(
        err.contains(
            "0 of 32 questions answered and rubric `specialist-vs-leadership` needs at least 26"
        ),
        "{err}"
    );
    assert!(err.contains("sk_technical_depth"));

    let filled = blank
        .lines()
        .map(|l| match l.split_once(" = \"\"") {
            Some((key, _))
                if key.starts_with("sk_") || key.starts_with("va_") || key.starts_with("am_") =>
            {
                format!("{key} = \"agree\"")
            }
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (_dir, path) = temp_file("filled.toml", &filled);
    let (out, _) = run(&["score", path.to_str().unwrap()], 0);
    // Agreeing with everything gives no lean: the shipped items are balanced.
    assert!(out.contains("No clear lean"), "{out}");
}
