//! Text from outside made safe to show: one line, control and bidi characters escaped.

/// `text` on one line with control characters (ESC, bidi controls) shown escaped, so text from
/// an input file can never move the cursor, recolour the terminal or reorder a line. Line
/// breaks and tabs become spaces.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if matches!(c, '\n' | '\t' | '\r') {
                " ".to_owned()
            } else if unsafe_char(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}
