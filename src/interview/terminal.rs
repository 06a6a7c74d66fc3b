//! The real prompter: dialoguer widgets on stderr, text wrapped to the terminal's width.

use std::io;

use anyhow::Result;
use console::Term;
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
        let chosen = Select::with_theme(&*self.theme)
            .with_prompt("Your answer (Esc: back)")
            .items(&items)
            .default(screen.cursor.min(items.len() - 1))
            .interact_on_opt(&self.term)
            .map_err(|e| interrupted(&self.term, e))?;
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
