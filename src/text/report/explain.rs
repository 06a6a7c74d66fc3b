//! The words of `pathfit explain`: each answer's share of the margin, the answers that pushed
//! hardest each way, and the fewest changes that would change the verdict.

use super::{Doc, decimal, verdict};
use crate::answers::Responses;
use crate::explain::Explanation;
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::t;

/// How many answers are listed as pushing hardest each way.
const HARDEST: usize = 5;

/// `pathfit explain` as a document.
pub fn explain(
    (rubric, responses, source): (&Rubric, &Responses, &str),
    scores: &Scores,
    e: &Explanation,
) -> Doc {
    let (top, second) = (
        rubric.path_name(scores.top),
        rubric.path_name(scores.second),
    );
    let title = match &responses.respondent {
        Some(who) => t!("explain-title-who", who = who, title = rubric.texts.title),
        None => t!("explain-title", title = rubric.texts.title),
    };
    let all: Vec<String> = e
        .contributions
        .iter()
        .map(|&(q, c)| share(rubric, responses, q, c))
        .collect();
    Doc {
        title,
        lines: vec![
            t!(
                "explain-about",
                source = source,
                id = rubric.id,
                version = rubric.version
            ),
            verdict(rubric, scores),
        ],
        blocks: vec![
            (shares_title(scores, e, top, second), all),
            (
                t!("explain-towards", path = top),
                hardest(rubric, responses, e, true),
            ),
            (
                t!("explain-towards", path = second),
                hardest(rubric, responses, e, false),
            ),
            (t!("explain-flip-title"), flip_lines(rubric, e)),
        ],
    }
}

/// The title of the shares; when the shares as shown (each to 0.1) add up to other than the
/// margin as shown, with a short sentence that says so.
fn shares_title(scores: &Scores, e: &Explanation, top: &str, second: &str) -> String {
    use crate::scoring::shown;
    let sum = shown(e.contributions.iter().map(|&(_, c)| shown(c)).sum());
    if sum == scores.shown_margin {
        return t!("explain-shares", top = top, second = second);
    }
    t!(
        "explain-shares-rounded",
        top = top,
        second = second,
        sum = decimal(sum),
        margin = decimal(scores.shown_margin)
    )
}

fn answer(rubric: &Rubric, responses: &Responses, q: usize) -> String {
    let label = responses
        .get(q)
        .map_or_else(|| t!("explain-skipped"), |p| rubric.label(p).to_owned());
    t!(
        "explain-answer",
        question = rubric.texts.questions[q],
        label = label
    )
}

/// One answer's signed share of the margin, then the answer.
fn share(rubric: &Rubric, responses: &Responses, q: usize, points: f64) -> String {
    let points = match crate::scoring::shown(points) {
        0.0 => format!(" {}", decimal(0.0)),
        v => super::signed(v),
    };
    t!(
        "explain-share",
        points = points,
        answer = answer(rubric, responses, q)
    )
}

/// The answers that pushed hardest towards the top path (`positive`) or the second.
fn hardest(rubric: &Rubric, responses: &Responses, e: &Explanation, positive: bool) -> Vec<String> {
    let mut list: Vec<&(usize, f64)> = e
        .contributions
        .iter()
        .filter(|(_, c)| if positive { *c > 0.05 } else { *c < -0.05 })
        .collect();
    if !positive {
        list.reverse();
    }
    let items: Vec<String> = list
        .into_iter()
        .take(HARDEST)
        .map(|&(q, c)| share(rubric, responses, q, c))
        .collect();
    if items.is_empty() {
        vec![t!("explain-none")]
    } else {
        items
    }
}

fn flip_lines(rubric: &Rubric, e: &Explanation) -> Vec<String> {
    let Some(f) = &e.flip else {
        return vec![t!("explain-no-flip", n = e.steps_available)];
    };
    let after = &f.after;
    let result = match after.lean {
        Some(p) => t!(
            "explain-would-lean",
            path = rubric.path_name(p),
            margin = decimal(after.shown_margin)
        ),
        None => t!(
            "explain-would-none",
            path = rubric.path_name(after.top),
            margin = decimal(after.shown_margin)
        ),
    };
    let first = match f.changes.len() {
        1 => t!("explain-flip-one", n = f.steps, result = result),
        count => t!(
            "explain-flip-many",
            count = count,
            n = f.steps,
            result = result
        ),
    };
    let mut lines = vec![first];
    lines.extend(f.changes.iter().map(|c| {
        t!(
            "explain-change",
            question = rubric.texts.questions[c.question],
            from = rubric.label(c.from),
            to = rubric.label(c.to)
        )
    }));
    lines
}
