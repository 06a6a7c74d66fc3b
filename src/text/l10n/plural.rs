//! CLDR plural categories, from ICU4X's rules: fluent-bundle's own rules put Romanian
//! 101-119 in the wrong form, so a message selects on the category we pass it.

use std::str::FromStr;

use fixed_decimal::Decimal;
use icu_locale_core::locale;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};

use super::Lang;

thread_local! {
    /// The cardinal rules of each language, loaded once per thread (they are not `Sync`);
    /// None if ICU4X lacks them (never for ours).
    static RULES: [Option<PluralRules>; 3] = [
        PluralRules::try_new_cardinal(locale!("en").into()).ok(),
        PluralRules::try_new_cardinal(locale!("ro").into()).ok(),
        PluralRules::try_new_cardinal(locale!("zh").into()).ok(),
    ];
}

fn category_for(lang: Lang, operands: PluralOperands) -> PluralCategory {
    let i = super::LANGS.iter().position(|l| *l == lang).unwrap_or(0);
    RULES.with(|rules| {
        rules[i]
            .as_ref()
            .map_or(PluralCategory::Other, |r| r.category_for(operands))
    })
}

/// The plural category of the number written `number` ("20", "2.5", "2,5") in `lang`, as
/// a message's variant key: one, few, other...; None when `number` is not a number.
pub fn category(lang: Lang, number: &str) -> Option<&'static str> {
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let decimal = Decimal::from_str(&number.replace(',', ".")).ok()?;
    Some(match category_for(lang, PluralOperands::from(&decimal)) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    })
}
