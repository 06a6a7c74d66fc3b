//! The words of the cohort report (`score --summary`): counts per verdict, mean and median
//! fits, the headings, the most common gaps and answer coverage.

use super::fit;
use crate::rubric::Rubric;
use crate::summary::Cohort;

/// The cohort report's words, in the order they are shown.
pub struct CohortDoc {
    pub title: String,
    /// Counts per verdict, then each path's fit and dimensions.
    pub figures: Vec<String>,
    /// The heading over the histogram of margins.
    pub margins: &'static str,
    /// The most common gaps, then answer coverage: a heading and its items.
    pub sections: [(&'static str, Vec<String>); 2],
}

pub fn cohort(rubric: &Rubric, c: &Cohort) -> CohortDoc {
    CohortDoc {
        title: format!(
            "Cohort: {} ({} scored, {} skipped)",
            rubric.texts.title, c.respondents, c.skipped
        ),
        figures: figures(rubric, c),
        margins: "Margins (points between the top two paths)",
        sections: [
            ("Most common skill gaps", common_gaps(rubric, c)),
            ("Answer coverage", coverage(rubric, c)),
        ],
    }
}

fn figures(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let (k, t) = (&rubric.key, &rubric.texts);
    let mut out = Vec::new();
    for (p, n) in c.verdicts.iter().enumerate() {
        let name = if p == k.paths {
            "No clear lean".to_owned()
        } else {
            format!("Clear lean to {}", t.paths[p].name)
        };
        out.push(format!("{name}: {n}"));
    }
    for (p, s) in c.fits.iter().enumerate() {
        out.push(format!(
            "{} fit: mean {}, median {}",
            t.paths[p].name,
            fit(s.mean()),
            fit(s.median())
        ));
        for d in 0..k.dimensions() {
            let s = &c.dims[p * k.dimensions() + d];
            out.push(format!(
                "{}, {}: mean {}, median {}",
                t.paths[p].name,
                t.dimensions[d].name,
                fit(s.mean()),
                fit(s.median())
            ));
        }
    }
    out
}

fn common_gaps(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let gaps = c.common_gaps(5);
    if gaps.is_empty() {
        return vec!["None.".into()];
    }
    gaps.into_iter()
        .map(|(q, n)| format!("{n} of {}: {}", c.answered[q], rubric.texts.questions[q]))
        .collect()
}

fn coverage(rubric: &Rubric, c: &Cohort) -> Vec<String> {
    let low: Vec<String> = (0..rubric.key.questions())
        .filter(|&q| c.respondents > 0 && c.answered[q] * 10 < c.respondents * 9)
        .map(|q| {
            format!(
                "{} ({} of {})",
                rubric.ids.questions[q], c.answered[q], c.respondents
            )
        })
        .collect();
    let first = if low.is_empty() {
        "Every question was answered by at least 90% of the respondents.".to_owned()
    } else {
        format!("Answered by fewer than 90%: {}", low.join(", "))
    };
    vec![first, "Medians are exact to 0.1 point.".into()]
}
