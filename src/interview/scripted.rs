//! A prompter that replays a script, for tests of the flow without a terminal.

use std::collections::VecDeque;

use anyhow::{Result, bail};

use super::{Prompter, Reply, Screen};
use crate::error::Interrupted;

/// One scripted reaction, consumed in order by whichever prompt comes next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Reply(Reply),
    /// Some(line) changes that review line; None finishes the review.
    Review(Option<usize>),
    Reflect(String),
    Confirm(bool),
    /// Ctrl-C at the next prompt.
    Interrupt,
}

#[derive(Debug, Default)]
pub struct Scripted {
    pub steps: VecDeque<Step>,
    /// Every text shown with `say`.
    pub said: Vec<String>,
    /// (progress, cursor) of every question screen shown.
    pub screens: Vec<(String, usize)>,
}

impl Scripted {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Scripted {
            steps: steps.into_iter().collect(),
            ..Scripted::default()
        }
    }

    fn next(&mut self, prompt: &str) -> Result<Step> {
        match self.steps.pop_front() {
            Some(Step::Interrupt) => Err(Interrupted(crate::error::EXIT_INTERRUPTED).into()),
            Some(step) => Ok(step),
            None => bail!("script ran out at: {prompt}"),
        }
    }
}

impl Prompter for Scripted {
    fn say(&mut self, text: &str) -> Result<()> {
        self.said.push(text.to_owned());
        Ok(())
    }

    fn ask(&mut self, screen: &Screen) -> Result<Reply> {
        self.screens.push((screen.progress.clone(), screen.cursor));
        match self.next(&screen.progress)? {
            Step::Reply(r) => Ok(r),
            other => bail!("script gave {other:?} at question {}", screen.progress),
        }
    }

    fn review(&mut self, title: &str, _lines: &[String]) -> Result<Option<usize>> {
        match self.next(title)? {
            Step::Review(r) => Ok(r),
            other => bail!("script gave {other:?} at the review"),
        }
    }

    fn reflect(&mut self, prompt: &str, _initial: &str) -> Result<String> {
        match self.next(prompt)? {
            Step::Reflect(t) => Ok(t),
            other => bail!("script gave {other:?} at reflection {prompt}"),
        }
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        match self.next(prompt)? {
            Step::Confirm(b) => Ok(b),
            other => bail!("script gave {other:?} at confirm {prompt}"),
        }
    }
}
