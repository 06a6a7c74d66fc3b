//! What `rubric list`, `rubric show` and `rubric check` print.

use crate::base::printable::printable as safe;
use crate::rubric::Rubric;
use crate::t;
use crate::text::l10n::{lang, number};

/// The column headings of `rubric list`.
pub fn list_header() -> [String; 6] {
    [
        t!("rubric-list-id"),
        t!("rubric-list-version"),
        t!("rubric-list-questions"),
        t!("rubric-list-languages"),
        t!("rubric-list-source"),
        t!("rubric-list-title"),
    ]
}

/// The source column of `rubric list` for a rubric built into pathfit.
pub fn embedded() -> String {
    t!("rubric-embedded")
}

/// The line `rubric check` prints for a valid rubric, and the note on what it leaves out.
pub fn checked(file: &str, r: &Rubric) -> String {
    t!(
        "rubric-checked",
        file = safe(file),
        id = r.id,
        version = safe(&r.version),
        paths = t!("count-paths", n = r.key.paths),
        dimensions = t!("count-dimensions", n = r.key.dimensions()),
        questions = t!("count-questions", n = r.key.questions())
    )
}

/// `rubric check` of an overlay that passed against its base.
pub fn overlay_checked(file: &str, r: &Rubric) -> String {
    t!(
        "rubric-overlay-checked",
        file = safe(file),
        language = safe(&r.texts.language),
        id = r.id,
        version = safe(&r.version),
        paths = t!("count-paths", n = r.key.paths),
        dimensions = t!("count-dimensions", n = r.key.dimensions()),
        questions = t!("count-questions", n = r.key.questions())
    )
}

pub fn missing_sections(missing: &[crate::rubric::Missing]) -> String {
    let sections = crate::text::rubric::missing_sections(missing);
    format!("  {}", t!("rubric-missing-sections", sections = sections))
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
    out.push(Para::Text("", t!("rubric-show-paths")));
    for (p, path) in r.texts.paths.iter().enumerate() {
        let line = format!("{}: {}: {}", r.ids.paths[p], path.name, path.summary);
        out.push(Para::Text("  ", line));
    }
    for d in 0..r.texts.dimensions.len() {
        dimension(r, d, &mut out);
    }
    if !r.texts.skills.is_empty() {
        out.push(Para::Blank);
        out.push(Para::Text("", t!("rubric-show-skills")));
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
        t!("rubric-show-source", source = r.source),
        format!("sha256: {}", r.sha256),
        t!("rubric-show-key-hash", hash = k.hash),
    ];
    if !t.description.is_empty() {
        out.push(String::new());
        out.push(t.description.clone());
    }
    out.push(String::new());
    out.push(t!(
        "rubric-show-scale",
        min = k.scale_min,
        max = k.scale_min + k.points as i64 - 1,
        labels = t.labels.join(" / ")
    ));
    out.push(t!(
        "rubric-show-lean",
        margin = number(lang(), k.tie_margin),
        needed = k.min_answered,
        questions = k.questions()
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
        t!(
            "rubric-show-dimension",
            name = dim.name,
            id = r.ids.dimensions[d],
            weight = number(lang(), k.dim_weights[d])
        ),
    ));
    for (q, item) in k.items.iter().enumerate().filter(|(_, q)| q.dimension == d) {
        let mut tags = vec![t!("rubric-tag-favors", path = r.ids.paths[item.favors])];
        if item.reverse {
            tags.push(t!("rubric-tag-reverse"));
        }
        if item.weight != 1.0 {
            tags.push(t!(
                "rubric-tag-weight",
                weight = number(lang(), item.weight)
            ));
        }
        if let Some(s) = item.skill {
            tags.push(t!("rubric-tag-skill", skill = r.ids.skills[s]));
        }
        let line = format!(
            "{} {} [{}]",
            r.ids.questions[q],
            t.questions[q],
            tags.join(&t!("list-comma"))
        );
        out.push(Para::Text("  ", line));
    }
}
