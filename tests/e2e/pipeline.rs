//! Output a pipeline can trust: the same identifiers in every format, closed pipes, answers in
//! the output, summaries that name nobody, the data dictionary, and mapping files checked.

use crate::{fixtures, run, temp_file};

/// The question ids of the default rubric, in the order of `survey/plain.csv`.
fn question_ids() -> Vec<String> {
    let text = std::fs::read_to_string(fixtures().join("survey/plain.csv")).unwrap();
    let header = text.lines().next().unwrap();
    header.split(',').skip(1).map(str::to_owned).collect()
}

/// A plain export of `rows`, each a respondent id and one answer for every question.
fn export(rows: &[(&str, u8)]) -> String {
    let mut text = format!("ID,{}\n", question_ids().join(","));
    for (id, point) in rows {
        let cells = vec![point.to_string(); question_ids().len()];
        text.push_str(&format!("{id},{}\n", cells.join(",")));
    }
    text
}

fn csv_rows(out: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(|r| r.unwrap()).collect())
}

#[test]
fn quality_flags_are_the_same_words_in_csv_and_json() {
    let (_dir, file) = temp_file("same.csv", &export(&[("p1", 3)]));
    let file = file.to_str().unwrap();
    let (csv_out, _) = run(&["score", file, "-f", "csv"], 0);
    let (header, rows) = csv_rows(&csv_out);
    let column = header.iter().position(|h| h == "quality").unwrap();
    let csv_flags: Vec<&str> = rows[0][column].split(';').collect();
    let (json_out, _) = run(&["score", file, "-f", "json"], 0);
    let json: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    let json_flags: Vec<&str> = json[0]["quality"]["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(csv_flags.contains(&"straight_lining"), "{csv_out}");
    assert_eq!(csv_flags, json_flags);
}
