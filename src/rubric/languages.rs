//! A rubric in the reader's language: the overlays shipped in `rubrics/` (embedded, parsed once
//! per process) and those beside a rubric file (`<file>.<lang>.toml`). With no overlay for the
//! language, the base rubric is used as it is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::Rubric;
use super::catalog::{Warn, Warning};
use super::overlay;
use crate::base::lang::Lang;

/// The overlays in `rubrics/`, as (file name, text); `build.rs` lists them.
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/overlays.rs"));

/// The embedded overlays' file names and texts, for tests and `rubric list`.
pub fn embedded_overlays() -> &'static [(&'static str, &'static str)] {
    EMBEDDED
}

/// The languages `rubric` can be read in: its own, then those of its overlays.
pub fn languages(rubric: &Rubric) -> Vec<String> {
    let mut out = vec![rubric.texts.language.clone()];
    if rubric.source.starts_with("embedded:") {
        for (name, _) in EMBEDDED {
            if let Some((id, code)) = split_name(name)
                && id == rubric.id
            {
                out.push(code.to_owned());
            }
        }
    } else {
        for lang in Lang::ALL {
            if beside(Path::new(&rubric.source), lang).is_file() {
                out.push(lang.code().to_owned());
            }
        }
    }
    out.dedup();
    out
}

/// `rubric` in `lang`: its overlay laid over it, or the rubric itself when it has none or is
/// written in that language. An overlay that fails its checks is a warning, and the base is used.
pub fn localize(rubric: Arc<Rubric>, lang: Lang, warn: Warn) -> Arc<Rubric> {
    // An embedded rubric is the very one the binary holds (a folder rubric may shadow its id).
    let embedded = rubric.source.starts_with("embedded:")
        && super::catalog::embedded()
            .iter()
            .any(|r| Arc::ptr_eq(r, &rubric));
    if embedded && let Some(r) = embedded_in(&rubric.id, lang, warn) {
        return r;
    }
    if embedded || Lang::of_tag(&rubric.texts.language) == Some(lang) {
        return rubric;
    }
    let file = beside(Path::new(&rubric.source), lang);
    let Ok(text) = crate::base::input::read_text(&file, crate::base::What::RubricFile) else {
        return rubric;
    };
    let name = file.display().to_string();
    match overlay::apply(&name, &text, &rubric) {
        Ok(done) => {
            for problem in done.warnings {
                warn(&Warning::Overlay { problem });
            }
            Arc::new(done.rubric)
        }
        Err(problems) => {
            warn(&Warning::OverlaySkipped { name, problems });
            rubric
        }
    }
}

/// The overlay file of `lang` beside a rubric file: `dir/x.toml` -> `dir/x.<lang>.toml`.
pub fn beside(file: &Path, lang: Lang) -> PathBuf {
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    file.with_file_name(format!("{stem}.{}.toml", lang.code()))
}

/// Whether a file in a rubric folder is named like an overlay (`x.ro.toml`, `x.zh-Hans.toml`):
/// listed as a language of its base, not as a rubric of its own.
pub fn is_overlay_name(file: &Path) -> bool {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    split_name(&name).is_some_and(|(_, code)| {
        let first = code.split('-').next().unwrap_or("");
        (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
    })
}

/// `x.ro.toml` -> ("x", "ro").
fn split_name(name: &str) -> Option<(&str, &str)> {
    name.strip_suffix(".toml")?.rsplit_once('.')
}

/// The embedded rubric `id` in `lang`, built once per process, for a rubric with overlays: in
/// every language it reads survey exports written in any of its languages.
fn embedded_in(id: &str, lang: Lang, warn: Warn) -> Option<Arc<Rubric>> {
    static BUILT: OnceLock<HashMap<(String, Lang), Arc<Rubric>>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let mut out: HashMap<(String, Lang), Rubric> = HashMap::new();
        for (name, text) in EMBEDDED {
            let Some((base_id, code)) = split_name(name) else {
                continue;
            };
            let (Some(lang), Some(base)) = (
                Lang::of_tag(code),
                super::catalog::embedded().iter().find(|r| r.id == base_id),
            ) else {
                continue;
            };
            let file = format!("embedded:{name}");
            match overlay::apply(&file, text, base) {
                Ok(done) => {
                    if let Some(base_lang) = Lang::of_tag(&base.texts.language) {
                        let key = (base_id.to_owned(), base_lang);
                        out.entry(key).or_insert_with(|| (**base).clone());
                    }
                    out.insert((base_id.to_owned(), lang), done.rubric);
                }
                Err(problems) => warn(&Warning::EmbeddedInvalid {
                    name: (*name).to_owned(),
                    problems,
                }),
            }
        }
        share_survey_words(out)
    });
    built.get(&(id.to_owned(), lang)).cloned()
}

/// Each language of a rubric given the question texts and labels of its other languages as
/// survey words (aliases), so a Romanian export reads whatever the reader's language.
fn share_survey_words(
    built: HashMap<(String, Lang), Rubric>,
) -> HashMap<(String, Lang), Arc<Rubric>> {
    let words: Vec<(String, Vec<String>, Vec<String>)> = built
        .iter()
        .map(|((id, _), r)| {
            (
                id.clone(),
                r.texts.questions.clone(),
                r.texts.labels.clone(),
            )
        })
        .collect();
    built
        .into_iter()
        .map(|(key, mut r)| {
            for (id, questions, labels) in &words {
                if *id == key.0 {
                    add_words(&mut r.texts, questions, labels);
                }
            }
            (key, Arc::new(r))
        })
        .collect()
}

/// Adds `questions` (by index) and `labels` (by point) as aliases where they are new words.
fn add_words(t: &mut super::Texts, questions: &[String], labels: &[String]) {
    use super::fold;
    for (q, text) in questions.iter().enumerate() {
        let (Some(own), Some(aliases)) = (t.questions.get(q), t.question_aliases.get_mut(q)) else {
            continue;
        };
        if fold(own) != fold(text) && !aliases.iter().any(|a| fold(a) == fold(text)) {
            aliases.push(text.clone());
        }
    }
    for (point, label) in labels.iter().enumerate() {
        let known = t.labels.iter().any(|l| fold(l) == fold(label))
            || t.label_aliases.iter().any(|(a, _)| fold(a) == fold(label));
        if let (false, Ok(point)) = (known, u8::try_from(point)) {
            t.label_aliases.push((label.clone(), point));
        }
    }
}
