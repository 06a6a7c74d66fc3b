//! The one rule for wrapping text to a width. Text with wide (CJK) characters breaks after a
//! run of spaces, and where Unicode allows it (UAX #14) next to a wide character: Chinese
//! sentences, which have no spaces, break between characters and never before a closing mark
//! (，。、；：？！）”), and a run without spaces (a command, a path, a date such as 2026-12-01,
//! an option such as `--full`) is never split unless it is wider than the whole line. Text
//! without wide characters (English, Romanian) wraps as it always has: at spaces only for
//! [`options`] (a command or a path in it stays whole, to be copied), at Unicode break
//! opportunities and hyphens for [`prose`].

use std::borrow::Cow;

use textwrap::core::Word;
use textwrap::{Options, WordSeparator, WordSplitter};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wrapping options to `width` columns; text without wide characters breaks at spaces only.
pub fn options<'a>(width: usize) -> Options<'a> {
    Options::new(width)
        .word_separator(WordSeparator::Custom(words))
        .word_splitter(WordSplitter::NoHyphenation)
}

/// Wrapping options to `width` columns; text without wide characters breaks as textwrap's
/// defaults break it (Unicode break opportunities, and hyphens inside words).
pub fn prose<'a>(width: usize) -> Options<'a> {
    Options::new(width)
        .word_separator(WordSeparator::Custom(words))
        .word_splitter(WordSplitter::HyphenSplitter)
}

/// `text` wrapped to `width` columns with [`prose`], each line owned.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    lines_with(text, prose(width))
}

/// `text` wrapped with `options` (made by [`options`] or [`prose`]), each line owned.
pub fn lines_with(text: &str, options: Options<'_>) -> Vec<String> {
    wrap(text, options)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// Marks no line starts with: Chinese closing punctuation.
const CLOSING: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '）', '”', '」', '』', '】', '》', '〉',
];

/// `text` wrapped with `options` (made by [`options`] or [`prose`]). Text without wide
/// characters wraps as before the shared rule; in text with them, a word wider than the line is
/// broken here rather than by textwrap, so that no piece starts with a closing mark.
pub fn wrap<'a>(text: &'a str, options: impl Into<Options<'a>>) -> Vec<Cow<'a, str>> {
    let options: Options<'a> = options.into();
    if !has_wide(text) {
        let separator = match options.word_splitter {
            WordSplitter::NoHyphenation => WordSeparator::AsciiSpace,
            _ => WordSeparator::UnicodeBreakProperties,
        };
        return textwrap::wrap(text, options.word_separator(separator));
    }
    // A date or a name with hyphens is never split at them.
    let options = options.word_splitter(WordSplitter::NoHyphenation);
    if !options.break_words || text.contains('\u{1b}') {
        return textwrap::wrap(text, options);
    }
    let width = options.width;
    let (first, rest) = (options.initial_indent, options.subsequent_indent);
    let mut out = Vec::new();
    for line in textwrap::wrap(text, options.clone().break_words(false)) {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let indent = if out.is_empty() { first } else { rest };
        let body = line.strip_prefix(indent).unwrap_or(&line);
        let cells = width.saturating_sub(indent.width()).max(4);
        for piece in pieces(body, cells) {
            let indent = if out.is_empty() { first } else { rest };
            out.push(Cow::Owned(format!("{indent}{piece}")));
        }
    }
    out
}

/// `word` cut into pieces of at most `cells` columns, none starting with a closing mark: the
/// character before such a mark goes with it.
fn pieces(word: &str, cells: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        let cw = c.width().unwrap_or(0);
        if !piece.is_empty() && piece.width() + cw > cells {
            let mut next = String::new();
            if CLOSING.contains(&c)
                && piece.chars().count() > 1
                && let Some(last) = piece.pop()
            {
                next.push(last);
            }
            out.push(std::mem::replace(&mut piece, next));
        }
        piece.push(c);
    }
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

/// The words of `line`: a word ends after each run of spaces (as at [`WordSeparator::AsciiSpace`])
/// and at each Unicode line-break opportunity next to a wide character.
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut ends = Vec::new();
    let mut end = 0;
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        end += word.word.len() + word.whitespace.len() + word.penalty.len();
        if near_wide(&line[..end], &line[end..]) {
            ends.push(end);
        }
    }
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if c == ' ' && next.is_some_and(|n| n != ' ') {
            ends.push(i + 1);
        }
    }
    ends.push(line.len());
    ends.sort_unstable();
    ends.dedup();
    let mut start = 0;
    Box::new(ends.into_iter().filter_map(move |end| {
        let word = (end > start && end <= line.len()).then(|| Word::from(&line[start..end]));
        start = end.max(start);
        word
    }))
}

/// Whether the characters either side of a break between `before` and `after` include a wide
/// one, and the break does not part a number from the word it counts (`39.4分`, `7天`) or from
/// the date or ordinal it is part of (`2026年12月1日`, `第1`).
fn near_wide(before: &str, after: &str) -> bool {
    let (Some(a), Some(b)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    let number = a.is_ascii_digit() || (b.is_ascii_digit() && matches!(a, '年' | '月' | '第'));
    (wide(a) || wide(b)) && !number
}

/// Whether `text` holds a wide (CJK) character, which the rule may break next to.
pub fn has_wide(text: &str) -> bool {
    text.chars().any(wide)
}

/// A character that takes two columns: Han, kana, Hangul, full-width punctuation.
fn wide(c: char) -> bool {
    c.width() == Some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_breaks_between_characters_never_before_a_closing_mark() {
        let text = "你的回答显示，你更适合专业人员这条路径。请在2026-12-01之前运行 \
                    pathfit score answers.toml --full，再看一遍完整的报告；然后（如果愿意）\
                    写下三件事：“你学到了什么？”";
        for width in [13, 20, 27, 40, 60] {
            let lines = lines(text, width);
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
            for line in &lines {
                assert!(line.width() <= width, "{width}: {line:?}");
                let first = line.chars().next().unwrap();
                assert!(!CLOSING.contains(&first), "{width}: {line:?}");
            }
            assert!(
                lines.iter().any(|l| l.contains("2026-12-01")),
                "{width}: {lines:?}"
            );
            assert!(lines.iter().any(|l| l.contains("answers.toml")));
        }
    }

    #[test]
    fn a_chinese_date_and_a_count_stay_whole() {
        let text = "本周（第1至7天，2026年12月2日至2026年12月8日），领先39.4分。";
        for width in 20..40 {
            let lines = lines(text, width);
            let joined = lines.join("|");
            for whole in ["2026年12月2日", "2026年12月8日", "7天", "39.4分"] {
                assert!(lines.iter().any(|l| l.contains(whole)), "{width}: {joined}");
            }
        }
    }

    #[test]
    fn latin_text_wraps_as_it_always_has() {
        let text = "run pathfit score a/b/answers.toml --practice Tue,Thu 19:00 and/or \
                    self-assessment — office-secretary-vs-specialist, fișier/dosar";
        for width in 10..80 {
            let spaces = Options::new(width)
                .word_separator(WordSeparator::AsciiSpace)
                .word_splitter(WordSplitter::NoHyphenation);
            assert_eq!(wrap(text, options(width)), textwrap::wrap(text, spaces));
            assert_eq!(wrap(text, prose(width)), textwrap::wrap(text, width));
            let indented = prose(width)
                .initial_indent("  - ")
                .subsequent_indent("    ");
            let before = Options::new(width)
                .initial_indent("  - ")
                .subsequent_indent("    ");
            assert_eq!(wrap(text, indented), textwrap::wrap(text, before));
        }
        for width in 32..60 {
            for line in lines_with(text, options(width)) {
                for word in line.split(' ') {
                    assert!(text.split(' ').any(|w| w == word), "{width}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_leaves_no_closing_mark_alone() {
        let text = "标记：straight_lining、acquiescence、too_fast。";
        for width in 8..20 {
            let lines = lines(text, width);
            assert_eq!(lines.concat(), text);
            for line in &lines {
                assert!(line.width() <= width, "{width}: {lines:?}");
                assert!(!line.starts_with(CLOSING), "{width}: {lines:?}");
            }
        }
    }

    #[test]
    fn empty_and_blank_lines_wrap_to_one_line() {
        assert_eq!(lines("", 10), [""]);
        assert_eq!(lines("abc", 10), ["abc"]);
        assert_eq!(lines("a b", 1), ["a", "b"]);
    }
}
