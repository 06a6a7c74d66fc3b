//! `--format html`: every command writes one self-contained page (no script, no link, no
//! address to fetch), in the rubric's language, with every text from a file escaped; and the
//! pages, opened in headless Chromium, fit a phone and a desktop without a console message
//! and print to PDF.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{fixtures, run};

/// Markup a stranger could put into a rubric or an answer file.
const HOSTILE: &str = r#"<script>alert("x&y")</script>'"#;
/// [`HOSTILE`] as the page must show it.
const ESCAPED: &str = "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;";

/// Asserts that `html` is one whole page in `lang` that needs nothing from outside.
fn assert_one_page(what: &str, html: &str, lang: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n"), "{what}: no doctype");
    assert!(html.ends_with("</html>\n"), "{what}: does not end the page");
    assert_eq!(html.matches("<html").count(), 1, "{what}: one <html>");
    assert_eq!(html.matches("</body>").count(), 1, "{what}: one body");
    assert!(
        html.contains(&format!("<html lang=\"{lang}\">")),
        "{what}: lang {lang}"
    );
    assert!(html.contains("<meta name=\"viewport\""), "{what}: viewport");
    assert!(html.contains("<style>"), "{what}: inline style");
    for banned in [
        "<script", "<link", "http:", "https:", "@import", " src=", "url(",
    ] {
        assert!(!html.contains(banned), "{what}: holds {banned}");
    }
    assert!(html.contains("<h1>"), "{what}: a heading");
}

/// The default rubric as `hostile-html` in `de-CH`, with [`HOSTILE`] at the end of every
/// title, name, summary and question text.
fn hostile_rubric() -> String {
    let source =
        std::fs::read_to_string(crate::repo().join("rubrics/office-secretary-vs-specialist.toml"))
            .unwrap();
    let tail = HOSTILE.replace('"', "\\\"");
    let mut out = String::new();
    for line in source.lines() {
        let line = if line.starts_with("id = \"office-secretary") {
            "id = \"hostile-html\"".to_owned()
        } else if line.starts_with("language = ") {
            "language = \"de-CH\"".to_owned()
        } else if ["title = \"", "name = \"", "summary = \"", "text = \""]
            .iter()
            .any(|k| line.starts_with(k))
            && line.ends_with('"')
        {
            format!("{}{tail}\"", &line[..line.len() - 1])
        } else {
            line.to_owned()
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A folder with the hostile rubric (`h.toml`) and two answer files on it (`a.toml`,
/// `b.toml`) whose respondents carry [`HOSTILE`].
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("h.toml"), hostile_rubric()).unwrap();
    let ana = std::fs::read_to_string(fixtures().join("ana.toml")).unwrap();
    let close = std::fs::read_to_string(fixtures().join("close-call.toml")).unwrap();
    let who = format!("respondent = \"Ana {}\"", HOSTILE.replace('"', "\\\""));
    for (name, text) in [("a.toml", ana), ("b.toml", close)] {
        let text: String = text
            .lines()
            .map(|l| {
                if l.starts_with("respondent") {
                    who.clone()
                } else if l.starts_with("rubric") {
                    "rubric = \"hostile-html\"".to_owned()
                } else {
                    l.to_owned()
                }
            })
            .map(|l| l + "\n")
            .collect();
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> String {
    let mut cmd = crate::pathfit();
    cmd.current_dir(dir).args(args);
    crate::run_cmd(&mut cmd, 0).0
}

/// Every command that writes a report, with `-f html`, on the default rubric.
fn pages() -> Vec<(&'static str, String)> {
    let h = ["-f", "html"];
    let with = |args: &[&'static str]| -> Vec<&'static str> { [args, &h[..]].concat() };
    [
        ("score", with(&["score", "ana.toml"])),
        (
            "batch",
            with(&["score", "ana.toml", "close-call.toml", "--summary"]),
        ),
        ("cohort", with(&["score", "personas", "--summary-only"])),
        ("explain", with(&["explain", "ana.toml"])),
        ("compare", with(&["compare", "ana.toml", "close-call.toml"])),
        ("roles", with(&["roles"])),
        ("faq", with(&["faq"])),
        ("columns", with(&["columns"])),
    ]
    .into_iter()
    .map(|(name, args)| (name, run(&args, 0).0))
    .collect()
}

#[test]
fn every_command_writes_one_page_that_needs_nothing_from_outside() {
    for (name, html) in pages() {
        assert_one_page(name, &html, "en");
    }
}

#[test]
fn the_assessment_writes_its_report_as_a_page() {
    use crate::assess::{exit_code, finish, start};
    let dir = tempfile::tempdir().unwrap();
    let args = ["assess", "--no-save", "-f", "html", "-o", "hand-out.html"];
    let mut p = start(&args, dir.path());
    finish(&mut p, 1);
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let html = std::fs::read_to_string(dir.path().join("hand-out.html")).unwrap();
    assert_one_page("assess", &html, "en");
    assert!(html.contains("<strong>Verdict:</strong>"), "{html}");
    assert!(html.contains("32 of 32 questions answered"));
}

#[test]
fn a_hand_out_has_the_verdict_a_chart_and_a_table_of_the_same_numbers() {
    let (html, _) = run(&["score", "ana.toml", "-f", "html"], 0);
    assert!(html.contains("<title>Ana: Office Secretary vs Specialist</title>"));
    assert!(html.contains("Clear lean: Office Secretary over Specialist by 39.4 points"));
    assert!(html.contains("role=\"img\""), "{html}");
    assert!(html.contains("<title id=\"chart-1-title\">"));
    assert!(html.contains("<desc id=\"chart-1-desc\">"));
    // The overall fits, in the chart and in the table.
    assert_eq!(html.matches(">69.7<").count(), 2, "{html}");
    assert_eq!(html.matches(">30.3<").count(), 2);
    assert!(html.contains("<th scope=\"col\">Office Secretary</th>"));
    // The footer: the day it was made and the rubric's file hash, as in Markdown.
    let (md, _) = run(&["score", "ana.toml", "-f", "markdown"], 0);
    let sha = md.split("file sha256 `").nth(1).unwrap().split('`').next();
    assert!(html.contains(&format!("<code>{}</code>", sha.unwrap())));
    assert!(html.contains("Made by pathfit on "));
}

#[test]
fn a_batch_is_one_page_with_a_part_per_respondent_and_the_cohort_last() {
    let (html, _) = run(
        &[
            "score",
            "ana.toml",
            "close-call.toml",
            "-f",
            "html",
            "--summary",
        ],
        0,
    );
    assert_eq!(html.matches("<section class=\"part\"").count(), 3, "{html}");
    // Titled by the rubric, not by the first person.
    assert!(html.contains("<title>Office Secretary vs Specialist</title>"));
    let cohort = html.find("<h1>Cohort: ").unwrap();
    assert!(cohort > html.rfind("Verdict").unwrap());
    // One chart per part, each with ids of its own.
    for n in ["1", "2", "0"] {
        assert_eq!(html.matches(&format!("id=\"chart-{n}-title\"")).count(), 1);
    }
    // `--answers` has no place on a page that shows them already.
    let (_, err) = run(&["score", "ana.toml", "-f", "html", "--answers"], 2);
    assert!(err.contains("html reports show them already"), "{err}");
}

#[test]
fn texts_from_files_are_escaped_and_the_page_takes_the_rubrics_language() {
    let dir = hostile_folder();
    let r = ["--rubric", "h.toml", "-f", "html"];
    let with = |args: &[&'static str]| -> Vec<&'static str> { [args, &r[..]].concat() };
    let commands: [(&str, Vec<&str>); 7] = [
        ("score", with(&["score", "a.toml"])),
        ("cohort", with(&["score", "a.toml", "b.toml", "--summary"])),
        ("explain", with(&["explain", "a.toml"])),
        ("compare", with(&["compare", "a.toml", "b.toml"])),
        ("roles", with(&["roles"])),
        ("faq", with(&["faq"])),
        ("columns", with(&["columns", "--answers"])),
    ];
    for (name, args) in commands {
        let html = run_in(dir.path(), &args);
        assert_one_page(name, &html, "de-CH");
        assert!(html.contains(ESCAPED), "{name}: escaped text\n{html}");
        assert!(!html.contains("\"x&y\""), "{name}: raw text");
    }
    // A batch on rubrics of two languages: the page takes the first's, a part the other's.
    let ana = fixtures().join("ana.toml");
    let html = run_in(
        dir.path(),
        &[
            "score",
            "--rubric-dir",
            ".",
            "a.toml",
            ana.to_str().unwrap(),
            "-f",
            "html",
        ],
    );
    assert!(html.contains("<html lang=\"de-CH\">"));
    assert!(
        html.contains("<section class=\"part\" lang=\"en\">"),
        "{html}"
    );
}

// Headless Chromium.

/// Chromium, as Debian's `chromium` package installs it. Missing, the tests are skipped
/// with a note, except in CI (`CI=true`), where they fail: `.ci/run` installs it.
fn chromium() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("chromium"))
            .find(|p| p.is_file())
    });
    let found = Some(PathBuf::from("/usr/bin/chromium"))
        .filter(|p| p.is_file())
        .or(on_path);
    if found.is_none() {
        let note = "chromium is not installed: the HTML pages cannot be checked in a browser \
                    (apt-get install chromium; .ci/run installs it)";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{note}");
        eprintln!("skipped: {note}");
    }
    found
}

/// Runs headless Chromium on `url` with a fresh profile, killed after 60 s; returns stdout
/// and the console messages it logged.
fn headless(chromium: &Path, args: &[&str], url: &str) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("chromium runs and ends within 60 s");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "chromium {args:?} failed:\n{stderr}");
    let console = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

/// The message the probe logs on purpose: it shows that console messages are caught.
const MARK: &str = "pathfit-probe-logged";

/// A page that shows each of `frames` (a name, a page, a width in CSS pixels) in a frame of
/// that width and, once all are loaded, writes per frame its width and every element that
/// reaches past it (and the page's own scroll width when wider), then logs [`MARK`].
fn probe(frames: &[(&str, &str, u32)]) -> String {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;");
    let mut page = String::from("<!DOCTYPE html><html><body style=\"margin:0\">\n");
    for (name, html, width) in frames {
        page.push_str(&format!(
            "<iframe name=\"{name}\" style=\"display:block;border:0;width:{width}px;height:1500px\" srcdoc=\"{}\"></iframe>\n",
            attr(html)
        ));
    }
    page.push_str(
        r#"<pre id="probe"></pre><script>
window.addEventListener('load', function () {
  var lines = [];
  for (var f of document.querySelectorAll('iframe')) {
    var win = f.contentWindow, d = f.contentDocument, w = win.innerWidth, wide = [];
    if (d.documentElement.scrollWidth > w) wide.push('page ' + d.documentElement.scrollWidth);
    for (var e of d.body.getElementsByTagName('*')) {
      var r = e.getBoundingClientRect();
      if (r.right > w + 0.5 || r.left < -0.5) {
        wide.push(e.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
      }
    }
    lines.push('FRAME ' + f.name + ' width=' + w + ' h1=' + d.querySelectorAll('h1').length +
      ' wide=' + JSON.stringify(wide.slice(0, 5)));
  }
  document.getElementById('probe').textContent = lines.join('\n') + '\nDONE';
  console.log('MARK');
});
</script></body></html>
"#
        .replace("MARK", MARK)
        .as_str(),
    );
    page
}

/// A page the probe must find fault with: wider than a phone, and a script that fails.
const CONTROL: &str = "<!DOCTYPE html><html lang=\"en\"><body><h1>x</h1>\
    <div style=\"width:600px\">x</div><script>throw new Error('pathfit-probe-error')</script>\
    </body></html>";

/// Runs [`probe`] on `frames` and asserts that each fits its width and that nothing but the
/// probe's own mark reached the console. With `control`, a frame of [`CONTROL`] is probed
/// too, and its width and its error must be caught.
fn assert_fits(chromium: &Path, frames: &[(&str, &str, u32)], control: bool) {
    let mut all = frames.to_vec();
    if control {
        all.push(("control", CONTROL, 375));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("probe.html");
    std::fs::write(&path, probe(&all)).unwrap();
    let url = format!("file://{}", path.display());
    let (dom, console) = headless(chromium, &["--dump-dom", "--window-size=1400,1600"], &url);
    let result = dom
        .split("<pre id=\"probe\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_default();
    assert!(result.contains("DONE"), "the probe did not run:\n{dom}");
    let line = |name: &str| {
        result
            .lines()
            .find(|l| l.starts_with(&format!("FRAME {name} ")))
            .unwrap_or_else(|| panic!("no result for {name}:\n{result}"))
            .to_owned()
    };
    for (name, _, width) in frames {
        let line = line(name);
        assert!(
            line.contains(&format!("width={width} ")),
            "{name}: laid out at another width: {line}"
        );
        assert!(!line.contains(" h1=0 "), "{name}: empty page: {line}");
        assert!(
            line.ends_with("wide=[]"),
            "{name} is wider than {width}px: {line}"
        );
    }
    let mut expected = vec![MARK];
    if control {
        assert!(
            line("control").contains("DIV 8..608"),
            "{}",
            line("control")
        );
        expected.insert(0, "pathfit-probe-error");
    }
    assert_eq!(
        console.len(),
        expected.len(),
        "console messages: {console:#?}"
    );
    for (line, mark) in console.iter().zip(expected) {
        assert!(line.contains(mark), "{console:#?}");
    }
}

/// The width of a PNG, from its header.
fn png_width(bytes: &[u8]) -> u32 {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    u32::from_be_bytes(bytes[16..20].try_into().unwrap())
}

#[test]
fn a_hand_out_fits_a_phone_and_a_desktop_and_prints_to_pdf() {
    let Some(chromium) = chromium() else { return };
    let (html, _) = run(&["score", "ana.toml", "-f", "html"], 0);
    assert_fits(
        &chromium,
        &[("phone", &html, 375), ("desktop", &html, 1280)],
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("hand-out.html");
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}", page.display());
    for width in [375, 1280] {
        let png = dir.path().join(format!("{width}.png"));
        let (_, console) = headless(
            &chromium,
            &[
                &format!("--screenshot={}", png.display()),
                &format!("--window-size={width},2000"),
            ],
            &url,
        );
        assert!(console.is_empty(), "{console:#?}");
        assert_eq!(png_width(&std::fs::read(&png).unwrap()), width);
    }
    let pdf = dir.path().join("hand-out.pdf");
    let print = format!("--print-to-pdf={}", pdf.display());
    let (_, console) = headless(&chromium, &[&print, "--no-pdf-header-footer"], &url);
    assert!(console.is_empty(), "{console:#?}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert!(bytes.len() > 20_000, "a PDF of {} bytes", bytes.len());
}

#[test]
fn every_other_page_fits_a_phone() {
    let Some(chromium) = chromium() else { return };
    let mut pages = pages();
    let three = [
        "score",
        "three-roads-answers.toml",
        "--rubric",
        "rubrics/three-roads.toml",
    ];
    pages.push((
        "three-paths",
        run(&[&three[..], &["-f", "html"]].concat(), 0).0,
    ));
    // A name of 150 letters without a break, and markup, must wrap, not widen the page.
    let long = format!("{}{HOSTILE}", "W".repeat(150));
    let ana = std::fs::read_to_string(fixtures().join("ana.toml")).unwrap();
    let ana = ana.replace(
        "respondent = \"Ana\"",
        &format!("respondent = \"{}\"", long.replace('"', "\\\"")),
    );
    assert!(ana.contains(&"W".repeat(150)));
    let (_dir, file) = crate::temp_file(&format!("{}.toml", "L".repeat(120)), &ana);
    pages.push((
        "long-words",
        run(&["score", file.to_str().unwrap(), "-f", "html"], 0).0,
    ));
    let frames: Vec<(&str, &str, u32)> = pages
        .iter()
        .filter(|(name, _)| *name != "score")
        .map(|(name, html)| (*name, html.as_str(), 375))
        .collect();
    assert_fits(&chromium, &frames, true);
}
