//! The assessment's questions and notes around the interview.

pub const ASK_NAME: &str = "A name or initials for the answer file (Enter to leave it blank):";

pub fn save_where(dir: &str) -> String {
    format!("Save your answers in {dir}?")
}

/// Asked when the person declined to save: the answers are only in the autosave.
pub fn delete_answers(autosave: &str) -> String {
    format!(
        "Then your answers will be deleted: they are only in {autosave}. Delete them? \
         (No keeps that file, to resume from later.)"
    )
}

pub fn replace_save(file: &std::path::Path) -> String {
    format!("{} exists. Replace it at the end?", file.display())
}

/// What changed when a session is resumed on a rubric that is not the one it began on.
pub fn reconciled(
    rubric: &str,
    version: &str,
    (new, changed, removed): (usize, usize, usize),
) -> String {
    format!(
        "The rubric differs from the one these answers were given on (now {rubric} v{version}): {new} new and \
         {changed} reworded questions will be asked; answers to {removed} questions it does not have are \
         kept in the saved file as comments."
    )
}

/// The command that continues a session; its parts are quoted for the shell already.
pub fn resume_command(program: &str, file: &str, rubric: Option<&str>) -> String {
    let mut cmd = format!("{program} assess --resume {file}");
    if let Some(rubric) = rubric {
        cmd.push_str(&format!(" --rubric {rubric}"));
    }
    cmd
}

/// The first lines of an autosave file, above the session itself.
pub fn autosave_head(resume: &str) -> String {
    format!("# pathfit assessment in progress; continue with: {resume}\n\n")
}

/// The question after the review: when the person will work on the plan.
pub const ASK_PRACTICE: &str = "On which days and at what time will you work on the plan? \
     Days, then a 24-hour time, e.g. Mon,Wed,Fri 07:30 (Enter keeps the one shown):";

/// The optional question after it: whom the person tells their progress each week.
pub const ASK_PARTNER: &str = "Who will you tell your progress each week? A name, named in the \
     plan's weekly check-ins (Enter to leave it blank and check in alone):";

/// The example every practice error ends with.
const PRACTICE_EXAMPLE: &str = "\"Tue,Thu 19:00\"";

/// What is wrong with a practice value, as a reason.
fn practice_reason(e: &crate::plan::PracticeError) -> String {
    use crate::base::printable::printable as safe;
    use crate::plan::PracticeError as E;
    match e {
        E::Empty => "it is empty; give the days, then the time".to_owned(),
        E::NoTime => "it has no time; add one on a 24-hour clock after the days".to_owned(),
        E::NoDays => "it names no day; put the days before the time".to_owned(),
        E::Day(w) => format!(
            "`{}` is not a day of the week; use English day names such as Mon, Tue or Thursday",
            safe(w)
        ),
        E::Time(t) => format!(
            "`{}` is not a time of day; give HH:MM on a 24-hour clock, such as 07:30 or 19:00",
            safe(t)
        ),
    }
}

/// A bad `--practice` value: one line that says what would fix it.
pub fn practice_flag(value: &str, e: &crate::plan::PracticeError) -> String {
    format!(
        "--practice \"{}\": {}, e.g. --practice {PRACTICE_EXAMPLE}",
        crate::base::printable::printable(value),
        practice_reason(e)
    )
}

/// A bad reply to [`ASK_PRACTICE`], before it is asked again.
pub fn practice_reply(e: &crate::plan::PracticeError) -> String {
    format!("{}, e.g. {PRACTICE_EXAMPLE}.", practice_reason(e))
}

/// A practice value as the person types it: `Tue,Thu 19:00`.
pub fn practice_value(p: &crate::plan::Practice) -> String {
    let days: Vec<String> = p.days.iter().map(|d| d.to_string()).collect();
    format!("{} {}", days.join(","), p.time.format("%H:%M"))
}
