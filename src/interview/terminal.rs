//! The real prompter: dialoguer widgets on stderr, text wrapped to the terminal's width.

use std::io;

use anyhow::Result;
use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, Select};

use super::{Prompter, Reply, Screen};
use crate::error::Interrupted;

pub struct TerminalPrompter {
    term: Term,
    theme: Box<dyn Theme>,
    color: bool,
}

impl TerminalPrompter {
    /// `color` is the settings' decision for stderr.
    pub fn new(color: bool) -> Self {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        TerminalPrompter {
            term: Term::stderr(),
            theme,
            color,
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
        let options = textwrap::Options::new(self.width())
            .initial_indent(indent)
            .subsequent_indent(indent);
        let mut count = 0;
        for paragraph in text.lines() {
            for line in textwrap::wrap(paragraph, &options) {
                self.term.write_line(&line)?;
                count += 1;
            }
        }
        Ok(count)
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
        let hint = if numbered {
            format!(
                "Your answer: 1-{} or arrows and Enter; s skips; Esc goes back",
                items.len() - 1
            )
        } else {
            "Your answer: arrows and Enter; Esc goes back".to_owned()
        };
        let width = self.width();
        let draw = |cursor: usize| -> io::Result<usize> {
            self.term
                .write_line(&console::truncate_str(&hint, width, "…"))?;
            for (i, item) in items.iter().enumerate() {
                let key = match i {
                    _ if !numbered => String::new(),
                    _ if i + 1 == items.len() => "s. ".to_owned(),
                    _ => format!("{}. ", i + 1),
                };
                let mark = if i == cursor { "> " } else { "  " };
                let line = format!("{mark}{key}{item}");
                let line = console::truncate_str(&line, width, "…").into_owned();
                if i == cursor {
                    self.term.write_line(&self.bold(&line))?;
                } else {
                    self.term.write_line(&line)?;
                }
            }
            Ok(items.len() + 1)
        };
        self.term.hide_cursor()?;
        let mut cursor = start;
        let mut lines = draw(cursor)?;
        let result = loop {
            let key = match self.term.read_key() {
                Ok(k) => k,
                Err(e) => {
                    let _ = self.term.show_cursor();
                    return Err(e);
                }
            };
            let last = items.len() - 1;
            match key {
                Key::ArrowUp | Key::Char('k') => cursor = cursor.checked_sub(1).unwrap_or(last),
                Key::ArrowDown | Key::Char('j') | Key::Tab => {
                    cursor = if cursor == last { 0 } else { cursor + 1 }
                }
                Key::Home => cursor = 0,
                Key::End => cursor = last,
                Key::Enter | Key::Char(' ') => break Some(cursor),
                Key::Escape | Key::Backspace => break None,
                Key::Char('s') if numbered => break Some(last),
                Key::Char(c) if numbered => match c.to_digit(10) {
                    Some(d) if d >= 1 && (d as usize) <= last => break Some(d as usize - 1),
                    _ => continue,
                },
                _ => continue,
            }
            self.term.clear_last_lines(lines)?;
            lines = draw(cursor)?;
        };
        // Leave one line that records the answer, as the other prompts do.
        self.term.clear_last_lines(lines)?;
        if let Some(i) = result {
            self.term
                .write_line(&format!("  Your answer: {}", items[i]))?;
        }
        self.term.show_cursor()?;
        Ok(result)
    }
}

/// Ctrl-C inside a widget comes back as an Interrupted I/O error; the widget has left the
/// cursor hidden, so show it before reporting.
fn interrupted(term: &Term, err: dialoguer::Error) -> anyhow::Error {
    let dialoguer::Error::IO(e) = err;
    if e.kind() == io::ErrorKind::Interrupted {
        let _ = term.show_cursor();
        let _ = term.write_line("");
        Interrupted(crate::error::EXIT_INTERRUPTED).into()
    } else {
        anyhow::Error::new(e).context("cannot talk to the terminal")
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        self.term.write_line("")?;
        self.write_wrapped(text, "")?;
        Ok(())
    }

    fn ask(&mut self, screen: &Screen) -> Result<Reply> {
        self.term.write_line("")?;
        self.term.write_line(&self.bold(&screen.progress))?;
        let shown = 2 + self.write_wrapped(screen.text, "  ")?;
        let mut items: Vec<&str> = screen.labels.iter().map(String::as_str).collect();
        items.push("Skip this question");
        let chosen = self
            .choose(&items, screen.cursor.min(items.len() - 1))
            .map_err(|e| interrupted(&self.term, dialoguer::Error::IO(e)))?;
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

    fn review(&mut self, title: &str, lines: &[String]) -> Result<Option<usize>> {
        self.term.write_line("")?;
        self.write_wrapped(title, "")?;
        let width = self.width().saturating_sub(4);
        let mut items = vec!["Done: show my results".to_owned()];
        items.extend(
            lines
                .iter()
                .map(|l| console::truncate_str(l, width, "…").into_owned()),
        );
        let chosen = Select::with_theme(&*self.theme)
            .items(&items)
            .default(0)
            .interact_on(&self.term)
            .map_err(|e| interrupted(&self.term, e))?;
        Ok(chosen.checked_sub(1))
    }

    fn reflect(&mut self, prompt: &str, initial: &str) -> Result<String> {
        self.term.write_line("")?;
        self.write_wrapped(prompt, "")?;
        let text: String = Input::with_theme(&*self.theme)
            .with_prompt(">")
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(|e| interrupted(&self.term, e))?;
        Ok(text)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on(&self.term)
            .map_err(|e| interrupted(&self.term, e))
    }
}
