//! Numbers, dates and lists as each language writes them in a sentence. JSON and CSV keep
//! `56.3` and ISO dates in every language; these are for text only.

use chrono::{Datelike, NaiveDate};

use super::{Catalog, Lang};

/// The mark between the whole part and the decimals.
fn separator(lang: Lang) -> char {
    match lang {
        Lang::Ro => ',',
        Lang::En | Lang::Zh => '.',
    }
}

fn localised(lang: Lang, written: String) -> String {
    match separator(lang) {
        '.' => written,
        mark => written.replace('.', &mark.to_string()),
    }
}

/// `x` with `places` decimals: 56.3 in English and Chinese, 56,3 in Romanian.
pub fn decimal(lang: Lang, x: f64, places: usize) -> String {
    localised(lang, format!("{x:.places$}"))
}

/// `x` as short as it reads exactly (8, 7.5), with the language's decimal mark.
pub fn number(lang: Lang, x: f64) -> String {
    localised(lang, format!("{x}"))
}

fn month(lang: Lang, d: NaiveDate) -> String {
    Catalog::for_lang(lang).message(&format!("month-{}", d.month()), &[])
}

/// A date in a sentence: 1 December 2026, 1 decembrie 2026, 2026年12月1日.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let args = [
        ("day", d.day().to_string()),
        ("month", month(lang, d)),
        ("year", d.year().to_string()),
    ];
    Catalog::for_lang(lang).message("date", &args)
}

/// A day of a plan: Tuesday 3 December, marți, 3 decembrie, 12月3日（星期二）.
pub fn day(lang: Lang, d: NaiveDate) -> String {
    let catalog = Catalog::for_lang(lang);
    let weekday = d.weekday().number_from_monday();
    let args = [
        (
            "weekday",
            catalog.message(&format!("weekday-{weekday}"), &[]),
        ),
        ("day", d.day().to_string()),
        ("month", month(lang, d)),
    ];
    catalog.message("day", &args)
}

/// Items joined as a sentence lists them: A, B and C; A, B și C; A、B和C. In English, items
/// with an "and" of their own take a comma before the last "and".
pub fn list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let catalog = Catalog::for_lang(lang);
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let comma = catalog.message("list-comma", &[]);
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            let word = format!(" {} ", catalog.message("list-and-word", &[]));
            let serial = items.iter().any(|i| i.as_ref().contains(&word));
            let id = if serial {
                "list-and-serial"
            } else {
                "list-and"
            };
            let args = [
                ("init", init.join(&comma)),
                ("last", last.as_ref().to_owned()),
            ];
            catalog.message(id, &args)
        }
    }
}
