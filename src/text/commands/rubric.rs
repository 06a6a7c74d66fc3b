//! What `rubric list`, `rubric show` and `rubric check` print.

use crate::base::printable::printable as safe;
use crate::rubric::Rubric;
use crate::text::report::count;

/// The column headings of `rubric list`.
pub const LIST_HEADER: [&str; 6] = ["ID", "VERSION", "QUESTIONS", "LANGUAGES", "SOURCE", "TITLE"];

/// The source column of `rubric list` for a rubric built into pathfit.
pub const EMBEDDED: &str = "embedded";

/// The line `rubric check` prints for a valid rubric, and the note on what it leaves out.
pub fn checked(file: &str, r: &Rubric) -> String {
    format!(
        "ok: {} ({} v{}, {}, {}, {})",
        safe(file),
        r.id,
        safe(&r.version),
        count(r.key.paths, "path", "paths"),
        count(r.key.dimensions(), "dimension", "dimensions"),
        count(r.key.questions(), "question", "questions")
    )
}

/// `rubric check` of an overlay that passed against its base.
pub fn overlay_checked(file: &str, r: &Rubric) -> String {
    format!(
        "ok: {} (the {} texts of {} v{}: every text of its {}, {} and {})",
        safe(file),
        safe(&r.texts.language),
        r.id,
        safe(&r.version),
        count(r.key.paths, "path", "paths"),
        count(r.key.dimensions(), "dimension", "dimensions"),
        count(r.key.questions(), "question", "questions")
    )
}

pub fn missing_sections(missing: &[crate::rubric::Missing]) -> String {
    format!(
        "  has no {} (optional: reports and `pathfit roles` leave those parts out)",
        crate::text::rubric::missing_sections(missing)
    )
}

/// One paragraph of `rubric show`: a blank line, or text wrapped at an indent.
pub enum Para {
    Blank,
    Text(&'static str, String),
}

/// `rubric show`: a rubric's paths, dimensions and questions, as paragraphs.
pub fn describe(r: &Rubric) -> Vec<Para> {
    let mut out = heading(r);
    out.push(Para::Blank);
    out.push(Para::Text("", "Paths:".to_owned()));
    for (p, path) in r.texts.paths.iter().enumerate() {
        let line = format!("{}: {}: {}", r.ids.paths[p], path.name, path.summary);
        out.push(Para::Text("  ", line));
    }
    for d in 0..r.texts.dimensions.len() {
        dimension(r, d, &mut out);
    }
    if !r.texts.skills.is_empty() {
        out.push(Para::Blank);
        out.push(Para::Text("", "Skills:".to_owned()));
        for (s, skill) in r.texts.skills.iter().enumerate() {
            let line = format!("{}: {}", r.ids.skills[s], skill.name);
            out.push(Para::Text("  ", line));
        }
    }
    out
}

/// The rubric's name, where it came from, its description and scale.
fn heading(r: &Rubric) -> Vec<Para> {
    let (t, k) = (&r.texts, &r.key);
    let mut out = vec![
        format!("{} ({} v{}, {})", t.title, r.id, r.version, t.language),
        format!("source: {}", r.source),
        format!("sha256: {}", r.sha256),
        format!("key hash: {}", k.hash),
    ];
    if !t.description.is_empty() {
        out.push(String::new());
        out.push(t.description.clone());
    }
    out.push(String::new());
    out.push(format!(
        "Scale {} to {}: {}",
        k.scale_min,
        k.scale_min + k.points as i64 - 1,
        t.labels.join(" / ")
    ));
    out.push(format!(
        "A clear lean needs {} points; at least {} of {} questions must be answered.",
        k.tie_margin,
        k.min_answered,
        k.questions()
    ));
    out.into_iter()
        .map(|s| {
            if s.is_empty() {
                Para::Blank
            } else {
                Para::Text("", s)
            }
        })
        .collect()
}

/// One dimension: its name and weight, then its questions with their tags.
fn dimension(r: &Rubric, d: usize, out: &mut Vec<Para>) {
    let (t, k) = (&r.texts, &r.key);
    let dim = &t.dimensions[d];
    out.push(Para::Blank);
    out.push(Para::Text(
        "",
        format!(
            "{} ({}, weight {}):",
            dim.name, r.ids.dimensions[d], k.dim_weights[d]
        ),
    ));
    for (q, item) in k.items.iter().enumerate().filter(|(_, q)| q.dimension == d) {
        let mut tags = vec![format!("favors {}", r.ids.paths[item.favors])];
        if item.reverse {
            tags.push("reverse".into());
        }
        if item.weight != 1.0 {
            tags.push(format!("weight {}", item.weight));
        }
        if let Some(s) = item.skill {
            tags.push(format!("skill {}", r.ids.skills[s]));
        }
        let line = format!(
            "{} {} [{}]",
            r.ids.questions[q],
            t.questions[q],
            tags.join(", ")
        );
        out.push(Para::Text("  ", line));
    }
}
