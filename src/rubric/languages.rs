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
    if Lang::of_tag(&rubric.texts.language) == Some(lang) {
        return rubric;
    }
    if rubric.source.starts_with("embedded:") {
        return match embedded_in(&rubric.id, lang, warn) {
            Some(r) => r,
            None => rubric,
        };
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

/// The embedded rubric `id` in `lang`, built once per process.
fn embedded_in(id: &str, lang: Lang, warn: Warn) -> Option<Arc<Rubric>> {
    static BUILT: OnceLock<HashMap<(String, Lang), Arc<Rubric>>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let mut out = HashMap::new();
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
                    out.insert((base_id.to_owned(), lang), Arc::new(done.rubric));
                }
                Err(problems) => warn(&Warning::EmbeddedInvalid {
                    name: (*name).to_owned(),
                    problems,
                }),
            }
        }
        out
    });
    built.get(&(id.to_owned(), lang)).cloned()
}
