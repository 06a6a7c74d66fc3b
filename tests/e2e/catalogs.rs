//! The message catalogs: every message in every language, with the same values, and no
//! English left in the Romanian and Chinese messages.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use pathfit::text::l10n::{Catalog, FILES, LANGS, Lang};

use crate::repo;

const FOLDERS: [&str; 3] = ["en", "ro", "zh"];

/// Each message's id and the values it names.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline(a, vars));
        }
        _ => {}
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline(i, vars),
        Expression::Select { selector, variants } => {
            inline(selector, vars);
            variants.iter().for_each(|v| pattern(&v.value, vars));
        }
    }
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

/// The messages of one language's file, which must parse.
fn messages(folder: &str, file: &str) -> Messages {
    let path = repo().join(format!("src/text/ftl/{folder}/{file}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", path.display()));
    let mut out = Messages::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern(value, &mut vars);
            }
            let again = out.insert(m.id.name.to_owned(), vars);
            assert!(
                again.is_none(),
                "{folder}/{file}.ftl: `{}` twice",
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_catalog_file_is_embedded_in_every_language() {
    let embedded: BTreeSet<&str> = FILES.iter().map(|(name, _)| *name).collect();
    for folder in FOLDERS {
        let on_disk: BTreeSet<String> = std::fs::read_dir(repo().join("src/text/ftl").join(folder))
            .unwrap()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".ftl")
                    .map(str::to_owned)
            })
            .collect();
        let on_disk: BTreeSet<&str> = on_disk.iter().map(String::as_str).collect();
        assert_eq!(on_disk, embedded, "src/text/ftl/{folder}");
    }
}

/// The values a message takes: `n_cat` counts as `n` (the plural category of `n`, which a
/// language without plural forms need not select on).
fn values(vars: &BTreeSet<String>) -> BTreeSet<&str> {
    vars.iter().map(|v| v.trim_end_matches("_cat")).collect()
}

#[test]
fn every_message_is_in_every_language_with_the_same_values() {
    for (file, _) in FILES {
        let english = messages("en", file);
        assert!(!english.is_empty(), "{file}.ftl has no messages");
        for folder in &FOLDERS[1..] {
            let other = messages(folder, file);
            for (id, vars) in &english {
                let theirs = other.get(id);
                assert!(theirs.is_some(), "{folder}/{file}.ftl lacks `{id}`");
                assert_eq!(
                    theirs.map(values),
                    Some(values(vars)),
                    "{folder}/{file}.ftl: `{id}` takes other values"
                );
            }
            let extra: Vec<&String> = other
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                extra.is_empty(),
                "{folder}/{file}.ftl has messages English lacks: {extra:?}"
            );
        }
    }
}

/// Words that only an English sentence holds ("a", "an" and "are" are Romanian words too).
pub(crate) const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "is",
    "with",
    "for",
    "not",
    "in",
    "or",
    "this",
    "that",
    "your",
    "file",
    "be",
    "has",
    "must",
    "cannot",
    "answer",
    "question",
    "questions",
    "one",
];

/// `text` without what stays as written in every language: code in backticks or quotes,
/// options, file paths, names in capitals (FILE, YYYY-MM-DD).
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match (inside, c) {
            (None, '`' | '"' | '[') => inside = Some(if c == '[' { ']' } else { c }),
            (Some(end), _) if c == end => inside = None,
            (None, _) => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .filter(|w| !w.starts_with("--") && !w.contains('/') && !w.contains(".toml"))
        .filter(|w| !w.chars().any(|c| c.is_ascii_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn english_words(text: &str) -> Vec<String> {
    prose(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

/// Every message of `lang`, with each value a sample: a count (1, 2, 20, 101) where the
/// message selects on its plural category, else a word that is no English word.
fn rendered(lang: Lang) -> Vec<(String, String)> {
    let catalog = Catalog::for_lang(lang);
    let mut out = Vec::new();
    for (file, _) in FILES {
        let theirs = messages(FOLDERS[1], file);
        for (id, vars) in messages("en", file) {
            let mut all = vars.clone();
            all.extend(theirs.get(&id).into_iter().flatten().cloned());
            let counted = |v: &str| all.contains(&format!("{v}_cat"));
            for n in ["1", "2", "20", "101"] {
                let args: Vec<(&str, String)> = values(&all)
                    .into_iter()
                    .map(|v| {
                        (
                            v,
                            if counted(v) {
                                n.to_owned()
                            } else {
                                "zq".to_owned()
                            },
                        )
                    })
                    .collect();
                let text = catalog
                    .format(&id, &args)
                    .unwrap_or_else(|e| panic!("`{id}`: {e}"));
                out.push((id.clone(), text));
            }
        }
    }
    out
}

#[test]
fn no_english_word_reaches_romanian_or_chinese_messages() {
    for lang in [Lang::Ro, Lang::Zh] {
        for (id, text) in rendered(lang) {
            let found = english_words(&text);
            assert!(found.is_empty(), "{lang:?} `{id}`: {found:?} in {text:?}");
        }
    }
    assert_eq!(LANGS.len(), FOLDERS.len());
}

#[test]
fn the_check_for_english_finds_english_outside_code() {
    assert_eq!(english_words("the file `the x` --in"), ["the", "file"]);
    assert!(english_words("fișierul \"the\" [in] docs/the.md FILE").is_empty());
}

#[test]
fn romanian_counts_take_their_three_forms() {
    let catalog = Catalog::for_lang(Lang::Ro);
    let questions = |n: &str| catalog.message("count-questions", &[("n", n.to_owned())]);
    assert_eq!(questions("1"), "1 întrebare");
    assert_eq!(questions("2"), "2 întrebări");
    assert_eq!(questions("19"), "19 întrebări");
    assert_eq!(questions("20"), "20 de întrebări");
    assert_eq!(questions("101"), "101 întrebări");
    assert_eq!(questions("120"), "120 de întrebări");
    let zh = Catalog::for_lang(Lang::Zh);
    for n in ["1", "2", "20"] {
        assert_eq!(
            zh.message("count-questions", &[("n", n.to_owned())]),
            format!("{n}个问题")
        );
    }
}

/// Romanian plural nouns: after 20 (and any count CLDR calls "other") they take "de".
const ROMANIAN_PLURALS: &[&str] = &[
    "întrebări",
    "coloane",
    "celule",
    "puncte",
    "etichete",
    "valori",
    "rânduri",
    "fișiere",
    "caractere",
    "variante",
    "probleme",
    "parcursuri",
    "dimensiuni",
    "cuvinte",
    "avertismente",
    "octeți",
    "itemi",
    "competențe",
    "reflecții",
];

#[test]
fn romanian_says_20_de_before_a_plural_noun() {
    let catalog = Catalog::for_lang(Lang::Ro);
    for (file, _) in FILES {
        let theirs = messages("ro", file);
        for (id, vars) in messages("en", file) {
            let mut all = vars.clone();
            all.extend(theirs.get(&id).into_iter().flatten().cloned());
            let args: Vec<(&str, String)> = values(&all)
                .into_iter()
                .map(|v| (v, "20".to_owned()))
                .collect();
            let text = catalog.format(&id, &args).unwrap();
            let words: Vec<&str> = text.split_whitespace().collect();
            for pair in words.windows(2) {
                let noun = pair[1].trim_matches(|c: char| !c.is_alphabetic());
                let bare = pair[0].trim_start_matches('(') == "20";
                assert!(
                    !(bare && ROMANIAN_PLURALS.contains(&noun)),
                    "`{id}`: {text}"
                );
            }
        }
    }
}

#[test]
fn chinese_sentences_take_full_width_punctuation() {
    for (id, text) in rendered(Lang::Zh) {
        // A place in a file, `file:line`, keeps its ASCII colon.
        let text = text.replace("zq:zq", "");
        // A time of day, 07:30, keeps its ASCII colon too.
        let chars: Vec<char> = prose(&text).chars().collect();
        let half: Vec<char> = (0..chars.len())
            .filter(|&i| ",;:()?!".contains(chars[i]))
            .filter(|&i| {
                let digit = |j: Option<usize>| {
                    j.and_then(|j| chars.get(j))
                        .is_some_and(char::is_ascii_digit)
                };
                !(chars[i] == ':' && digit(i.checked_sub(1)) && digit(Some(i + 1)))
            })
            .map(|i| chars[i])
            .collect();
        assert!(half.is_empty(), "`{id}`: {half:?} in {text:?}");
    }
}

fn catalog_text(folder: &str) -> String {
    FILES
        .iter()
        .map(|(file, _)| {
            let path = repo().join(format!("src/text/ftl/{folder}/{file}.ftl"));
            std::fs::read_to_string(path).unwrap()
        })
        .collect()
}

#[test]
fn romanian_writes_s_and_t_with_the_comma_below() {
    let text = catalog_text("ro");
    let cedilla: Vec<char> = text.chars().filter(|c| "şţŞŢ".contains(*c)).collect();
    assert!(cedilla.is_empty(), "ş or ţ (cedilla) in ro: {cedilla:?}");
    assert!(text.contains('ș') && text.contains('ț'));
}

#[test]
fn chinese_is_written_in_simplified_characters() {
    const TRADITIONAL: &str =
        "這個問題檔與請無讀寫設說數會時對從為們來麼後點選項議標範錯誤顯輸導紀錄網頁";
    let text = catalog_text("zh");
    let found: Vec<char> = text.chars().filter(|c| TRADITIONAL.contains(*c)).collect();
    assert!(found.is_empty(), "traditional characters in zh: {found:?}");
}
