//! The JSON view of the 30-day plan: targets, basis and focus, and each week's theme and tasks
//! by id, with each task's sentence.

use serde::Serialize;

use crate::plan::{Basis, Focus, Task, Theme};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::text::report as text;

#[derive(Serialize)]
pub(super) struct PlanView<'a> {
    targets: Vec<&'a str>,
    basis: &'static str,
    focus: &'static str,
    weeks: Vec<WeekView<'a>>,
    /// Day 30 at the practice time.
    decision: String,
}

#[derive(Serialize)]
struct WeekView<'a> {
    first_day: u32,
    last_day: u32,
    first_date: String,
    last_date: String,
    theme: &'static str,
    tasks: Vec<TaskView<'a>>,
    /// The work blocks: when each starts and its tasks as dated sentences.
    sessions: Vec<SessionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    check_in: Option<String>,
}

#[derive(Serialize)]
struct SessionView {
    start: String,
    items: Vec<String>,
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

pub(super) fn plan_view<'a>(rubric: &'a Rubric, report: &'a Report) -> PlanView<'a> {
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
                first_date: w.first_date.to_string(),
                last_date: w.last_date.to_string(),
                theme: theme_id(w.theme),
                tasks: w
                    .tasks
                    .iter()
                    .map(|t| task_view(rubric, report, t))
                    .collect(),
                sessions: w
                    .sessions
                    .iter()
                    .map(|s| SessionView {
                        start: stamp(s.start),
                        items: text::session_items(rubric, plan, s),
                    })
                    .collect(),
                check_in: w.check_in.map(stamp),
            })
            .collect(),
        decision: stamp(plan.decision),
    }
}

/// Local time without a zone, to the minute: `2026-12-01T19:00`.
fn stamp(at: chrono::NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    // As chrono's "%Y-%m-%dT%H:%M", without parsing the format anew for every row.
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute()
    )
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
