//! Runs of eight words, normalised and hashed: how the project checks that no sentence of the
//! source articles was copied, without keeping the articles. Shared by this test suite and
//! `examples/seed_runs.rs`, which makes `tests/fixtures/seed-runs.txt` from the articles.

use sha2::{Digest, Sha256};

/// How many words make a run.
pub const RUN: usize = 8;

/// The words of `text`, lower-cased: letters, digits and apostrophes; every Han, kana or
/// Hangul character is a word of its own, since those scripts do not put spaces between words.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_ideograph(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' {
            word.extend(
                c.to_lowercase()
                    .map(|c| if c == '\u{2019}' { '\'' } else { c }),
            );
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// The hash of one run: the first 8 bytes of the SHA-256 of its words joined by spaces, in hex.
pub fn hash(run: &[String]) -> String {
    let digest = Sha256::digest(run.join(" ").as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Every run of `text` with its hash.
pub fn runs(text: &str) -> impl Iterator<Item = (String, String)> {
    let w = words(text);
    let all: Vec<(String, String)> = w
        .windows(RUN)
        .map(|run| (hash(run), run.join(" ")))
        .collect();
    all.into_iter()
}
