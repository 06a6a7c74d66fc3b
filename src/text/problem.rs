//! The words for problems in input files, with their places.

use std::fmt;

use crate::base::printable::printable;
use crate::problem::{Kind, Problem, Problems, Source};
use crate::t;

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Rubric(p) => write!(f, "{p}"),
            Kind::Answer(p) => write!(f, "{p}"),
            Kind::Parser { message, source } => {
                let said = match crate::text::l10n::lang() {
                    crate::text::l10n::Lang::En => plain(message),
                    _ => crate::text::parse::said(message, *source),
                };
                f.write_str(&with_hint(&said, &fix(*source)))
            }
            Kind::More(more) => f.write_str(&t!("problem-more", more = more)),
            Kind::Command(p) => write!(f, "{p}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the file name or the parser's message hold.
        let file = printable(&self.file);
        let message = self.kind.to_string();
        let message = crate::base::neutral::visible(&message);
        match self.at {
            Some((line, col)) => write!(f, "{file}:{line}:{col}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// What would fix a file that a parser could not read.
fn fix(source: Source) -> String {
    t!(match source {
        Source::Rubric => "fix-rubric",
        Source::AnswerToml => "fix-answer-toml",
        Source::AnswerJson => "fix-answer-json",
        Source::JsonSyntax => "fix-json-syntax",
        Source::Mapping => "fix-mapping",
    })
}

/// Adds `hint` to a parser's message; messages pathfit wrote already say what to do (after "; ").
pub fn with_hint(message: &str, hint: &str) -> String {
    if message.contains("; ") || message.contains('；') {
        message.to_owned()
    } else {
        t!("with-hint", message = message, hint = hint)
    }
}

/// A parser's message in the words of the person who wrote the file: no Rust types, no
/// serde terms. The parser writes English; these are its words and the messages that say
/// each in the current language.
pub fn plain(message: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("invalid type: ", "parser-found"),
        ("invalid value: ", "parser-found"),
        (", expected ", "parser-where-needs"),
        ("expected ", "parser-needs"),
        ("f64", "parser-a-number"),
        ("f32", "parser-a-number"),
        ("i64", "parser-a-whole-number"),
        ("u64", "parser-a-whole-number"),
        ("usize", "parser-a-whole-number"),
        ("u32", "parser-a-whole-number"),
        ("a sequence", "parser-a-list"),
        ("sequence", "parser-list"),
        ("a map", "parser-a-table"),
        ("string \"", "parser-the-text"),
        ("missing field", "parser-missing-key"),
        ("unknown field", "parser-unknown-key"),
        ("duplicate field", "parser-repeated-key"),
        ("floating point", "parser-number"),
        ("integer `", "parser-whole-number"),
        ("EOF", "parser-end-of-file"),
    ];
    let mut out = message.to_owned();
    for (from, to) in WORDS {
        if out.contains(from) {
            out = out.replace(from, &t!(*to));
        }
    }
    // "struct RawMeta" and the like: the shape is a table.
    let table = t!("parser-a-table");
    while let Some(i) = out.find("struct ") {
        let end = out[i + 7..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(out.len(), |e| i + 7 + e);
        out.replace_range(i..end, &table);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::l10n::{Lang, with_lang};

    #[test]
    fn parser_words_become_plain_words() {
        assert_eq!(
            plain("invalid type: string \"heavy\", expected f64"),
            "found the text \"heavy\" where the file needs a number"
        );
        assert_eq!(
            plain("invalid type: integer `3`, expected struct RawMeta"),
            "found whole number `3` where the file needs a table"
        );
        assert_eq!(plain("missing field `weight`"), "missing key `weight`");
        let found = "invalid type: string \"heavy\", expected f64";
        assert_eq!(
            with_lang(Lang::Ro, || plain(found)),
            "s-a găsit textul \"heavy\" acolo unde fișierul cere un număr"
        );
        assert_eq!(
            with_lang(Lang::Zh, || plain(found)),
            "发现文本 \"heavy\"，而文件需要数字"
        );
    }
}
