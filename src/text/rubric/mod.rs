//! The words for rubric checks, the catalog and the lint.

mod catalog;
pub mod lint;

use std::fmt;

use crate::problem::RubricProblem;
use crate::problem::rubric::{Number, Part, SurveyWord};
use crate::rubric::Missing;
use crate::rubric::key::{MAX_PATHS, MAX_POINTS, MAX_QUESTIONS, MAX_WEIGHT};
use crate::t;
use crate::text::l10n::{lang, number};

/// Where a misspelt key can be checked.
const FORMAT: &str = "docs/rubric-format.md";

impl fmt::Display for RubricProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use RubricProblem as P;
        // Every kind is named here, so a new one cannot go unworded; each group words its own.
        let text = match self {
            P::EmptyId { .. }
            | P::DuplicateId { .. }
            | P::NoneDefined { .. }
            | P::UnknownId { .. }
            | P::BadWeight { .. } => references(self),
            P::BadRubricId { .. }
            | P::BadLanguage { .. }
            | P::TieMargin { .. }
            | P::MinAnswered { .. }
            | P::ScaleBackwards { .. }
            | P::TooManyPoints { .. }
            | P::LabelCount { .. }
            | P::EmptyLabel
            | P::RepeatedLabel { .. } => meta(self),
            P::EmptyAlias
            | P::AliasOffScale { .. }
            | P::AliasTaken { .. }
            | P::AliasNumber { .. }
            | P::EmptyMissingCode
            | P::MissingCodeOnScale { .. }
            | P::MissingCodeTaken { .. }
            | P::EmptyQuestionAlias { .. }
            | P::AliasNamesOther { .. } => survey(self),
            P::UnknownKey { .. }
            | P::TooFewPaths { .. }
            | P::TooManyPaths { .. }
            | P::TooManyQuestions { .. }
            | P::NoQuestions
            | P::OwnTwin { .. }
            | P::FavoursAndAgainst { .. }
            | P::EmptyDimension { .. }
            | P::UnfavouredPath { .. } => structure(self),
            P::MissingText { .. }
            | P::MissingTable { .. }
            | P::ListLength { .. }
            | P::OverlayBase { .. }
            | P::OverlayVersion { .. } => overlay(self),
        };
        f.write_str(&text.unwrap_or_default())
    }
}

/// Ids and the references to them, and weights.
fn references(p: &RubricProblem) -> Option<String> {
    use RubricProblem as P;
    Some(match p {
        P::EmptyId { part } => t!("rubric-empty-id", part = part),
        P::DuplicateId { part, id } => t!("rubric-duplicate-id", part = part, id = id),
        P::NoneDefined { part, id } => {
            t!(
                "rubric-none-defined",
                part = part,
                parts = part.plural(),
                id = id
            )
        }
        P::UnknownId {
            part,
            id,
            close: Some(close),
            ..
        } => t!(
            "rubric-unknown-id-close",
            part = part,
            id = id,
            close = close
        ),
        P::UnknownId {
            part,
            id,
            close: None,
            known,
        } => t!(
            "rubric-unknown-id",
            part = part,
            id = id,
            known = crate::text::l10n::joined(known)
        ),
        P::BadWeight { of, value } => {
            t!(
                "rubric-bad-weight",
                part = of,
                value = value,
                max = MAX_WEIGHT
            )
        }
        _ => return None,
    })
}

/// The `[rubric]` and `[scale]` tables.
fn meta(p: &RubricProblem) -> Option<String> {
    use RubricProblem as P;
    Some(match p {
        P::BadRubricId { id } => t!("rubric-bad-id", id = id),
        P::BadLanguage { tag } => t!("rubric-bad-language", tag = tag),
        P::TieMargin { value } => t!("rubric-tie-margin", value = value),
        P::MinAnswered { value } => t!("rubric-min-answered", value = value),
        P::ScaleBackwards { min, max } => t!("rubric-scale-backwards", min = min, max = max),
        P::TooManyPoints { points } => {
            t!("rubric-too-many-points", points = points, max = MAX_POINTS)
        }
        P::LabelCount {
            points,
            min,
            max,
            labels,
        } => t!(
            "rubric-label-count",
            points = points,
            min = min,
            max = max,
            labels = labels
        ),
        P::EmptyLabel => t!("rubric-empty-label"),
        P::RepeatedLabel { label } => t!("rubric-repeated-label", label = label),
        _ => return None,
    })
}

/// The words survey exports may use.
fn survey(p: &RubricProblem) -> Option<String> {
    use RubricProblem as P;
    Some(match p {
        P::EmptyAlias => t!("rubric-empty-alias"),
        P::AliasOffScale {
            alias,
            value,
            min,
            max,
        } => t!(
            "rubric-alias-off-scale",
            alias = alias,
            value = value,
            min = min,
            max = max
        ),
        P::AliasTaken { alias, was } => t!("rubric-alias-taken", alias = alias, was = was),
        P::AliasNumber { alias } => t!("rubric-alias-number", alias = alias),
        P::EmptyMissingCode => t!("rubric-empty-missing-code"),
        P::MissingCodeOnScale { code, value } => {
            t!("rubric-missing-code-on-scale", code = code, value = value)
        }
        P::MissingCodeTaken { code, was } => {
            t!("rubric-missing-code-taken", code = code, was = was)
        }
        P::EmptyQuestionAlias { question } => {
            t!("rubric-empty-question-alias", question = question)
        }
        P::AliasNamesOther {
            alias,
            question,
            other,
        } => t!(
            "rubric-alias-names-other",
            alias = alias,
            question = question,
            other = other
        ),
        _ => return None,
    })
}

/// Unknown keys, how many paths and questions, and how questions cover dimensions and paths.
fn structure(p: &RubricProblem) -> Option<String> {
    use RubricProblem as P;
    Some(match p {
        P::UnknownKey { key } => t!("rubric-unknown-key", key = key, format = FORMAT),
        P::TooFewPaths { count } => t!("rubric-too-few-paths", count = count),
        P::TooManyPaths { count } => t!("rubric-too-many-paths", count = count, max = MAX_PATHS),
        P::TooManyQuestions { count } => {
            t!(
                "rubric-too-many-questions",
                count = count,
                max = MAX_QUESTIONS
            )
        }
        P::NoQuestions => t!("rubric-no-questions"),
        P::OwnTwin { question } => t!("rubric-own-twin", question = question),
        P::FavoursAndAgainst { question, path } => {
            t!(
                "rubric-favours-and-against",
                question = question,
                path = path
            )
        }
        P::EmptyDimension { dimension } => t!("rubric-empty-dimension", dimension = dimension),
        P::UnfavouredPath { path } => t!("rubric-unfavoured-path", path = path),
        _ => return None,
    })
}

/// An overlay's texts against its base.
fn overlay(p: &RubricProblem) -> Option<String> {
    use RubricProblem as P;
    Some(match p {
        P::MissingText { table, field } => {
            t!("overlay-missing-text", table = table, field = field)
        }
        P::MissingTable { table } => t!("overlay-missing-table", table = table),
        P::ListLength {
            table,
            field,
            base,
            found,
        } => t!(
            "overlay-list-length",
            table = table,
            field = field,
            base = base,
            found = found
        ),
        P::OverlayBase { named, base } => t!("overlay-base", named = named, base = base),
        P::OverlayVersion { written_for, base } => {
            t!("overlay-version", written_for = written_for, base = base)
        }
        _ => return None,
    })
}

impl Part {
    fn key(self) -> &'static str {
        match self {
            Part::Path => "path",
            Part::Dimension => "dimension",
            Part::Skill => "skill",
            Part::Question => "question",
            Part::Reflection => "reflection",
        }
    }

    /// The part's name in the plural: "no paths yet".
    fn plural(self) -> String {
        t!(&format!("part-{}-plural", self.key()))
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(&format!("part-{}", self.key())))
    }
}

impl fmt::Display for SurveyWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SurveyWord::Label(l) => t!("survey-word-label", word = l),
            SurveyWord::Alias(a) => t!("survey-word-alias", word = a),
            SurveyWord::NotAnswered(w) => t!("survey-word-not-answered", word = w),
        })
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&number(lang(), self.0))
    }
}

/// The sections a rubric lacks, each with the paths that lack it: "day (a, b), guidance.faq".
pub fn missing_sections(missing: &[Missing]) -> String {
    let each: Vec<String> = missing
        .iter()
        .map(|m| match m.paths.as_slice() {
            [] => m.section.to_owned(),
            paths => format!("{} ({})", m.section, crate::text::l10n::joined(paths)),
        })
        .collect();
    crate::text::l10n::joined(&each)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::l10n::{Lang, with_lang};
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
            for lang in [Lang::Ro, Lang::Zh] {
                let theirs = with_lang(lang, || p.to_string());
                assert!(
                    theirs != words && !theirs.contains('\n'),
                    "{lang:?} {p:?}: {theirs}"
                );
            }
        }
    }
}
