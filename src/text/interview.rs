//! The words for the assessment: the intro and notices, question places, the keys to press,
//! the review, and what is said when it stops. The interview's data types show themselves
//! through these functions; this layer sits below the interview, so it takes plain values.

use std::fmt;
use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::base::printable::printable;
use crate::text::report::{count, list_and};

/// The extra choice under a question's labels.
pub const SKIP: &str = "Skip this question";
/// The first choice of the review.
pub const DONE: &str = "Done: show my results";
/// The context of a terminal that fails other than by Ctrl-C.
pub const TERMINAL_FAILED: &str = "cannot talk to the terminal";

/// The width of the answer column on the review screen.
const ANSWER_WIDTH: usize = 18;

/// What the person sees first: the paths compared, on which dimensions, how long.
pub fn intro(
    f: &mut fmt::Formatter<'_>,
    paths: &[&str],
    dimensions: &[&str],
    questions: usize,
    minutes: usize,
) -> fmt::Result {
    let dimensions: Vec<String> = dimensions.iter().map(|d| d.to_lowercase()).collect();
    write!(
        f,
        "pathfit compares {} on {}.\n\
         {}, about {}. Type an answer's number, or move with the arrows and press \
         Enter; Esc goes back; Ctrl-C stops (progress is kept).\n\
         Your answers stay on this machine: nothing is sent anywhere.",
        list_and(paths),
        list_and(&dimensions),
        count(questions, "question", "questions"),
        count(minutes, "minute", "minutes"),
    )
}

/// Back was pressed at the first question.
pub fn first_question(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(
        "This is the first question. Answer it, or press Ctrl-C to stop (your progress is kept).",
    )
}

/// Done was chosen with too few answers for a result.
pub fn too_few(
    f: &mut fmt::Formatter<'_>,
    answered: usize,
    questions: usize,
    needed: usize,
) -> fmt::Result {
    write!(
        f,
        "{answered} of {questions} questions are answered; a result needs at least {needed}. \
         Pick skipped questions to answer them."
    )
}

/// Before the optional reflections.
pub fn reflections(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str("Optional reflections: a few words each, or Enter to leave one blank.")
}

/// Where a question sits, e.g. "Skills 4/10 - question 11 of 26".
pub fn place(
    f: &mut fmt::Formatter<'_>,
    dimension: &str,
    (in_dimension, of_dimension): (usize, usize),
    (question, of): (usize, usize),
) -> fmt::Result {
    write!(
        f,
        "{dimension} {in_dimension}/{of_dimension} - question {question} of {of}"
    )
}

/// The review's title: how many questions are answered, and when to change one.
pub fn review_title(
    f: &mut fmt::Formatter<'_>,
    answered: usize,
    questions: usize,
    too_fast: Option<(usize, usize)>,
) -> fmt::Result {
    write!(
        f,
        "Review: {answered} of {questions} answered. Change an answer only if it does not \
         describe you; otherwise choose Done."
    )?;
    if let Some((count, timed)) = too_fast {
        write!(
            f,
            "\n{count} of {timed} answers came faster than the question can be read (marked (!)). \
             Read those questions again now: open one to keep or change its answer."
        )?;
    }
    Ok(())
}

/// One review line: the number, the answer (None when skipped) padded to its column by
/// display width, the question.
pub fn review_line(
    f: &mut fmt::Formatter<'_>,
    number: usize,
    answer: Option<&str>,
    question: &str,
    quick: Option<bool>,
) -> fmt::Result {
    let answer = answer.unwrap_or("(skipped)");
    let pad = ANSWER_WIDTH.saturating_sub(answer.width());
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
        Some(last) => format!("Your answer: 1-{last} or arrows and Enter; s skips; Esc goes back"),
        None => "Your answer: arrows and Enter; Esc goes back".to_owned(),
    }
}

/// The line left on screen once a question is answered.
pub fn answered(label: &str) -> String {
    format!("  Your answer: {label}")
}

/// The line left on screen once a question is skipped.
pub const SKIPPED: &str = "  Skipped: you can answer it from the review at the end.";

/// What is said when the assessment stops: where the answers are and how to resume, or that
/// nothing was saved (`file` is None before the first answer).
pub fn stopped(
    f: &mut fmt::Formatter<'_>,
    file: Option<&Path>,
    answers: usize,
    resume: &str,
) -> fmt::Result {
    let Some(file) = file else {
        return f.write_str("Stopped before the first answer; nothing was saved.");
    };
    let answers = match answers {
        1 => "1 answer is".to_owned(),
        n => format!("{n} answers are"),
    };
    let file = printable(&file.display().to_string()).into_owned();
    write!(
        f,
        "Stopped. {answers} saved in {file}\nResume with: {resume}"
    )
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
            review_line(f, 3, Some("Agree"), "Q", self.0)
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
