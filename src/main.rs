//! The thin binary: parse the command line, run, print any error once, pick the exit code.

use std::process::ExitCode;

use clap::Parser;

use pathfit::error::{EXIT_DATA, EXIT_INTERRUPTED, EXIT_USAGE, Interrupted, UsageError};
use pathfit::problem::Problems;

fn main() -> ExitCode {
    let cli = match pathfit::cli::Cli::try_parse() {
        Ok(cli) => cli,
        // clap prints help and version to stdout (exit 0) and usage errors to stderr (exit 2).
        Err(e) => e.exit(),
    };
    match pathfit::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => ExitCode::from(report(&err)),
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
            eprintln!("error: {p}");
        }
        return EXIT_DATA;
    }
    // The assessment has already said where the progress is and how to resume.
    if err.downcast_ref::<Interrupted>().is_some() {
        return EXIT_INTERRUPTED;
    }
    eprintln!("error: {err:#}");
    if err.downcast_ref::<UsageError>().is_some() {
        EXIT_USAGE
    } else {
        EXIT_DATA
    }
}
