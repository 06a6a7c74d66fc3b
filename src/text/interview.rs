//! The words for the assessment: the intro and notices, question places, the keys to press,
//! the review, and what is said when it stops. The interview's data types show themselves
//! through these functions; this layer sits below the interview, so it takes plain values.

use std::fmt;
use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::base::printable::printable;
use crate::t;
use crate::text::l10n;

/// The extra choice under a question's labels.
/// A confirm's answer as it is shown once given: "yes" or "no" in the person's language (the
/// keys stay dialoguer's y and n).
pub fn yes_no(answer: bool) -> String {
    t!(if answer {
        "interview-yes"
    } else {
        "interview-no"
    })
}

pub fn skip() -> String {
    t!("interview-skip")
}

/// The first choice of the review.
pub fn done() -> String {
    t!("interview-done")
}

/// The context of a terminal that fails other than by Ctrl-C.
pub fn terminal_failed() -> String {
    t!("interview-terminal-failed")
}

/// The width of the review screen's answer column: the widest label or "skipped", and a
/// space (18 for the English five-point scale).
pub fn answer_column(labels: &[String]) -> usize {
    let skipped = t!("interview-review-skipped").width();
    labels.iter().map(|l| l.width()).fold(skipped, usize::max) + 1
}

/// What the person sees first: the paths compared, on which dimensions, how long.
pub fn intro(
    f: &mut fmt::Formatter<'_>,
    paths: &[&str],
    dimensions: &[&str],
    questions: usize,
    minutes: usize,
) -> fmt::Result {
    let lang = l10n::lang();
    let dimensions: Vec<String> = dimensions.iter().map(|d| d.to_lowercase()).collect();
    let compares = t!(
        "interview-intro-compares",
        paths = l10n::list(lang, paths),
        dimensions = l10n::list(lang, &dimensions)
    );
    let length = match questions {
        0 => t!("interview-intro-none"),
        _ => t!(
            "interview-intro-length",
            questions = questions,
            minutes = minutes
        ),
    };
    let private = t!("interview-intro-private");
    write!(f, "{compares}\n{length}\n{private}")
}

/// Back was pressed at the first question.
pub fn first_question(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(&t!("interview-first-question"))
}

/// Done was chosen with too few answers for a result.
pub fn too_few(
    f: &mut fmt::Formatter<'_>,
    answered: usize,
    questions: usize,
    needed: usize,
) -> fmt::Result {
    f.write_str(&t!(
        "interview-too-few",
        answered = answered,
        questions = questions,
        needed = needed
    ))
}

/// Before the optional reflections.
pub fn reflections(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(&t!("interview-reflections"))
}

/// Where a question sits, e.g. "Skills 4/10 - question 11 of 26".
pub fn place(
    f: &mut fmt::Formatter<'_>,
    dimension: &str,
    (in_dimension, of_dimension): (usize, usize),
    (question, of): (usize, usize),
) -> fmt::Result {
    f.write_str(&t!(
        "interview-place",
        dimension = dimension,
        in_dimension = in_dimension,
        of_dimension = of_dimension,
        question = question,
        of = of
    ))
}

/// The review's title: how many questions are answered, and when to change one.
pub fn review_title(
    f: &mut fmt::Formatter<'_>,
    answered: usize,
    questions: usize,
    too_fast: Option<(usize, usize)>,
) -> fmt::Result {
    f.write_str(&t!(
        "interview-review-title",
        answered = answered,
        questions = questions
    ))?;
    if let Some((count, timed)) = too_fast {
        let fast = t!("interview-review-fast", count = count, timed = timed);
        write!(f, "\n{fast}")?;
    }
    Ok(())
}

/// One review line: the number, the answer (None when skipped) padded to its column by
/// display width, the question.
pub fn review_line(
    f: &mut fmt::Formatter<'_>,
    (number, column): (usize, usize),
    answer: Option<&str>,
    question: &str,
    quick: Option<bool>,
) -> fmt::Result {
    let skipped;
    let answer = match answer {
        Some(a) => a,
        None => {
            skipped = t!("interview-review-skipped");
            skipped.as_str()
        }
    };
    let pad = column.saturating_sub(answer.width());
    let mark = match quick {
        None => "",
        Some(true) => "(!) ",
        Some(false) => "    ",
    };
    write!(f, "{number:>2}. {mark}{answer}{:pad$} {question}", "")
}

/// The line over a question's choices: which keys answer it. `numbered` is the highest
/// number key, when the labels are few enough to have one each.
pub fn keys_hint(numbered: Option<usize>) -> String {
    match numbered {
        Some(last) => t!("interview-keys-numbered", last = last),
        None => t!("interview-keys"),
    }
}

/// The line left on screen once a question is answered.
pub fn answered(label: &str) -> String {
    format!("  {}", t!("interview-answered", label = label))
}

/// The line left on screen once a question is skipped.
pub fn skipped() -> String {
    format!("  {}", t!("interview-skipped"))
}

/// What is said when the assessment stops: where the answers are and how to resume, or that
/// nothing was saved (`file` is None before the first answer).
pub fn stopped(
    f: &mut fmt::Formatter<'_>,
    file: Option<&Path>,
    answers: usize,
    resume: &str,
) -> fmt::Result {
    let Some(file) = file else {
        return f.write_str(&t!("interview-stopped-empty"));
    };
    let file = printable(&file.display().to_string()).into_owned();
    let stopped = t!("interview-stopped", answers = answers, file = file);
    let resume = t!("interview-resume-with", resume = resume);
    write!(f, "{stopped}\n{resume}")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Title(Option<(usize, usize)>);
    impl fmt::Display for Title {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            review_title(f, 20, 32, self.0)
        }
    }
    struct Line(Option<bool>);
    impl fmt::Display for Line {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            review_line(f, (3, 18), Some("Agree"), "Q", self.0)
        }
    }

    #[test]
    fn the_review_marks_quick_answers_only_when_it_warns_of_them() {
        assert!(!Title(None).to_string().contains("faster"));
        assert!(
            Title(Some((9, 16)))
                .to_string()
                .contains("\n9 of 16 answers came faster")
        );
        assert_eq!(Line(None).to_string(), format!(" 3. Agree{:13} Q", ""));
        assert_eq!(
            Line(Some(true)).to_string(),
            format!(" 3. (!) Agree{:13} Q", "")
        );
        assert_eq!(
            Line(Some(false)).to_string(),
            format!(" 3.     Agree{:13} Q", "")
        );
    }
}
