//! The words of `pathfit roles` and `pathfit faq` around the rubric's own texts: titles and
//! the names of the rows of the side-by-side view.

use crate::rubric::PathText;
use crate::t;

/// The rows of the side-by-side view: a title and what each path says under it.
pub fn role_rows(p: &PathText) -> Vec<(String, Vec<String>)> {
    vec![
        (t!("guide-day"), p.day.clone()),
        (
            t!("guide-works-with"),
            p.stakeholders
                .iter()
                .map(|(who, needs)| t!("guide-stakeholder", who = who, needs = needs))
                .collect(),
        ),
        (t!("guide-delivers"), p.deliverables.clone()),
        (t!("guide-judged-by"), p.kpis.clone()),
        (t!("guide-example-roles"), p.example_roles.clone()),
        (t!("guide-next-roles"), p.next_roles.clone()),
        (t!("guide-certifications"), p.certifications.clone()),
    ]
}

/// A cell of the side-by-side view where a path says nothing.
pub fn none_in_rubric() -> String {
    t!("guide-none")
}

pub fn roles_title(title: &str) -> String {
    t!("guide-roles-title", title = title)
}

pub fn faq_title(title: &str) -> String {
    t!("guide-faq-title", title = title)
}
