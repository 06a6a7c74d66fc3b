//! The words for the lines commands say on stderr while they run: warnings, failed rows,
//! counts, where answers were saved.

use std::fmt;
use std::path::Path;

use crate::base::printable::printable as safe;
use crate::base::signal::Stop;

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
        match self {
            Notice::Failed {
                source,
                row: Some(r),
                line,
            } => write!(f, "error: {}: row {r}: {line}", safe(source)),
            Notice::Failed { line, .. } | Notice::Error(line) => write!(f, "error: {line}"),
            Notice::StoppedBatch {
                by,
                scored,
                skipped,
            } => write!(
                f,
                "Stopped by {} after {scored} scored and {skipped} skipped; no --output file was written.",
                match by {
                    Stop::CtrlC => "Ctrl-C",
                    Stop::Terminate => "SIGTERM",
                    Stop::Hangup => "SIGHUP",
                }
            ),
            Notice::Counts {
                scored,
                partial,
                skipped,
                not_asked,
            } => {
                write!(f, "{scored} scored, {partial} partial, {skipped} skipped")?;
                if *not_asked > 0 {
                    write!(f, ", {not_asked} not asked")?;
                }
                Ok(())
            }
            Notice::NotUtf8 { source, encoding } => write!(
                f,
                "warning: {} is not UTF-8; read it as {}",
                safe(source),
                encoding_name(encoding)
            ),
            Notice::OtherRubrics { rubric, sheets: 1 } => write!(
                f,
                "warning: the summary covers rubric `{rubric}` only; 1 sheet of another rubric is not in it"
            ),
            Notice::OtherRubrics { rubric, sheets } => write!(
                f,
                "warning: the summary covers rubric `{rubric}` only; {sheets} sheets of other rubrics are not in it"
            ),
            Notice::EmptyFolder { .. }
            | Notice::UnreadableFolder { .. }
            | Notice::LinkedFolder { .. } => folders(self, f),
            Notice::NoRespondents { .. }
            | Notice::NotAsked { .. }
            | Notice::LayoutDisagrees { .. }
            | Notice::RepeatedIds { .. }
            | Notice::NoSuchRespondent { .. } => exports(self, f),
            _ => others(self, f),
        }
    }
}

/// What the walk through folders says.
fn folders(notice: &Notice<'_>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match notice {
        Notice::EmptyFolder { folder } => write!(
            f,
            "warning: folder {} holds no .toml, .json, .csv, .tsv or .xlsx files",
            folder.display()
        ),
        Notice::UnreadableFolder { folder } => {
            write!(f, "warning: cannot read folder {}", folder.display())
        }
        Notice::LinkedFolder { link } => write!(
            f,
            "warning: {} links to a folder and is not followed; name the folder itself to score it",
            safe(&link.display().to_string())
        ),
        _ => Ok(()),
    }
}

/// What reading an export says about its rows.
fn exports(notice: &Notice<'_>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match notice {
        Notice::NoSuchRespondent { name } => write!(
            f,
            "warning: no sheet read names the respondent `{}`; the report shows the others asked for",
            safe(name)
        ),
        Notice::NoRespondents { source } => write!(
            f,
            "warning: {} has a header but no respondents",
            safe(source)
        ),
        Notice::NotAsked { source, rows: 1 } => write!(
            f,
            "warning: {}: 1 row answers none of the questions (the survey did not ask them); it is counted as not asked",
            safe(source)
        ),
        Notice::NotAsked { source, rows } => write!(
            f,
            "warning: {}: {rows} rows answer none of the questions (the survey did not ask them); they are counted as not asked",
            safe(source)
        ),
        Notice::LayoutDisagrees {
            source,
            given,
            shown,
        } => write!(
            f,
            "warning: {}: the header looks like a {shown} export, and --layout says {given}; it is read as {given}",
            safe(source)
        ),
        Notice::RepeatedIds { source, rows: 1 } => write!(
            f,
            "warning: {}: 1 row repeats the respondent id of an earlier row; it is scored as its own row",
            safe(source)
        ),
        Notice::RepeatedIds { source, rows } => write!(
            f,
            "warning: {}: {rows} rows repeat the respondent id of an earlier row; each is scored as its own row",
            safe(source)
        ),
        _ => Ok(()),
    }
}

/// What the assessment and `rubric list` say.
fn others(notice: &Notice<'_>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match notice {
        Notice::Warning(line) => write!(f, "warning: {line}"),
        Notice::OverlayNotLinted { file } => write!(
            f,
            "note: {} is an overlay, checked but not linted; the lint holds its base's items to the standard, so lint the base rubric",
            safe(&file.display().to_string())
        ),
        Notice::SkippingRubric { path, first } => write!(
            f,
            "warning: skipping invalid rubric {}: {first}",
            safe(&path.display().to_string())
        ),
        Notice::StoppedBeforeFirst => {
            f.write_str("Stopped before the first question; nothing was saved.")
        }
        Notice::NoReport => {
            f.write_str("The answers are complete; the result is not shown (--no-report).")
        }
        Notice::AnswersSoFar { file } => write!(
            f,
            "Your answers so far are in {}",
            safe(&file.display().to_string())
        ),
        Notice::Saved {
            file,
            program,
            quoted,
        } => write!(
            f,
            "Saved to {}. Score it again any time with: {program} score {quoted}",
            safe(&file.display().to_string())
        ),
        Notice::Calendar { file, events } => write!(
            f,
            "Wrote the plan's {events} events to {}; import it into a calendar app to get each \
             one with a reminder",
            safe(&file.display().to_string())
        ),
        Notice::Mismatch(m) => mismatch(m, f),
        // The batch's lines are worded above.
        _ => Ok(()),
    }
}

fn mismatch(m: &crate::compare::Mismatch, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use crate::compare::Mismatch;
    match m {
        Mismatch::Respondents { before, after } => write!(
            f,
            "warning: the files name different respondents ({} before, {} after); compare one person's answers",
            safe(before),
            safe(after)
        ),
        Mismatch::Dates { before, after } => write!(
            f,
            "warning: the after-file's date ({after}) is older than the before-file's ({before}); are they in the right order?"
        ),
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
