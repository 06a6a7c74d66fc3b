//! Progress on a terminal's stderr: files done and rows scored. It appears only once a batch
//! has run for a second, so short runs print nothing but their results.

use std::cell::Cell;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: Cell<bool>,
    rows: Cell<u64>,
}

/// How long a batch runs before its progress is shown.
const QUIET: Duration = Duration::from_secs(1);

impl Progress {
    /// `wanted`: stderr is a terminal that can draw one (settings decide).
    pub fn new(wanted: bool, files: usize) -> Progress {
        let bar = (wanted && files > 0).then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::hidden());
            if let Ok(style) = ProgressStyle::with_template(&crate::text::commands::progress()) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: Cell::new(false),
            rows: Cell::new(0),
        }
    }

    fn show(&self, bar: &ProgressBar) {
        if !self.shown.get() && self.started.elapsed() >= QUIET {
            self.shown.set(true);
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        }
    }

    pub fn files(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
            self.show(bar);
        }
    }

    pub fn rows(&self, n: usize) {
        if let Some(bar) = &self.bar {
            self.rows.set(self.rows.get() + n as u64);
            bar.set_message(crate::text::commands::rows(self.rows.get()));
            self.show(bar);
        }
    }

    /// Runs `f` (which writes to stderr) with the bar cleared, so lines never mix with it.
    pub fn say(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) if self.shown.get() => bar.suspend(f),
            _ => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
