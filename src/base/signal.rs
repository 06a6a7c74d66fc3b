//! Stop signals for long work, the assessment and the batch alike. The handlers only record
//! SIGINT, SIGTERM and SIGHUP; the work asks and stops itself, so destructors run and files
//! being written are removed. Two ways out remain for work that cannot ask in time: a second
//! Ctrl-C, when the caller wants one to end pathfit at once, and a process still running a
//! few seconds after SIGTERM or SIGHUP. Both remove pending temporary files first.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use signal_hook::SigId;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

use crate::base::store;

/// How long SIGTERM or SIGHUP waits for the work to stop itself before pathfit ends anyway.
const GRACE: Duration = Duration::from_secs(3);

/// A signal asking pathfit to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    CtrlC,
    Terminate,
    Hangup,
}

impl Stop {
    fn from_signal(signal: i32) -> Option<Stop> {
        match signal {
            SIGINT => Some(Stop::CtrlC),
            SIGTERM => Some(Stop::Terminate),
            SIGHUP => Some(Stop::Hangup),
            _ => None,
        }
    }

    pub fn signal(self) -> i32 {
        match self {
            Stop::CtrlC => SIGINT,
            Stop::Terminate => SIGTERM,
            Stop::Hangup => SIGHUP,
        }
    }

    /// The exit code a shell expects: 128 + the signal (130 for Ctrl-C).
    pub fn exit_code(self) -> u8 {
        128 + self.signal() as u8
    }
}

/// What a Ctrl-C does once one is already recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondCtrlC {
    /// Ends pathfit at once, as Ctrl-C does by default (for a batch reading a pipe that never
    /// ends, say).
    Ends,
    /// Is recorded like the first (the assessment: its terminal library raises SIGINT itself
    /// at every interrupted read).
    Records,
}

/// Why the signals cannot be watched; worded in `text::base`.
#[derive(Debug)]
pub enum SignalError {
    CtrlC(io::Error),
    Terminate(io::Error),
}

impl std::error::Error for SignalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SignalError::CtrlC(e) | SignalError::Terminate(e) => Some(e),
        }
    }
}

/// A Ctrl-C not yet taken by [`Watch::take_ctrl_c`].
static CTRL_C: AtomicBool = AtomicBool::new(false);
/// The SIGTERM or SIGHUP received, 0 for none. Set in the handler itself, so it is visible by
/// the time a read it interrupted returns.
static ENDING: AtomicUsize = AtomicUsize::new(0);
/// Set by whichever thread ends the process first; another waits for the exit.
static EXITING: AtomicBool = AtomicBool::new(false);

/// Last words said when pathfit must end without the work's help (restore the terminal...).
type LastWords = Arc<Mutex<Option<Box<dyn FnOnce(Stop) + Send>>>>;

/// The SIGTERM or SIGHUP received while a [`Watch`] is installed, if any. It stays: the work
/// is to stop, whoever asks.
pub fn ending() -> Option<Stop> {
    Stop::from_signal(ENDING.load(Ordering::SeqCst) as i32)
}

/// Records the stop signals while it lives.
pub struct Watch {
    flag: Arc<AtomicBool>,
    ids: Vec<SigId>,
    handle: Handle,
    closed: Arc<AtomicBool>,
    last_words: LastWords,
}

impl Watch {
    /// Starts recording SIGINT, SIGTERM and SIGHUP.
    pub fn install(second: SecondCtrlC) -> Result<Watch, SignalError> {
        CTRL_C.store(false, Ordering::SeqCst);
        ENDING.store(0, Ordering::SeqCst);
        let flag = Arc::new(AtomicBool::new(false));
        let ids = register(&flag)?;
        let signals = Signals::new([SIGINT, SIGTERM, SIGHUP]).map_err(SignalError::CtrlC)?;
        let watch = Watch {
            flag,
            ids,
            handle: signals.handle(),
            closed: Arc::new(AtomicBool::new(false)),
            last_words: Arc::new(Mutex::new(None)),
        };
        let (closed, words) = (Arc::clone(&watch.closed), Arc::clone(&watch.last_words));
        std::thread::spawn(move || fallback(signals, second, &closed, &words));
        Ok(watch)
    }

    /// Set by any stop signal and never cleared, for code that polls a flag.
    pub fn flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.flag)
    }

    /// Whether a Ctrl-C came since the last call.
    pub fn take_ctrl_c(&self) -> bool {
        CTRL_C.swap(false, Ordering::SeqCst)
    }

    /// The strongest stop received: SIGTERM or SIGHUP over Ctrl-C.
    pub fn received(&self) -> Option<Stop> {
        ending().or_else(|| self.flag.load(Ordering::SeqCst).then_some(Stop::CtrlC))
    }

    /// What to do, just before exiting, when pathfit must end without the work's help.
    pub fn on_forced_end(&self, words: impl FnOnce(Stop) + Send + 'static) {
        let mut slot = self.last_words.lock().unwrap_or_else(|p| p.into_inner());
        *slot = Some(Box::new(words));
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.closed.store(true, Ordering::SeqCst);
        self.handle.close();
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// The handlers: each only sets atomics.
fn register(flag: &Arc<AtomicBool>) -> Result<Vec<SigId>, SignalError> {
    use signal_hook::flag as record;
    let mut ids = vec![
        record::register(SIGINT, &CTRL_C).map_err(SignalError::CtrlC)?,
        record::register(SIGINT, Arc::clone(flag)).map_err(SignalError::CtrlC)?,
    ];
    for signal in [SIGTERM, SIGHUP] {
        ids.push(
            record::register_usize(signal, &ENDING, signal as usize)
                .map_err(SignalError::Terminate)?,
        );
        ids.push(record::register(signal, Arc::clone(flag)).map_err(SignalError::Terminate)?);
    }
    Ok(ids)
}

/// Ends pathfit when the work cannot: at a second Ctrl-C (with [`SecondCtrlC::Ends`]), and
/// when SIGTERM or SIGHUP has not stopped it within [`GRACE`].
fn fallback(
    mut signals: Signals,
    second: SecondCtrlC,
    closed: &Arc<AtomicBool>,
    words: &LastWords,
) {
    let mut ctrl_c = 0;
    for signal in signals.forever() {
        let Some(stop) = Stop::from_signal(signal) else {
            continue;
        };
        if stop == Stop::CtrlC {
            ctrl_c += 1;
            if second == SecondCtrlC::Ends && ctrl_c >= 2 {
                end_now(stop, None);
            }
            continue;
        }
        let (closed, words) = (Arc::clone(closed), Arc::clone(words));
        std::thread::spawn(move || {
            std::thread::sleep(GRACE);
            if !closed.load(Ordering::SeqCst) {
                end_now(stop, Some(&words));
            }
        });
    }
}

/// Removes the files being written and ends the process as `stop` asks.
fn end_now(stop: Stop, words: Option<&LastWords>) -> ! {
    if EXITING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    if let Some(words) = words {
        let said = words.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(say) = said {
            say(stop);
        }
    }
    store::discard_pending();
    if stop == Stop::CtrlC {
        // Killed by SIGINT, as without a handler: what a shell expects of a second Ctrl-C.
        let _ = signal_hook::low_level::emulate_default_handler(SIGINT);
    }
    std::process::exit(i32::from(stop.exit_code()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_are_recorded_for_the_work_to_ask() {
        let watch = Watch::install(SecondCtrlC::Records).unwrap();
        assert_eq!(watch.received(), None);
        signal_hook::low_level::raise(SIGINT).unwrap();
        assert_eq!(watch.received(), Some(Stop::CtrlC));
        assert!(watch.take_ctrl_c() && !watch.take_ctrl_c(), "taken once");
        assert_eq!(ending(), None);
        signal_hook::low_level::raise(SIGTERM).unwrap();
        assert_eq!(ending(), Some(Stop::Terminate));
        assert_eq!(watch.received().map(Stop::exit_code), Some(143));
        assert!(watch.flag().load(Ordering::SeqCst));
        drop(watch);
        assert_eq!(Stop::Hangup.exit_code(), 129);
    }
}
