//! `pathfit explain` and `pathfit compare` laid out as wrapped text, Markdown, HTML or JSON; their
//! words come from `text::report`.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{FitView, Pairs, RubricView, VerdictView, fits_view, rubric_view, verdict_view};
use super::{Format, Look, safe};
use crate::answers::Responses;
use crate::compare::Comparison;
use crate::explain::Explanation;
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::text::report::{self as text, Doc};

/// A document of headed lists written as wrapped text or Markdown.
fn write_doc(out: &mut dyn Write, doc: &Doc, format: Format, look: Look) -> io::Result<()> {
    let width = look.width.max(20);
    let wrap = |out: &mut dyn Write, text: &str, first: &str, rest: &str| -> io::Result<()> {
        let options = crate::base::wrap::prose(width)
            .initial_indent(first)
            .subsequent_indent(rest);
        for line in crate::base::wrap::wrap(&safe(text), options) {
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
    for line in crate::base::wrap::lines(&safe(&doc.title), width) {
        writeln!(out, "{}", look.bold(&line))?;
    }
    for l in &doc.lines {
        wrap(out, l, "", "")?;
    }
    for (title, items) in &doc.blocks {
        writeln!(out)?;
        for line in crate::base::wrap::lines(&safe(title), width) {
            writeln!(out, "{}", look.bold(&line))?;
        }
        for i in items {
            wrap(out, i, "  - ", "    ")?;
        }
    }
    Ok(())
}

/// `pathfit explain`.
pub fn write_explain(
    out: &mut dyn Write,
    format: Format,
    look: Look,
    sheet: (&Rubric, &Responses, &str),
    scores: &Scores,
    e: &Explanation,
) -> io::Result<()> {
    if matches!(format, Format::Json | Format::Jsonl | Format::Csv) {
        let (rubric, responses, source) = sheet;
        let view = ExplainView::new(rubric, responses, source, scores, e);
        serde_json::to_writer_pretty(&mut *out, &view)?;
        return writeln!(out);
    }
    let doc = text::explain(sheet, scores, e);
    if format == Format::Html {
        return super::html::write_doc(out, sheet.0, &doc);
    }
    write_doc(out, &doc, format, look)
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
    let doc = text::compare(rubric, (before, after), c);
    if format == Format::Html {
        return super::html::write_doc(out, rubric, &doc);
    }
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
    gaps_open: Vec<&'a str>,
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
            gaps_open: c.open.iter().map(|&q| ids.questions[q].as_str()).collect(),
            noise: c.noise,
        }
    }
}
