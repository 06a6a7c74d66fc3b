//! Text from outside (a rubric, an answer file, a survey export) made inert once, where it is
//! read, so no later output (a report, the assessment, a lint line) can pass a terminal a
//! control.
//!
//! What is neutralised, and how:
//! - a whole CSI, OSC or DCS sequence (also SOS, PM and APC), in its 7-bit form (`ESC [`,
//!   `ESC ]`, `ESC P`, ...) or its 8-bit form (U+009B, U+009D, U+0090, ...), up to its final
//!   byte or terminator (BEL, `ESC \` or U+009C), becomes one visible escape of its first
//!   character: `ESC[2J` and `ESC]52;c;...BEL` both read `\u{1b}`;
//! - every other control character (C0, DEL, C1), bidi control (U+202A-U+202E, U+2066-U+2069,
//!   U+061C, U+200E, U+200F) and U+2028/U+2029 becomes its visible escape, as
//!   [`printable`](super::printable::printable) shows it: `\u{7}`, `\u{202e}`;
//! - one-line text ([`line`]: titles, names, labels, questions, ids) has its line breaks, tabs,
//!   vertical tabs and form feeds as spaces (white space, as survey words are compared); prose
//!   ([`prose`]: descriptions, summaries, answers) keeps `\n` (`\r\n` and a lone `\r` become
//!   `\n`), which its renderers wrap or flatten, and has the others as spaces.
//!
//! The result holds only printable ASCII escapes where something was, so neutralising twice
//! changes nothing, and a person can see that something was there.

use std::borrow::Cow;

/// `text` as one inert line: see the module.
pub fn line(text: &str) -> Cow<'_, str> {
    neutralise(text, false)
}

/// `text` as inert prose that may keep its line breaks: see the module.
pub fn prose(text: &str) -> Cow<'_, str> {
    neutralise(text, true)
}

/// [`line`] into an owned string, in place.
pub fn line_in(text: &mut String) {
    if let Cow::Owned(t) = line(text) {
        *text = t;
    }
}

/// [`prose`] into an owned string, in place.
pub fn prose_in(text: &mut String) {
    if let Cow::Owned(t) = prose(text) {
        *text = t;
    }
}

/// A character no terminal may be handed from outside text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// A character that takes no room and so cannot be seen: shown escaped in messages.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// `text` as a message shows it: [`printable`](super::printable::printable), with zero-width
/// characters escaped too (`"Agree\u{200b}"`), so two words that look the same can be told apart.
pub fn visible(text: &str) -> Cow<'_, str> {
    let shown = super::printable::printable(text);
    if !shown.chars().any(is_invisible) {
        return shown;
    }
    let mut out = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        if is_invisible(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.into()
}

fn neutralise(text: &str, keep_breaks: bool) -> Cow<'_, str> {
    let needs = |c: char| is_unsafe(c) && !(keep_breaks && c == '\n');
    if !text.chars().any(needs) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let mut used = c.len_utf8();
        match c {
            '\r' if rest[used..].starts_with('\n') => {}
            '\n' | '\r' if keep_breaks => out.push('\n'),
            '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' => out.push(' '),
            c if is_unsafe(c) => {
                used = sequence(rest).unwrap_or(used);
                out.extend(c.escape_default());
            }
            c => out.push(c),
        }
        rest = &rest[used..];
    }
    out.into()
}

/// What a sequence starting at `text` is, by its introducer.
enum Intro {
    Csi,
    /// OSC, DCS, SOS, PM, APC: a string up to a terminator.
    Text,
}

/// The length in bytes of the whole CSI or string sequence at the start of `text`; None when
/// none starts there or it is not complete (then only its first character is escaped).
fn sequence(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let (intro, body) = match first {
        '\u{1b}' => match chars.next()? {
            (_, '[') => (Intro::Csi, 2),
            (_, ']' | 'P' | 'X' | '^' | '_') => (Intro::Text, 2),
            _ => return None,
        },
        '\u{9b}' => (Intro::Csi, first.len_utf8()),
        '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => (Intro::Text, first.len_utf8()),
        _ => return None,
    };
    let rest = &text[body..];
    let len = match intro {
        Intro::Csi => csi_body(rest)?,
        Intro::Text => string_body(rest)?,
    };
    Some(body + len)
}

/// Parameter and intermediate bytes, then a final byte.
fn csi_body(text: &str) -> Option<usize> {
    for (i, b) in text.bytes().enumerate() {
        match b {
            0x20..=0x3f => {}
            0x40..=0x7e => return Some(i + 1),
            _ => return None,
        }
    }
    None
}

/// Anything up to and with BEL, `ESC \` or ST (U+009C).
fn string_body(text: &str) -> Option<usize> {
    for (i, c) in text.char_indices() {
        match c {
            '\u{7}' => return Some(i + 1),
            '\u{9c}' => return Some(i + c.len_utf8()),
            '\u{1b}' if text[i + 1..].starts_with('\\') => return Some(i + 2),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_become_one_visible_escape() {
        assert_eq!(line("a\u{1b}[2Jb"), "a\\u{1b}b");
        assert_eq!(line("\u{1b}[38;5;196mred\u{1b}[0m"), "\\u{1b}red\\u{1b}");
        assert_eq!(line("x\u{1b}]52;c;aGk=\u{7}y"), "x\\u{1b}y");
        assert_eq!(
            line("\u{1b}]8;;http://e\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "\\u{1b}link\\u{1b}"
        );
        assert_eq!(line("\u{1b}Pq#0\u{1b}\\z"), "\\u{1b}z");
        assert_eq!(line("\u{9b}31m!"), "\\u{9b}!");
        assert_eq!(line("\u{9d}0;t\u{9c}!"), "\\u{9d}!");
        assert_eq!(line("\u{90}data\u{9c}!"), "\\u{90}!");
    }

    #[test]
    fn unfinished_sequences_and_lone_controls_are_escaped() {
        assert_eq!(line("a\u{1b}]0;title"), "a\\u{1b}]0;title");
        assert_eq!(line("a\u{1b}[12"), "a\\u{1b}[12");
        assert_eq!(line("\u{1b}c"), "\\u{1b}c");
        assert_eq!(
            line("bell\u{7}\u{0}\u{7f}\u{85}"),
            "bell\\u{7}\\u{0}\\u{7f}\\u{85}"
        );
        assert_eq!(
            line("\u{202e}abc\u{2066}\u{61c}\u{200f}\u{2028}\u{2029}"),
            "\\u{202e}abc\\u{2066}\\u{61c}\\u{200f}\\u{2028}\\u{2029}"
        );
    }

    #[test]
    fn breaks_are_spaces_in_a_line_and_kept_in_prose() {
        assert_eq!(line("a\nb\r\nc\td\re\u{b}f\u{c}g"), "a b c d e f g");
        assert_eq!(prose("a\nb\r\nc\td\re"), "a\nb\nc d\ne");
        assert!(matches!(line("plain text, café 👩‍💻"), Cow::Borrowed(_)));
        assert!(matches!(prose("two\nlines"), Cow::Borrowed(_)));
    }

    #[test]
    fn twice_is_once() {
        for t in ["a\u{1b}[2J\u{9b}1m\u{202e}\u{7}", "\u{1b}]0;x", "é\u{1b}\\"] {
            let once = line(t).into_owned();
            assert_eq!(line(&once), once);
            assert!(!once.chars().any(is_unsafe), "{once:?}");
        }
    }

    #[test]
    fn messages_show_zero_width_characters() {
        assert_eq!(visible("Agree\u{200b}"), "Agree\\u{200b}");
        assert_eq!(
            visible("\u{feff}a\u{2060}\u{1b}"),
            "\\u{feff}a\\u{2060}\\u{1b}"
        );
        assert!(matches!(visible("Agree"), Cow::Borrowed(_)));
    }
}
