//! Hostile inputs (issue 15): each is refused, or read, within bounded time and memory, with
//! one error line naming the file or the row, and no output file changed.

use std::io::{Read, Write};
use std::path::Path;

use crate::{fixtures, run};

/// The plain export's header: an ID column and every question of the default rubric.
fn header() -> String {
    let plain = std::fs::read_to_string(fixtures().join("survey/plain.csv")).unwrap();
    plain.lines().next().unwrap().to_owned()
}

/// A data row of the plain export answering every question with 3, `first` for the first.
fn row(id: &str, first: &str) -> String {
    let questions = header().split(',').count() - 1;
    let rest = vec!["3"; questions - 1].join(",");
    format!("{id},{first},{rest}")
}

/// The `error:` lines of stderr.
fn errors(err: &str) -> Vec<&str> {
    err.lines().filter(|l| l.starts_with("error:")).collect()
}

/// Scores `file` as CSV into an `--output` file that already exists; returns stderr after
/// asserting the exit code, and the output file's text.
fn score_into(file: &Path, code: i32) -> (String, String) {
    let out = file.with_file_name("out.csv");
    let (_, err) = run(
        &[
            "score",
            file.to_str().unwrap(),
            "-f",
            "csv",
            "--force",
            "-o",
            out.to_str().unwrap(),
        ],
        code,
    );
    (err, std::fs::read_to_string(&out).unwrap_or_default())
}

#[test]
fn a_csv_cell_of_ten_megabytes_is_refused_with_its_row_and_not_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.csv");
    let huge = "x".repeat(10_000_001);
    let text = format!("{}\n{}\n{}\n", header(), row("r1", "4"), row("r2", &huge));
    std::fs::write(&file, text).unwrap();
    let (err, out) = score_into(&file, 1);
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "{err}");
    assert!(
        errors[0].contains("huge.csv: row 2: the row is longer than 4 MiB"),
        "{err}"
    );
    assert!(err.len() < 1_000 && out.len() < 10_000, "{err}");
    // The row before it is scored.
    assert!(out.contains("r1"), "{out}");
}

#[test]
fn a_long_question_cell_is_refused_unread_and_shown_cut() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.csv");
    let long = "y".repeat(100_000);
    let text = format!("{}\n{}\n", header(), row("r1", &long));
    std::fs::write(&file, text).unwrap();
    let (err, out) = score_into(&file, 1);
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains("(100000 characters)"), "{err}");
    assert!(errors[0].len() < 400, "{err}");
    assert!(out.len() < 2_000, "{out}");
}

#[test]
fn a_header_of_ten_thousand_and_one_columns_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.csv");
    let wide: Vec<String> = (0..10_001).map(|i| format!("c{i}")).collect();
    std::fs::write(&file, format!("{}\n{}\n", wide.join(","), wide.join(","))).unwrap();
    std::fs::write(dir.path().join("out.csv"), "before").unwrap();
    let (err, out) = score_into(&file, 1);
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "{err}");
    assert!(
        errors[0].contains("wide.csv: the header has 10001 columns and at most 10000"),
        "{err}"
    );
    assert!(out.len() < 1_000, "{out}");
}

/// A zip holding `parts` (name, bytes), deflated.
fn zip_of(path: &Path, parts: &[(&str, &[u8])]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// Scores the workbook at `path`, asserting one error line that says `words`.
fn refused(path: &Path, words: &str) {
    let (err, out) = score_into(path, 1);
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains(words), "{err}");
    assert!(errors[0].len() < 400, "{err}");
    assert!(out.len() < 1_000, "{out}");
}

#[test]
fn a_workbook_that_unpacks_a_thousandfold_is_refused_from_its_directory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.xlsx");
    zip_of(&path, &[("xl/worksheets/sheet1.xml", &[b' '; 8 << 20])]);
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    refused(&path, "more than 100 times its packed size");
}

#[test]
fn a_workbook_whose_directory_claims_four_gigabytes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.xlsx");
    zip_of(&path, &[("xl/worksheets/sheet1.xml", b"<worksheet/>")]);
    // The central directory's uncompressed size of the one part (offset 24 of its header).
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes
        .windows(4)
        .rposition(|w| w == b"PK\x01\x02")
        .expect("a central directory");
    bytes[at + 24..at + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    std::fs::write(&path, bytes).unwrap();
    refused(&path, "unpacks to 4.0 GiB");
}

#[test]
fn a_workbook_with_text_longer_than_any_cell_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.xlsx");
    // Letters that do not compress, so the ratio passes and the scan finds the run.
    let mut state = 0x2545_f491_u32;
    let mut xml =
        b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".to_vec();
    xml.extend((0..400_000).map(|_| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        b'a' + (state % 26) as u8
    }));
    xml.extend_from_slice(b"</t></is></c></row></sheetData></worksheet>");
    zip_of(&path, &[("xl/worksheets/sheet1.xml", &xml)]);
    refused(&path, "holds a tag or text longer than");
}

/// A workbook of the plain export's header and rows, with its sheet's rows then replaced by
/// `rows` (XML of `<row>` elements).
fn workbook_with_rows(path: &Path, rows: &str) {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "ID").unwrap();
    let plain = path.with_extension("plain.xlsx");
    book.save(&plain).unwrap();
    let mut from = zip::ZipArchive::new(std::fs::File::open(&plain).unwrap()).unwrap();
    let mut to = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..from.len() {
        let mut part = from.by_index(i).unwrap();
        let name = part.name().unwrap().into_owned();
        to.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(bytes).unwrap();
            let (start, end) = (
                xml.find("<sheetData").unwrap(),
                xml.find("</sheetData>").unwrap(),
            );
            bytes = format!("{}<sheetData>{rows}{}", &xml[..start], &xml[end..]).into_bytes();
        }
        to.write_all(&bytes).unwrap();
    }
    to.finish().unwrap();
}

/// A `<row>` of inline-string cells at row `r`, starting at column A.
fn xml_row(r: u64, cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .enumerate()
        .map(|(c, text)| {
            let column = match c / 26 {
                0 => String::new(),
                high => ((b'A' + high as u8 - 1) as char).to_string(),
            } + &((b'A' + (c % 26) as u8) as char).to_string();
            format!("<c r=\"{column}{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
        })
        .collect();
    format!("<row r=\"{r}\">{cells}</row>")
}

#[test]
fn cells_beyond_excels_last_column_or_row_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let head = xml_row(1, &["ID", "sk_calendar"]);
    for (name, far) in [
        (
            "column.xlsx",
            "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>",
        ),
        (
            "row.xlsx",
            "<row r=\"4000000000\"><c r=\"A4000000000\"><v>1</v></c></row>",
        ),
    ] {
        let path = dir.path().join(name);
        workbook_with_rows(&path, &format!("{head}{far}"));
        refused(&path, "beyond Excel's last column (16384) or row (1048576)");
    }
}

#[test]
fn rows_without_cells_are_passed_over_silently() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gaps.xlsx");
    let head = header();
    let names: Vec<&str> = head.split(',').collect();
    let answers = |id: &'static str| {
        let mut cells = vec![id];
        cells.extend(std::iter::repeat_n("3", names.len() - 1));
        cells
    };
    let rows = format!(
        "{}{}{}",
        xml_row(1, &names),
        xml_row(2, &answers("r1")),
        xml_row(1_048_576, &answers("r2")),
    );
    workbook_with_rows(&path, &rows);
    let (err, out) = score_into(&path, 0);
    assert!(err.lines().count() < 5, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn folders_are_searched_without_following_links_to_folders() {
    let dir = tempfile::tempdir().unwrap();
    let top = dir.path().join("sheets");
    std::fs::create_dir_all(top.join("sub")).unwrap();
    std::fs::copy(fixtures().join("ana.toml"), top.join("ana.toml")).unwrap();
    std::fs::copy(fixtures().join("ana.toml"), top.join("sub/bo.toml")).unwrap();
    // A cycle each way, and a second name for one sheet.
    std::os::unix::fs::symlink(&top, top.join("again")).unwrap();
    std::os::unix::fs::symlink("..", top.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(top.join("ana.toml"), top.join("ana-too.toml")).unwrap();
    let (out, err) = run(&["score", top.to_str().unwrap(), "-f", "csv"], 0);
    assert_eq!(out.lines().count(), 3, "a header and two sheets: {out}");
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("links to a folder"))
        .collect();
    assert_eq!(warnings.len(), 2, "{err}");
    assert!(warnings.iter().all(|w| w.starts_with("warning: ")), "{err}");
}

#[test]
fn a_rubric_of_more_than_five_thousand_questions_is_refused() {
    let three = std::fs::read_to_string(fixtures().join("rubrics/three-roads.toml")).unwrap();
    let mut text = three.clone();
    for i in 0..4_998 {
        text.push_str(&format!(
            "\n[[questions]]\nid = \"q{i}\"\ndimension = \"work\"\ntext = \"Q {i}.\"\nfavors = \"expert\"\n"
        ));
    }
    let (_d, path) = crate::temp_file("many.toml", &text);
    let (_, err) = run(&["rubric", "check", path.to_str().unwrap()], 1);
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "{err}");
    assert!(
        errors[0].contains("at most 5000 questions but this one has 5001"),
        "{err}"
    );
}

#[test]
fn start_dates_are_years_1900_to_9999_with_the_plan_inside() {
    let (dir, out) = crate::temp_file("report.txt", "before");
    let out = out.to_str().unwrap();
    for bad in [
        "9999-12-20",
        "9999-12-03",
        "1899-12-31",
        "-0001-01-01",
        "+10000-01-01",
    ] {
        let start = format!("--start={bad}");
        let (_, err) = run(&["score", "ana.toml", &start, "--force", "-o", out], 2);
        assert!(
            err.contains("give a date from 1900-01-01 to 9999-12-02"),
            "{bad}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{bad}: {err}");
    }
    assert_eq!(std::fs::read_to_string(out).unwrap(), "before");
    let (text, _) = run(
        &["score", "ana.toml", "--start", "9999-12-02", "-f", "json"],
        0,
    );
    assert!(
        text.contains("9999-12-31") && !text.contains("+10000"),
        "{text}"
    );
    drop(dir);
}
