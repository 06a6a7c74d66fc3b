//! Reports in Romanian and Chinese: the first screen and the full report of a sheet speak
//! the language asked for, with no English word left in their own lines, and Romanian fits
//! take a decimal comma.

use crate::run;

/// Words that only an English sentence holds: the list of tests/e2e/catalogs.rs.
use crate::catalogs::ENGLISH;

/// The English words of `line`, leaving out what stays as written in every language: code
/// in backticks or quotes, options, file names and paths, names in capitals.
fn english_words(line: &str) -> Vec<String> {
    let mut prose = String::new();
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match (inside, c) {
            (None, '`' | '"') => inside = Some(c),
            (Some(end), _) if c == end => inside = None,
            (None, _) => prose.push(c),
            _ => {}
        }
    }
    prose
        .split_whitespace()
        .filter(|w| !w.starts_with('-') && !w.contains('/') && !w.contains(".toml"))
        .filter(|w| !w.contains(".md") && !w.chars().any(|c| c.is_ascii_uppercase()))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

/// Every line of a report: headings, the verdict, the items (the plan's steps, and the
/// rubric's texts, from its overlay) and the table of fits.
fn own_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|l| !l.trim().is_empty()).collect()
}

/// `out` with its wrapped lines joined again: by a space in Romanian, by nothing in Chinese.
fn joined(out: &str, lang: &str) -> String {
    let sep = if lang == "zh" { "" } else { " " };
    out.lines().map(str::trim).collect::<Vec<_>>().join(sep)
}

/// The output of `pathfit --lang LANG ARGS`, its lines joined again, after checking that no
/// line holds an English word.
fn assert_no_english(lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend(args);
    // stderr (warnings of the commands) is not the report's.
    let (out, _) = run(&all, 0);
    for line in own_lines(&out) {
        let found = english_words(line);
        assert!(
            found.is_empty(),
            "{lang} {args:?}: {found:?} in\n{line}\n---\n{out}"
        );
    }
    joined(&out, lang)
}

#[test]
fn the_first_screen_speaks_romanian_with_decimal_commas() {
    let out = assert_no_english("ro", &["score", "ana.toml"]);
    assert!(
        out.contains(
            "Înclinație clară: Secretar de birou, cu un avans de 39,4 puncte față de Specialist"
        ),
        "{out}"
    );
    assert!(out.contains("69,7"), "{out}");
    assert!(!out.contains("69.7"), "{out}");
    assert!(
        out.contains("Raportul complet: pathfit score ana.toml --lang ro --full"),
        "{out}"
    );
}

#[test]
fn the_first_screen_speaks_chinese() {
    let out = assert_no_english("zh", &["score", "ana.toml"]);
    assert!(
        out.contains("明确倾向：办公室文秘领先专业人员39.4分"),
        "{out}"
    );
    assert!(
        out.contains("完整报告：pathfit score ana.toml --lang zh --full"),
        "{out}"
    );
}

#[test]
fn the_full_report_speaks_romanian_and_chinese() {
    let ro = assert_no_english("ro", &["score", "ana.toml", "--full"]);
    assert!(ro.contains("răspunsuri la 32 din 32 de întrebări"), "{ro}");
    assert!(ro.contains("Ce este și ce nu este acest rezultat"), "{ro}");
    assert!(ro.contains("69,7"), "{ro}");
    let zh = assert_no_english("zh", &["score", "ana.toml", "--full"]);
    assert!(zh.contains("共32题，已答32题"), "{zh}");
    assert!(zh.contains("这个结果能说明什么、不能说明什么"), "{zh}");
}

#[test]
fn a_close_result_speaks_romanian_and_chinese() {
    let ro = assert_no_english("ro", &["score", "close-call.toml", "--full"]);
    assert!(
        ro.contains("Ambele parcursuri vi se potrivesc aproape la fel de bine"),
        "{ro}"
    );
    assert!(ro.contains("Nicio înclinație clară: Specialist"), "{ro}");
    let zh = assert_no_english("zh", &["score", "close-call.toml", "--full"]);
    assert!(zh.contains("两个方向与你的契合度相近"), "{zh}");
}

#[test]
fn the_check_finds_english_in_a_report_line() {
    assert_eq!(english_words("Clear lean: A over B"), Vec::<String>::new());
    assert_eq!(english_words("ahead of the rest"), vec!["of", "the"]);
    assert!(english_words("ana.toml; grila `x` v2").is_empty());
}

#[test]
fn explain_speaks_romanian_and_chinese() {
    let ro = assert_no_english("ro", &["explain", "ana.toml"]);
    assert!(ro.contains("Ce ar schimba verdictul"), "{ro}");
    assert!(ro.contains("39,4"), "{ro}");
    let zh = assert_no_english("zh", &["explain", "ana.toml"]);
    assert!(zh.contains("什么会改变结论"), "{zh}");
}

#[test]
fn compare_speaks_romanian_and_chinese() {
    let ro = assert_no_english("ro", &["compare", "ana.toml", "close-call.toml"]);
    assert!(ro.contains("Schimbări ale potrivirii"), "{ro}");
    let zh = assert_no_english("zh", &["compare", "ana.toml", "close-call.toml"]);
    assert!(zh.contains("契合度变化"), "{zh}");
}

#[test]
fn the_cohort_report_speaks_romanian_and_chinese() {
    let args = ["score", "ana.toml", "close-call.toml", "--summary"];
    let ro = assert_no_english("ro", &args);
    assert!(ro.contains("Acoperirea răspunsurilor"), "{ro}");
    let zh = assert_no_english("zh", &args);
    assert!(zh.contains("作答覆盖情况"), "{zh}");
}

#[test]
fn roles_and_faq_speak_romanian_and_chinese() {
    let ro = assert_no_english("ro", &["roles", "-f", "markdown"]);
    assert!(ro.contains("### Colaborează cu"), "{ro}");
    assert!(ro.contains("parcursurile alăturate"), "{ro}");
    let zh = assert_no_english("zh", &["roles", "-f", "markdown"]);
    assert!(zh.contains("### 合作对象"), "{zh}");
    let faq = assert_no_english("ro", &["faq", "-f", "markdown"]);
    assert!(faq.contains("întrebări și răspunsuri"), "{faq}");
}

#[test]
fn the_html_hand_out_speaks_romanian_and_chinese() {
    let (ro, _) = run(&["--lang", "ro", "score", "ana.toml", "-f", "html"], 0);
    assert!(
        ro.contains("Potrivirea pe parcursuri și dimensiuni"),
        "{ro}"
    );
    assert!(
        ro.contains("Realizat cu pathfit pe 1 decembrie 2026."),
        "{ro}"
    );
    assert!(ro.contains("69,7"), "{ro}");
    let (zh, _) = run(&["--lang", "zh", "score", "ana.toml", "-f", "html"], 0);
    assert!(zh.contains("由 pathfit 于2026年12月1日生成。"), "{zh}");
    assert!(zh.contains("总体契合度"), "{zh}");
}

/// The README's Romanian and Chinese lines are the real first lines of those screens.
#[test]
fn the_readme_shows_real_romanian_and_chinese_output() {
    let readme = std::fs::read_to_string(crate::repo().join("README.md")).unwrap();
    for lang in ["ro", "zh"] {
        let command =
            format!("pathfit --lang {lang} score tests/fixtures/ana.toml --start 2026-12-01");
        let words = shlex::split(&command).unwrap();
        let mut cmd = crate::pathfit();
        cmd.current_dir(crate::repo())
            .args(&words[1..])
            .env("COLUMNS", "80");
        let (out, _) = crate::run_cmd(&mut cmd, 0);
        let head: Vec<&str> = out.lines().take(5).collect();
        let shown = format!("$ {command}\n{}\n...\n", head.join("\n"));
        assert!(readme.contains(&shown), "README should show:\n{shown}");
    }
}
