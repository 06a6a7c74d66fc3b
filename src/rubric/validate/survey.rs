//! The words survey exports may use: scale aliases on the scale, words (not numbers) and unlike
//! any label or word that always means "not answered", missing codes unlike any answer,
//! question aliases each naming one question (unlike another's id or text). Words are compared
//! folded, as the survey reader compares them.

use std::collections::HashMap;

use super::Checker;
use crate::problem::RubricProblem as P;
use crate::problem::rubric::SurveyWord;
use crate::rubric::not_answered::NOT_ANSWERED;
use crate::rubric::raw::{RawRubric, RawScale};
use crate::rubric::texts::fold;

pub(super) fn check_survey_words(c: &mut Checker, raw: &RawRubric) {
    let scale = &raw.scale;
    let mut answers: HashMap<String, SurveyWord> = scale
        .labels
        .get_ref()
        .iter()
        .map(|l| (fold(l), SurveyWord::Label(l.clone())))
        .collect();
    check_aliases(c, scale, &mut answers);
    check_missing_codes(c, scale, &answers);
    check_question_aliases(c, raw);
}

/// Each alias is a point on the scale and a word no label or other alias is.
fn check_aliases(c: &mut Checker, scale: &RawScale, answers: &mut HashMap<String, SurveyWord>) {
    let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
    let Some(aliases) = &scale.aliases else {
        return;
    };
    for (alias, &value) in aliases.get_ref() {
        let f = fold(alias);
        let problem = if f.is_empty() {
            P::EmptyAlias
        } else if is_number(&f) {
            P::AliasNumber {
                alias: alias.clone(),
            }
        } else if !(min..=max).contains(&value) {
            P::AliasOffScale {
                alias: alias.clone(),
                value,
                min,
                max,
            }
        } else if let Some(word) = NOT_ANSWERED.iter().find(|w| **w == f) {
            P::AliasTaken {
                alias: alias.clone(),
                was: SurveyWord::NotAnswered((*word).to_owned()),
            }
        } else if let Some(was) = answers.insert(f, SurveyWord::Alias(alias.clone())) {
            P::AliasTaken {
                alias: alias.clone(),
                was,
            }
        } else {
            continue;
        };
        c.report(aliases, problem);
    }
}

/// Whether a folded word reads as a number ("7", "-1", "2.5"): digits and signs only.
fn is_number(folded: &str) -> bool {
    folded.chars().any(|c| c.is_ascii_digit())
        && folded
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | ','))
}

/// A missing code is neither a value on the scale nor a word for an answer.
fn check_missing_codes(c: &mut Checker, scale: &RawScale, answers: &HashMap<String, SurveyWord>) {
    let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
    let Some(codes) = &scale.missing_codes else {
        return;
    };
    for code in codes.get_ref() {
        let f = fold(code);
        let number = f.parse::<i64>().ok().filter(|v| (min..=max).contains(v));
        let problem = if f.is_empty() {
            P::EmptyMissingCode
        } else if let Some(value) = number {
            P::MissingCodeOnScale {
                code: code.clone(),
                value,
            }
        } else if let Some(was) = answers.get(&f) {
            P::MissingCodeTaken {
                code: code.clone(),
                was: was.clone(),
            }
        } else {
            continue;
        };
        c.report(codes, problem);
    }
}

/// Question ids and texts name their question in survey headers; an alias must not name
/// another.
fn check_question_aliases(c: &mut Checker, raw: &RawRubric) {
    let ids = raw.questions.iter().map(|q| (fold(q.id.get_ref()), q));
    let texts = raw.questions.iter().map(|q| (fold(&q.text), q));
    let mut titles: HashMap<String, &str> = ids
        .chain(texts)
        .map(|(f, q)| (f, q.id.get_ref().as_str()))
        .rev()
        .collect();
    for q in &raw.questions {
        for alias in &q.aliases {
            let f = fold(alias);
            let id = q.id.get_ref().as_str();
            if f.is_empty() {
                let question = id.to_owned();
                c.report(&q.id, P::EmptyQuestionAlias { question });
            } else if let Some(other) = titles.insert(f, id)
                && other != id
            {
                let problem = P::AliasNamesOther {
                    alias: alias.clone(),
                    question: id.to_owned(),
                    other: other.to_owned(),
                };
                c.report(&q.id, problem);
            }
        }
    }
}
