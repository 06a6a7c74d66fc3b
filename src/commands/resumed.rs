//! A session file read to resume the assessment is outside text like any answer file: every
//! text of it is made inert once, as it is read (see [`crate::base::neutral`]).

use std::collections::BTreeMap;

use crate::base::neutral::{line, line_in, prose_in};
use crate::interview::Session;

/// `map` with its keys (ids) on one inert line.
fn keys<V>(map: &mut BTreeMap<String, V>) {
    *map = std::mem::take(map)
        .into_iter()
        .map(|(k, v)| (line(&k).into_owned(), v))
        .collect();
}

pub(super) fn inert(mut s: Session) -> Session {
    for text in [
        &mut s.rubric,
        &mut s.rubric_version,
        &mut s.rubric_sha256,
        &mut s.date,
    ] {
        line_in(text);
    }
    s.respondent.iter_mut().for_each(line_in);
    s.practice.iter_mut().for_each(line_in);
    s.partner.iter_mut().for_each(line_in);
    keys(&mut s.answers);
    keys(&mut s.earlier);
    keys(&mut s.other);
    keys(&mut s.seconds);
    keys(&mut s.seen);
    s.seen.values_mut().for_each(line_in);
    keys(&mut s.reflections);
    s.reflections.values_mut().for_each(prose_in);
    s.skipped = s.skipped.iter().map(|k| line(k).into_owned()).collect();
    s
}
