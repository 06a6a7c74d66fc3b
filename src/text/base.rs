//! The words for reading, writing and watching for signals: the typed errors of `base`.
//!
//! With `{:#}` each error is followed by its causes, ": "-separated, as anyhow shows a chain,
//! so a caller that formats the error itself reads the same as one that passes it up.

use std::error::Error;
use std::fmt;

use crate::base::input::InputError;
use crate::base::lock::LockError;
use crate::base::signal::SignalError;
use crate::base::store::StoreError;

/// The causes of `err` after its own words, when `{:#}` asks for them.
fn causes(f: &mut fmt::Formatter<'_>, err: &dyn Error) -> fmt::Result {
    if f.alternate() {
        let mut cause = err.source();
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
    }
    Ok(())
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Folder { what, path } => {
                write!(f, "{what} {} is a folder; give a file", path.display())
            }
            InputError::Open {
                what,
                path,
                cause,
                similar,
            } => {
                write!(f, "cannot read {what} {}: {cause}", path.display())?;
                match similar {
                    Some(s) => write!(f, "; did you mean {s}?"),
                    None => Ok(()),
                }
            }
            InputError::Read { what, path, .. } => {
                write!(f, "cannot read {what} {}", path.display())
            }
            InputError::TooLarge {
                what,
                path,
                limit_mib,
            } => write!(
                f,
                "{what} {} is larger than {limit_mib} MiB; pathfit reads files up to that size",
                path.display()
            ),
            InputError::NotUtf8 {
                what,
                path,
                line,
                col,
            } => write!(
                f,
                "{}:{line}:{col}: {what} is not UTF-8 text; save it as UTF-8",
                path.display()
            ),
        }?;
        causes(f, self)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NoDataFolder => f.write_str(
                "cannot find a home folder for saved sessions; set PATHFIT_DATA to a folder",
            ),
            StoreError::CreateFolder { dir, .. } => {
                write!(f, "cannot create folder {}", dir.display())
            }
            StoreError::Exists { path } => write!(
                f,
                "{} already exists; pass --force to replace it or choose another file",
                path.display()
            ),
            StoreError::WriteIn { dir, .. } => write!(f, "cannot write in {}", dir.display()),
            StoreError::Save { path, .. } => write!(f, "cannot save {}", path.display()),
            StoreError::CreateFileIn { dir, .. } => {
                write!(f, "cannot create a file in {}", dir.display())
            }
            StoreError::NoFreeName { name, dir } => write!(
                f,
                "cannot find a free file name for {name} in {}",
                dir.display()
            ),
            StoreError::NoFolder { .. }
            | StoreError::TargetIsFolder { .. }
            | StoreError::TargetExists { .. }
            | StoreError::TargetIsLink { .. }
            | StoreError::NotAFile { .. }
            | StoreError::NotYours { .. }
            | StoreError::Lock(_)
            | StoreError::CannotWrite { .. } => target(self, f),
            StoreError::NoNewFiles { dir, .. } => {
                write!(f, "folder {} does not take new files", dir.display())
            }
        }?;
        causes(f, self)
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::Busy { path } => write!(
                f,
                "{} is being answered by another pathfit right now",
                path.display()
            ),
            LockError::Open { path, .. } => write!(f, "cannot lock {}", path.display()),
        }?;
        causes(f, self)
    }
}

/// The words for a target checked before any work: an `--output` or `--save` file.
fn target(err: &StoreError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match err {
        StoreError::NoFolder { what, path, dir } => write!(
            f,
            "cannot write {what} {}: folder {} does not exist; create it or choose another path",
            path.display(),
            dir.display()
        ),
        StoreError::TargetIsFolder { what, path } => {
            write!(f, "{what} {} is a folder; give a file name", path.display())
        }
        StoreError::TargetExists { what, path } => write!(
            f,
            "{what} {} already exists; pass --force to replace it or choose another file",
            path.display()
        ),
        StoreError::TargetIsLink {
            what,
            path,
            dangling,
        } => {
            let to = if *dangling { " to nothing" } else { "" };
            write!(
                f,
                "{what} {} is a symbolic link{to}; pass --force to replace the link itself \
                 (never the file it names) or choose another file",
                path.display()
            )
        }
        StoreError::NotAFile { what, path } => write!(
            f,
            "{what} {} is not a regular file (a pipe, socket or device); choose a file",
            path.display()
        ),
        StoreError::NotYours { what, path } => write!(
            f,
            "{what} {} belongs to someone else in a folder where only they may replace it; \
             choose another file",
            path.display()
        ),
        StoreError::Lock(e) => write!(f, "{e}"),
        StoreError::CannotWrite { what, path, .. } => {
            write!(f, "cannot write {what} {}", path.display())
        }
        _ => Ok(()),
    }
}

impl fmt::Display for SignalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignalError::CtrlC(_) => f.write_str("cannot watch for Ctrl-C"),
            SignalError::Terminate(_) => f.write_str("cannot watch for SIGTERM"),
        }?;
        causes(f, self)
    }
}

impl fmt::Display for crate::base::What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::base::What;
        f.write_str(match self {
            What::AnswerFile => "answer file",
            What::SurveyExport => "survey export",
            What::MappingFile => "mapping file",
            What::RubricFile => "rubric file",
            What::ResumeFile => "file to resume",
            What::OutputFile => "--output file",
            What::WrittenMap => "--write file",
            What::SaveFile => "--save file",
            What::CalendarFile => "--calendar file",
        })
    }
}

impl fmt::Display for crate::base::lang::Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::base::lang::Warning as W;
        use crate::base::printable::printable as safe;
        match self {
            W::Traditional { var, value } => write!(
                f,
                "warning: {var}={} asks for Traditional Chinese, which pathfit has no texts in yet; using English",
                safe(value)
            ),
            W::Unknown { var, value } => write!(
                f,
                "warning: {var}={} is not a language pathfit has (ro, zh, en); using English",
                safe(value)
            ),
        }
    }
}
