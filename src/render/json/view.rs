//! The JSON view of one scored sheet: ids and unrounded numbers, with the English text beside
//! them where a reader wants it; the parts `explain` and `compare` share.

use serde::Serialize;

use super::Pairs;
use super::plan::{PlanView, plan_view};
use crate::answers::Responses;
use crate::render::Sheet;
use crate::report::Report;
use crate::rubric::Rubric;
use crate::text::report as text;

#[derive(Serialize)]
pub(super) struct View<'a> {
    source: &'a str,
    row: Option<usize>,
    respondent: Option<&'a str>,
    date: Option<&'a str>,
    rubric: RubricView<'a>,
    answered: usize,
    total: usize,
    partial: bool,
    fits: Vec<FitView<'a>>,
    verdict: VerdictView<'a>,
    strengths: Vec<AnswerView<'a>>,
    gaps: Vec<GapView<'a>>,
    deciders: Vec<DeciderView<'a>>,
    plan: PlanView<'a>,
    quality: QualityView,
    reflections: Pairs<&'a str, &'a str>,
    /// Per question id, the answer as a scale value, null when unanswered (`--answers`).
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<Pairs<&'a str, Option<i64>>>,
}

#[derive(Serialize)]
struct QualityView {
    midpoint_share: Option<f64>,
    skipped: usize,
    flags: Vec<&'static str>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct RubricView<'a> {
    id: &'a str,
    version: &'a str,
    language: &'a str,
    sha256: &'a str,
    key_hash: &'a str,
}

#[derive(Serialize)]
pub(crate) struct FitView<'a> {
    path: &'a str,
    name: &'a str,
    fit: Option<f64>,
    dimensions: Pairs<&'a str, Option<f64>>,
}

#[derive(Serialize)]
pub(crate) struct VerdictView<'a> {
    top: &'a str,
    second: &'a str,
    margin: f64,
    shown_margin: f64,
    tie_margin: f64,
    lean: Option<&'a str>,
    text: String,
}

#[derive(Serialize)]
struct AnswerView<'a> {
    path: &'a str,
    question: &'a str,
    text: &'a str,
    answer: i64,
    label: &'a str,
    support: f64,
}

#[derive(Serialize)]
struct GapView<'a> {
    path: &'a str,
    question: &'a str,
    skill: &'a str,
    skill_name: &'a str,
    text: &'a str,
    answer: i64,
    label: &'a str,
    shortfall: f64,
    priority: f64,
}

#[derive(Serialize)]
struct DeciderView<'a> {
    question: &'a str,
    text: &'a str,
    from: Option<i64>,
    to: i64,
    lean_after: &'a str,
    margin_after: f64,
    steps: usize,
}

pub(super) fn view<'a>(sheet: Sheet<'a>, report: &'a Report, answers: bool) -> View<'a> {
    let (rubric, responses, s) = (sheet.rubric, sheet.responses, sheet.scores);
    View {
        source: sheet.source,
        row: sheet.row,
        respondent: responses.respondent.as_deref(),
        date: responses.date.as_deref(),
        rubric: rubric_view(rubric),
        answered: s.answered,
        total: rubric.key.questions(),
        partial: responses.partial(),
        fits: fits_view(rubric, s),
        verdict: verdict_view(rubric, s),
        strengths: strengths_view(rubric, report),
        gaps: gaps_view(rubric, report),
        deciders: deciders_view(rubric, report),
        plan: plan_view(rubric, report),
        quality: quality_view(rubric, report),
        reflections: reflections_view(rubric, responses),
        answers: answers.then(|| answers_view(rubric, responses)),
    }
}

/// Each question's answer as a scale value, in the rubric's order.
fn answers_view<'a>(rubric: &'a Rubric, responses: &Responses) -> Pairs<&'a str, Option<i64>> {
    Pairs(
        rubric
            .ids
            .questions
            .iter()
            .zip(&responses.points)
            .map(|(id, &p)| {
                let value = (p != crate::scoring::MISSING).then(|| rubric.key.value(p));
                (id.as_str(), value)
            })
            .collect(),
    )
}

fn strengths_view<'a>(rubric: &'a Rubric, report: &'a Report) -> Vec<AnswerView<'a>> {
    let (ids, texts, key) = (&rubric.ids, &rubric.texts, &rubric.key);
    report
        .views
        .iter()
        .flat_map(|v| &v.strengths)
        .map(|st| AnswerView {
            path: &ids.paths[st.path],
            question: &ids.questions[st.question],
            text: &texts.questions[st.question],
            answer: key.value(st.point),
            label: rubric.label(st.point),
            support: st.support,
        })
        .collect()
}

fn gaps_view<'a>(rubric: &'a Rubric, report: &'a Report) -> Vec<GapView<'a>> {
    let (ids, texts, key) = (&rubric.ids, &rubric.texts, &rubric.key);
    report
        .views
        .iter()
        .flat_map(|v| &v.gaps.gaps)
        .map(|g| GapView {
            path: &ids.paths[g.path],
            question: &ids.questions[g.question],
            skill: &ids.skills[g.skill],
            skill_name: &texts.skills[g.skill].name,
            text: &texts.questions[g.question],
            answer: key.value(g.point),
            label: rubric.label(g.point),
            shortfall: g.shortfall,
            priority: g.priority,
        })
        .collect()
}

fn deciders_view<'a>(rubric: &'a Rubric, report: &'a Report) -> Vec<DeciderView<'a>> {
    let (ids, texts, key) = (&rubric.ids, &rubric.texts, &rubric.key);
    report
        .deciders
        .iter()
        .map(|d| DeciderView {
            question: &ids.questions[d.question],
            text: &texts.questions[d.question],
            from: d.from.map(|f| key.value(f)),
            to: key.value(d.to),
            lean_after: &ids.paths[d.lean],
            margin_after: d.margin,
            steps: d.steps,
        })
        .collect()
}

fn reflections_view<'a>(rubric: &'a Rubric, responses: &'a Responses) -> Pairs<&'a str, &'a str> {
    Pairs(
        responses
            .reflections
            .iter()
            .enumerate()
            .filter_map(|(r, t)| Some((rubric.ids.reflections[r].as_str(), t.as_deref()?)))
            .collect(),
    )
}

pub(crate) fn rubric_view(rubric: &Rubric) -> RubricView<'_> {
    RubricView {
        id: &rubric.id,
        version: &rubric.version,
        language: &rubric.texts.language,
        sha256: &rubric.sha256,
        key_hash: &rubric.key.hash,
    }
}

pub(crate) fn fits_view<'a>(rubric: &'a Rubric, s: &crate::scoring::Scores) -> Vec<FitView<'a>> {
    let ids = &rubric.ids;
    (0..rubric.key.paths)
        .map(|p| FitView {
            path: &ids.paths[p],
            name: rubric.path_name(p),
            fit: s.fits[p],
            dimensions: Pairs(
                (0..rubric.key.dimensions())
                    .map(|d| (ids.dimensions[d].as_str(), s.dim(p, d)))
                    .collect(),
            ),
        })
        .collect()
}

pub(crate) fn verdict_view<'a>(rubric: &'a Rubric, s: &crate::scoring::Scores) -> VerdictView<'a> {
    let ids = &rubric.ids;
    VerdictView {
        top: &ids.paths[s.top],
        second: &ids.paths[s.second],
        margin: s.margin,
        shown_margin: s.shown_margin,
        tie_margin: rubric.key.tie_margin,
        lean: s.lean.map(|p| ids.paths[p].as_str()),
        text: text::verdict(rubric, s),
    }
}

fn quality_view(rubric: &Rubric, report: &Report) -> QualityView {
    use crate::quality::Flag;
    let q = &report.quality;
    QualityView {
        midpoint_share: (rubric.key.points % 2 == 1 && q.answered > 0)
            .then(|| q.midpoints as f64 / q.answered as f64),
        skipped: rubric.key.questions() - q.answered,
        flags: q.flags.iter().map(Flag::name).collect(),
        warnings: q
            .flags
            .iter()
            .map(|f| text::quality_flag(rubric, f))
            .collect(),
    }
}
