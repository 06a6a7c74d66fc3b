//! Signals during the assessment. Ctrl-C inside a prompt comes back from the terminal library
//! as an interrupted read; outside a prompt it sets a flag the flow checks at each autosave.
//! SIGTERM and SIGHUP end pathfit at once: the autosave already holds every answer, so the
//! handler restores the terminal, says where the answers are and how to resume, and exits
//! with 128 + the signal.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

/// What a person needs to hear when the assessment stops.
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
        match &self.file {
            Some(file) => format!(
                "Stopped. {} saved in {}\nResume with: {}",
                match self.answers {
                    1 => "1 answer is".to_owned(),
                    n => format!("{n} answers are"),
                },
                crate::render::safe(&file.display().to_string()),
                self.resume
            ),
            None => "Stopped before the first answer; nothing was saved.".to_owned(),
        }
    }
}

/// Installed for the length of an assessment.
pub struct Guard {
    stop: Arc<AtomicBool>,
    pub progress: Arc<Mutex<Progress>>,
    /// The terminating signal, set inside the signal handler itself, so it is visible by the
    /// time an interrupted read returns.
    signalled: Arc<AtomicUsize>,
    saved: Option<TermState>,
    handle: Handle,
}

/// Set by whichever thread ends the process first; the other waits for the exit.
static ENDING: AtomicBool = AtomicBool::new(false);

/// Restores the terminal, says what was kept and exits with 128 + `signal`.
fn end(signal: i32, progress: &Mutex<Progress>, saved: Option<&TermState>) -> ! {
    if ENDING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    restore_terminal(saved);
    let message = match progress.lock() {
        Ok(p) => p.stopped(),
        Err(p) => p.into_inner().stopped(),
    };
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "\n{message}");
    let _ = err.flush();
    std::process::exit(128 + signal);
}

impl Guard {
    pub fn install() -> Result<Guard> {
        let stop = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(Progress::default()));
        let saved = terminal_state();
        let signalled = Arc::new(AtomicUsize::new(0));
        for signal in [SIGTERM, SIGHUP] {
            signal_hook::flag::register_usize(signal, Arc::clone(&signalled), signal as usize)
                .context("cannot watch for SIGTERM")?;
        }
        let mut signals =
            Signals::new([SIGINT, SIGTERM, SIGHUP]).context("cannot watch for Ctrl-C")?;
        let handle = signals.handle();
        let (flag, shared) = (Arc::clone(&stop), Arc::clone(&progress));
        std::thread::spawn(move || {
            for signal in signals.forever() {
                if signal == SIGINT {
                    flag.store(true, Ordering::SeqCst);
                } else {
                    end(signal, &shared, saved.as_ref());
                }
            }
        });
        Ok(Guard {
            stop,
            progress,
            signalled,
            saved,
            handle,
        })
    }

    /// Whether Ctrl-C was pressed since the last call.
    pub fn stopped(&self) -> bool {
        self.stop.swap(false, Ordering::SeqCst)
    }

    /// Ends the process as a SIGTERM or SIGHUP asks, when one arrived.
    pub fn terminate_if_signalled(&self) {
        let signal = self.signalled.load(Ordering::SeqCst);
        if signal != 0 {
            end(signal as i32, &self.progress, self.saved.as_ref());
        }
    }

    pub fn update(&self, f: impl FnOnce(&mut Progress)) {
        match self.progress.lock() {
            Ok(mut p) => f(&mut p),
            Err(p) => f(&mut p.into_inner()),
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.handle.close();
    }
}

#[cfg(unix)]
type TermState = libc::termios;
#[cfg(not(unix))]
type TermState = ();

/// The terminal's settings before any prompt changed them.
fn terminal_state() -> Option<TermState> {
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
fn restore_terminal(saved: Option<&TermState>) {
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
