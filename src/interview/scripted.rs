//! A prompter that replays a script, for tests of the flow without a terminal.

use std::collections::VecDeque;

use anyhow::{Result, anyhow};

use super::{Prompter, Reply, Review, Screen};
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

/// A prompt the script has no fitting step for: the step it had (None when it ran out) and
/// the prompt, in their Debug form: a test failure, not a person's message.
fn unscripted(got: Option<Step>, at: &str) -> anyhow::Error {
    anyhow!("{:?}", (got, at))
}

#[derive(Debug, Default)]
pub struct Scripted {
    pub steps: VecDeque<Step>,
    /// Every text shown with `say` (notices in their words).
    pub said: Vec<String>,
    /// (place, cursor) of every question screen shown, the place in its words.
    pub screens: Vec<(String, usize)>,
    /// Every review shown: its title, then its lines, in their words.
    pub reviews: Vec<Vec<String>>,
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
            None => Err(unscripted(None, prompt)),
        }
    }
}

impl Prompter for Scripted {
    fn say(&mut self, text: &str) -> Result<()> {
        self.said.push(text.to_owned());
        Ok(())
    }

    fn ask(&mut self, screen: &Screen) -> Result<Reply> {
        let place = screen.place.to_string();
        self.screens.push((place.clone(), screen.cursor));
        match self.next(&place)? {
            Step::Reply(r) => Ok(r),
            other => Err(unscripted(Some(other), &place)),
        }
    }

    fn review(&mut self, review: &Review) -> Result<Option<usize>> {
        let title = review.title.to_string();
        let mut shown = vec![title.clone()];
        shown.extend(review.lines.iter().map(ToString::to_string));
        self.reviews.push(shown);
        match self.next(&title)? {
            Step::Review(r) => Ok(r),
            other => Err(unscripted(Some(other), &title)),
        }
    }

    fn reflect(&mut self, prompt: &str, _initial: &str) -> Result<String> {
        match self.next(prompt)? {
            Step::Reflect(t) => Ok(t),
            other => Err(unscripted(Some(other), prompt)),
        }
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        match self.next(prompt)? {
            Step::Confirm(b) => Ok(b),
            other => Err(unscripted(Some(other), prompt)),
        }
    }
}
