//! The words for the lines commands say on stderr while they run: warnings, failed rows,
//! counts, where answers were saved.

use std::fmt;
use std::path::Path;

use crate::base::printable::printable as safe;
use crate::base::signal::Stop;
use crate::t;

/// A line said on stderr while a command runs.
pub enum Notice<'a> {
    /// One of the lines that say why a file or row was not scored.
    Failed {
        source: &'a str,
        row: Option<usize>,
        line: &'a str,
    },
    /// Ctrl-C ended a batch.
    StoppedBatch {
        by: Stop,
        scored: usize,
        skipped: usize,
    },
    /// The closing line of a batch.
    Counts {
        scored: usize,
        partial: usize,
        skipped: usize,
        not_asked: usize,
    },
    /// Rows of an export that answer none of the questions.
    NotAsked {
        source: &'a str,
        rows: usize,
    },
    /// An export read in another encoding than UTF-8 (named as encoding_rs names it).
    NotUtf8 {
        source: &'a str,
        encoding: &'a str,
    },
    NoRespondents {
        source: &'a str,
    },
    /// `--layout` names another layout than the export's header shows.
    LayoutDisagrees {
        source: &'a str,
        given: &'a str,
        shown: &'a str,
    },
    /// Rows of an export whose respondent id an earlier row already had.
    RepeatedIds {
        source: &'a str,
        rows: usize,
    },
    OtherRubrics {
        rubric: &'a str,
        sheets: usize,
    },
    /// A `--respondent` name no sheet had, when others were found.
    NoSuchRespondent {
        name: &'a str,
    },
    EmptyFolder {
        folder: &'a Path,
    },
    UnreadableFolder {
        folder: &'a Path,
    },
    /// A link to a folder inside a folder being searched: not followed, so no folder is
    /// searched twice and a link cycle ends.
    LinkedFolder {
        link: &'a Path,
    },
    SkippingRubric {
        path: &'a Path,
        first: &'a str,
    },
    /// A problem or failure line, as `rubric check` reports each.
    Error(&'a str),
    /// A problem that does not make the file invalid, as `rubric check` reports each.
    Warning(&'a str),
    /// `rubric check --lint` of an overlay: the items are its base's, linted there.
    OverlayNotLinted {
        file: &'a Path,
    },
    StoppedBeforeFirst,
    NoReport,
    AnswersSoFar {
        file: &'a Path,
    },
    Saved {
        file: &'a Path,
        program: &'a str,
        quoted: &'a str,
    },
    /// `--calendar`: the plan's events were written to `file`.
    Calendar {
        file: &'a Path,
        events: usize,
    },
    /// `compare`: the two files do not look like one person's before and after.
    Mismatch(&'a crate::compare::Mismatch),
}

/// The lines of a batch here; the rest in `others`.
impl fmt::Display for Notice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&line(self))
    }
}

fn line(notice: &Notice<'_>) -> String {
    match notice {
        Notice::Failed {
            source,
            row: Some(r),
            line,
        } => t!(
            "notice-failed-row",
            source = safe(source),
            row = r,
            line = line
        ),
        Notice::Failed { line, .. } | Notice::Error(line) => super::error(line),
        Notice::StoppedBatch { .. } | Notice::Counts { .. } => batch(notice),
        Notice::NotUtf8 { source, encoding } => warning(&t!(
            "notice-not-utf8",
            source = safe(source),
            encoding = encoding_name(encoding)
        )),
        Notice::OtherRubrics { rubric, sheets } => warning(&t!(
            "notice-other-rubrics",
            rubric = rubric,
            sheets = sheets
        )),
        Notice::EmptyFolder { .. }
        | Notice::UnreadableFolder { .. }
        | Notice::LinkedFolder { .. } => warning(&folders(notice)),
        Notice::NoRespondents { .. }
        | Notice::NotAsked { .. }
        | Notice::LayoutDisagrees { .. }
        | Notice::RepeatedIds { .. }
        | Notice::NoSuchRespondent { .. } => warning(&exports(notice)),
        _ => others(notice),
    }
}

/// A batch's closing lines.
fn batch(notice: &Notice<'_>) -> String {
    match notice {
        Notice::StoppedBatch {
            by,
            scored,
            skipped,
        } => {
            let by = match by {
                Stop::CtrlC => "Ctrl-C",
                Stop::Terminate => "SIGTERM",
                Stop::Hangup => "SIGHUP",
            };
            t!(
                "notice-stopped-batch",
                by = by,
                scored = scored,
                skipped = skipped
            )
        }
        Notice::Counts {
            scored,
            partial,
            skipped,
            not_asked,
        } => {
            let mut out = t!(
                "notice-counts",
                scored = scored,
                partial = partial,
                skipped = skipped
            );
            if *not_asked > 0 {
                out.push_str(&t!("notice-counts-not-asked", not_asked = not_asked));
            }
            out
        }
        _ => String::new(),
    }
}

/// A `warning:` line.
fn warning(text: &str) -> String {
    t!("notice-warning", text = text)
}

fn shown(path: &Path) -> String {
    safe(&path.display().to_string()).to_string()
}

/// What the walk through folders says.
fn folders(notice: &Notice<'_>) -> String {
    match notice {
        Notice::EmptyFolder { folder } => t!("notice-empty-folder", folder = folder.display()),
        Notice::UnreadableFolder { folder } => {
            t!("notice-unreadable-folder", folder = folder.display())
        }
        Notice::LinkedFolder { link } => t!("notice-linked-folder", link = shown(link)),
        _ => String::new(),
    }
}

/// What reading an export says about its rows.
fn exports(notice: &Notice<'_>) -> String {
    match notice {
        Notice::NoSuchRespondent { name } => {
            t!("notice-no-such-respondent", name = safe(name))
        }
        Notice::NoRespondents { source } => t!("notice-no-respondents", source = safe(source)),
        Notice::NotAsked { source, rows } => {
            t!("notice-not-asked", source = safe(source), rows = rows)
        }
        Notice::LayoutDisagrees {
            source,
            given,
            shown,
        } => t!(
            "notice-layout-disagrees",
            source = safe(source),
            shown = shown,
            given = given
        ),
        Notice::RepeatedIds { source, rows } => {
            t!("notice-repeated-ids", source = safe(source), rows = rows)
        }
        _ => String::new(),
    }
}

/// What the assessment and `rubric list` say.
fn others(notice: &Notice<'_>) -> String {
    match notice {
        Notice::Warning(line) => warning(line),
        Notice::OverlayNotLinted { file } => t!("notice-overlay-not-linted", file = shown(file)),
        Notice::SkippingRubric { path, first } => warning(&t!(
            "notice-skipping-rubric",
            path = shown(path),
            first = first
        )),
        Notice::StoppedBeforeFirst => t!("notice-stopped-before-first"),
        Notice::NoReport => t!("notice-no-report"),
        Notice::AnswersSoFar { file } => t!("notice-answers-so-far", file = shown(file)),
        Notice::Saved {
            file,
            program,
            quoted,
        } => t!(
            "notice-saved",
            file = shown(file),
            program = program,
            quoted = format!("{quoted}{}", crate::text::l10n::lang_flag())
        ),
        Notice::Calendar { file, events } => {
            t!("notice-calendar", events = events, file = shown(file))
        }
        Notice::Mismatch(m) => warning(&mismatch(m)),
        // The batch's lines are worded above.
        _ => String::new(),
    }
}

fn mismatch(m: &crate::compare::Mismatch) -> String {
    use crate::compare::Mismatch;
    match m {
        Mismatch::Respondents { before, after } => t!(
            "notice-other-respondents",
            before = safe(before),
            after = safe(after)
        ),
        Mismatch::Dates { before, after } => {
            t!("notice-dates-order", before = before, after = after)
        }
    }
}

/// Says `notice` on stderr.
pub fn say(notice: Notice<'_>) {
    crate::base::say(&notice.to_string());
}

/// An encoding as people call it: `windows-1252` is Windows-1252, `macintosh` Mac Roman.
fn encoding_name(name: &str) -> String {
    match name {
        "macintosh" => "Mac Roman".to_owned(),
        "GBK" | "gb18030" => "GB18030".to_owned(),
        _ => match name.strip_prefix("windows-") {
            Some(page) => format!("Windows-{page}"),
            None => name.to_owned(),
        },
    }
}
