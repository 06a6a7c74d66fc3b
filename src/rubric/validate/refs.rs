//! Ids and the references between parts: each id unique, each reference to a defined part,
//! weights in range, enough paths and questions, every dimension and path covered.

use std::collections::{HashMap, HashSet};

use toml::Spanned;

use super::{Checker, Index};
use crate::base::names::did_you_mean;
use crate::problem::RubricProblem as P;
use crate::problem::rubric::{Number, Part};
use crate::rubric::key::{Item, MAX_PATHS, MAX_WEIGHT, PathSet};
use crate::rubric::raw::{RawQuestion, RawRubric};

impl Checker<'_> {
    /// Index of each id; a repeated id is a problem at its second place.
    pub(super) fn index<'s>(
        &mut self,
        part: Part,
        ids: impl Iterator<Item = &'s Spanned<String>>,
    ) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.get_ref().trim().is_empty() {
                self.report(id, P::EmptyId { part });
            } else if index.contains_key(id.get_ref()) {
                let id_text = id.get_ref().clone();
                self.report(id, P::DuplicateId { part, id: id_text });
            } else {
                index.insert(id.get_ref().clone(), i);
            }
        }
        index
    }

    /// The index `id` refers to; a problem at `id` when it names no part.
    fn lookup(
        &mut self,
        part: Part,
        index: &HashMap<String, usize>,
        id: &Spanned<String>,
    ) -> Option<usize> {
        let found = index.get(id.get_ref()).copied();
        if found.is_some() {
            return found;
        }
        let id_text = id.get_ref().clone();
        if index.is_empty() {
            self.report(id, P::NoneDefined { part, id: id_text });
            return None;
        }
        let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
        known.sort_unstable();
        let close = did_you_mean(&id_text, known.iter().copied()).map(str::to_owned);
        let known = known.into_iter().map(str::to_owned).collect();
        self.report(
            id,
            P::UnknownId {
                part,
                id: id_text,
                close,
                known,
            },
        );
        None
    }

    /// A weight as written (1 when none is); a problem when it is out of range.
    pub(super) fn weight(&mut self, of: Part, w: Option<&Spanned<f64>>) -> f64 {
        let Some(w) = w else { return 1.0 };
        let value = *w.get_ref();
        if !(value.is_finite() && value > 0.0 && value <= MAX_WEIGHT) {
            let value = Number(value);
            self.report(w, P::BadWeight { of, value });
        }
        value
    }
}

pub(super) fn check_counts(c: &mut Checker, raw: &RawRubric) {
    let count = raw.paths.len();
    if count < 2 {
        c.whole(P::TooFewPaths { count });
    } else if count > MAX_PATHS {
        c.whole(P::TooManyPaths { count });
    }
    if raw.questions.is_empty() {
        c.whole(P::NoQuestions);
    }
}

/// One question; None when a reference in it is broken (already reported).
pub(super) fn check_question(
    c: &mut Checker,
    index: &Index,
    path_count: usize,
    q: &RawQuestion,
) -> Option<Item> {
    let dimension = c.lookup(Part::Dimension, &index.dims, &q.dimension);
    let favors = c.lookup(Part::Path, &index.paths, &q.favors);
    let skill = q
        .skill
        .as_ref()
        .and_then(|s| c.lookup(Part::Skill, &index.skills, s));
    let weight = c.weight(Part::Question, q.weight.as_ref());
    let twin = q.twin.as_ref().and_then(|t| {
        let i = c.lookup(Part::Question, &index.questions, t)?;
        if t.get_ref() == q.id.get_ref() {
            let question = t.get_ref().clone();
            c.report(t, P::OwnTwin { question });
        }
        Some(i)
    });
    let against = against(c, index, path_count, q, favors);
    Some(Item {
        dimension: dimension?,
        favors: favors?,
        against,
        reverse: q.reverse,
        weight,
        skill,
        twin,
    })
}

/// The paths disagreeing with `q` points to: its `against` list, or in a two-path rubric the
/// path it does not favour.
fn against(
    c: &mut Checker,
    index: &Index,
    path_count: usize,
    q: &RawQuestion,
    favors: Option<usize>,
) -> PathSet {
    let mut against = PathSet::default();
    match &q.against {
        Some(list) => {
            for a in list {
                let Some(i) = c.lookup(Part::Path, &index.paths, a) else {
                    continue;
                };
                if Some(i) == favors {
                    let problem = P::FavoursAndAgainst {
                        question: q.id.get_ref().clone(),
                        path: a.get_ref().clone(),
                    };
                    c.report(a, problem);
                }
                against.insert(i);
            }
        }
        None if path_count == 2 => {
            if let Some(f) = favors {
                against.insert(1 - f);
            }
        }
        None => {}
    }
    against
}

/// Every dimension has a question and every path a question that points to it, agreed with
/// or disagreed with: as published keys are written, a path may be reached only through
/// reverse-keyed items that favour the other one. Judged on the ids as written, so one bad
/// reference does not cascade into more problems.
pub(super) fn check_coverage(c: &mut Checker, raw: &RawRubric) {
    for d in &raw.dimensions {
        let id = d.id.get_ref();
        if !raw.questions.iter().any(|q| q.dimension.get_ref() == id) {
            let dimension = id.clone();
            c.report(&d.id, P::EmptyDimension { dimension });
        }
    }
    let mut seen = HashSet::new();
    for p in &raw.paths {
        let id = p.id.get_ref();
        if seen.insert(id) && !raw.questions.iter().any(|q| points_to(raw, q, id)) {
            let path = id.clone();
            c.report(&p.id, P::UnfavouredPath { path });
        }
    }
}

/// Whether agreeing or disagreeing with `q` points to `path`: it favours it, names it in
/// `against`, or, in a two-path rubric without `against`, favours the other path.
fn points_to(raw: &RawRubric, q: &RawQuestion, path: &str) -> bool {
    let favors = q.favors.get_ref();
    match &q.against {
        _ if favors == path => true,
        Some(list) => list.iter().any(|a| a.get_ref() == path),
        None => {
            raw.paths.len() == 2
                && raw.paths.iter().any(|p| p.id.get_ref() == favors)
                && raw.paths.iter().any(|p| p.id.get_ref() == path)
        }
    }
}

/// Per path, per bullet: the skill it proves, when it names one that exists.
pub(super) fn bullet_skills(
    c: &mut Checker,
    index: &Index,
    raw: &RawRubric,
) -> Vec<Vec<Option<usize>>> {
    raw.paths
        .iter()
        .map(|p| {
            p.bullets
                .iter()
                .map(|b| {
                    b.skill
                        .as_ref()
                        .and_then(|s| c.lookup(Part::Skill, &index.skills, s))
                })
                .collect()
        })
        .collect()
}
