//! The message catalogs: one Fluent bundle per language, embedded and parsed once, on first
//! use. Every sentence a person reads is a message of `src/text/ftl/<lang>/*.ftl`; the
//! functions of `text` choose the message and hand it its values, already formatted.
//!
//! The language is chosen once at start ([`set_lang`]) and read by every thread, so batch
//! work on rayon threads speaks it too; [`with_lang`] sets it for one thread, for tests.

mod catalog;
mod format;
mod plural;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use crate::base::lang::Lang;
pub use catalog::{Catalog, FILES, LANGS};
pub use format::{date, day, decimal, list, number};
pub use plural::category;

/// The language of the whole run, as an index into [`LANGS`].
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language set for this thread only ([`with_lang`]); it wins over [`CURRENT`].
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn index(lang: Lang) -> u8 {
    match lang {
        Lang::En => 0,
        Lang::Ro => 1,
        Lang::Zh => 2,
    }
}

/// Sets the language of every text from now on, on every thread.
pub fn set_lang(lang: Lang) {
    CURRENT.store(index(lang), Ordering::Relaxed);
}

/// The language texts are written in now.
pub fn lang() -> Lang {
    if let Some(lang) = SCOPED.with(Cell::get) {
        return lang;
    }
    LANGS[usize::from(CURRENT.load(Ordering::Relaxed)) % LANGS.len()]
}

/// Runs `f` with texts in `lang` on this thread, then restores the language before.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    let out = f();
    SCOPED.with(|s| s.set(before));
    out
}

/// Items joined with the language's list comma, without a final "and": `a, b, c` in English
/// and Romanian, `a、b、c` in Chinese (ids, labels, names given as a list of choices).
pub fn joined<S: AsRef<str>>(items: &[S]) -> String {
    let comma = message("list-comma", &[]);
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&comma);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// `label` followed by a colon, as the language writes one after a label: `Date:` or `日期：`.
pub fn colon(label: &str) -> String {
    match lang() {
        Lang::Zh => format!("{label}\u{ff1a}"),
        _ => format!("{label}:"),
    }
}

/// What follows [`colon`] before the value: a space, none after a full-width colon.
pub fn after_colon() -> &'static str {
    match lang() {
        Lang::Zh => "",
        _ => " ",
    }
}

/// A sentence of the rubric put after a colon: Romanian writes it in lower case ("...: iau
/// notițe"), unless its first word is all capitals (an acronym); English and Chinese keep it.
pub fn sentence_after_colon(text: &str) -> String {
    let mut chars = text.chars();
    match (lang(), chars.next(), chars.next()) {
        (Lang::Ro, Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().collect::<String>() + &text[first.len_utf8()..]
        }
        _ => text.to_owned(),
    }
}

/// ` --lang ro` for a command shown to run later, when this run is not in English: it then
/// speaks the same language, whatever the shell's locale; empty in English.
pub fn lang_flag() -> String {
    let lang = lang();
    if lang == Lang::En {
        String::new()
    } else {
        format!(" --lang {}", lang.code())
    }
}

/// Message `id` in the current language with `args` (name, value already formatted).
pub fn message(id: &str, args: &[(&str, String)]) -> String {
    Catalog::for_lang(lang()).message(id, args)
}

/// `t!("id")` or `t!("id", name = value, ...)`: message `id` in the current language. Each
/// value is written with `Display`; a whole number also gives the message `name_cat`, its
/// CLDR plural category, to select on.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::text::l10n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::l10n::message(
            $id,
            &[$((stringify!($name), ::std::string::ToString::to_string(&$value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
