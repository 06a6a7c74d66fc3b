//! The command line checked once into plain settings; the one colour decision is made here.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{ColorChoice, GlobalArgs};

/// Width used when stdout is not a terminal, or the terminal does not report one.
pub const FALLBACK_WIDTH: usize = 80;
/// Narrower than this, text is laid out as if the screen had this many columns.
pub const MIN_WIDTH: usize = 20;

#[derive(Debug, Clone)]
pub struct Settings {
    /// Whether stdout gets colour escapes.
    pub color: bool,
    /// Whether the prompts on stderr are coloured.
    pub prompt_color: bool,
    /// Columns available on stdout.
    pub width: usize,
    /// Plain ASCII output (TERM=dumb).
    pub ascii: bool,
    /// Rubric folders from --rubric-dir, then $PATHFIT_RUBRICS.
    pub rubric_dirs: Vec<PathBuf>,
}

impl Settings {
    pub fn from_args(args: &GlobalArgs) -> Settings {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let decide = |is_tty: bool| match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color && !dumb,
        };
        let color = decide(tty);
        let prompt_color = decide(std::io::stderr().is_terminal());
        // COLUMNS, when set, wins (it is how a script asks for a width when piped); then the
        // terminal's own width. Some pseudo-terminals report 0 columns: fall back, never draw
        // into nothing.
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0);
        let terminal = tty
            .then(|| console::Term::stdout().size_checked())
            .flatten()
            .map(|(_, cols)| usize::from(cols))
            .filter(|&c| c > 0);
        let width = columns
            .or(terminal)
            .unwrap_or(FALLBACK_WIDTH)
            .max(MIN_WIDTH);
        let mut rubric_dirs = args.rubric_dir.clone();
        if let Some(list) = std::env::var_os("PATHFIT_RUBRICS") {
            rubric_dirs.extend(std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()));
        }
        Settings {
            color,
            prompt_color,
            width,
            ascii: dumb,
            rubric_dirs,
        }
    }
}
