//! JSON output: one array, streamed a record at a time. Numbers are unrounded; every record
//! carries ids (stable, documented in the README) and, where useful, the English text.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::{Record, Sheet, Sink};
use crate::answers::Responses;
use crate::plan::{Basis, Focus, Task, Theme};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::text::report as text;

/// A JSON array of pretty records, or (`lines`) one compact record per line.
pub struct Json<'w> {
    out: &'w mut dyn Write,
    encoder: Encoder,
    written: usize,
    /// One record's bytes, reused.
    buffer: Vec<u8>,
}

/// Makes one record's JSON bytes: pure, so records can be encoded on any thread and written
/// in order with [`Sink::encoded`].
#[derive(Debug, Clone, Copy)]
pub struct Encoder {
    lines: bool,
}

impl Encoder {
    /// Appends `record`'s JSON to `out` (a line of it, with `lines`).
    pub fn encode(self, record: &Record, out: &mut Vec<u8>) -> io::Result<()> {
        if let Some((sheet, report)) = record.sheet().and_then(Sheet::full) {
            return self.put(&view(sheet, report), out);
        }
        match record {
            Record::Failed {
                source,
                row,
                respondent,
                rubric,
                error,
            } => self.put(
                &Failed {
                    source,
                    row: *row,
                    respondent: *respondent,
                    rubric: rubric.map(rubric_view),
                    error,
                },
                out,
            ),
            // A brief record is sent to the CSV renderer only.
            _ => Ok(()),
        }
    }

    fn put<T: Serialize>(self, value: &T, out: &mut Vec<u8>) -> io::Result<()> {
        if self.lines {
            serde_json::to_writer(&mut *out, value)?;
            out.push(b'\n');
        } else {
            serde_json::to_writer_pretty(&mut *out, value)?;
        }
        Ok(())
    }
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write, lines: bool) -> Self {
        Json {
            out,
            encoder: Encoder { lines },
            written: 0,
            buffer: Vec::new(),
        }
    }
}

impl Sink for Json<'_> {
    fn begin(&mut self) -> io::Result<()> {
        if self.encoder.lines {
            Ok(())
        } else {
            write!(self.out, "[")
        }
    }

    fn record(&mut self, record: &Record) -> io::Result<()> {
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        self.encoder.encode(record, &mut buffer)?;
        let done = self.encoded(&buffer);
        self.buffer = buffer;
        done
    }

    fn encoder(&self) -> Option<Encoder> {
        Some(self.encoder)
    }

    fn encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        if !self.encoder.lines {
            self.out
                .write_all(if self.written > 0 { b",\n" } else { b"\n" })?;
        }
        self.written += 1;
        self.out.write_all(bytes)
    }

    fn end(&mut self) -> io::Result<()> {
        if self.encoder.lines {
            return Ok(());
        }
        if self.written > 0 {
            writeln!(self.out)?;
        }
        writeln!(self.out, "]")
    }
}

#[derive(Serialize)]
struct Failed<'a> {
    source: &'a str,
    row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    respondent: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rubric: Option<RubricView<'a>>,
    error: &'a str,
}

/// A list of (key, value) pairs written as a JSON object, in order.
pub(crate) struct Pairs<K, V>(pub Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Pairs<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[derive(Serialize)]
struct View<'a> {
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

#[derive(Serialize)]
struct PlanView<'a> {
    targets: Vec<&'a str>,
    basis: &'static str,
    focus: &'static str,
    weeks: Vec<WeekView<'a>>,
}

#[derive(Serialize)]
struct WeekView<'a> {
    first_day: u32,
    last_day: u32,
    first_date: Option<String>,
    last_date: Option<String>,
    theme: &'static str,
    tasks: Vec<TaskView<'a>>,
}

#[derive(Serialize)]
struct TaskView<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skill: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    text: String,
}

fn view<'a>(sheet: Sheet<'a>, report: &'a Report) -> View<'a> {
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
    }
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

fn plan_view<'a>(rubric: &'a Rubric, report: &'a Report) -> PlanView<'a> {
    let plan = &report.plan;
    let ids = &rubric.ids;
    PlanView {
        targets: plan
            .targets
            .iter()
            .map(|&p| ids.paths[p].as_str())
            .collect(),
        basis: match plan.basis {
            Basis::Chosen => "chosen",
            Basis::Lean => "lean",
            Basis::Close => "close",
        },
        focus: match plan.focus {
            Focus::Gaps => "gaps",
            Focus::Strengths => "strengths",
        },
        weeks: plan
            .weeks
            .iter()
            .map(|w| WeekView {
                first_day: w.first_day,
                last_day: w.last_day,
                first_date: w.first_date.map(|d| d.to_string()),
                last_date: w.last_date.map(|d| d.to_string()),
                theme: theme_id(w.theme),
                tasks: w
                    .tasks
                    .iter()
                    .map(|t| task_view(rubric, report, t))
                    .collect(),
            })
            .collect(),
    }
}

fn quality_view(rubric: &Rubric, report: &Report) -> QualityView {
    use crate::quality::Flag;
    let q = &report.quality;
    QualityView {
        midpoint_share: (rubric.key.points % 2 == 1 && q.answered > 0)
            .then(|| q.midpoints as f64 / q.answered as f64),
        skipped: rubric.key.questions() - q.answered,
        flags: q
            .flags
            .iter()
            .map(|f| match f {
                Flag::StraightLining { .. } => "straight_lining",
                Flag::Acquiescence { .. } => "acquiescence",
                Flag::ManyMidpoints { .. } => "many_midpoints",
                Flag::ManySkipped { .. } => "many_skipped",
                Flag::TooFast { .. } => "too_fast",
            })
            .collect(),
        warnings: q
            .flags
            .iter()
            .map(|f| text::quality_flag(rubric, f))
            .collect(),
    }
}

fn theme_id(theme: Theme) -> &'static str {
    match theme {
        Theme::NameGaps => "name_gaps",
        Theme::Practise => "practise",
        Theme::Apply => "apply",
        Theme::Evidence => "evidence",
        Theme::GatherStrengths => "gather_strengths",
        Theme::ProofLines => "proof_lines",
        Theme::Language => "language",
        Theme::Show => "show",
    }
}

fn task_view<'a>(rubric: &'a Rubric, report: &Report, task: &Task) -> TaskView<'a> {
    let ids = &rubric.ids;
    let q = |i: usize| Some(ids.questions[i].as_str());
    let sk = |i: usize| Some(ids.skills[i].as_str());
    let (kind, question, skill, path) = match *task {
        Task::Resources {
            question, skill, ..
        } => ("resources", q(question), sk(skill), None),
        Task::Practise { skill } => ("practise", None, sk(skill), None),
        Task::Apply { skill } => ("apply", None, sk(skill), None),
        Task::CollectEvidence { skill } => ("collect_evidence", None, sk(skill), None),
        Task::ResultLines => ("result_lines", None, None, None),
        Task::StrengthEvidence { skill } => ("strength_evidence", None, sk(skill), None),
        Task::RecallExample { question } => ("recall_example", q(question), None, None),
        Task::ListWork => ("list_work", None, None, None),
        Task::PickTwoExamples => ("pick_two_examples", None, None, None),
        Task::OneLineEach => ("one_line_each", None, None, None),
        Task::PreciseVerbs => ("precise_verbs", None, None, None),
        Task::Phrase { path, .. } => ("phrase", None, None, Some(ids.paths[path].as_str())),
        Task::TellAloud => ("tell_aloud", None, None, None),
        Task::UpdateResume => ("update_resume", None, None, None),
        Task::AskFeedback => ("ask_feedback", None, None, None),
        Task::Reassess => ("reassess", None, None, None),
        Task::Artifact { skill } => ("artifact", None, sk(skill), None),
        Task::CheckIn => ("check_in", None, None, None),
    };
    TaskView {
        kind,
        question,
        skill,
        path,
        text: text::task(rubric, &report.plan, task),
    }
}
