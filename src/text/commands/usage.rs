//! The words for usage errors: what on the command line cannot be done, and what to type instead.

use std::fmt;

use crate::base::printable::printable as safe;
use crate::error::Usage;

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Usage::NoTerminal
            | Usage::SmallTerminal { .. }
            | Usage::ResumeOtherRubric { .. }
            | Usage::SaveExists { .. }
            | Usage::SessionBusy { .. }
            | Usage::AutosaveFolder(_) => assessment(self, f),
            Usage::Clash(clash) => {
                let ((what, target), (other, given)) = (&clash.target, &clash.other);
                write!(
                    f,
                    "{what} {} is the same file as {other} {}; nothing was written. Choose \
                     another {what}",
                    target.display(),
                    given.display()
                )
            }
            Usage::Target(e) | Usage::Worded(e) => write!(f, "{e:#}"),
            Usage::UnknownRubric(unknown) => write!(f, "{unknown}"),
            Usage::SmallCohort { .. }
            | Usage::MissingOnScale { .. }
            | Usage::MissingIsAnswer { .. }
            | Usage::AnswersFormat => batch_flags(self, f),
            Usage::IdColumn { .. } => id_column(self, f),
            Usage::NoRespondent { names } => no_respondent(names, f),
            _ => command_line(self, f),
        }
    }
}

/// `score`'s flags that would put a person in the output, or read an answer as unanswered.
fn batch_flags(usage: &Usage, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match usage {
            Usage::SmallCohort { respondents, min } => write!(
                f,
                "--summary-only reports on {min} respondents or more, and {}: so small a cohort's figures can name a person; --min-cohort {respondents} lowers the threshold, knowingly",
                match respondents {
                    1 => "1 was scored".to_owned(),
                    n => format!("{n} were scored"),
                }
            ),
            Usage::MissingOnScale {
                code,
                value,
                min,
                max,
            } => write!(
                f,
                "--missing {code}: {value} is a value of the scale {min} to {max}, an answer; a missing code must be off the scale (such as -99)"
            ),
            Usage::MissingIsAnswer { code, word } => write!(
                f,
                "--missing {code}: `{word}` is a word of the scale, an answer; a missing code must be something no answer is"
            ),
            Usage::AnswersFormat => f.write_str(
                "--answers adds answers to csv, json or jsonl output; table, markdown and html reports show them already",
            ),
            _ => Ok(()),
    }
}

/// Flags that do not go together, or do not fit the files they are used on.
fn command_line(usage: &Usage, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match usage {
            Usage::OptionsBeforeCommand { command: name } => write!(
                f,
                "options before `{name}` apply to the bare assessment only; put them after \
                 `{name}` (see `pathfit {name} --help`)"
            ),
            Usage::DocFormat { command } => write!(
                f,
                "`pathfit {command}` writes table, markdown, html or json; csv and jsonl are for `pathfit score`"
            ),
            Usage::SummaryFormat => f.write_str(
                "--summary adds a cohort report to table, markdown or html output; with json, jsonl or csv use --summary-only",
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
            Usage::CalendarOne => write!(
                f,
                "--calendar writes one person's plan: give `score` one answer file (not a folder, \
                 a survey export or -)"
            ),
            Usage::StartDate { date, first, last } => write!(
                f,
                "--start {date} is out of range; give a date from {first} to {last} (years 1900 to 9999, with the 30-day plan ending by 9999-12-31)"
            ),
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
            // The assessment's own are worded in `assessment`.
            _ => Ok(()),
        }
}

/// Why the assessment cannot start, or cannot save where it was told.
fn assessment(usage: &Usage, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match usage {
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
            Usage::SessionBusy { file } => write!(
                f,
                "{} is being answered by another pathfit right now; finish or stop that one \
                 first, then resume it",
                file.display()
            ),
            Usage::AutosaveFolder(e) => write!(
                f,
                "{e:#}; answers are autosaved there after each question. Set PATHFIT_DATA \
                 to a folder you can write, or pass --no-autosave"
            ),
            _ => Ok(()),
        }
}

/// `--id-column` that names no column, or a question's.
fn id_column(usage: &Usage, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let Usage::IdColumn {
        file,
        name,
        question,
        close,
    } = usage
    else {
        return Ok(());
    };
    let (file, name) = (safe(file), safe(name));
    match question {
        Some(q) => write!(
            f,
            "--id-column `{name}` is the column of question `{q}` in {file}, not one that names respondents"
        )?,
        None => write!(f, "--id-column `{name}` names no column of {file}")?,
    }
    let close: Vec<String> = close.iter().map(|c| format!("`{}`", safe(c))).collect();
    if close.is_empty() {
        Ok(())
    } else {
        write!(f, "; the closest columns are {}", close.join(", "))
    }
}

/// `--respondent` names that no sheet had.
fn no_respondent(names: &[String], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let names: Vec<String> = names.iter().map(|n| format!("`{}`", safe(n))).collect();
    write!(
        f,
        "no sheet read names the respondent {}: --respondent matches an answer file's \
         `respondent` or an export's id column exactly (--id-column chooses the column); \
         `pathfit score FILE -f csv` lists the respondents",
        crate::text::report::list_or(&names)
    )
}
