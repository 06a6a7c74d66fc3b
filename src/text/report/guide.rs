//! The words of `pathfit roles` and `pathfit faq` around the rubric's own texts: titles and
//! the names of the rows of the side-by-side view.

use crate::rubric::PathText;

/// The rows of the side-by-side view: a title and what each path says under it.
pub fn role_rows(p: &PathText) -> Vec<(&'static str, Vec<String>)> {
    vec![
        ("A day", p.day.clone()),
        (
            "Works with",
            p.stakeholders
                .iter()
                .map(|(who, needs)| format!("{who}: {needs}"))
                .collect(),
        ),
        ("Delivers", p.deliverables.clone()),
        ("Judged by", p.kpis.clone()),
        ("Example roles", p.example_roles.clone()),
        ("Next roles", p.next_roles.clone()),
        ("Certifications", p.certifications.clone()),
    ]
}

/// A cell of the side-by-side view where a path says nothing.
pub const NONE_IN_RUBRIC: &str = "(none in this rubric)";

pub fn roles_title(title: &str) -> String {
    format!("{title}: the paths side by side")
}

pub fn faq_title(title: &str) -> String {
    format!("{title}: questions and answers")
}
