//! What the flow shows a person and hears back, as data: question screens, notices, the
//! review, replies. Their words are in `text::interview` (see `show`).

use crate::rubric::Rubric;

/// Where a question sits, e.g. "Skills 4/10 - question 11 of 26" once worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    pub dimension: &'a str,
    /// 1-based, among the questions of its dimension.
    pub in_dimension: usize,
    pub of_dimension: usize,
    /// 1-based, among all the questions.
    pub question: usize,
    pub of: usize,
}

/// One question as the person sees it.
#[derive(Debug, Clone)]
pub struct Screen<'a> {
    pub place: Place<'a>,
    pub text: &'a str,
    pub labels: &'a [String],
    /// The label index the cursor starts on.
    pub cursor: usize,
}

/// The person's reply to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// The index of the chosen label.
    Answer(usize),
    Skip,
    Back,
}

/// What the flow tells the person between questions; worded in `text::interview`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice<'a> {
    /// What the person sees first: the paths compared, on which dimensions, how long.
    Intro {
        paths: Vec<&'a str>,
        dimensions: Vec<&'a str>,
        questions: usize,
        minutes: usize,
    },
    /// Back was pressed at the first question.
    FirstQuestion,
    /// Done was chosen with too few answers for a result.
    TooFew {
        answered: usize,
        questions: usize,
        needed: usize,
    },
    /// Before the optional reflections.
    Reflections,
}

/// The review screen: every question with its answer; picking one asks it again.
#[derive(Debug, Clone)]
pub struct Review<'a> {
    pub title: ReviewTitle,
    pub lines: Vec<ReviewLine<'a>>,
}

/// How many questions are answered, over the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewTitle {
    pub answered: usize,
    pub questions: usize,
    /// Answers of this run that came faster than their question can be read, and how many
    /// were timed, when that is half or more of them (the report's too-fast check).
    pub too_fast: Option<(usize, usize)>,
}

/// One question on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewLine<'a> {
    /// 1-based, in the order asked.
    pub number: usize,
    /// The answer's label; None when skipped.
    pub answer: Option<&'a str>,
    pub question: &'a str,
    /// Answered in this run faster than the question can be read; None when the review
    /// marks no answer (too few were quick to say so).
    pub quick: Option<bool>,
    /// The width of the answer column, in terminal columns: every label and "skipped" fit.
    pub column: usize,
}

impl<'a> Notice<'a> {
    /// The intro for `to_ask` questions of `rubric`, at about 15 seconds a question.
    pub fn intro(rubric: &'a Rubric, to_ask: usize) -> Notice<'a> {
        Notice::Intro {
            paths: rubric.texts.paths.iter().map(|p| p.name.as_str()).collect(),
            dimensions: rubric
                .texts
                .dimensions
                .iter()
                .map(|d| d.name.as_str())
                .collect(),
            questions: to_ask,
            minutes: (to_ask * 15).div_ceil(60).max(1),
        }
    }
}
