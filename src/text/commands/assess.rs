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
