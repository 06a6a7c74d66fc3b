//! Errors that choose their own exit code; anything else is bad data (exit 1).
//!
//! Exit codes: 0 success; 1 bad data, a file that could not be read or scored, a failed
//! check; 2 a usage error (a bad option or value, no terminal for the assessment); 129, 130,
//! 143 stopped by SIGHUP, Ctrl-C, SIGTERM.

use thiserror::Error;

/// A command-line value that clap could not check on its own (exit 2).
#[derive(Debug, Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The person or the system stopped the program; the code is 128 + the signal (130 for
/// Ctrl-C). What was kept, and how to resume, has been said already.
#[derive(Debug, Error)]
#[error("interrupted")]
pub struct Interrupted(pub u8);

/// Failures already reported on stderr, one line each (exit 1).
#[derive(Debug, Error)]
#[error("some inputs failed")]
pub struct Reported;

pub const EXIT_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_INTERRUPTED: u8 = 130;
