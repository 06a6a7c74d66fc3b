//! The first screen of a terminal report: the title, a compact fit table, the verdict, then
//! as much of the person's own selection (what weighed most, gaps, this week, the red flag) as
//! fits in [`ROWS`] lines, and the commands that show the rest. Every part is measured by
//! display width and wrapped or clipped to the screen, so no input makes it longer.

mod fits;

use std::io::{self, Write};
use std::path::Path;

use unicode_width::UnicodeWidthStr;

use super::{Look, Sheet, safe};
use crate::report::Report;
use crate::report::brief::{self, MOST};
use crate::text::report::{self as text, brief::Part};

/// The lines a first screen takes at most.
pub const ROWS: usize = 24;
/// The lines one item of a part takes at most; a longer one ends in an ellipsis.
const ITEM_LINES: usize = 3;

/// How the first screen names the commands that show the rest of the report.
#[derive(Debug, Clone)]
pub enum Again {
    /// `pathfit score` on the record's own source, with these words after it (shell-quoted).
    Score { flags: Vec<String> },
    /// The assessment: the answer file it saves to (`--save`), when known before the report;
    /// `offered`: without `--save`, whether saving is offered after the report (no `--no-save`).
    Assess {
        saved: Option<String>,
        offered: bool,
        flags: Vec<String>,
    },
}

/// Writes one sheet's first screen.
pub fn write(
    out: &mut dyn Write,
    look: Look,
    sheet: Sheet,
    report: &Report,
    again: &Again,
) -> io::Result<()> {
    let width = look.width.max(20);
    let rubric = sheet.rubric;
    let scores = &report.scores;
    let mut top = Vec::new();
    let who = sheet.responses.respondent.as_deref().map(safe);
    let title = text::titled(who.as_deref(), &safe(&rubric.texts.title));
    top.extend(clip(look, &title, width, 1).iter().map(|l| look.bold(l)));
    if scores.answered < rubric.key.questions() {
        top.extend(clip(look, &text::answered(rubric, scores), width, 2));
    }
    top.extend(fits::fit_table(look, width, rubric, report));
    let verdict = clip(look, &text::brief::verdict(rubric, scores), width, 3);
    if scores.lean.is_some() {
        top.extend(verdict);
    } else {
        top.extend(verdict.iter().map(|l| look.warn(l)));
    }
    let warnings = report.quality.flags.len();
    if warnings > 0 {
        let line = text::brief::check_first(warnings);
        top.extend(clip(look, &line, width, 2).iter().map(|l| look.warn(l)));
    }
    let foot = footer(look, width, sheet, again);
    let budget = ROWS.saturating_sub(top.len() + foot.len() + 1);
    let made = brief::brief(rubric, sheet.responses, report);
    let parts = text::brief::parts(rubric, report, &made);
    let middle = pack(look, width, &parts, budget);
    for line in top {
        writeln!(out, "{line}")?;
    }
    if !middle.is_empty() {
        writeln!(out)?;
    }
    for line in middle.iter().chain(&foot) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The shared wrapping rule (`base::wrap`): at spaces, and between CJK characters, so a date or
/// a file name in a command is never split at a hyphen or a slash. A word longer than the line
/// is still broken, so no line is wider than `width`.
fn options(width: usize) -> textwrap::Options<'static> {
    crate::base::wrap::options(width)
}

/// `text` wrapped to `width`, at most `max` lines; a cut last line ends in an ellipsis.
fn clip(look: Look, text: &str, width: usize, max: usize) -> Vec<String> {
    clip_with(look, &safe(text), options(width), max)
}

fn clip_with(look: Look, text: &str, options: textwrap::Options, max: usize) -> Vec<String> {
    let width = options.width;
    let mut lines: Vec<String> = crate::base::wrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = ellipsis(look, last, width);
        }
    }
    lines
}

/// `line` cut so that it and an ellipsis fit in `width` columns.
fn ellipsis(look: Look, line: &str, width: usize) -> String {
    let mark = if look.ascii { "..." } else { "…" };
    let mut cut = cut_to(line.trim_end(), width.saturating_sub(mark.width())).to_owned();
    cut.push_str(mark);
    cut
}

/// The longest start of `s` that is at most `cells` columns wide.
fn cut_to(s: &str, cells: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > cells {
            return &s[..i];
        }
    }
    s
}

/// `s` in at most `cells` columns: as it is, or cut with an ellipsis.
fn fit_cells(look: Look, s: &str, cells: usize) -> String {
    if s.width() <= cells {
        s.to_owned()
    } else {
        ellipsis(look, s, cells)
    }
}

/// `s` padded with spaces to `cells` columns, on the left (`right`) or the right.
fn pad(s: &str, cells: usize, right: bool) -> String {
    let fill = " ".repeat(cells.saturating_sub(s.width()));
    if right {
        fill + s
    } else {
        s.to_owned() + &fill
    }
}

/// Which item of which part (as `text::report::brief::parts` orders them) the first screen
/// makes room for first: this week's first action, the largest gap, the answer that weighed
/// most, the red flag; then more answers, gaps and actions; the proof line when room is left.
const PRIORITY: [(usize, usize); 11] = [
    (2, 0),
    (1, 0),
    (0, 0),
    (3, 0),
    (0, 1),
    (1, 1),
    (2, 1),
    (0, 2),
    (4, 0),
    (1, 2),
    (2, 2),
];

/// The parts, each a title and the items that fit, within `budget` lines, in [`PRIORITY`].
/// An item comes only after the one before it in its part.
fn pack(look: Look, width: usize, parts: &[Part], budget: usize) -> Vec<String> {
    let titled = options(width);
    let item = options(width)
        .initial_indent("  - ")
        .subsequent_indent("    ");
    let laid: Vec<(Vec<String>, Vec<Vec<String>>)> = parts
        .iter()
        .map(|p| {
            // A part without a title is lines of their own, not a list.
            let (head, options) = if p.title.is_empty() {
                (Vec::new(), titled.clone())
            } else {
                let head = clip_with(look, &safe(&p.title), titled.clone(), 2);
                (head, item.clone())
            };
            let items = p
                .items
                .iter()
                .take(MOST)
                .map(|i| clip_with(look, &safe(i), options.clone(), ITEM_LINES))
                .collect();
            (head, items)
        })
        .collect();
    let mut taken = vec![0usize; laid.len()];
    let mut left = budget;
    for &(p, i) in PRIORITY.iter().filter(|&&(p, _)| p < laid.len()) {
        let (head, items) = &laid[p];
        let Some(next) = items.get(i).filter(|_| taken[p] == i) else {
            continue;
        };
        let cost = next.len() + if i == 0 { head.len() } else { 0 };
        if cost <= left {
            left -= cost;
            taken[p] += 1;
        }
    }
    let mut out = Vec::new();
    for ((head, items), &n) in laid.iter().zip(&taken) {
        if n == 0 {
            continue;
        }
        out.extend(head.iter().map(|h| look.bold(h)));
        out.extend(items.iter().take(n).flatten().cloned());
    }
    out
}

/// The lines that say where the rest is, with the exact commands when they can be known.
fn footer(look: Look, width: usize, sheet: Sheet, again: &Again) -> Vec<String> {
    let (file, flags, offered) = match again {
        Again::Score { flags } => (Some(sheet.source.to_owned()), flags, false),
        Again::Assess {
            saved,
            offered,
            flags,
        } => (saved.clone(), flags, *offered),
    };
    let commands = file.map(|file| {
        let mut words = vec!["pathfit".to_owned(), "score".to_owned(), quote(&file)];
        words.extend(flags.iter().cloned());
        let rubric = sheet.rubric;
        if !flags.iter().any(|f| f == "--rubric") && !rubric.source.starts_with("embedded:") {
            words.extend(["--rubric".to_owned(), quote(&rubric.source)]);
        }
        // In the language of this run, whatever the shell's locale when it is run.
        let lang = crate::text::l10n::lang_flag();
        if !lang.is_empty() && !flags.iter().any(|f| f == "--lang") {
            words.push(lang.trim_start().to_owned());
        }
        words.push("--full".to_owned());
        let handout = ["-f", "markdown", "-o", &quote(&handout_name(&file))].join(" ");
        (words.join(" "), handout)
    });
    let lines = match &commands {
        Some((full, handout)) => text::brief::rest(full, handout),
        None => text::brief::rest_unsaved(offered),
    };
    lines.iter().flat_map(|l| clip(look, l, width, 3)).collect()
}

/// The hand-out's file name: the answer file's, in Markdown, in the current folder.
fn handout_name(file: &str) -> String {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && s != "-");
    format!("{}.md", stem.as_deref().unwrap_or("report"))
}

/// `s` as one word for a POSIX shell: as it is when nothing in it is special, else quoted.
pub fn quote(s: &str) -> String {
    shlex::try_quote(s).map_or_else(|_| s.to_owned(), std::borrow::Cow::into_owned)
}
