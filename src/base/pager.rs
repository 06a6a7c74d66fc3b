//! A pager for long reports on a terminal: `$PAGER`, else `less` (with `LESS=FRX` unless set).
//! Never used when stdout is a pipe or a file.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

/// Writes `text` to stdout, through the pager when stdout is a terminal and the text is longer
/// than the screen. A pager that cannot be started is skipped, never fatal.
pub fn show(text: &[u8]) -> io::Result<()> {
    let stdout = io::stdout();
    let rows = console::Term::stdout()
        .size_checked()
        .map(|(rows, _)| usize::from(rows));
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    let long = rows.is_some_and(|r| r > 0 && lines >= r);
    if stdout.is_terminal() && long && page(text).is_ok() {
        return Ok(());
    }
    let mut out = stdout.lock();
    out.write_all(text)?;
    out.flush()
}

/// Pipes `text` through the pager; an error means it could not run and stdout is used.
fn page(text: &[u8]) -> io::Result<()> {
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".to_owned());
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(&pager).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    let mut child = cmd.spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // The person may quit the pager before reading it all: that is not an error.
        let _ = stdin.write_all(text);
    }
    let status = child.wait()?;
    if status.code() == Some(127) {
        return Err(io::ErrorKind::NotFound.into());
    }
    Ok(())
}
