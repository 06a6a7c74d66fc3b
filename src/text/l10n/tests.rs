//! Plurals, numbers, dates, lists and the language of a thread, in each language.

use chrono::NaiveDate;

use super::*;

fn ro(n: &str) -> Option<&'static str> {
    category(Lang::Ro, n)
}

#[test]
fn romanian_takes_three_forms_by_cldr() {
    assert_eq!(ro("1"), Some("one"));
    for n in ["0", "2", "19", "101", "119", "2.5", "2,5"] {
        assert_eq!(ro(n), Some("few"), "{n}");
    }
    for n in ["20", "100", "120", "1000"] {
        assert_eq!(ro(n), Some("other"), "{n}");
    }
    assert_eq!(category(Lang::En, "1"), Some("one"));
    assert_eq!(category(Lang::En, "101"), Some("other"));
    assert_eq!(category(Lang::Zh, "1"), Some("other"));
    assert_eq!(ro("x1"), None);
}

#[test]
fn numbers_take_each_language_s_decimal_mark() {
    assert_eq!(decimal(Lang::En, 56.25, 1), "56.2");
    assert_eq!(decimal(Lang::Ro, 56.3, 1), "56,3");
    assert_eq!(decimal(Lang::Zh, 56.3, 1), "56.3");
    assert_eq!(number(Lang::Ro, 7.5), "7,5");
    assert_eq!(number(Lang::Ro, 8.0), "8");
}

#[test]
fn dates_and_days_read_as_each_language_writes_them() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(date(Lang::En, d), "1 December 2026");
    assert_eq!(date(Lang::Ro, d), "1 decembrie 2026");
    assert_eq!(date(Lang::Zh, d), "2026年12月1日");
    let tue = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    assert_eq!(day(Lang::En, tue), "Tuesday 8 December");
    assert_eq!(day(Lang::Ro, tue), "marți, 8 decembrie");
    assert_eq!(day(Lang::Zh, tue), "12月8日（星期二）");
}

#[test]
fn lists_join_as_each_language_joins_them() {
    let abc = ["A", "B", "C"];
    assert_eq!(list(Lang::En, &abc), "A, B and C");
    assert_eq!(list(Lang::Ro, &abc), "A, B și C");
    assert_eq!(list(Lang::Zh, &["甲", "乙", "丙"]), "甲、乙和丙");
    // Latin words in a Chinese sentence take a space on either side.
    assert_eq!(list(Lang::Zh, &abc), "A、B 和 C");
    assert_eq!(list(Lang::En, &["A", "B"]), "A and B");
    assert_eq!(list(Lang::Ro, &["A"]), "A");
    assert_eq!(list::<&str>(Lang::Zh, &[]), "");
    let own = ["minutes", "budgets and timelines", "records"];
    assert_eq!(
        list(Lang::En, &own),
        "minutes, budgets and timelines, and records"
    );
}

#[test]
fn the_language_of_a_thread_is_restored_after() {
    let inside = with_lang(Lang::Ro, || (lang(), with_lang(Lang::Zh, lang), lang()));
    assert_eq!(inside, (Lang::Ro, Lang::Zh, Lang::Ro));
    assert_eq!(lang(), Lang::En);
}

#[test]
fn a_message_takes_its_values() {
    let catalog = Catalog::for_lang(Lang::Zh);
    let args = [("init", "甲".to_owned()), ("last", "乙".to_owned())];
    assert_eq!(catalog.message("list-and", &args), "甲和乙");
    assert!(catalog.has("month-1") && !catalog.has("no-such-message"));
}

#[test]
fn problems_left_out_are_counted_in_each_language() {
    use crate::problem::Kind;
    let more = |lang, n| with_lang(lang, || Kind::More(n).to_string());
    assert_eq!(
        more(Lang::En, 1),
        "and 1 more problem; fix the ones above first"
    );
    assert_eq!(
        more(Lang::En, 3),
        "and 3 more problems; fix the ones above first"
    );
    assert!(more(Lang::Ro, 1).starts_with("și încă 1 problemă;"));
    assert!(more(Lang::Ro, 19).starts_with("și încă 19 probleme;"));
    assert!(more(Lang::Ro, 20).starts_with("și încă 20 de probleme;"));
    assert!(more(Lang::Zh, 20).starts_with("另有20处错误；"));
}

#[test]
fn a_missing_message_or_value_is_an_error_to_the_caller_that_asks() {
    let catalog = Catalog::for_lang(Lang::Ro);
    assert!(catalog.format("no-such-message", &[]).is_err());
    assert!(
        catalog
            .format("list-and", &[("init", "A".to_owned())])
            .is_err()
    );
    assert_eq!(
        catalog.format(
            "list-and",
            &[("init", "A".to_owned()), ("last", "B".to_owned())]
        ),
        Ok("A și B".to_owned())
    );
}
