//! The assessment's questions and notes around the interview.

use crate::t;

pub fn ask_name() -> String {
    t!("assess-ask-name")
}

pub fn save_where(dir: &str) -> String {
    t!("assess-save-where", dir = dir)
}

/// Asked when the person declined to save: the answers are only in the autosave.
pub fn delete_answers(autosave: &str) -> String {
    t!("assess-delete-answers", autosave = autosave)
}

pub fn replace_save(file: &std::path::Path) -> String {
    t!("assess-replace-save", file = file.display())
}

/// What changed when a session is resumed on a rubric that is not the one it began on.
pub fn reconciled(
    rubric: &str,
    version: &str,
    (new, changed, removed): (usize, usize, usize),
) -> String {
    t!(
        "assess-reconciled",
        rubric = rubric,
        version = version,
        new = new,
        changed = changed,
        removed = removed
    )
}

/// The command that continues a session; its parts are quoted for the shell already.
pub fn resume_command(program: &str, file: &str, rubric: Option<&str>) -> String {
    let mut cmd = format!("{program} assess --resume {file}");
    if let Some(rubric) = rubric {
        cmd.push_str(&format!(" --rubric {rubric}"));
    }
    // The session goes on in the language it was begun in, whatever the shell's locale then.
    cmd.push_str(&crate::text::l10n::lang_flag());
    cmd
}

/// The first lines of an autosave file, above the session itself.
pub fn autosave_head(resume: &str) -> String {
    format!("{}\n\n", t!("assess-autosave-head", resume = resume))
}

/// The question after the review: when the person will work on the plan.
pub fn ask_practice() -> String {
    t!("practice-ask")
}

/// The optional question after it: whom the person tells their progress each week.
pub fn ask_partner() -> String {
    t!("assess-ask-partner")
}

/// The example every practice error ends with: the default, in quotes, in the language.
fn practice_example() -> String {
    format!("\"{}\"", practice_value(&crate::plan::Practice::default()))
}

/// What is wrong with a practice value, as a reason.
fn practice_reason(e: &crate::plan::PracticeError) -> String {
    use crate::base::printable::printable as safe;
    use crate::plan::PracticeError as E;
    match e {
        E::Empty => t!("assess-practice-empty"),
        E::NoTime => t!("assess-practice-no-time"),
        E::NoDays => t!("assess-practice-no-days"),
        E::Day(w) => t!("practice-not-a-day", word = safe(w)),
        E::Time(w) => t!("assess-practice-time", word = safe(w)),
    }
}

/// A bad `--practice` value: one line that says what would fix it.
pub fn practice_flag(value: &str, e: &crate::plan::PracticeError) -> String {
    t!(
        "assess-practice-flag",
        value = crate::base::printable::printable(value),
        reason = practice_reason(e),
        example = practice_example()
    )
}

/// A bad reply to [`ask_practice`], before it is asked again.
pub fn practice_reply(e: &crate::plan::PracticeError) -> String {
    t!(
        "assess-practice-reply",
        reason = practice_reason(e),
        example = practice_example()
    )
}

/// A practice value as the person types it, in their language: `Tue,Thu 19:00`,
/// `marți,joi 19:00`, `周二、周四 19:00` (every language's day names are read back).
pub fn practice_value(p: &crate::plan::Practice) -> String {
    let days: Vec<String> = p.days.iter().map(|d| weekday(*d)).collect();
    let separator = t!("practice-separator");
    format!("{} {}", days.join(&separator), p.time.format("%H:%M"))
}

/// A day's name as a practice value writes it.
fn weekday(day: chrono::Weekday) -> String {
    use chrono::Weekday as W;
    t!(match day {
        W::Mon => "practice-mon",
        W::Tue => "practice-tue",
        W::Wed => "practice-wed",
        W::Thu => "practice-thu",
        W::Fri => "practice-fri",
        W::Sat => "practice-sat",
        W::Sun => "practice-sun",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Practice;
    use crate::text::l10n::{Lang, with_lang};

    #[test]
    fn the_default_practice_is_shown_in_the_language_and_reads_back() {
        for (lang, shown) in [
            (Lang::En, "Tue,Thu 19:00"),
            (Lang::Ro, "marți,joi 19:00"),
            (Lang::Zh, "周二、周四 19:00"),
        ] {
            let value = with_lang(lang, || practice_value(&Practice::default()));
            assert_eq!(value, shown);
            assert_eq!(Practice::parse(&value), Ok(Practice::default()));
        }
        let all = Practice::parse("mon,tue,wed,thu,fri,sat,sun 07:30").unwrap();
        let ro = with_lang(Lang::Ro, || practice_value(&all));
        assert_eq!(ro, "luni,marți,miercuri,joi,vineri,sâmbătă,duminică 07:30");
        assert_eq!(Practice::parse(&ro), Ok(all.clone()));
        let zh = with_lang(Lang::Zh, || practice_value(&all));
        assert_eq!(Practice::parse(&zh), Ok(all));
    }
}
