//! An export read in parts on every core reads exactly as it reads whole: the same output,
//! the same warnings and the same exit code, whatever the parts' size (set small with
//! `PATHFIT_CHUNK_BYTES`, so a small file has many parts and every kind of boundary).

use std::path::Path;

use crate::pathfit;

/// (exit code, stdout, stderr) of `pathfit score FILE ARGS` with parts of `chunk` bytes.
fn score(file: &Path, args: &[&str], chunk: u64) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let out = pathfit()
        .env("PATHFIT_CHUNK_BYTES", chunk.to_string())
        .arg("score")
        .arg(file)
        .args(args)
        .output()
        .expect("pathfit runs");
    (out.status.code(), out.stdout, out.stderr)
}

/// Reads `file` whole (parts larger than the file) and in parts of several sizes, with each
/// output, and checks they agree.
fn same_in_parts(file: &Path) {
    // The JSON records (whole reports, slower to make; their parts are cut where CSV's are)
    // in one size of part each.
    let outputs: &[(&[&str], &[u64])] = &[
        (&["--format", "csv"], &[1, 7, 64, 300, 4096]),
        (&["--format", "jsonl"], &[64]),
        (&["--format", "json", "--summary"], &[300]),
        (
            &["--summary-only", "--min-cohort", "1"],
            &[1, 7, 64, 300, 4096],
        ),
    ];
    for &(args, chunks) in outputs {
        let whole = score(file, args, 1 << 40);
        for &chunk in chunks {
            let parts = score(file, args, chunk);
            assert_eq!(
                whole.0,
                parts.0,
                "{} {args:?} in parts of {chunk}",
                file.display()
            );
            assert_eq!(
                String::from_utf8_lossy(&whole.1),
                String::from_utf8_lossy(&parts.1),
                "{} {args:?} in parts of {chunk}",
                file.display()
            );
            assert_eq!(
                String::from_utf8_lossy(&whole.2),
                String::from_utf8_lossy(&parts.2),
                "{} {args:?} in parts of {chunk}",
                file.display()
            );
        }
    }
}

#[test]
fn every_survey_fixture_reads_the_same_in_parts() {
    let dir = crate::fixtures().join("survey");
    let tools = dir.join("tools");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(&tools).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv" || e == "tsv"))
        .collect();
    files.sort();
    assert!(files.len() > 20, "{files:?}");
    for file in files {
        same_in_parts(&file);
    }
}

/// The Google Forms fixture's header, then `rows` made of `answers` (one label a question).
fn forms(rows: &[String], end: &str) -> String {
    let fixture = std::fs::read_to_string(crate::fixtures().join("survey/google-forms.csv"))
        .expect("fixture");
    let header = fixture.lines().next().unwrap().to_owned();
    let mut text = header + end;
    for row in rows {
        text.push_str(row);
        text.push_str(end);
    }
    text
}

/// A row of the Google Forms layout: timestamp, email, then 32 answers.
fn row(i: usize, email: &str) -> String {
    let labels = [
        "Strongly disagree",
        "Disagree",
        "Neutral",
        "Agree",
        "Strongly agree",
    ];
    let mut cells = vec![
        format!("2026/11/{:02} 10:00:00", 1 + i % 28),
        email.to_owned(),
    ];
    cells.extend((0..32).map(|q| labels[(i * 7 + q * 3) % 5].to_owned()));
    cells.join(",")
}

#[test]
fn quoted_line_ends_blank_lines_and_odd_rows_read_the_same_in_parts() {
    let rows: Vec<String> = (0..40)
        .map(|i| match i % 8 {
            // A quoted cell with line ends of every kind, wider than small parts.
            0 => row(i, "\"a\nb\r\nc\rd,\"\"e\"\"\n\n\""),
            1 => row(i, &format!("person{i}@example.com")),
            // Too few cells, a quote inside a bare cell, a cell that is not an answer.
            2 => "2026/11/01 10:00:00,x".to_owned(),
            3 => row(i, "ab\"c").replace("Agree", "Maybe"),
            // Not asked: no question answered.
            4 => format!("2026/11/01 10:00:00,x{}", ",".repeat(32)),
            5 => String::new(),
            6 => row(i, "repeat@example.com"),
            _ => row(i, "\"quoted, with a comma\""),
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    for (name, end) in [("lf.csv", "\n"), ("crlf.csv", "\r\n"), ("cr.csv", "\r")] {
        let path = dir.path().join(name);
        std::fs::write(&path, forms(&rows, end)).unwrap();
        same_in_parts(&path);
        // With a BOM, and without a line end at the end.
        let text = format!("\u{feff}{}", forms(&rows, end));
        std::fs::write(&path, text.trim_end()).unwrap();
        same_in_parts(&path);
        // A quote left open at the end of the file.
        std::fs::write(&path, format!("{}{}", forms(&rows, end), row(99, "\"open"))).unwrap();
        same_in_parts(&path);
    }
}

#[test]
fn other_encodings_met_late_read_the_same_in_parts() {
    let rows: Vec<String> = (0..300)
        .map(|i| row(i, &format!("person{i}@example.com")))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("late.csv");
    // Windows-1252 bytes after ASCII only: the sequential reader changes encoding there.
    let late = |text: String| {
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(&row(30, "CAFE").replace("CAFE", "caf\u{1}").into_bytes());
        let at = bytes.iter().rposition(|&b| b == 1).unwrap();
        bytes[at] = 0xe9;
        bytes.push(b'\n');
        bytes
    };
    std::fs::write(&path, late(forms(&rows, "\n"))).unwrap();
    same_in_parts(&path);
    // After UTF-8 beyond ASCII: passed on as it is, the cell read as Windows-1252.
    let mixed = late(forms(&rows, "\n").replace("person3@", "pers\u{f6}n3@"));
    std::fs::write(&path, &mixed).unwrap();
    same_in_parts(&path);
}

#[test]
fn a_record_too_long_reads_the_same_in_parts() {
    let rows: Vec<String> = (0..10)
        .map(|i| row(i, &format!("person{i}@example.com")))
        .collect();
    let mut text = forms(&rows, "\n");
    text.push_str(&row(10, &format!("\"{}\"", "x\n".repeat(2_200_000))));
    text.push('\n');
    text.push_str(&rows[0]);
    text.push('\n');
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    std::fs::write(&path, text).unwrap();
    let whole = score(&path, &["--format", "csv"], 1 << 40);
    let parts = score(&path, &["--format", "csv"], 100_000);
    assert_eq!(whole, parts);
    assert!(
        String::from_utf8_lossy(&whole.1).contains(",11,"),
        "the long row is reported"
    );
}
