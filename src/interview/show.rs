//! How the flow's data shows on screen: each `Display` hands its fields to
//! `text::interview`, where the words are.

use std::fmt;

use super::guard::Progress;
use super::{Notice, Place, ReviewLine, ReviewTitle};
use crate::text::interview as words;

impl fmt::Display for Notice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Intro {
                paths,
                dimensions,
                questions,
                minutes,
            } => words::intro(f, paths, dimensions, *questions, *minutes),
            Notice::FirstQuestion => words::first_question(f),
            Notice::TooFew {
                answered,
                questions,
                needed,
            } => words::too_few(f, *answered, *questions, *needed),
            Notice::Reflections => words::reflections(f),
        }
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        words::place(
            f,
            self.dimension,
            (self.in_dimension, self.of_dimension),
            (self.question, self.of),
        )
    }
}

impl fmt::Display for ReviewTitle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        words::review_title(f, self.answered, self.questions, self.too_fast)
    }
}

impl fmt::Display for ReviewLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        words::review_line(
            f,
            (self.number, self.column),
            self.answer,
            self.question,
            self.quick,
        )
    }
}

impl fmt::Display for Progress {
    /// What is said when the assessment stops.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        words::stopped(f, self.file.as_deref(), self.answers, &self.resume)
    }
}
