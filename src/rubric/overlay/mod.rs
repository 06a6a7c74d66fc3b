//! Overlays: a rubric's texts in another language, in a file of their own keyed by the base
//! rubric's ids. Applying one gives the base rubric with the same [`super::Key`] (so the same
//! key hash and the same scores) and its [`super::Texts`] replaced. Every problem is reported
//! at once with its line and column, like a rubric's; a `base_version` that differs from the
//! base's version is a warning.

mod neutral;
mod raw;
mod texts;

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::Rubric;
use super::keys;
use crate::problem::rubric::Part;
use crate::problem::{Lines, Problem, Problems, RubricProblem, Source};

/// A base rubric in the overlay's language, and the warnings met applying it.
#[derive(Debug)]
pub struct Overlaid {
    pub rubric: Rubric,
    pub warnings: Vec<Problem>,
}

/// The base id and language an overlay names, read before the whole file; `None` when the
/// text has no `[overlay]` table (it is a rubric, or not TOML at all).
pub fn head(text: &str) -> Option<(String, String)> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    if !doc.get_ref().contains_key("overlay") {
        return None;
    }
    let head = toml::from_str::<raw::HeadOnly>(text).ok();
    let (base, language) =
        head.map_or_else(Default::default, |h| (h.overlay.base, h.overlay.language));
    Some((base, language))
}

/// Whether `text` is an overlay (it has an `[overlay]` table).
pub fn is_overlay(text: &str) -> bool {
    toml::de::DeTable::parse(text).is_ok_and(|d| d.get_ref().contains_key("overlay"))
}

/// Reads the overlay `text` (named `file` in problems) and applies it to `base`.
pub fn apply(file: &str, text: &str, base: &Rubric) -> Result<Overlaid, Problems> {
    let (mut raw, unknown) =
        keys::from_str_collecting::<raw::RawOverlay>(file, text, Source::Rubric)
            .map_err(|p| Problems::capped(p, file))?;
    neutral::overlay(&mut raw);
    let mut c = Checker {
        file,
        lines: Lines::new(text),
        problems: unknown,
        warnings: Vec::new(),
    };
    check_head(&mut c, &raw.overlay, base);
    let language = raw.overlay.language.get_ref().clone();
    let mut texts = texts::texts(&mut c, raw, base);
    texts.language = language;
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.at);
        return Err(Problems::capped(c.problems, file));
    }
    let mut rubric = base.clone();
    rubric.texts = texts;
    Ok(Overlaid {
        rubric,
        warnings: c.warnings,
    })
}

fn check_head(c: &mut Checker, head: &raw::RawHead, base: &Rubric) {
    if head.base.get_ref() != &base.id {
        let named = head.base.get_ref().clone();
        let base = base.id.clone();
        c.report(
            Some(head.base.span()),
            RubricProblem::OverlayBase { named, base },
        );
    }
    if !super::validate::is_language_tag(head.language.get_ref()) {
        let tag = head.language.get_ref().clone();
        c.report(
            Some(head.language.span()),
            RubricProblem::BadLanguage { tag },
        );
    }
    if head.base_version.get_ref() != &base.version {
        let problem = RubricProblem::OverlayVersion {
            written_for: head.base_version.get_ref().clone(),
            base: base.version.clone(),
        };
        let at = Some(head.base_version.span());
        c.warnings.push(c.lines.problem(c.file, at, problem));
    }
}

/// Where problems and warnings are gathered, each with its place in the file.
struct Checker<'a> {
    file: &'a str,
    lines: Lines<'a>,
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// The tables of one kind by id, each with the place of its id.
type Tables<T> = HashMap<String, (Range<usize>, T)>;

impl Checker<'_> {
    fn report(&mut self, at: Option<Range<usize>>, problem: RubricProblem) {
        self.problems
            .push(self.lines.problem(self.file, at, problem));
    }

    /// The tables of `map` by id; ids the base does not have are reported as unknown.
    fn tables<T>(&mut self, part: Part, map: raw::ById<T>, known: &[String]) -> Tables<T> {
        let mut out = HashMap::new();
        for (id, value) in map {
            let span = value.span();
            let value = value.into_inner();
            if !known.contains(&id) {
                let close = crate::base::names::did_you_mean(&id, known.iter().map(String::as_str))
                    .map(str::to_owned);
                let known = known.to_vec();
                let problem = RubricProblem::UnknownId {
                    part,
                    id,
                    close,
                    known,
                };
                self.report(Some(span), problem);
                continue;
            }
            out.insert(id, (span, value));
        }
        out
    }

    /// One text: the overlay's, or a problem when the base has one and the overlay does not.
    fn text(&mut self, at: &At, field: &'static str, found: raw::Text, base: &str) -> String {
        match found.map(Spanned::into_inner) {
            Some(t) if !t.trim().is_empty() || base.trim().is_empty() => t.trim().to_owned(),
            _ if base.trim().is_empty() => String::new(),
            _ => {
                self.missing(at, field);
                String::new()
            }
        }
    }

    /// One list: the overlay's, with a problem when it is missing or of another length.
    fn list<T, U>(
        &mut self,
        at: &At,
        field: &'static str,
        found: raw::List<T>,
        base: &[U],
    ) -> Vec<T> {
        match found {
            None if base.is_empty() => Vec::new(),
            None => {
                self.missing(at, field);
                Vec::new()
            }
            Some(list) => {
                if list.get_ref().len() != base.len() {
                    let problem = RubricProblem::ListLength {
                        table: at.table.clone(),
                        field,
                        base: base.len(),
                        found: list.get_ref().len(),
                    };
                    self.report(Some(list.span()), problem);
                }
                list.into_inner()
            }
        }
    }

    fn missing(&mut self, at: &At, field: &'static str) {
        if at.quiet {
            return;
        }
        let table = at.table.clone();
        self.report(at.span.clone(), RubricProblem::MissingText { table, field });
    }
}

/// A table of the overlay: its TOML name and where it starts.
struct At {
    table: String,
    span: Option<Range<usize>>,
    /// The whole table is missing and was reported as such.
    quiet: bool,
}

impl At {
    fn new(table: String, span: Option<Range<usize>>) -> At {
        At {
            table,
            span,
            quiet: false,
        }
    }
}

#[cfg(test)]
mod tests;
