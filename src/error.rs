//! Errors that choose their own exit code; anything else is bad data (exit 1).

use thiserror::Error;

/// A command-line value that clap could not check on its own (exit 2).
#[derive(Debug, Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The person stopped the program (exit 130).
#[derive(Debug, Error)]
#[error("interrupted")]
pub struct Interrupted;

pub const EXIT_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_INTERRUPTED: u8 = 130;
