//! The language a person reads pathfit in: `--lang`, else `PATHFIT_LANG`, else the POSIX locale
//! variables `LC_ALL`, `LC_MESSAGES`, `LANG` in that order, else English. A pure function of
//! the values, so every mapping is a unit test; the caller reads the environment once.

/// A language pathfit has texts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ro,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every language, in the order `--lang` lists them.
    pub const ALL: [Lang; 3] = [Lang::Ro, Lang::Zh, Lang::En];

    /// The code in `--lang`, in file names (`<rubric>.ro.toml`) and in answer files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Zh => "zh",
        }
    }

    /// The language of a BCP 47 tag or a locale name (`ro`, `ro-RO`, `zh-Hans`, `ro_RO.UTF-8`),
    /// when pathfit has it; Traditional Chinese is not (yet) one.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        match read_locale(tag) {
            Locale::Known(lang) => Some(lang),
            _ => None,
        }
    }
}

/// Where the language came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    /// An environment variable, by name.
    Env(&'static str),
    /// Nothing said which: English.
    Default,
}

/// What the caller tells the person about the choice (it is not an error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A Traditional Chinese locale (`zh_TW`, `zh_HK`): English until pathfit has its texts.
    Traditional { var: &'static str, value: String },
    /// `PATHFIT_LANG` names no language pathfit has.
    Unknown { var: &'static str, value: String },
}

/// The language chosen, where from, and what to tell the person about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub from: Origin,
    pub warning: Option<Warning>,
}

/// The values that choose the language, as read from the command line and the environment.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources<'a> {
    /// `--lang`, already one of the accepted values.
    pub flag: Option<Lang>,
    pub pathfit_lang: Option<&'a str>,
    pub lc_all: Option<&'a str>,
    pub lc_messages: Option<&'a str>,
    pub lang: Option<&'a str>,
}

/// What a locale value says.
enum Locale {
    /// Empty, `C` or `POSIX`: says nothing, the next variable decides.
    Silent,
    Known(Lang),
    Traditional,
    Other,
}

/// A locale name or BCP 47 tag: `ro_RO.UTF-8`, `zh-Hans-CN`, `zh_SG`, `en_US@euro`.
fn read_locale(value: &str) -> Locale {
    let value = value.trim();
    let name = value.split(['.', '@']).next().unwrap_or("");
    if name.is_empty() || name == "C" || name == "POSIX" {
        return Locale::Silent;
    }
    let lower = name.to_ascii_lowercase();
    let mut parts = lower.split(['_', '-']);
    match parts.next().unwrap_or("") {
        "en" => Locale::Known(Lang::En),
        "ro" => Locale::Known(Lang::Ro),
        "zh" => {
            let rest: Vec<&str> = parts.collect();
            if rest.contains(&"hans") {
                Locale::Known(Lang::Zh)
            } else if rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"))
            {
                Locale::Traditional
            } else {
                Locale::Known(Lang::Zh)
            }
        }
        _ => Locale::Other,
    }
}

/// The language to read pathfit in.
pub fn choose(s: Sources) -> Choice {
    if let Some(lang) = s.flag {
        return Choice {
            lang,
            from: Origin::Flag,
            warning: None,
        };
    }
    let vars = [
        ("PATHFIT_LANG", s.pathfit_lang),
        ("LC_ALL", s.lc_all),
        ("LC_MESSAGES", s.lc_messages),
        ("LANG", s.lang),
    ];
    for (var, value) in vars {
        let Some(value) = value else { continue };
        let english = |warning| Choice {
            lang: Lang::En,
            from: Origin::Env(var),
            warning,
        };
        let owned = || value.trim().to_owned();
        match read_locale(value) {
            Locale::Silent => continue,
            Locale::Known(lang) => {
                return Choice {
                    lang,
                    from: Origin::Env(var),
                    warning: None,
                };
            }
            Locale::Traditional => {
                return english(Some(Warning::Traditional {
                    var,
                    value: owned(),
                }));
            }
            Locale::Other if var == "PATHFIT_LANG" => {
                return english(Some(Warning::Unknown {
                    var,
                    value: owned(),
                }));
            }
            Locale::Other => return english(None),
        }
    }
    Choice {
        lang: Lang::En,
        from: Origin::Default,
        warning: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_lang(value: &str) -> Choice {
        choose(Sources {
            lang: Some(value),
            ..Sources::default()
        })
    }

    #[test]
    fn every_locale_listed_maps() {
        for (value, lang) in [
            ("ro_RO.UTF-8", Lang::Ro),
            ("ro", Lang::Ro),
            ("ro-MD", Lang::Ro),
            ("zh_CN.UTF-8", Lang::Zh),
            ("zh-Hans", Lang::Zh),
            ("zh_SG", Lang::Zh),
            ("zh", Lang::Zh),
            ("zh-Hans-TW", Lang::Zh),
            ("en_GB.UTF-8", Lang::En),
            ("en_US@euro", Lang::En),
        ] {
            let c = from_lang(value);
            assert_eq!((c.lang, c.warning), (lang, None), "{value}");
            assert_eq!(c.from, Origin::Env("LANG"));
        }
    }

    #[test]
    fn traditional_chinese_is_english_with_a_warning() {
        for value in ["zh_TW", "zh_HK.UTF-8", "zh-Hant", "zh_MO"] {
            let c = from_lang(value);
            assert_eq!(c.lang, Lang::En, "{value}");
            let warning = Warning::Traditional {
                var: "LANG",
                value: value.to_owned(),
            };
            assert_eq!(c.warning, Some(warning));
        }
    }

    #[test]
    fn silent_values_pass_to_the_next_variable() {
        for silent in ["C", "POSIX", "", "C.UTF-8"] {
            let c = choose(Sources {
                lc_all: Some(silent),
                lc_messages: Some("ro_RO.UTF-8"),
                lang: Some("zh_CN.UTF-8"),
                ..Sources::default()
            });
            assert_eq!(
                (c.lang, c.from),
                (Lang::Ro, Origin::Env("LC_MESSAGES")),
                "{silent:?}"
            );
        }
        assert_eq!(choose(Sources::default()).from, Origin::Default);
        assert_eq!(choose(Sources::default()).lang, Lang::En);
    }

    #[test]
    fn posix_order_then_pathfit_lang_then_the_flag() {
        let all = Sources {
            flag: None,
            pathfit_lang: None,
            lc_all: Some("zh_CN.UTF-8"),
            lc_messages: Some("ro_RO.UTF-8"),
            lang: Some("en_US.UTF-8"),
        };
        assert_eq!(choose(all).lang, Lang::Zh);
        let pathfit = Sources {
            pathfit_lang: Some("ro"),
            ..all
        };
        assert_eq!(choose(pathfit).lang, Lang::Ro);
        assert_eq!(choose(pathfit).from, Origin::Env("PATHFIT_LANG"));
        let flag = Sources {
            flag: Some(Lang::En),
            ..pathfit
        };
        assert_eq!(choose(flag).lang, Lang::En);
        assert_eq!(choose(flag).from, Origin::Flag);
    }

    #[test]
    fn unknown_values_are_english() {
        assert_eq!(from_lang("fr_FR.UTF-8").lang, Lang::En);
        assert_eq!(from_lang("fr_FR.UTF-8").warning, None);
        let c = choose(Sources {
            pathfit_lang: Some("klingon"),
            lang: Some("ro_RO.UTF-8"),
            ..Sources::default()
        });
        assert_eq!(c.lang, Lang::En);
        let warning = Warning::Unknown {
            var: "PATHFIT_LANG",
            value: "klingon".to_owned(),
        };
        assert_eq!(c.warning, Some(warning));
        assert_eq!(Lang::of_tag("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::of_tag("zh-Hant"), None);
    }
}
