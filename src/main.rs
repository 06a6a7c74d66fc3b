//! The thin binary: parse the command line, run, print any error once, pick the exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use pathfit::base::say;
use pathfit::error::{EXIT_DATA, EXIT_USAGE, Interrupted, Reported, UsageError};
use pathfit::problem::Problems;

fn main() -> ExitCode {
    let cli = match pathfit::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(clap_exit(&e)),
    };
    match pathfit::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => ExitCode::from(report(&err)),
    }
}

/// Help and version go to stdout (exit 0, or 1 when stdout cannot be written); usage errors
/// to stderr (exit 2).
fn clap_exit(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    use std::io::IsTerminal;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let styled = e.render();
        let text = if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
            styled.ansi().to_string()
        } else {
            styled.to_string()
        };
        let mut out = std::io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Ok(()) => 0,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(_) => EXIT_DATA,
        }
    } else {
        // clap decides the colour of its own messages from stderr; writing never panics.
        let _ = e.print();
        EXIT_USAGE
    }
}

/// Prints `err` on stderr, one `error:` line per problem, and returns its exit code.
fn report(err: &anyhow::Error) -> u8 {
    // `pathfit ... | head` closes the pipe early: that is the reader's choice, not a failure.
    if err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }) {
        return 0;
    }
    if let Some(problems) = err.downcast_ref::<Problems>() {
        for p in &problems.0 {
            say(&format!("error: {p}"));
        }
        return EXIT_DATA;
    }
    // Already said: where the progress is and how to resume, or each failed file.
    if let Some(Interrupted(code)) = err.downcast_ref::<Interrupted>() {
        return *code;
    }
    if err.downcast_ref::<Reported>().is_some() {
        return EXIT_DATA;
    }
    let message = pathfit::base::printable::printable(&format!("{err:#}")).into_owned();
    say(&format!("error: {message}"));
    if err.downcast_ref::<UsageError>().is_some() {
        EXIT_USAGE
    } else {
        EXIT_DATA
    }
}
