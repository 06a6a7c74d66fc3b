//! The real prompter: dialoguer widgets on stderr, text wrapped to the terminal's width.

use std::io;

use anyhow::Result;
use console::{Key, Term};
use dialoguer::theme::Theme;
use dialoguer::{Confirm, Input, Select};

use super::guard;
use super::{Prompter, Reply, Review, Screen};
use crate::base::signal;
use crate::text::interview as words;

pub struct TerminalPrompter {
    term: Term,
    theme: Box<dyn Theme>,
    color: bool,
    /// The terminal's settings before the first prompt, put back when a signal ends it.
    saved: Option<guard::TermState>,
}

impl TerminalPrompter {
    /// `color` is the settings' decision for stderr.
    pub fn new(color: bool) -> Self {
        let theme: Box<dyn Theme> = Box::new(super::theme::Localized::new(color));
        TerminalPrompter {
            term: Term::stderr(),
            theme,
            color,
            saved: guard::terminal_state(),
        }
    }

    fn width(&self) -> usize {
        match self.term.size_checked() {
            Some((_, cols)) if cols >= 20 => usize::from(cols) - 1,
            _ => 79,
        }
    }

    /// Writes `text` wrapped to the terminal; returns how many lines it took.
    fn write_wrapped(&self, text: &str, indent: &str) -> io::Result<usize> {
        let options = crate::base::wrap::prose(self.width())
            .initial_indent(indent)
            .subsequent_indent(indent);
        let mut count = 0;
        for paragraph in text.lines() {
            for line in crate::base::wrap::wrap(paragraph, &options) {
                self.term.write_line(&line)?;
                count += 1;
            }
        }
        Ok(count)
    }

    /// The terminal's rows, 24 when it does not say.
    fn rows(&self) -> usize {
        match self.term.size_checked() {
            Some((rows, _)) if rows >= 8 => usize::from(rows),
            _ => 24,
        }
    }

    fn bold(&self, text: &str) -> String {
        if self.color {
            console::style(text).bold().force_styling(true).to_string()
        } else {
            text.to_owned()
        }
    }
}

impl TerminalPrompter {
    /// A list to choose from: arrows or j/k move, Enter chooses, the number of an item
    /// chooses it at once (s skips, the last item), Esc goes back (None).
    fn choose(&self, items: &[&str], start: usize) -> io::Result<Option<usize>> {
        let numbered = items.len() - 1 <= 9;
        let hint = words::keys_hint(numbered.then(|| items.len() - 1));
        self.term.hide_cursor()?;
        let mut cursor = start;
        let mut lines = self.draw(&hint, items, numbered, cursor)?;
        let result = loop {
            let key = match self.term.read_key() {
                Ok(k) => k,
                Err(e) => {
                    let _ = self.term.show_cursor();
                    return Err(e);
                }
            };
            match Move::of(key, numbered, items.len() - 1, cursor) {
                Move::To(at) => cursor = at,
                Move::Choose(at) => break at,
                Move::Ignore => continue,
            }
            self.term.clear_last_lines(lines)?;
            lines = self.draw(&hint, items, numbered, cursor)?;
        };
        // Leave one line that records the answer, as the other prompts do.
        self.term.clear_last_lines(lines)?;
        match result {
            Some(i) if i + 1 == items.len() => self.term.write_line(&words::skipped())?,
            Some(i) => self.term.write_line(&words::answered(items[i]))?,
            None => {}
        }
        self.term.show_cursor()?;
        Ok(result)
    }

    /// Draws the hint and the items, the one under the cursor marked; returns the lines used.
    fn draw(&self, hint: &str, items: &[&str], numbered: bool, cursor: usize) -> io::Result<usize> {
        let width = self.width();
        self.term
            .write_line(&console::truncate_str(hint, width, "…"))?;
        for (i, item) in items.iter().enumerate() {
            let number;
            let key = match i {
                _ if !numbered => "",
                _ if i + 1 == items.len() => "s. ",
                _ => {
                    number = format!("{}. ", i + 1);
                    &number
                }
            };
            let mark = if i == cursor { "> " } else { "  " };
            let line = [mark, key, item].concat();
            let line = console::truncate_str(&line, width, "…");
            if i == cursor {
                self.term.write_line(&self.bold(&line))?;
            } else {
                self.term.write_line(&line)?;
            }
        }
        Ok(items.len() + 1)
    }
}

/// What a key does in a list of choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    /// The cursor moves to this item.
    To(usize),
    /// The list ends: Some(item) chosen, None to go back.
    Choose(Option<usize>),
    Ignore,
}

impl Move {
    /// What `key` does with the cursor at `cursor` and `last` the index of the last item
    /// (skip); number keys and s work when the list is `numbered`.
    fn of(key: Key, numbered: bool, last: usize, cursor: usize) -> Move {
        match key {
            Key::ArrowUp | Key::Char('k') => Move::To(cursor.checked_sub(1).unwrap_or(last)),
            Key::ArrowDown | Key::Char('j') | Key::Tab => {
                Move::To(if cursor == last { 0 } else { cursor + 1 })
            }
            Key::Home => Move::To(0),
            Key::End => Move::To(last),
            Key::Enter | Key::Char(' ') => Move::Choose(Some(cursor)),
            Key::Escape | Key::Backspace => Move::Choose(None),
            Key::Char('s') if numbered => Move::Choose(Some(last)),
            Key::Char(c) if numbered => match c.to_digit(10) {
                Some(d) if d >= 1 && (d as usize) <= last => Move::Choose(Some(d as usize - 1)),
                _ => Move::Ignore,
            },
            _ => Move::Ignore,
        }
    }
}

impl TerminalPrompter {
    /// Ctrl-C inside a widget comes back as an Interrupted I/O error, and so does a SIGTERM
    /// or SIGHUP that interrupted the read; the widget has left the cursor hidden, so show it
    /// before reporting.
    fn interrupted(&self, err: dialoguer::Error) -> anyhow::Error {
        let dialoguer::Error::IO(e) = err;
        if e.kind() == io::ErrorKind::Interrupted {
            let _ = self.term.show_cursor();
            let _ = self.term.write_line("");
            self.stop()
        } else {
            anyhow::Error::new(e).context(words::terminal_failed())
        }
    }

    /// The error that ends the flow at a prompt. SIGTERM and SIGHUP end the assessment: the
    /// terminal is put back as it was before the first prompt, on a fresh line.
    fn stop(&self) -> anyhow::Error {
        let ending = signal::ending();
        if ending.is_some() {
            guard::restore_terminal(self.saved.as_ref());
            let _ = self.term.write_line("");
        }
        guard::interrupted(ending).into()
    }

    /// Stops before a prompt starts when SIGTERM or SIGHUP came while no prompt was reading:
    /// a read started after the signal would wait for a key.
    fn check_ending(&self) -> Result<()> {
        match signal::ending() {
            Some(_) => Err(self.stop()),
            None => Ok(()),
        }
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        self.check_ending()?;
        self.term.write_line("")?;
        self.write_wrapped(text, "")?;
        Ok(())
    }

    fn ask(&mut self, screen: &Screen) -> Result<Reply> {
        self.check_ending()?;
        self.term.write_line("")?;
        self.term
            .write_line(&self.bold(&screen.place.to_string()))?;
        let shown = 2 + self.write_wrapped(screen.text, "  ")?;
        let skip = words::skip();
        let mut items: Vec<&str> = screen.labels.iter().map(String::as_str).collect();
        items.push(&skip);
        let chosen = self
            .choose(&items, screen.cursor.min(items.len() - 1))
            .map_err(|e| self.interrupted(dialoguer::Error::IO(e)))?;
        Ok(match chosen {
            None => {
                // Going back: take this question off the screen so only the earlier one shows.
                self.term.clear_last_lines(shown)?;
                Reply::Back
            }
            Some(i) if i == screen.labels.len() => Reply::Skip,
            Some(i) => Reply::Answer(i),
        })
    }

    fn review(&mut self, review: &Review) -> Result<Option<usize>> {
        self.check_ending()?;
        self.term.write_line("")?;
        let drawn = 1 + self.write_wrapped(&review.title.to_string(), "")?;
        let width = self.width().saturating_sub(4);
        let mut items = vec![words::done()];
        items.extend(
            review
                .lines
                .iter()
                .map(|l| console::truncate_str(&l.to_string(), width, "…").into_owned()),
        );
        // The list pages below the title, which stays on the screen (a line kept free for
        // the cursor).
        let room = self.rows().saturating_sub(drawn + 1).max(3);
        let chosen = Select::with_theme(&*self.theme)
            .items(&items)
            .default(0)
            .max_length(room)
            .interact_on(&self.term)
            .map_err(|e| self.interrupted(e))?;
        // The list clears itself; take the blank line and every line of the title too, so
        // the next screen starts clean.
        self.term.clear_last_lines(drawn)?;
        Ok(chosen.checked_sub(1))
    }

    fn reflect(&mut self, prompt: &str, initial: &str) -> Result<String> {
        self.check_ending()?;
        self.term.write_line("")?;
        self.write_wrapped(prompt, "")?;
        let text: String = Input::with_theme(&*self.theme)
            .with_prompt(">")
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(|e| self.interrupted(e))?;
        Ok(text)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        self.check_ending()?;
        Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on(&self.term)
            .map_err(|e| self.interrupted(e))
    }
}
