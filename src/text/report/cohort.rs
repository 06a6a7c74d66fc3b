//! The words of the cohort report (`score --summary`): counts per verdict, mean and median
//! fits, the headings, the most common gaps and answer coverage.

use super::fit;
use crate::rubric::Rubric;
use crate::summary::Cohort;
use crate::t;

/// The cohort report's words, in the order they are shown.
pub struct CohortDoc {
    pub title: String,
    /// Counts per verdict, then each path's fit and dimensions.
    pub figures: Vec<String>,
    /// The heading over the histogram of margins.
    pub margins: String,
    /// The most common gaps, then answer coverage: a heading and its items.
    pub sections: [(String, Vec<String>); 2],
}

pub fn cohort(rubric: &Rubric, c: &Cohort) -> CohortDoc {
    CohortDoc {
        title: t!(
            "cohort-title",
            title = rubric.texts.title,
            scored = c.respondents,
            skipped = c.skipped
        ),
        figures: figures(rubric, c),
        margins: t!("cohort-margins"),
        sections: [
            (t!("cohort-gaps"), common_gaps(rubric, c)),
            (t!("cohort-coverage"), coverage(rubric, c)),
        ],
    }
}

fn figures(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let (k, t) = (&rubric.key, &rubric.texts);
    let mut out = Vec::new();
    for (p, n) in c.verdicts.iter().enumerate() {
        let name = if p == k.paths {
            t!("cohort-no-lean")
        } else {
            t!("cohort-lean", path = t.paths[p].name)
        };
        out.push(t!("cohort-count", name = name, n = n));
    }
    for (p, s) in c.fits.iter().enumerate() {
        out.push(t!(
            "cohort-fit",
            path = t.paths[p].name,
            mean = fit(s.mean()),
            median = fit(s.median())
        ));
        for d in 0..k.dimensions() {
            let s = &c.dims[p * k.dimensions() + d];
            out.push(t!(
                "cohort-dim",
                path = t.paths[p].name,
                dim = t.dimensions[d].name,
                mean = fit(s.mean()),
                median = fit(s.median())
            ));
        }
    }
    out
}

fn common_gaps(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let gaps = c.common_gaps(5);
    if gaps.is_empty() {
        return vec![t!("cohort-none")];
    }
    gaps.into_iter()
        .map(|(q, n)| {
            t!(
                "cohort-gap",
                n = n,
                answered = c.answered[q],
                question = rubric.texts.questions[q]
            )
        })
        .collect()
}

fn coverage(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let low: Vec<String> = (0..rubric.key.questions())
        .filter(|&q| c.respondents > 0 && c.answered[q] * 10 < c.respondents * 9)
        .map(|q| {
            t!(
                "cohort-low",
                id = rubric.ids.questions[q],
                n = c.answered[q],
                all = c.respondents
            )
        })
        .collect();
    let first = if low.is_empty() {
        t!("cohort-all-answered")
    } else {
        t!("cohort-fewer", ids = low.join(&t!("list-comma")))
    };
    vec![first, t!("cohort-medians")]
}
