//! Reading survey-tool exports as the tools write them: header rows, respondent ids,
//! completion, rows never asked, broken rows and encodings.

use crate::run;

fn csv_rows(out: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect()
}

/// (row, respondent, answered) of each record of a CSV output.
fn rows(out: &str) -> Vec<(String, String, String)> {
    csv_rows(out)
        .iter()
        .map(|r| (r[1].to_owned(), r[2].to_owned(), r[7].to_owned()))
        .collect()
}

fn row(n: usize, id: &str, answered: &str) -> (String, String, String) {
    (n.to_string(), id.to_owned(), answered.to_owned())
}

#[test]
fn no_header_row_is_ever_scored_whichever_row_the_questions_match() {
    // Field ids match; the second row is a German label row, the third ImportIds.
    let (out, err) = run(&["score", "survey/qualtrics-de.csv", "-f", "csv"], 0);
    assert_eq!(rows(&out), [row(1, "R_de1", "32"), row(2, "R_de2", "32")]);
    assert!(err.ends_with("2 scored, 0 partial, 0 skipped\n"), "{err}");
    // Matrix items: `C1.8 - text` and `question - item`, two header rows.
    let (out, _) = run(&["score", "survey/qualtrics-matrix.csv", "-f", "csv"], 0);
    assert_eq!(rows(&out), [row(1, "R_m1", "32")]);
    // Legacy Qualtrics: V1, V2, ... then the texts.
    let (out, _) = run(&["score", "survey/qualtrics-legacy.csv", "-f", "csv"], 0);
    assert_eq!(rows(&out), [row(1, "R_old1", "32"), row(2, "R_old2", "32")]);
    // LimeSurvey: `code. text`, `code[SQ001]`, `text [sub-question]`.
    let (out, _) = run(&["score", "survey/limesurvey-text.csv", "-f", "csv"], 1);
    let got = rows(&out);
    assert_eq!(got[0], row(1, "7", "32"));
    assert_eq!((&got[1].0, &got[1].1), (&"2".to_owned(), &"8".to_owned()));
    // SurveyMonkey: a matrix question over its first column, sub-questions under it.
    let (out, _) = run(&["score", "survey/surveymonkey-matrix.csv", "-f", "csv"], 0);
    assert_eq!(rows(&out), [row(1, "2001", "32")]);
    // `pathfit map` matches the same columns.
    let (map, _) = run(&["map", "survey/qualtrics-matrix.csv"], 0);
    assert!(map.contains("-> sk_calendar"), "{map}");
}
