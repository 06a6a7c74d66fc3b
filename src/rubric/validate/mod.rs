//! One conversion from the raw file to a `Rubric`, reporting every problem it finds at once.
//! The checks are grouped by what they look at; `build` assembles the rubric once all pass.

mod build;
mod meta;
mod refs;
mod survey;
#[cfg(test)]
mod tests;

pub(super) use meta::is_language_tag;

use std::collections::HashMap;

use toml::Spanned;

use super::Rubric;
use super::key::{Item, MAX_QUESTIONS};
use super::raw::RawRubric;
use crate::problem::rubric::Part;
use crate::problem::{Lines, Problem, Problems, RubricProblem};

/// Where problems are gathered, each with its place in the file.
struct Checker<'a> {
    file: &'a str,
    lines: Lines<'a>,
    problems: Vec<Problem>,
}

/// The ids of every part, each mapped to its index.
struct Index {
    paths: HashMap<String, usize>,
    dims: HashMap<String, usize>,
    skills: HashMap<String, usize>,
    questions: HashMap<String, usize>,
}

impl Checker<'_> {
    fn report<T>(&mut self, at: &Spanned<T>, problem: RubricProblem) {
        self.problems
            .push(self.lines.problem(self.file, Some(at.span()), problem));
    }

    fn whole(&mut self, problem: RubricProblem) {
        self.problems.push(Problem::in_file(self.file, problem));
    }
}

/// What the checks found that the rubric is built from.
struct Checked {
    tie_margin: f64,
    min_share: f64,
    points: usize,
    dim_weights: Vec<f64>,
    items: Vec<Item>,
    bullet_skills: Vec<Vec<Option<usize>>>,
}

/// A rubric with more than [`MAX_QUESTIONS`] `[[questions]]` tables is refused before it is
/// parsed (its parsed form would take some hundred bytes a byte of text); questions written
/// otherwise are counted after parsing.
pub fn count_questions(file: &str, text: &str) -> Result<(), Problems> {
    let header = |line: &str| {
        let rest = line.trim_start().strip_prefix("[[").map(str::trim_start);
        rest.and_then(|r| r.strip_prefix("questions"))
            .is_some_and(|r| r.trim_start().starts_with("]]"))
    };
    let count = text.lines().filter(|l| header(l)).count();
    if count > MAX_QUESTIONS {
        let problem = RubricProblem::TooManyQuestions { count };
        return Err(Problem::in_file(file, problem).into());
    }
    Ok(())
}

/// Checks `raw`; `found` holds problems met while reading (unknown keys), reported with the rest.
pub fn validate(
    file: &str,
    text: &str,
    raw: RawRubric,
    found: Vec<Problem>,
) -> Result<Rubric, Problems> {
    // Refused before any check: each costs time that grows with the questions.
    if raw.questions.len() > MAX_QUESTIONS {
        let problem = RubricProblem::TooManyQuestions {
            count: raw.questions.len(),
        };
        return Err(Problem::in_file(file, problem).into());
    }
    let mut c = Checker {
        file,
        lines: Lines::new(text),
        problems: found,
    };
    let checked = check(&mut c, &raw);
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.at);
        return Err(Problems::capped(c.problems, file));
    }
    Ok(build::build(raw, checked))
}

/// Every check, in the order their problems are found.
fn check(c: &mut Checker, raw: &RawRubric) -> Checked {
    let (tie_margin, min_share) = meta::check_meta(c, &raw.rubric);
    let points = meta::check_scale(c, &raw.scale);
    survey::check_survey_words(c, raw);
    refs::check_counts(c, raw);
    let index = Index {
        paths: c.index(Part::Path, raw.paths.iter().map(|p| &p.id)),
        dims: c.index(Part::Dimension, raw.dimensions.iter().map(|d| &d.id)),
        skills: c.index(Part::Skill, raw.skills.iter().map(|s| &s.id)),
        questions: c.index(Part::Question, raw.questions.iter().map(|q| &q.id)),
    };
    c.index(Part::Reflection, raw.reflections.iter().map(|r| &r.id));
    let dim_weights: Vec<f64> = raw
        .dimensions
        .iter()
        .map(|d| c.weight(Part::Dimension, Some(&d.weight)))
        .collect();
    let items: Vec<Item> = raw
        .questions
        .iter()
        .filter_map(|q| refs::check_question(c, &index, raw.paths.len(), q))
        .collect();
    refs::check_coverage(c, raw);
    let bullet_skills = refs::bullet_skills(c, &index, raw);
    Checked {
        tie_margin,
        min_share,
        points,
        dim_weights,
        items,
        bullet_skills,
    }
}
