//! The words of `pathfit explain`: each answer's share of the margin, the answers that pushed
//! hardest each way, and the fewest changes that would change the verdict.

use super::{Doc, count, verdict};
use crate::answers::Responses;
use crate::explain::Explanation;
use crate::rubric::Rubric;
use crate::scoring::Scores;

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
        Some(who) => format!("{who}: {}, explained", rubric.texts.title),
        None => format!("{}, explained", rubric.texts.title),
    };
    let all: Vec<String> = e
        .contributions
        .iter()
        .map(|&(q, c)| share(rubric, responses, q, c))
        .collect();
    Doc {
        title,
        lines: vec![
            format!("{source}; rubric {} v{}", rubric.id, rubric.version),
            verdict(rubric, scores),
        ],
        blocks: vec![
            (
                format!(
                    "Each answer's share of the margin, in points (+ towards {top}, - towards {second}); they add up to the margin{}",
                    rounding(scores, e)
                ),
                all,
            ),
            (
                format!("Pushed hardest towards {top}"),
                hardest(rubric, responses, e, true),
            ),
            (
                format!("Pushed hardest towards {second}"),
                hardest(rubric, responses, e, false),
            ),
            (
                "What would change the verdict".into(),
                flip_lines(rubric, e),
            ),
        ],
    }
}

/// When the shares as shown (each to 0.1) add up to other than the margin as shown, a short
/// sentence that says so; else nothing.
fn rounding(scores: &Scores, e: &Explanation) -> String {
    use crate::scoring::shown;
    let sum = shown(e.contributions.iter().map(|&(_, c)| shown(c)).sum());
    if sum == scores.shown_margin {
        return String::new();
    }
    format!(
        ". Rounded to 0.1 each, the shares shown add up to {sum:.1}, not {:.1}.",
        scores.shown_margin
    )
}

fn answer(rubric: &Rubric, responses: &Responses, q: usize) -> String {
    let label = responses.get(q).map_or("skipped", |p| rubric.label(p));
    format!("{} ({label})", rubric.texts.questions[q])
}

/// One answer's signed share of the margin, then the answer.
fn share(rubric: &Rubric, responses: &Responses, q: usize, points: f64) -> String {
    let points = match crate::scoring::shown(points) {
        0.0 => " 0.0".to_owned(),
        v => format!("{v:+.1}"),
    };
    format!("{points} {}", answer(rubric, responses, q))
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
        vec!["None: no answer pushed this way by 0.1 points or more.".into()]
    } else {
        items
    }
}

fn flip_lines(rubric: &Rubric, e: &Explanation) -> Vec<String> {
    let Some(f) = &e.flip else {
        return vec![format!(
            "No change of the given answers changes the verdict: all {} that were possible were tried. Answers left blank are not changed.",
            count(e.steps_available, "step", "steps")
        )];
    };
    let after = &f.after;
    let result = match after.lean {
        Some(p) => format!(
            "would give {} a clear lean (by {:.1})",
            rubric.path_name(p),
            after.shown_margin
        ),
        None => format!(
            "would leave no clear lean ({} ahead by {:.1})",
            rubric.path_name(after.top),
            after.shown_margin
        ),
    };
    let changed = match f.changes.len() {
        1 => "Changing this answer".to_owned(),
        n => format!("Changing these {n} answers"),
    };
    let mut lines = vec![format!(
        "{changed}, {} in all, {result}; no change of fewer steps does. Answers left blank are not changed.",
        count(f.steps, "step", "steps")
    )];
    lines.extend(f.changes.iter().map(|c| {
        format!(
            "\"{}\" from \"{}\" to \"{}\"",
            rubric.texts.questions[c.question],
            rubric.label(c.from),
            rubric.label(c.to)
        )
    }));
    lines
}
