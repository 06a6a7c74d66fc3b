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
use crate::t;

/// The causes of `err` after its own words, when `{:#}` asks for them.
fn causes(f: &mut fmt::Formatter<'_>, err: &dyn Error) -> fmt::Result {
    if f.alternate() {
        let mut cause = err.source();
        while let Some(c) = cause {
            write!(f, "{}{}", t!("os-then"), crate::text::os::said(c))?;
            cause = c.source();
        }
    }
    Ok(())
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            InputError::Folder { what, path } => {
                t!("input-folder", what = what, path = path.display())
            }
            InputError::Open {
                what,
                path,
                cause,
                similar: Some(s),
            } => t!(
                "input-open-similar",
                what = what,
                path = path.display(),
                cause = crate::text::os::reason(cause),
                similar = s
            ),
            InputError::Open {
                what, path, cause, ..
            } => t!(
                "input-open",
                what = what,
                path = path.display(),
                cause = crate::text::os::reason(cause)
            ),
            InputError::Read { what, path, .. } => {
                t!("input-read", what = what, path = path.display())
            }
            InputError::TooLarge {
                what,
                path,
                limit_mib,
            } => t!(
                "input-too-large",
                what = what,
                path = path.display(),
                limit = limit_mib
            ),
            InputError::NotUtf8 {
                what,
                path,
                line,
                col,
            } => format!(
                "{}:{line}:{col}: {}",
                path.display(),
                t!("input-not-utf8", what = what)
            ),
        };
        f.write_str(&text)?;
        causes(f, self)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StoreError::NoDataFolder => t!("store-no-data-folder"),
            StoreError::CreateFolder { dir, .. } => t!("store-create-folder", dir = dir.display()),
            StoreError::Exists { path } => t!("store-exists", path = path.display()),
            StoreError::WriteIn { dir, .. } => t!("store-write-in", dir = dir.display()),
            StoreError::Save { path, .. } => t!("store-save", path = path.display()),
            StoreError::CreateFileIn { dir, .. } => t!("store-create-file-in", dir = dir.display()),
            StoreError::NoFreeName { name, dir } => {
                t!("store-no-free-name", name = name, dir = dir.display())
            }
            StoreError::NoNewFiles { dir, .. } => t!("store-no-new-files", dir = dir.display()),
            target => return target_words(target, f).and_then(|()| causes(f, self)),
        };
        f.write_str(&text)?;
        causes(f, self)
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LockError::Busy { path } => t!("lock-busy", path = path.display()),
            LockError::Open { path, .. } => t!("lock-open", path = path.display()),
        };
        f.write_str(&text)?;
        causes(f, self)
    }
}

/// The words for a target checked before any work: an `--output` or `--save` file.
fn target_words(err: &StoreError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let text = match err {
        StoreError::NoFolder { what, path, dir } => t!(
            "target-no-folder",
            what = what,
            path = path.display(),
            dir = dir.display()
        ),
        StoreError::TargetIsFolder { what, path } => {
            t!("target-is-folder", what = what, path = path.display())
        }
        StoreError::TargetExists { what, path } => {
            t!("target-exists", what = what, path = path.display())
        }
        StoreError::TargetIsLink {
            what,
            path,
            dangling,
        } => {
            let id = if *dangling {
                "target-is-dangling-link"
            } else {
                "target-is-link"
            };
            t!(id, what = what, path = path.display())
        }
        StoreError::NotAFile { what, path } => {
            t!("target-not-a-file", what = what, path = path.display())
        }
        StoreError::NotYours { what, path } => {
            t!("target-not-yours", what = what, path = path.display())
        }
        StoreError::Lock(e) => e.to_string(),
        StoreError::CannotWrite { what, path, .. } => {
            t!("target-cannot-write", what = what, path = path.display())
        }
        _ => String::new(),
    };
    f.write_str(&text)
}

impl fmt::Display for SignalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SignalError::CtrlC(_) => t!("signal-ctrl-c"),
            SignalError::Terminate(_) => t!("signal-sigterm"),
        })?;
        causes(f, self)
    }
}

impl fmt::Display for crate::base::What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::base::What;
        f.write_str(&t!(match self {
            What::AnswerFile => "what-answer-file",
            What::SurveyExport => "what-survey-export",
            What::MappingFile => "what-mapping-file",
            What::RubricFile => "what-rubric-file",
            What::ResumeFile => "what-resume-file",
            What::OutputFile => "what-output-file",
            What::WrittenMap => "what-written-map",
            What::SaveFile => "what-save-file",
            What::CalendarFile => "what-calendar-file",
        }))
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
