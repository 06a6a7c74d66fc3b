//! The `[rubric]` and `[scale]` tables: the rubric's id and language, its thresholds, and the
//! points and labels of its scale.

use std::collections::HashSet;

use super::Checker;
use crate::problem::RubricProblem as P;
use crate::problem::rubric::Number;
use crate::rubric::key::MAX_POINTS;
use crate::rubric::raw::{RawMeta, RawScale};

const DEFAULT_TIE_MARGIN: f64 = 8.0;
const DEFAULT_MIN_ANSWERED: f64 = 0.8;

/// The `[rubric]` table; returns the tie margin and the share of answers needed.
pub(super) fn check_meta(c: &mut Checker, meta: &RawMeta) -> (f64, f64) {
    let id = meta.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_')
    {
        c.report(&meta.id, P::BadRubricId { id: id.clone() });
    }
    if !is_language_tag(meta.language.get_ref()) {
        let tag = meta.language.get_ref().clone();
        c.report(&meta.language, P::BadLanguage { tag });
    }
    let tie_margin = meta.tie_margin.as_ref().map_or(DEFAULT_TIE_MARGIN, |t| {
        let v = *t.get_ref();
        if !(0.0..=100.0).contains(&v) {
            c.report(t, P::TieMargin { value: Number(v) });
        }
        v
    });
    let min_share = meta
        .min_answered
        .as_ref()
        .map_or(DEFAULT_MIN_ANSWERED, |m| {
            let v = *m.get_ref();
            // A share of 0 would let a sheet with nothing answered through.
            if !(v > 0.0 && v <= 1.0) {
                c.report(m, P::MinAnswered { value: Number(v) });
            }
            v
        });
    (tie_margin, min_share)
}

/// The `[scale]` table; returns how many points it has.
pub(super) fn check_scale(c: &mut Checker, scale: &RawScale) -> usize {
    let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
    let points = i128::from(max) - i128::from(min) + 1;
    let labels = scale.labels.get_ref();
    if min >= max {
        c.report(&scale.max, P::ScaleBackwards { min, max });
    } else if points > MAX_POINTS as i128 {
        c.report(&scale.max, P::TooManyPoints { points });
    } else if labels.len() as i128 != points {
        let labels = labels.len();
        c.report(
            &scale.labels,
            P::LabelCount {
                points,
                min,
                max,
                labels,
            },
        );
    }
    let mut seen = HashSet::new();
    for label in labels {
        if label.trim().is_empty() {
            c.report(&scale.labels, P::EmptyLabel);
        } else if !seen.insert(label.to_lowercase()) {
            let label = label.clone();
            c.report(&scale.labels, P::RepeatedLabel { label });
        }
    }
    usize::try_from(points).unwrap_or(0).clamp(2, MAX_POINTS)
}

/// A light BCP 47 check: a 2-3 letter language, then 1-8 character alphanumeric subtags.
pub(in crate::rubric) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
