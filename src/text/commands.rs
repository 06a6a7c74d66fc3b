//! The words for the commands: usage errors, notices, summaries of a run, what `map` and
//! `rubric` print.

use std::fmt;
use std::path::Path;

use crate::base::printable::printable as safe;
use crate::error::{CommandProblem, Failure, Interrupted, Reported, Usage, UsageError};
use crate::rubric::Rubric;
use crate::text::report::count;

/// What each file is called when it cannot be read.
pub mod what {
    pub const ANSWER_FILE: &str = "answer file";
    pub const SURVEY_EXPORT: &str = "survey export";
    pub const MAPPING_FILE: &str = "mapping file";
    pub const RUBRIC_FILE: &str = "rubric file";
    pub const RESUME_FILE: &str = "file to resume";
    pub const OUTPUT_FILE: &str = "--output file";
    pub const SAVE_FILE: &str = "--save file";
    /// The source named in a report of answers given at the terminal and not saved.
    pub const INTERACTIVE: &str = "interactive session";
}

/// Context put on errors from below.
pub mod context {
    pub const WATCH_CTRL_C: &str = "cannot watch for Ctrl-C";
    pub const READ_STDIN: &str = "cannot read standard input";
    pub const STDIN_NOT_UTF8: &str = "standard input is not UTF-8 text";
    pub const WRITE_SESSION: &str = "cannot write the session";
}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Usage::OptionsBeforeCommand { command: name } => write!(
                f,
                "options before `{name}` apply to the bare assessment only; put them after \
                 `{name}` (see `pathfit {name} --help`)"
            ),
            Usage::DocFormat { command } => write!(
                f,
                "`pathfit {command}` writes table, markdown or json; csv and jsonl are for `pathfit score`"
            ),
            Usage::SummaryFormat => f.write_str(
                "--summary adds a cohort report to table or markdown output; with json, jsonl or csv use --summary-only",
            ),
            Usage::NoFaq { rubric } => write!(
                f,
                "rubric `{rubric}` has no FAQ; add [[guidance.faq]] entries, or see `pathfit faq` for the default rubric"
            ),
            Usage::DifferentRubrics {
                before,
                after,
                rubrics,
            } => {
                let [(a, av), (b, bv)] = &**rubrics;
                write!(
                f,
                "{before} and {after} answer different rubrics (`{a}` v{av} and `{b}` v{bv}); compare two sheets of one rubric"
            )
            }
            Usage::MapValue { file, header } => {
                write!(f, "{file}: `{header}` must map to a question id in quotes")
            }
            Usage::UnknownTarget {
                target,
                rubric,
                close,
                paths,
            } => {
                write!(f, "--target `{target}` is not a path of rubric `{rubric}`; ")?;
                match close {
                    Some(c) => write!(f, "did you mean `{c}`?"),
                    None => write!(f, "use one of: {}", paths.join(", ")),
                }
            }
            Usage::NoTerminal => f.write_str(
                "the assessment needs a terminal to ask its questions; for scripts, write an answer file \
                 with `pathfit template > answers.toml`, fill it in, then run `pathfit score answers.toml`",
            ),
            Usage::SmallTerminal {
                cols,
                rows,
                min_cols,
                min_rows,
            } => write!(
                f,
                "the terminal is {cols} columns by {rows} rows; the assessment needs at least \
                 {min_cols} by {min_rows}: enlarge the window, or fill an answer file from \
                 `pathfit template` and run `pathfit score`"
            ),
            Usage::ResumeOtherRubric {
                file,
                answered,
                given,
            } => write!(
                f,
                "{} was answered on rubric `{answered}`, but --rubric gives `{given}`; drop --rubric to continue \
                 on `{answered}`, or add --switch-rubric to carry the answers over by question id",
                file.display(),
            ),
            Usage::SaveExists { file } => write!(
                f,
                "{} already exists; choose another --save file or pass --force",
                file.display()
            ),
            Usage::AutosaveFolder(e) => write!(
                f,
                "{e:#}; answers are autosaved there after each question. Set PATHFIT_DATA \
                 to a folder you can write, or pass --no-autosave"
            ),
            Usage::Target(e) | Usage::Worded(e) => write!(f, "{e:#}"),
        }
    }
}

impl fmt::Display for CommandProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandProblem::OffScale {
                answer,
                question,
                min,
                max,
            } => write!(
                f,
                "answer {answer} to `{question}` is off the scale; use a whole number from {min} to {max}"
            ),
            CommandProblem::UnknownRubric { reason } => {
                write!(
                    f,
                    "{reason}; pass --rubric PATH to score it with a rubric file"
                )
            }
            CommandProblem::NoRubricId => {
                f.write_str("the answer file does not say which rubric it answers")
            }
        }
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("interrupted")
    }
}

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("some inputs failed")
    }
}

/// What is said on stderr about a failure: an `error:` line per problem, or nothing when it
/// has been said already.
impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Problems(problems) => {
                for (i, p) in problems.0.iter().enumerate() {
                    let sep = if i > 0 { "\n" } else { "" };
                    write!(f, "{sep}error: {p}")?;
                }
                Ok(())
            }
            Failure::Usage(usage) => write!(f, "error: {}", safe(&usage.to_string())),
            Failure::Other(err) => write!(f, "error: {}", safe(&format!("{err:#}"))),
            Failure::Interrupted(_) | Failure::Reported | Failure::BrokenPipe => Ok(()),
        }
    }
}

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
        scored: usize,
        skipped: usize,
    },
    /// The closing line of a batch.
    Counts {
        scored: usize,
        partial: usize,
        skipped: usize,
    },
    NotUtf8 {
        source: &'a str,
    },
    NoRespondents {
        source: &'a str,
    },
    OtherRubrics {
        rubric: &'a str,
        sheets: usize,
    },
    EmptyFolder {
        folder: &'a Path,
    },
    UnreadableFolder {
        folder: &'a Path,
    },
    SkippingRubric {
        path: &'a Path,
        first: &'a str,
    },
    /// A problem or failure line, as `rubric check` reports each.
    Error(&'a str),
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
}

impl fmt::Display for Notice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Failed {
                source,
                row: Some(r),
                line,
            } => write!(f, "error: {}: row {r}: {line}", safe(source)),
            Notice::Failed { line, .. } | Notice::Error(line) => write!(f, "error: {line}"),
            Notice::StoppedBatch { scored, skipped } => write!(
                f,
                "Stopped by Ctrl-C after {scored} scored and {skipped} skipped; no --output file was written."
            ),
            Notice::Counts {
                scored,
                partial,
                skipped,
            } => write!(f, "{scored} scored, {partial} partial, {skipped} skipped"),
            Notice::NotUtf8 { source } => write!(
                f,
                "warning: {} is not UTF-8; read it as Windows-1252",
                safe(source)
            ),
            Notice::NoRespondents { source } => {
                write!(
                    f,
                    "warning: {} has a header but no respondents",
                    safe(source)
                )
            }
            Notice::OtherRubrics { rubric, sheets } => write!(
                f,
                "warning: the summary covers rubric `{rubric}` only; {sheets} sheets of other rubrics are not in it"
            ),
            Notice::EmptyFolder { folder } => write!(
                f,
                "warning: folder {} holds no .toml, .json, .csv, .tsv or .xlsx files",
                folder.display()
            ),
            Notice::UnreadableFolder { folder } => {
                write!(f, "warning: cannot read folder {}", folder.display())
            }
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
        }
    }
}

/// Says `notice` on stderr.
pub fn say(notice: Notice<'_>) {
    crate::base::say(&notice.to_string());
}

/// The assessment's questions and notes around the interview.
pub mod assess {
    pub const ASK_NAME: &str = "A name or initials for the answer file (Enter to leave it blank):";

    pub fn save_where(dir: &str) -> String {
        format!("Save your answers in {dir}?")
    }

    pub fn replace_save(file: &std::path::Path) -> String {
        format!("{} exists. Replace it at the end?", file.display())
    }

    /// What changed when a session is resumed on a rubric that is not the one it began on.
    pub fn reconciled(
        rubric: &str,
        version: &str,
        (new, changed, removed): (usize, usize, usize),
    ) -> String {
        format!(
            "The rubric differs from the one these answers were given on (now {rubric} v{version}): {new} new and \
             {changed} reworded questions will be asked; answers to {removed} questions it does not have are \
             kept in the saved file as comments."
        )
    }

    /// The command that continues a session; its parts are quoted for the shell already.
    pub fn resume_command(program: &str, file: &str, rubric: Option<&str>) -> String {
        let mut cmd = format!("{program} assess --resume {file}");
        if let Some(rubric) = rubric {
            cmd.push_str(&format!(" --rubric {rubric}"));
        }
        cmd
    }

    /// The first lines of an autosave file, above the session itself.
    pub fn autosave_head(resume: &str) -> String {
        format!("# pathfit assessment in progress; continue with: {resume}\n\n")
    }
}

/// What `pathfit map` prints.
pub mod map {
    use crate::base::printable::printable as safe;

    pub fn heading(file: &str, layout: &str, given: bool, rubric: &str) -> String {
        let how = if given { "as given" } else { "detected" };
        format!(
            "Columns of {} ({layout} layout, {how}) matched to rubric `{rubric}`:",
            safe(file)
        )
    }

    pub const RESPONDENT_ID: &str = "(respondent id)";
    pub const NOT_A_QUESTION: &str = "(not a question: never copied into output)";
    pub const ALL_FOUND: &str = "Every question has a column.";
    pub const HOW_TO_MAP: &str = "Map a column to one with a line `\"column header\" = \"question_id\"` in a file passed as --map.";

    pub fn column(header: &str, what: &str) -> String {
        format!("  \"{header}\" -> {what}")
    }

    pub fn missing(ids: &[&str]) -> String {
        format!(
            "Questions with no column ({}): {}",
            ids.len(),
            ids.join(", ")
        )
    }
}

/// The column headings of `rubric list`.
pub const LIST_HEADER: [&str; 5] = ["ID", "VERSION", "QUESTIONS", "SOURCE", "TITLE"];

/// The source column of `rubric list` for a rubric built into pathfit.
pub const EMBEDDED: &str = "embedded";

/// The line `rubric check` prints for a valid rubric, and the note on what it leaves out.
pub fn checked(file: &str, r: &Rubric) -> String {
    format!(
        "ok: {} ({} v{}, {}, {}, {})",
        safe(file),
        r.id,
        safe(&r.version),
        count(r.key.paths, "path", "paths"),
        count(r.key.dimensions(), "dimension", "dimensions"),
        count(r.key.questions(), "question", "questions")
    )
}

pub fn missing_sections(missing: &[String]) -> String {
    format!(
        "  has no {} (optional: reports and `pathfit roles` leave those parts out)",
        missing.join(", ")
    )
}

/// One paragraph of `rubric show`: a blank line, or text wrapped at an indent.
pub enum Para {
    Blank,
    Text(&'static str, String),
}

/// `rubric show`: a rubric's paths, dimensions and questions, as paragraphs.
pub fn describe(r: &Rubric) -> Vec<Para> {
    let mut out = heading(r);
    out.push(Para::Blank);
    out.push(Para::Text("", "Paths:".to_owned()));
    for (p, path) in r.texts.paths.iter().enumerate() {
        let line = format!("{}: {}: {}", r.ids.paths[p], path.name, path.summary);
        out.push(Para::Text("  ", line));
    }
    for d in 0..r.texts.dimensions.len() {
        dimension(r, d, &mut out);
    }
    if !r.texts.skills.is_empty() {
        out.push(Para::Blank);
        out.push(Para::Text("", "Skills:".to_owned()));
        for (s, skill) in r.texts.skills.iter().enumerate() {
            let line = format!("{}: {}", r.ids.skills[s], skill.name);
            out.push(Para::Text("  ", line));
        }
    }
    out
}

/// The rubric's name, where it came from, its description and scale.
fn heading(r: &Rubric) -> Vec<Para> {
    let (t, k) = (&r.texts, &r.key);
    let mut out = vec![
        format!("{} ({} v{}, {})", t.title, r.id, r.version, t.language),
        format!("source: {}", r.source),
        format!("sha256: {}", r.sha256),
        format!("key hash: {}", k.hash),
    ];
    if !t.description.is_empty() {
        out.push(String::new());
        out.push(t.description.clone());
    }
    out.push(String::new());
    out.push(format!(
        "Scale {} to {}: {}",
        k.scale_min,
        k.scale_min + k.points as i64 - 1,
        t.labels.join(" / ")
    ));
    out.push(format!(
        "A clear lean needs {} points; at least {} of {} questions must be answered.",
        k.tie_margin,
        k.min_answered,
        k.questions()
    ));
    out.into_iter()
        .map(|s| {
            if s.is_empty() {
                Para::Blank
            } else {
                Para::Text("", s)
            }
        })
        .collect()
}

/// One dimension: its name and weight, then its questions with their tags.
fn dimension(r: &Rubric, d: usize, out: &mut Vec<Para>) {
    let (t, k) = (&r.texts, &r.key);
    let dim = &t.dimensions[d];
    out.push(Para::Blank);
    out.push(Para::Text(
        "",
        format!(
            "{} ({}, weight {}):",
            dim.name, r.ids.dimensions[d], k.dim_weights[d]
        ),
    ));
    for (q, item) in k.items.iter().enumerate().filter(|(_, q)| q.dimension == d) {
        let mut tags = vec![format!("favors {}", r.ids.paths[item.favors])];
        if item.reverse {
            tags.push("reverse".into());
        }
        if item.weight != 1.0 {
            tags.push(format!("weight {}", item.weight));
        }
        if let Some(s) = item.skill {
            tags.push(format!("skill {}", r.ids.skills[s]));
        }
        let line = format!(
            "{} {} [{}]",
            r.ids.questions[q],
            t.questions[q],
            tags.join(", ")
        );
        out.push(Para::Text("  ", line));
    }
}

/// The rows a batch's progress bar has counted.
pub fn rows(n: u64) -> String {
    format!("{n} rows")
}

pub fn stdin_too_large(mib: u64) -> String {
    format!("standard input is larger than {mib} MiB")
}
