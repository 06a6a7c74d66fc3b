//! The HTML hand-out: one self-contained page (inline CSS, no script, no link, no font to
//! fetch) that reads on a phone and prints to A4 or Letter. Its words come from
//! `text::report`; every text from a file is escaped by [`markup`].

mod chart;
mod doc;
mod markup;
mod sheet;

pub use doc::{write_columns, write_doc, write_faq, write_roles, write_summary};

use std::io::{self, Write};

use super::{Record, Sheet, Sink};
use crate::rubric::Rubric;
use crate::summary::Cohort;
use crate::text::report as text;
use markup::Markup;

/// The first line of the page (markup, not words: hence in two literals).
const DOCTYPE: &str = concat!("<!DOCTYPE", " html>");
/// The page's style sheet, written into its head.
const CSS: &str = include_str!("page.css");

/// The document's language: the rubric's tag (checked when the rubric was read), or `en` for
/// anything that does not look like one.
pub fn lang(tag: &str) -> &str {
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag
            .split('-')
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if ok { tag } else { "en" }
}

/// The policy the page states for itself: no script, no request, only its own inline style.
fn policy() -> String {
    ["default-src", "'none';", "style-src", "'unsafe-inline'"].join(" ")
}

/// From the doctype to `<main>`.
fn open(out: &mut dyn Write, lang: &str, title: &str) -> io::Result<()> {
    writeln!(out, "{DOCTYPE}")?;
    let mut m = Markup::new(out);
    m.open("html", &[("lang", lang)])?;
    m.open("head", &[])?;
    m.open("meta", &[("charset", "utf-8")])?;
    let viewport = "width=device-width,initial-scale=1";
    m.open("meta", &[("name", "viewport"), ("content", viewport)])?;
    let csp = policy();
    m.open(
        "meta",
        &[("http-equiv", "Content-Security-Policy"), ("content", &csp)],
    )?;
    m.open("meta", &[("name", "generator"), ("content", "pathfit")])?;
    m.el("title", &[], title)?;
    m.open("style", &[])?;
    m.out.write_all(CSS.as_bytes())?;
    m.close("style")?;
    m.close("head")?;
    m.open("body", &[])?;
    m.open("main", &[])?;
    writeln!(m.out)
}

/// From `</main>` to the end.
fn close(out: &mut dyn Write) -> io::Result<()> {
    let mut m = Markup::new(out);
    m.close("main")?;
    m.close("body")?;
    m.close("html")
}

/// A whole page around what `body` writes.
fn page(
    out: &mut dyn Write,
    lang: &str,
    title: &str,
    body: impl FnOnce(&mut Markup) -> io::Result<()>,
) -> io::Result<()> {
    open(out, lang, title)?;
    body(&mut Markup::new(out))?;
    close(out)
}

/// The footer of a part: which rubric file and key, by their hashes, and the day it was made.
fn footer(m: &mut Markup, rubric: &Rubric) -> io::Result<()> {
    m.open("footer", &[])?;
    m.el(
        "p",
        &[],
        &crate::text::report::html::made(&crate::base::today()),
    )?;
    let hashes = text::hashes(
        &rubric.id,
        &rubric.version,
        &rubric.sha256,
        &rubric.key.hash,
    );
    m.rich("p", &[], &hashes)?;
    m.close("footer")
}

/// The first part, held until a second one (or the end) tells whether the page is one
/// person's hand-out, titled with their name, or a batch's, titled with the rubric's.
struct Held {
    own: String,
    shared: String,
    body: Vec<u8>,
}

/// `--format html` for `score` and `assess`: one page, one `<section>` per answer sheet (a
/// page break between them in print), then the cohort report when asked for.
pub struct Html<'w> {
    out: &'w mut dyn Write,
    parts: usize,
    held: Option<Held>,
    /// The page's language: that of the first sheet's rubric.
    lang: Option<String>,
}

impl<'w> Html<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Html {
            out,
            parts: 0,
            held: None,
            lang: None,
        }
    }

    /// Writes the head of the page, titled `own` for one part alone, and the held part.
    fn flush(&mut self, alone: bool) -> io::Result<()> {
        if let Some(held) = self.held.take() {
            let title = if alone { &held.own } else { &held.shared };
            open(self.out, self.lang.as_deref().unwrap_or("en"), title)?;
            self.out.write_all(&held.body)?;
        }
        Ok(())
    }

    /// The language attribute of a part in `lang` on this page: none when the page's own.
    fn part_lang(&mut self, lang: &str) -> Option<String> {
        let page = self.lang.get_or_insert_with(|| lang.to_owned());
        (page != lang).then(|| lang.to_owned())
    }
}

impl Sink for Html<'_> {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        // A file that failed is reported on stderr; the page shows the sheets that scored.
        let Some((sheet, report)) = record.sheet().and_then(Sheet::full) else {
            return Ok(());
        };
        let rubric = sheet.rubric;
        let own_lang = self.part_lang(lang(&rubric.texts.language));
        self.parts += 1;
        let mut body = Vec::new();
        sheet::part(&mut body, sheet, report, own_lang.as_deref(), self.parts)?;
        match self.parts {
            1 => {
                let who = sheet.responses.respondent.as_deref();
                self.held = Some(Held {
                    own: text::titled(who, &rubric.texts.title),
                    shared: rubric.texts.title.clone(),
                    body,
                });
                Ok(())
            }
            _ => {
                self.flush(false)?;
                self.out.write_all(&body)
            }
        }
    }

    fn cohort(&mut self, rubric: &Rubric, c: &Cohort) -> io::Result<bool> {
        let own_lang = self.part_lang(lang(&rubric.texts.language));
        if self.parts == 0 {
            let title = text::cohort(rubric, c).title;
            open(self.out, self.lang.as_deref().unwrap_or("en"), &title)?;
        }
        self.flush(false)?;
        self.parts += 1;
        doc::cohort_part(&mut Markup::new(self.out), rubric, c, own_lang.as_deref())?;
        Ok(true)
    }

    fn end(&mut self) -> io::Result<()> {
        self.flush(true)?;
        if self.parts > 0 {
            close(self.out)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::lang;

    #[test]
    fn only_a_language_tag_becomes_the_lang_attribute() {
        assert_eq!(lang("de-CH"), "de-CH");
        assert_eq!(lang("en"), "en");
        assert_eq!(lang("\"><script>"), "en");
        assert_eq!(lang(""), "en");
    }
}
