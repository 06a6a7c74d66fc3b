//! Kinds of problems in a rubric file, as data; `text::rubric` words them.

/// What is wrong in a rubric file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricProblem {}
