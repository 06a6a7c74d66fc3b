//! Signals during the assessment, on `base::signal`. Ctrl-C inside a prompt comes back from
//! the terminal library as an interrupted read; outside a prompt it is recorded, and the flow
//! checks at each autosave. SIGTERM and SIGHUP interrupt the prompt's read too, and a prompt
//! about to start checks for them: the flow unwinds as for Ctrl-C, so an --output file being
//! written is removed, then pathfit exits with 128 + the signal. The autosave already holds
//! every answer. Should the flow not stop in time, the watch ends pathfit itself after
//! restoring the terminal and saying where the answers are.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::base::signal::{SecondCtrlC, Stop, Watch};
use crate::error::{EXIT_INTERRUPTED, Interrupted};

/// What a person needs to hear when the assessment stops (worded by its `Display`).
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// The autosave file, once something was saved in it.
    pub file: Option<PathBuf>,
    pub answers: usize,
    /// The command that continues the session.
    pub resume: String,
}

impl Progress {
    /// The lines printed when the assessment stops.
    pub fn stopped(&self) -> String {
        self.to_string()
    }
}

/// Installed for the length of an assessment.
pub struct Guard {
    watch: Watch,
    pub progress: Arc<Mutex<Progress>>,
}

/// The error that stops the flow for `stop` (Ctrl-C when none is known).
pub fn interrupted(stop: Option<Stop>) -> Interrupted {
    Interrupted(stop.map_or(EXIT_INTERRUPTED, Stop::exit_code))
}

impl Guard {
    pub fn install() -> Result<Guard> {
        // The terminal library raises SIGINT at every interrupted read: a second one is no
        // reason to end at once.
        let watch = Watch::install(SecondCtrlC::Records)?;
        let progress = Arc::new(Mutex::new(Progress::default()));
        let saved = terminal_state();
        let shared = Arc::clone(&progress);
        watch.on_forced_end(move |_| {
            restore_terminal(saved.as_ref());
            let message = lock(&shared).stopped();
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "\n{message}");
            let _ = err.flush();
        });
        Ok(Guard { watch, progress })
    }

    /// Whether the assessment is to stop: a Ctrl-C since the last call, or SIGTERM or SIGHUP.
    pub fn stopped(&self) -> bool {
        self.watch.take_ctrl_c() || crate::base::signal::ending().is_some()
    }

    /// The error to end the assessment with, for the signal that stopped it.
    pub fn interrupted(&self) -> Interrupted {
        interrupted(self.watch.received())
    }

    pub fn update(&self, f: impl FnOnce(&mut Progress)) {
        f(&mut lock(&self.progress));
    }
}

fn lock(progress: &Mutex<Progress>) -> std::sync::MutexGuard<'_, Progress> {
    progress.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(unix)]
pub(super) type TermState = libc::termios;
#[cfg(not(unix))]
pub(super) type TermState = ();

/// The terminal's settings before any prompt changed them.
pub(super) fn terminal_state() -> Option<TermState> {
    #[cfg(unix)]
    {
        // SAFETY: tcgetattr fills a zeroed termios for a descriptor we do not own but only read.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t)
        }
    }
    #[cfg(not(unix))]
    None
}

/// Puts the terminal back as it was and shows the cursor.
pub(super) fn restore_terminal(saved: Option<&TermState>) {
    #[cfg(unix)]
    if let Some(t) = saved {
        // SAFETY: restores settings read from the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
        }
    }
    #[cfg(not(unix))]
    let _ = saved;
    let _ = std::io::stderr().write_all(b"\x1b[?25h");
}
