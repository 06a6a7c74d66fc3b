//! The words of `pathfit explain` and `pathfit compare`, as text, Markdown or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{FitView, Pairs, RubricView, VerdictView, fits_view, rubric_view, verdict_view};
use super::{Format, Look, safe};
use crate::answers::Responses;
use crate::compare::Comparison;
use crate::explain::Explanation;
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::text::report::{self as text, count};

/// How many answers are listed as pushing hardest each way.
const HARDEST: usize = 5;

/// A report as headed lists, written as wrapped text or Markdown.
struct Doc {
    title: String,
    lines: Vec<String>,
    blocks: Vec<(String, Vec<String>)>,
}

fn write_doc(out: &mut dyn Write, doc: &Doc, format: Format, look: Look) -> io::Result<()> {
    let width = look.width.max(20);
    let wrap = |out: &mut dyn Write, text: &str, first: &str, rest: &str| -> io::Result<()> {
        let options = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest);
        for line in textwrap::wrap(&safe(text), options) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    if format == Format::Markdown {
        writeln!(out, "# {}\n", safe(&doc.title))?;
        for l in &doc.lines {
            writeln!(out, "{}\n", safe(l))?;
        }
        for (title, items) in &doc.blocks {
            writeln!(out, "## {}\n", safe(title))?;
            for i in items {
                writeln!(out, "- {}", safe(i))?;
            }
            writeln!(out)?;
        }
        return Ok(());
    }
    for line in textwrap::wrap(&safe(&doc.title), width) {
        writeln!(out, "{}", look.bold(&line))?;
    }
    for l in &doc.lines {
        wrap(out, l, "", "")?;
    }
    for (title, items) in &doc.blocks {
        writeln!(out)?;
        writeln!(out, "{}", look.bold(&safe(title)))?;
        for i in items {
            wrap(out, i, "  - ", "    ")?;
        }
    }
    Ok(())
}

fn answer(rubric: &Rubric, responses: &Responses, q: usize) -> String {
    let label = responses.get(q).map_or("skipped", |p| rubric.label(p));
    format!("{} ({label})", rubric.texts.questions[q])
}

/// `pathfit explain`.
pub fn write_explain(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    (rubric, responses, source): (&Rubric, &Responses, &str),
    scores: &Scores,
    e: &Explanation,
) -> io::Result<()> {
    if matches!(format, Format::Json | Format::Jsonl | Format::Csv) {
        let view = ExplainView::new(rubric, responses, source, scores, e);
        serde_json::to_writer_pretty(&mut *out, &view)?;
        return writeln!(out);
    }
    let (top, second) = (
        rubric.path_name(scores.top),
        rubric.path_name(scores.second),
    );
    let title = match &responses.respondent {
        Some(who) => format!("{who}: {}, explained", rubric.texts.title),
        None => format!("{}, explained", rubric.texts.title),
    };
    let points = |x: f64| match crate::scoring::shown(x) {
        0.0 => " 0.0".to_owned(),
        v => format!("{v:+.1}"),
    };
    let all: Vec<String> = e
        .contributions
        .iter()
        .map(|&(q, c)| format!("{} {}", points(c), answer(rubric, responses, q)))
        .collect();
    let towards = |positive: bool| -> Vec<String> {
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
            .map(|&(q, c)| format!("{} {}", points(c), answer(rubric, responses, q)))
            .collect();
        if items.is_empty() {
            vec!["None: no answer pushed this way by 0.1 points or more.".into()]
        } else {
            items
        }
    };
    let mut blocks = vec![
        (
            format!(
                "Each answer's share of the margin, in points (+ towards {top}, - towards {second}); they add up to the margin"
            ),
            all,
        ),
        (format!("Pushed hardest towards {top}"), towards(true)),
        (format!("Pushed hardest towards {second}"), towards(false)),
    ];
    blocks.push((
        "What would change the verdict".into(),
        flip_lines(rubric, e),
    ));
    let doc = Doc {
        title,
        lines: vec![
            format!("{source}; rubric {} v{}", rubric.id, rubric.version),
            text::verdict(rubric, scores),
        ],
        blocks,
    };
    write_doc(out, &doc, format, look)
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

#[derive(Serialize)]
struct ExplainView<'a> {
    source: &'a str,
    respondent: Option<&'a str>,
    rubric: RubricView<'a>,
    top: &'a str,
    second: &'a str,
    margin: f64,
    verdict: VerdictView<'a>,
    contributions: Vec<ContributionView<'a>>,
    flip: Option<FlipView<'a>>,
}

#[derive(Serialize)]
struct ContributionView<'a> {
    question: &'a str,
    text: &'a str,
    answer: i64,
    points: f64,
}

#[derive(Serialize)]
struct FlipView<'a> {
    steps: usize,
    changes: Vec<ChangeView<'a>>,
    verdict_after: VerdictView<'a>,
}

#[derive(Serialize)]
struct ChangeView<'a> {
    question: &'a str,
    from: i64,
    to: i64,
}

impl<'a> ExplainView<'a> {
    fn new(
        rubric: &'a Rubric,
        responses: &'a Responses,
        source: &'a str,
        s: &Scores,
        e: &Explanation,
    ) -> Self {
        let ids = &rubric.ids;
        let key = &rubric.key;
        ExplainView {
            source,
            respondent: responses.respondent.as_deref(),
            rubric: rubric_view(rubric),
            top: &ids.paths[s.top],
            second: &ids.paths[s.second],
            margin: s.margin,
            verdict: verdict_view(rubric, s),
            contributions: e
                .contributions
                .iter()
                .map(|&(q, points)| ContributionView {
                    question: &ids.questions[q],
                    text: &rubric.texts.questions[q],
                    answer: responses.get(q).map_or(0, |p| key.value(p)),
                    points,
                })
                .collect(),
            flip: e.flip.as_ref().map(|f| FlipView {
                steps: f.steps,
                changes: f
                    .changes
                    .iter()
                    .map(|c| ChangeView {
                        question: &ids.questions[c.question],
                        from: key.value(c.from),
                        to: key.value(c.to),
                    })
                    .collect(),
                verdict_after: verdict_view(rubric, &f.after),
            }),
        }
    }
}

/// `pathfit compare`.
pub fn write_compare(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    rubric: &Rubric,
    (before, after): (&str, &str),
    c: &Comparison,
) -> io::Result<()> {
    if matches!(format, Format::Json | Format::Jsonl | Format::Csv) {
        let view = CompareView::new(rubric, before, after, c);
        serde_json::to_writer_pretty(&mut *out, &view)?;
        return writeln!(out);
    }
    let key = &rubric.key;
    let signal = |d: f64| {
        if d.abs() < c.noise {
            " (within retest noise)"
        } else {
            ""
        }
    };
    let mut changes: Vec<String> = Vec::new();
    for p in 0..key.paths {
        let name = rubric.path_name(p);
        match (c.before.fits[p], c.after.fits[p], c.fits[p]) {
            (Some(b), Some(a), Some(d)) => changes.push(format!(
                "{name}: {} -> {} ({:+.1}){}",
                text::fit(Some(b)),
                text::fit(Some(a)),
                crate::scoring::shown(a) - crate::scoring::shown(b),
                signal(d)
            )),
            _ => changes.push(format!("{name}: n/a")),
        }
        for d in 0..key.dimensions() {
            if let Some(delta) = c.dims[p * key.dimensions() + d] {
                changes.push(format!(
                    "{name}, {}: {:+.1}",
                    rubric.texts.dimensions[d].name,
                    crate::scoring::shown(delta)
                ));
            }
        }
    }
    let list = |qs: &[usize], none: &str| -> Vec<String> {
        if qs.is_empty() {
            vec![none.to_owned()]
        } else {
            qs.iter()
                .map(|&q| {
                    let skill = key.items[q]
                        .skill
                        .map_or("", |s| rubric.texts.skills[s].name.as_str());
                    format!("{skill}: {}", rubric.texts.questions[q])
                })
                .collect()
        }
    };
    let names: Vec<&str> = c.paths.iter().map(|&p| rubric.path_name(p)).collect();
    let doc = Doc {
        title: format!("{}: before and after", rubric.texts.title),
        lines: vec![
            format!("Before: {before}"),
            format!("After: {after}"),
            format!("Before: {}", text::verdict(rubric, &c.before)),
            format!("After: {}", text::verdict(rubric, &c.after)),
            format!(
                "A change of the overall fit smaller than {:.1} points is within what answering the same questions twice usually moves: that is how far one answer in five, moved one step the same way, moves the top fit on this sheet.",
                c.noise
            ),
        ],
        blocks: vec![
            ("Changes in fit".into(), changes),
            (
                format!("Gaps closed ({})", text::list_and(&names)),
                list(&c.closed, "None."),
            ),
            (
                format!("Gaps opened ({})", text::list_and(&names)),
                list(&c.opened, "None."),
            ),
        ],
    };
    write_doc(out, &doc, format, look)
}

#[derive(Serialize)]
struct SideView<'a> {
    source: &'a str,
    fits: Vec<FitView<'a>>,
    verdict: VerdictView<'a>,
}

#[derive(Serialize)]
struct DeltaView<'a> {
    fit: Option<f64>,
    dimensions: Pairs<&'a str, Option<f64>>,
}

#[derive(Serialize)]
struct CompareView<'a> {
    rubric: RubricView<'a>,
    before: SideView<'a>,
    after: SideView<'a>,
    deltas: Pairs<&'a str, DeltaView<'a>>,
    gaps_closed: Vec<&'a str>,
    gaps_opened: Vec<&'a str>,
    noise: f64,
}

impl<'a> CompareView<'a> {
    fn new(rubric: &'a Rubric, before: &'a str, after: &'a str, c: &Comparison) -> Self {
        let ids = &rubric.ids;
        let dims = rubric.key.dimensions();
        CompareView {
            rubric: rubric_view(rubric),
            before: SideView {
                source: before,
                fits: fits_view(rubric, &c.before),
                verdict: verdict_view(rubric, &c.before),
            },
            after: SideView {
                source: after,
                fits: fits_view(rubric, &c.after),
                verdict: verdict_view(rubric, &c.after),
            },
            deltas: Pairs(
                (0..rubric.key.paths)
                    .map(|p| {
                        (
                            ids.paths[p].as_str(),
                            DeltaView {
                                fit: c.fits[p],
                                dimensions: Pairs(
                                    (0..dims)
                                        .map(|d| (ids.dimensions[d].as_str(), c.dims[p * dims + d]))
                                        .collect(),
                                ),
                            },
                        )
                    })
                    .collect(),
            ),
            gaps_closed: c
                .closed
                .iter()
                .map(|&q| ids.questions[q].as_str())
                .collect(),
            gaps_opened: c
                .opened
                .iter()
                .map(|&q| ids.questions[q].as_str())
                .collect(),
            noise: c.noise,
        }
    }
}
