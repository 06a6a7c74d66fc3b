//! Elements written one by one to any `io::Write`: every text and every attribute value is
//! escaped on the way out, so nothing from a rubric or an answer file can open a tag.

use std::io::{self, Write};

/// An element writer over an output.
pub struct Markup<'w> {
    pub out: &'w mut dyn Write,
}

/// Text made safe for HTML: one line, controls and bidi characters shown (as on a terminal),
/// then `&`, `<`, `>`, `"` and `'` as character references.
pub fn escape(text: &str) -> String {
    let text = crate::render::safe(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text whose spans in backticks, when they pair up, become `<code>`.
fn rich(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    let paired = parts.len() % 2 == 1 && parts.iter().skip(1).step_by(2).all(|c| !c.is_empty());
    if !paired {
        return escape(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(&escape(part));
            out.push_str("</code>");
        } else {
            out.push_str(&escape(part));
        }
    }
    out
}

impl<'w> Markup<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Markup { out }
    }

    /// `<tag name="value" ...>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        write!(self.out, "<{tag}")?;
        for (name, value) in attrs {
            write!(self.out, " {name}=\"{}\"", escape(value))?;
        }
        write!(self.out, ">")
    }

    /// `</tag>` and a line break.
    pub fn close(&mut self, tag: &str) -> io::Result<()> {
        writeln!(self.out, "</{tag}>")
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(escape(text).as_bytes())
    }

    /// An element holding only `text`, escaped.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.open(tag, attrs)?;
        self.text(text)?;
        self.close(tag)
    }

    /// An element holding `text`, escaped, with its paired backtick spans as code.
    pub fn rich(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.open(tag, attrs)?;
        self.out.write_all(rich(text).as_bytes())?;
        self.close(tag)
    }

    /// A list of `items`, each escaped, with code spans.
    pub fn list(&mut self, items: &[String], class: Option<&str>) -> io::Result<()> {
        match class {
            Some(c) => self.open("ul", &[("class", c)])?,
            None => self.open("ul", &[])?,
        }
        for i in items {
            self.rich("li", &[], i)?;
        }
        self.close("ul")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(rich("run `a<b` now"), "run <code>a&lt;b</code> now");
        assert_eq!(rich("one ` tick"), "one ` tick");
    }

    #[test]
    fn attribute_values_are_escaped() {
        let mut out = Vec::new();
        Markup::new(&mut out)
            .el("p", &[("title", "\"><x")], "<b>")
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<p title=\"&quot;&gt;&lt;x\">&lt;b&gt;</p>\n"
        );
    }
}
