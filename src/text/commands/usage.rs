//! The words for usage errors: what on the command line cannot be done, and what to type instead.

use std::fmt;

use crate::base::printable::printable as safe;
use crate::error::Usage;
use crate::t;

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Usage::NoTerminal
            | Usage::SmallTerminal { .. }
            | Usage::ResumeOtherRubric { .. }
            | Usage::SaveExists { .. }
            | Usage::SessionBusy { .. }
            | Usage::AutosaveFolder(_) => f.write_str(&assessment(self)),
            Usage::Clash(clash) => {
                let ((what, target), (other, given)) = (&clash.target, &clash.other);
                f.write_str(&t!(
                    "usage-clash",
                    what = what,
                    target = target.display(),
                    other = other,
                    given = given.display()
                ))
            }
            Usage::Target(e) | Usage::Worded(e) => f.write_str(&crate::text::os::chain(e)),
            Usage::UnknownRubric(unknown) => write!(f, "{unknown}"),
            Usage::SmallCohort { .. }
            | Usage::MissingOnScale { .. }
            | Usage::MissingIsAnswer { .. }
            | Usage::AnswersFormat => f.write_str(&batch_flags(self)),
            Usage::IdColumn { .. } => f.write_str(&id_column(self)),
            Usage::NoRespondent { names } => f.write_str(&no_respondent(names)),
            _ => f.write_str(&command_line(self)),
        }
    }
}

/// `score`'s flags that would put a person in the output, or read an answer as unanswered.
fn batch_flags(usage: &Usage) -> String {
    match usage {
        Usage::SmallCohort { respondents, min } => {
            t!("usage-small-cohort", min = min, respondents = respondents)
        }
        Usage::MissingOnScale {
            code,
            value,
            min,
            max,
        } => t!(
            "usage-missing-on-scale",
            code = code,
            value = value,
            min = min,
            max = max
        ),
        Usage::MissingIsAnswer { code, word } => {
            t!("usage-missing-is-answer", code = code, word = word)
        }
        Usage::AnswersFormat => t!("usage-answers-format"),
        _ => String::new(),
    }
}

/// Flags that do not go together, or do not fit the files they are used on.
fn command_line(usage: &Usage) -> String {
    match usage {
        Usage::OptionsBeforeCommand { command: name } => {
            t!("usage-options-before-command", name = name)
        }
        Usage::DocFormat { command } => t!("usage-doc-format", command = command),
        Usage::SummaryFormat => t!("usage-summary-format"),
        Usage::NoFaq { rubric } => t!("usage-no-faq", rubric = rubric),
        Usage::DifferentRubrics {
            before,
            after,
            rubrics,
        } => {
            let [(a, av), (b, bv)] = &**rubrics;
            t!(
                "usage-different-rubrics",
                before = before,
                after = after,
                a = a,
                av = av,
                b = b,
                bv = bv
            )
        }
        Usage::CalendarOne => t!("usage-calendar-one"),
        Usage::StartDate { date, first, last } => {
            t!("usage-start-date", date = date, first = first, last = last)
        }
        Usage::MapValue { file, header } => t!("usage-map-value", file = file, header = header),
        Usage::UnknownTarget {
            target,
            rubric,
            close,
            paths,
        } => {
            let rest = match close {
                Some(c) => t!("usage-did-you-mean", close = c),
                None => t!("usage-use-one-of", paths = crate::text::l10n::joined(paths)),
            };
            t!(
                "usage-unknown-target",
                target = target,
                rubric = rubric,
                rest = rest
            )
        }
        // The assessment's own are worded in `assessment`.
        _ => String::new(),
    }
}

/// Why the assessment cannot start, or cannot save where it was told.
fn assessment(usage: &Usage) -> String {
    match usage {
        Usage::NoTerminal => t!("usage-no-terminal"),
        Usage::SmallTerminal {
            cols,
            rows,
            min_cols,
            min_rows,
        } => t!(
            "usage-small-terminal",
            cols = cols,
            rows = rows,
            min_cols = min_cols,
            min_rows = min_rows
        ),
        Usage::ResumeOtherRubric {
            file,
            answered,
            given,
        } => t!(
            "usage-resume-other-rubric",
            file = file.display(),
            answered = answered,
            given = given
        ),
        Usage::SaveExists { file } => t!("usage-save-exists", file = file.display()),
        Usage::SessionBusy { file } => t!("usage-session-busy", file = file.display()),
        Usage::AutosaveFolder(e) => t!("usage-autosave-folder", error = crate::text::os::chain(e)),
        _ => String::new(),
    }
}

/// `--id-column` that names no column, or a question's.
fn id_column(usage: &Usage) -> String {
    let Usage::IdColumn {
        file,
        name,
        question,
        close,
    } = usage
    else {
        return String::new();
    };
    let (file, name) = (safe(file), safe(name));
    let mut out = match question {
        Some(q) => t!(
            "usage-id-column-question",
            name = name,
            question = q,
            file = file
        ),
        None => t!("usage-id-column-none", name = name, file = file),
    };
    let close: Vec<String> = close.iter().map(|c| format!("`{}`", safe(c))).collect();
    if !close.is_empty() {
        out.push_str(&t!(
            "usage-id-column-close",
            close = crate::text::l10n::joined(&close)
        ));
    }
    out
}

/// `--respondent` names that no sheet had.
fn no_respondent(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{}`", safe(n))).collect();
    t!("usage-no-respondent", names = list_or(&names))
}

/// "a", "a or b", "a, b or c".
fn list_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!(
            "usage-or",
            init = crate::text::l10n::joined(init),
            last = last
        ),
    }
}
