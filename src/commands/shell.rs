//! How the assessment names things for a shell and a file: this program, paths quoted as one
//! word, the command that resumes a session, and the dates in file names.

use std::path::{Path, PathBuf};

use crate::base::store;
use crate::rubric::Rubric;
use crate::text::commands::assess as ask;

/// The exact command that continues this session, ready to paste.
pub fn resume_command(file: Option<&Path>, rubric: &Rubric) -> String {
    let Some(file) = file else {
        return String::new();
    };
    let file = shell_quote(&absolute(file).display().to_string());
    let source = (!rubric.source.starts_with("embedded:"))
        .then(|| shell_quote(&absolute(Path::new(&rubric.source)).display().to_string()));
    ask::resume_command(&program(), &file, source.as_deref())
}

/// How to call this pathfit: its name when the shell finds this same binary, else its path.
pub fn program() -> String {
    let me = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("pathfit"))
            .find(|p| p.is_file())
    });
    match (me, on_path) {
        (Some(me), Some(found)) if store::same_file(&me, &found) => "pathfit".to_owned(),
        (Some(me), _) => shell_quote(&me.display().to_string()),
        (None, _) => "pathfit".to_owned(),
    }
}

pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `s` as one word for a POSIX shell: as it is when nothing in it is special, else quoted.
pub fn shell_quote(s: &str) -> String {
    // Only a NUL cannot be quoted, and no path holds one.
    shlex::try_quote(s).map_or_else(|_| s.to_owned(), std::borrow::Cow::into_owned)
}

/// The person's local date.
pub fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

pub fn stamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}
