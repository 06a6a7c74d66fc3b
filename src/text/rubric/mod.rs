//! The words for rubric checks, the catalog and the lint.

mod catalog;
pub mod lint;

use std::fmt;

use crate::problem::RubricProblem;
use crate::problem::rubric::{Number, Part, SurveyWord};
use crate::rubric::Missing;
use crate::rubric::key::{MAX_PATHS, MAX_POINTS, MAX_QUESTIONS, MAX_WEIGHT};

/// Where a misspelt key can be checked.
const FORMAT: &str = "docs/rubric-format.md";

impl fmt::Display for RubricProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use RubricProblem as P;
        // Every kind is named here, so a new one cannot go unworded; each group words its own.
        match self {
            P::EmptyId { .. }
            | P::DuplicateId { .. }
            | P::NoneDefined { .. }
            | P::UnknownId { .. }
            | P::BadWeight { .. } => references(self, f),
            P::BadRubricId { .. }
            | P::BadLanguage { .. }
            | P::TieMargin { .. }
            | P::MinAnswered { .. }
            | P::ScaleBackwards { .. }
            | P::TooManyPoints { .. }
            | P::LabelCount { .. }
            | P::EmptyLabel
            | P::RepeatedLabel { .. } => meta(self, f),
            P::EmptyAlias
            | P::AliasOffScale { .. }
            | P::AliasTaken { .. }
            | P::AliasNumber { .. }
            | P::EmptyMissingCode
            | P::MissingCodeOnScale { .. }
            | P::MissingCodeTaken { .. }
            | P::EmptyQuestionAlias { .. }
            | P::AliasNamesOther { .. } => survey(self, f),
            P::UnknownKey { .. }
            | P::TooFewPaths { .. }
            | P::TooManyPaths { .. }
            | P::TooManyQuestions { .. }
            | P::NoQuestions
            | P::OwnTwin { .. }
            | P::FavoursAndAgainst { .. }
            | P::EmptyDimension { .. }
            | P::UnfavouredPath { .. } => structure(self, f),
            P::MissingText { .. }
            | P::MissingTable { .. }
            | P::ListLength { .. }
            | P::OverlayBase { .. }
            | P::OverlayVersion { .. } => overlay(self, f),
        }
        .unwrap_or(Ok(()))
    }
}

/// Ids and the references to them, and weights.
fn references(p: &RubricProblem, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    use RubricProblem as P;
    let written = match p {
        P::EmptyId { part } => write!(f, "{part} id is empty; give it a short unique id"),
        P::DuplicateId { part, id } => {
            write!(
                f,
                "duplicate {part} id `{id}`; each {part} needs its own id"
            )
        }
        P::NoneDefined { part, id } => write!(
            f,
            "unknown {part} `{id}`: the rubric defines no {part}s yet; add one with id = \"{id}\""
        ),
        P::UnknownId {
            part,
            id,
            close: Some(close),
            ..
        } => write!(f, "unknown {part} `{id}`; did you mean `{close}`?"),
        P::UnknownId {
            part,
            id,
            close: None,
            known,
        } => write!(f, "unknown {part} `{id}`; use one of: {}", known.join(", ")),
        P::BadWeight { of, value } => write!(
            f,
            "{of} weight {value} must be a number greater than 0 and at most {MAX_WEIGHT} \
             (weights are relative: 1 and 2 mean the second counts double)"
        ),
        _ => return None,
    };
    Some(written)
}

/// The `[rubric]` and `[scale]` tables.
fn meta(p: &RubricProblem, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    use RubricProblem as P;
    let written = match p {
        P::BadRubricId { id } => write!(
            f,
            "rubric id `{id}` must be lowercase letters, digits, '-' or '_'"
        ),
        P::BadLanguage { tag } => write!(
            f,
            "language `{tag}` is not a BCP 47 tag; write e.g. \"en\" or \"ro-RO\""
        ),
        P::TieMargin { value } => write!(
            f,
            "tie_margin {value} must be a number of points from 0 to 100, e.g. 8"
        ),
        P::MinAnswered { value } => write!(
            f,
            "min_answered {value} must be a share greater than 0 and at most 1, e.g. 0.8 \
             (a sheet with nothing answered cannot be scored)"
        ),
        P::ScaleBackwards { min, max } => {
            write!(f, "scale max {max} must be greater than min {min}")
        }
        P::TooManyPoints { points } => {
            write!(f, "the scale has {points} points; use at most {MAX_POINTS}")
        }
        P::LabelCount {
            points,
            min,
            max,
            labels,
        } => write!(
            f,
            "the scale has {points} points ({min} to {max}) but {labels} labels; give one label per point"
        ),
        P::EmptyLabel => f.write_str("a scale label is empty; give every point a label"),
        P::RepeatedLabel { label } => {
            write!(f, "scale label `{label}` appears twice; labels must differ")
        }
        _ => return None,
    };
    Some(written)
}

/// The words survey exports may use.
fn survey(p: &RubricProblem, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    use RubricProblem as P;
    let written = match p {
        P::EmptyAlias => f.write_str("a scale alias is empty; remove it"),
        P::AliasOffScale {
            alias,
            value,
            min,
            max,
        } => write!(
            f,
            "scale alias `{alias}` = {value} is off the scale {min} to {max}"
        ),
        P::AliasTaken { alias, was } => write!(
            f,
            "scale alias `{alias}` is already {was}; give each word once"
        ),
        P::AliasNumber { alias } => write!(
            f,
            "scale alias `{alias}` is a number, and a number in a cell is read as that value of the scale; make the alias a word"
        ),
        P::EmptyMissingCode => {
            f.write_str("a missing code is empty; blank cells are always missing")
        }
        P::MissingCodeOnScale { code, value } => write!(
            f,
            "missing code `{code}` is the scale value {value}; use a value off the scale"
        ),
        P::MissingCodeTaken { code, was } => write!(
            f,
            "missing code `{code}` is {was}; an answer cannot also mean \"not answered\""
        ),
        P::EmptyQuestionAlias { question } => {
            write!(f, "question `{question}` has an empty alias; remove it")
        }
        P::AliasNamesOther {
            alias,
            question,
            other,
        } => write!(
            f,
            "the alias \"{alias}\" of question `{question}` already names question `{other}`; a column must name one question"
        ),
        _ => return None,
    };
    Some(written)
}

/// Unknown keys, how many paths and questions, and how questions cover dimensions and paths.
fn structure(p: &RubricProblem, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    use RubricProblem as P;
    let written = match p {
        P::UnknownKey { key } => write!(
            f,
            "unknown key `{key}`; check its spelling against the rubric format in {FORMAT}"
        ),
        P::TooFewPaths { count } => write!(
            f,
            "a rubric compares at least 2 paths but this one has {count}; add [[paths]] entries"
        ),
        P::TooManyPaths { count } => write!(
            f,
            "a rubric compares at most {MAX_PATHS} paths but this one has {count}"
        ),
        P::TooManyQuestions { count } => write!(
            f,
            "a rubric has at most {MAX_QUESTIONS} questions but this one has {count}; split it into rubrics by topic"
        ),
        P::NoQuestions => {
            f.write_str("the rubric has no [[questions]]; add at least one per dimension")
        }
        P::OwnTwin { question } => write!(
            f,
            "question `{question}` names itself as its twin; name the question on the same topic keyed the other way"
        ),
        P::FavoursAndAgainst { question, path } => write!(
            f,
            "question `{question}` both favours and is against `{path}`; remove it from `against`"
        ),
        P::EmptyDimension { dimension } => write!(
            f,
            "dimension `{dimension}` has no questions; add a question with dimension = \"{dimension}\" or remove it"
        ),
        P::UnfavouredPath { path } => write!(
            f,
            "no question points to path `{path}`, agreed or disagreed with; add a question with favors = \"{path}\""
        ),
        _ => return None,
    };
    Some(written)
}

/// An overlay's texts against its base.
fn overlay(p: &RubricProblem, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    use RubricProblem as P;
    let written = match p {
        P::MissingText { table, field } => write!(
            f,
            "[{table}] has no `{field}`; an overlay gives every text its base has"
        ),
        P::MissingTable { table } => write!(
            f,
            "the overlay has no [{table}]; an overlay gives the texts of every id of its base"
        ),
        P::ListLength {
            table,
            field,
            base,
            found,
        } => write!(
            f,
            "`{field}` of [{table}] has {found} {} but the base has {base}; give one text per item, in the base's order",
            if *found == 1 { "item" } else { "items" }
        ),
        P::OverlayBase { named, base } => write!(
            f,
            "the overlay is for rubric `{named}`, not `{base}`; set base = \"{base}\" or check it against its own base"
        ),
        P::OverlayVersion { written_for, base } => write!(
            f,
            "the overlay was written for version {written_for} of its base, which is now {base}; check that its texts still match"
        ),
        _ => return None,
    };
    Some(written)
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::Path => "path",
            Part::Dimension => "dimension",
            Part::Skill => "skill",
            Part::Question => "question",
            Part::Reflection => "reflection",
        })
    }
}

impl fmt::Display for SurveyWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SurveyWord::Label(l) => write!(f, "scale label `{l}`"),
            SurveyWord::Alias(a) => write!(f, "scale alias `{a}`"),
            SurveyWord::NotAnswered(w) => {
                write!(f, "`{w}`, a word that always means not answered")
            }
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The sections a rubric lacks, each with the paths that lack it: "day (a, b), guidance.faq".
pub fn missing_sections(missing: &[Missing]) -> String {
    let each: Vec<String> = missing
        .iter()
        .map(|m| match m.paths.as_slice() {
            [] => m.section.to_owned(),
            paths => format!("{} ({})", m.section, paths.join(", ")),
        })
        .collect();
    each.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use RubricProblem as P;

    #[test]
    fn every_kind_of_problem_has_words() {
        let s = || "x".to_owned();
        let n = Number(2.0);
        let part = Part::Skill;
        let all = [
            P::UnknownKey { key: s() },
            P::EmptyId { part },
            P::DuplicateId { part, id: s() },
            P::NoneDefined { part, id: s() },
            P::UnknownId {
                part,
                id: s(),
                close: None,
                known: vec![s()],
            },
            P::BadWeight { of: part, value: n },
            P::BadRubricId { id: s() },
            P::BadLanguage { tag: s() },
            P::TieMargin { value: n },
            P::MinAnswered { value: n },
            P::ScaleBackwards { min: 1, max: 1 },
            P::TooManyPoints { points: 200 },
            P::LabelCount {
                points: 3,
                min: 1,
                max: 3,
                labels: 2,
            },
            P::EmptyLabel,
            P::RepeatedLabel { label: s() },
            P::EmptyAlias,
            P::AliasOffScale {
                alias: s(),
                value: 9,
                min: 1,
                max: 3,
            },
            P::AliasTaken {
                alias: s(),
                was: SurveyWord::Label(s()),
            },
            P::AliasNumber { alias: s() },
            P::AliasTaken {
                alias: s(),
                was: SurveyWord::NotAnswered(s()),
            },
            P::EmptyMissingCode,
            P::MissingCodeOnScale {
                code: s(),
                value: 1,
            },
            P::MissingCodeTaken {
                code: s(),
                was: SurveyWord::Alias(s()),
            },
            P::EmptyQuestionAlias { question: s() },
            P::AliasNamesOther {
                alias: s(),
                question: s(),
                other: s(),
            },
            P::TooFewPaths { count: 1 },
            P::TooManyPaths { count: 65 },
            P::TooManyQuestions { count: 5_001 },
            P::NoQuestions,
            P::OwnTwin { question: s() },
            P::FavoursAndAgainst {
                question: s(),
                path: s(),
            },
            P::EmptyDimension { dimension: s() },
            P::UnfavouredPath { path: s() },
            P::MissingText {
                table: s(),
                field: "name",
            },
            P::MissingTable { table: s() },
            P::ListLength {
                table: s(),
                field: "day",
                base: 2,
                found: 1,
            },
            P::OverlayBase {
                named: s(),
                base: s(),
            },
            P::OverlayVersion {
                written_for: s(),
                base: s(),
            },
        ];
        for p in &all {
            let words = p.to_string();
            assert!(
                words.contains(' ') && !words.contains('\n'),
                "{p:?}: {words}"
            );
        }
    }
}
