//! Kinds of problems in an answer file or a survey export, as data; `text::answers` words them.

/// What is wrong in an answer file or an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerProblem {}
