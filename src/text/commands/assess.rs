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
    let lang = crate::text::l10n::lang();
    if lang != crate::base::lang::Lang::En {
        cmd.push_str(&format!(" --lang {}", lang.code()));
    }
    cmd
}

/// The first lines of an autosave file, above the session itself.
pub fn autosave_head(resume: &str) -> String {
    format!("{}\n\n", t!("assess-autosave-head", resume = resume))
}

/// The question after the review: when the person will work on the plan.
pub fn ask_practice() -> String {
    t!("assess-ask-practice")
}

/// The optional question after it: whom the person tells their progress each week.
pub fn ask_partner() -> String {
    t!("assess-ask-partner")
}

/// The example every practice error ends with.
const PRACTICE_EXAMPLE: &str = "\"Tue,Thu 19:00\"";

/// What is wrong with a practice value, as a reason.
fn practice_reason(e: &crate::plan::PracticeError) -> String {
    use crate::base::printable::printable as safe;
    use crate::plan::PracticeError as E;
    match e {
        E::Empty => t!("assess-practice-empty"),
        E::NoTime => t!("assess-practice-no-time"),
        E::NoDays => t!("assess-practice-no-days"),
        E::Day(w) => t!("assess-practice-day", word = safe(w)),
        E::Time(w) => t!("assess-practice-time", word = safe(w)),
    }
}

/// A bad `--practice` value: one line that says what would fix it.
pub fn practice_flag(value: &str, e: &crate::plan::PracticeError) -> String {
    t!(
        "assess-practice-flag",
        value = crate::base::printable::printable(value),
        reason = practice_reason(e),
        example = PRACTICE_EXAMPLE
    )
}

/// A bad reply to [`ask_practice`], before it is asked again.
pub fn practice_reply(e: &crate::plan::PracticeError) -> String {
    t!(
        "assess-practice-reply",
        reason = practice_reason(e),
        example = PRACTICE_EXAMPLE
    )
}

/// A practice value as the person types it: `Tue,Thu 19:00`.
pub fn practice_value(p: &crate::plan::Practice) -> String {
    let days: Vec<String> = p.days.iter().map(|d| d.to_string()).collect();
    format!("{} {}", days.join(","), p.time.format("%H:%M"))
}
