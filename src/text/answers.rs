//! The words for answer files and survey exports.

use std::fmt;

use crate::problem::AnswerProblem;

impl fmt::Display for AnswerProblem {
    fn fmt(&self, _f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}
