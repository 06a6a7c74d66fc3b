//! Goldens per language (issue 17): what a person sees in English, Romanian and Chinese, the
//! assessment's screens on a terminal of fixed size and every report and command, pinned as
//! insta snapshots named `<output>_<lang>`.

mod commands;
mod reports;
mod screens;

use pathfit::text::l10n::Lang;

/// The languages of `--lang`, with the catalog of each.
pub const LANGS: [(&str, Lang); 3] = [("en", Lang::En), ("ro", Lang::Ro), ("zh", Lang::Zh)];

/// What a person sees of one run: stdout, then stderr when there is any, then the exit code
/// when it is not 0.
pub fn seen(out: &std::process::Output) -> String {
    let stdout = String::from_utf8(out.stdout.clone()).expect("utf-8 stdout");
    let stderr = String::from_utf8(out.stderr.clone()).expect("utf-8 stderr");
    let mut text = stdout;
    if !stderr.is_empty() {
        text.push_str("--- stderr\n");
        text.push_str(&stderr);
    }
    match out.status.code() {
        Some(0) => {}
        Some(code) => text.push_str(&format!("--- exit code {code}\n")),
        None => text.push_str("--- stopped by a signal\n"),
    }
    text
}

/// `pathfit --lang LANG args`, in the fixtures folder, on a fixed day, 100 columns wide.
pub fn pathfit_in(lang: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = crate::pathfit();
    cmd.arg("--lang").arg(lang).args(args).env("COLUMNS", "100");
    cmd
}

/// What `pathfit --lang LANG args` shows, asserting its exit code.
pub fn shown(lang: &str, args: &[&str], code: i32) -> String {
    let out = pathfit_in(lang, args).output().expect("pathfit runs");
    assert_eq!(
        out.status.code(),
        Some(code),
        "{lang} {args:?}\n{}",
        seen(&out)
    );
    seen(&out)
}

/// Pins `value` as the snapshot `name` in tests/e2e/snapshots, with the other goldens.
pub fn pin(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(true);
    settings.bind(|| insta::assert_snapshot!(name, value));
}
