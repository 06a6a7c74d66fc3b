//! The embedded catalogs and the bundle of each language, built once on first use.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{Lang, plural};

/// Every language, in the order of [`FILES`]' texts.
pub const LANGS: [Lang; 3] = [Lang::En, Lang::Ro, Lang::Zh];

macro_rules! ftl {
    ($($name:literal),+ $(,)?) => {
        [$(($name, [
            include_str!(concat!("../ftl/en/", $name, ".ftl")),
            include_str!(concat!("../ftl/ro/", $name, ".ftl")),
            include_str!(concat!("../ftl/zh/", $name, ".ftl")),
        ])),+]
    };
}

/// Each catalog file's name and its text in each language of [`LANGS`].
pub const FILES: &[(&str, [&str; 3])] = &ftl![
    "format",
    "problem",
    "base",
    "rubric-command",
    "map",
    "columns",
    "rubric",
    "lint",
    "answers",
    "usage",
    "commands",
    "notice",
    "assess",
    "interview",
    "rubric-catalog",
    "report",
    "report-brief",
    "report-sections",
    "report-plan",
    "report-explain",
    "report-compare",
    "report-cohort",
    "report-guide",
    "report-html",
    "os",
    "parse",
    "practice",
    "source",
];

/// The messages of one language.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// The catalog of `lang`, parsed the first time it is asked for.
    pub fn for_lang(lang: Lang) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let i = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
        CATALOGS[i].get_or_init(|| build(lang, i))
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalog has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` with `args`. A missing message or a formatting error fails a debug build
    /// (a test); a release build falls back to English, then to the id.
    pub fn message(&self, id: &str, args: &[(&str, String)]) -> String {
        memo::get_or(self.lang, id, args, || self.resolve(id, args))
    }

    fn resolve(&self, id: &str, args: &[(&str, String)]) -> String {
        match self.format(id, args) {
            Ok(text) => text,
            Err(why) => {
                debug_assert!(false, "message `{id}` in {:?}: {why}", self.lang);
                let english = Catalog::for_lang(Lang::En);
                match self.lang {
                    Lang::En => id.to_owned(),
                    _ => english.format(id, args).unwrap_or_else(|_| id.to_owned()),
                }
            }
        }
    }

    /// Message `id` with `args`, each whole or decimal number also as `name_cat`.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> Result<String, String> {
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| "no such message".to_owned())?;
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            if let Some(cat) = plural::category(self.lang, value) {
                fluent.set(format!("{name}_cat"), cat);
            }
            fluent.set(*name, value.as_str());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent), &mut errors);
        match errors.as_slice() {
            [] if self.lang == Lang::Zh => Ok(spaced(&text)),
            [] => Ok(text.into_owned()),
            _ => Err(format!("{errors:?}")),
        }
    }
}

/// Chinese text with a space where a Latin letter meets a Han character ("Manager 领先"), as
/// Chinese typesetting puts one: a name or word from an English rubric set into a sentence.
fn spaced(text: &str) -> String {
    let han = |c: char| matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}');
    let mut out = String::with_capacity(text.len() + 8);
    let mut before: Option<char> = None;
    for c in text.chars() {
        if let Some(b) = before
            && ((b.is_ascii_alphabetic() && han(c)) || (han(b) && c.is_ascii_alphabetic()))
        {
            out.push(' ');
        }
        out.push(c);
        before = Some(c);
    }
    out
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ro => "ro",
        Lang::Zh => "zh-Hans",
    }
}

/// The bundle of `lang`, the `i`th of [`LANGS`], without Unicode isolation marks (a
/// terminal would show them).
fn build(lang: Lang, i: usize) -> Catalog {
    let id: LanguageIdentifier = tag(lang).parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (name, texts) in FILES {
        let resource = FluentResource::try_new(texts[i].to_owned()).unwrap_or_else(|(r, e)| {
            debug_assert!(false, "{name}.ftl ({lang:?}) does not parse: {e:?}");
            r
        });
        if let Err(e) = bundle.add_resource(resource) {
            debug_assert!(false, "{name}.ftl ({lang:?}) repeats a message: {e:?}");
        }
    }
    Catalog { lang, bundle }
}

/// Messages already made, per thread: a batch writes the same sentences (a plan's tasks,
/// its dates) for row after row, and a message is a pure function of its language, id and
/// values. Bounded: the memo is emptied when it holds [`memo::MAX`] messages.
mod memo {
    use std::cell::RefCell;

    use rustc_hash::FxHashMap;

    use super::Lang;

    pub const MAX: usize = 4096;

    #[derive(Default)]
    struct Memo {
        made: FxHashMap<Box<str>, String>,
        key: String,
    }

    thread_local! {
        static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
    }

    /// The message of (`lang`, `id`, `args`): remembered, or made by `make` and remembered.
    pub fn get_or(
        lang: Lang,
        id: &str,
        args: &[(&str, String)],
        make: impl FnOnce() -> String,
    ) -> String {
        MEMO.with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return make();
            };
            let memo = &mut *memo;
            memo.key.clear();
            // Unit separators keep "a" + "bc" apart from "ab" + "c".
            memo.key.push(char::from(b'0' + lang as u8));
            memo.key.push_str(id);
            for (name, value) in args {
                for part in ["\u{1f}", name, "\u{1e}", value] {
                    memo.key.push_str(part);
                }
            }
            if let Some(text) = memo.made.get(memo.key.as_str()) {
                return text.clone();
            }
            let text = make();
            if memo.made.len() >= MAX {
                memo.made.clear();
            }
            memo.made.insert(memo.key.as_str().into(), text.clone());
            text
        })
    }
}

#[cfg(test)]
mod tests {
    use super::spaced;

    #[test]
    fn latin_words_in_chinese_take_a_space_and_numbers_do_not() {
        assert_eq!(spaced("Coordinator领先Manager"), "Coordinator 领先 Manager");
        assert_eq!(spaced("之前为Ana，之后为Dan"), "之前为 Ana，之后为 Dan");
        assert_eq!(spaced("领先39.4分，第30天"), "领先39.4分，第30天");
        assert_eq!(spaced("`sk_calendar`的答案"), "`sk_calendar`的答案");
    }
}
