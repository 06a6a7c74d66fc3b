//! dialoguer's themes with pathfit's words: a confirm shows its answer in the person's
//! language ("da", "是"), not dialoguer's English "yes"; a plain input prompt reads "> ".

use std::fmt;

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::text::interview as words;

/// The colourful or the plain theme, with the confirm's answer in the language of the run.
pub struct Localized {
    inner: Box<dyn Theme>,
    color: bool,
}

impl Localized {
    pub fn new(color: bool) -> Self {
        let inner: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Localized { inner, color }
    }
}

impl Theme for Localized {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner.format_prompt(f, prompt)
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        self.inner.format_error(f, err)
    }

    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        self.inner.format_confirm_prompt(f, prompt, default)
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        self.inner
            .format_confirm_prompt_selection(f, prompt, None)?;
        match selection {
            Some(answer) => write!(f, " {}", words::yes_no(answer)),
            None => Ok(()),
        }
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        match (self.color, default) {
            (false, None) => write!(f, "{prompt} "),
            _ => self.inner.format_input_prompt(f, prompt, default),
        }
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        match self.color {
            false => write!(f, "{prompt} {sel}"),
            true => self.inner.format_input_prompt_selection(f, prompt, sel),
        }
    }

    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner.format_select_prompt(f, prompt)
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.inner.format_select_prompt_selection(f, prompt, sel)
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.inner.format_select_prompt_item(f, text, active)
    }
}
