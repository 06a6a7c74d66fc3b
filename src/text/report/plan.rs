//! The words of the 30-day proof plan, in the first person: its title, when the person works
//! on it, each week's theme and every work block as "If it is <day, date, time>, then I ...",
//! from the plan's data and the rubric's skill texts.

use super::dated::{self, when};
use super::{Block, block, list_and};
use crate::plan::PLAN_DAYS;
use crate::plan::{Basis, Plan, Session, Task, Theme, Week};
use crate::rubric::Rubric;
use crate::t;
use crate::text::l10n;

/// The plan as a titled block with when the person works on it, then one `- [ ]` block per
/// week.
pub(super) fn plan(rubric: &Rubric, plan: &Plan, out: &mut Vec<Block>) {
    let names = target_names(rubric, plan);
    let id = match plan.basis {
        Basis::Lean => "plan-title",
        Basis::Chosen => "plan-title-chosen",
        Basis::Close => "plan-title-close",
    };
    let title = t!(id, days = PLAN_DAYS, names = list_and(&names));
    out.push(block(1, title, vec![dated::times(&plan.schedule)]));
    for (i, week) in plan.weeks.iter().enumerate() {
        out.push(Block {
            level: 2,
            title: week_title(rubric, plan, week),
            items: week_items(rubric, plan, i),
            todo: true,
        });
    }
}

/// "Days 1-7 (2026-12-01 to 2026-12-07): I name the gaps and pick resources".
pub fn week_title(rubric: &Rubric, plan: &Plan, week: &Week) -> String {
    t!(
        "plan-week-title",
        first = week.first_day,
        last = week.last_day,
        first_date = super::iso_or_date(week.first_date),
        last_date = super::iso_or_date(week.last_date),
        theme = theme(rubric, plan, week.theme)
    )
}

/// A week's work blocks, task by task, then its check-in, or the decision in the last week.
fn week_items(rubric: &Rubric, plan: &Plan, i: usize) -> Vec<String> {
    let week = &plan.weeks[i];
    let mut items: Vec<String> = week
        .sessions
        .iter()
        .flat_map(|s| session_items(rubric, plan, s))
        .collect();
    if let Some(start) = week.check_in {
        items.push(t!(
            "plan-if",
            when = when(start),
            what = dated::check_in(plan)
        ));
    }
    if i + 1 == plan.weeks.len() {
        items.push(dated::decision(rubric, plan));
    }
    items
}

/// One work block as its tasks, each "If it is Tuesday 3 December, 19:00, then I ...".
pub fn session_items(rubric: &Rubric, plan: &Plan, session: &Session) -> Vec<String> {
    let at = when(session.start);
    session
        .tasks
        .iter()
        .map(|t| t!("plan-if", when = at, what = predicate(rubric, plan, t)))
        .collect()
}

fn target_names<'a>(rubric: &'a Rubric, plan: &Plan) -> Vec<&'a str> {
    plan.targets.iter().map(|&p| rubric.path_name(p)).collect()
}

pub(super) fn theme(rubric: &Rubric, plan: &Plan, theme: Theme) -> String {
    match theme {
        Theme::NameGaps => t!("plan-theme-name-gaps"),
        Theme::Practise => t!("plan-theme-practise"),
        Theme::Apply => t!("plan-theme-apply"),
        Theme::Evidence => t!("plan-theme-evidence"),
        Theme::GatherStrengths => t!("plan-theme-gather"),
        Theme::ProofLines => t!("plan-theme-proof-lines"),
        Theme::Language => t!(
            "plan-theme-language",
            names = list_and(&target_names(rubric, plan))
        ),
        Theme::Show => t!("plan-theme-show"),
    }
}

/// One plan task as a sentence in the first person.
pub fn task(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    match task {
        Task::Reassess => dated::decision(rubric, plan),
        _ => t!("plan-task", what = predicate(rubric, plan, task)),
    }
}

/// What the person does, as the words after "I": "pick the two examples ...".
fn predicate(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    if let Some(id) = fixed(task) {
        return t!(id);
    }
    if let Some(words) = skill_task(rubric, task) {
        return words;
    }
    let t = &rubric.texts;
    match task {
        Task::RecallExample { question } => t!("plan-recall", question = t.questions[*question]),
        Task::Phrase { path, phrase } => {
            let text = &t.paths[*path].phrases[*phrase];
            if text.contains('[') {
                t!("plan-phrase-brackets", text = text)
            } else {
                t!("plan-phrase", text = text)
            }
        }
        Task::TellAloud => match &plan.schedule.partner {
            Some(who) => t!("plan-tell-to", who = who),
            None => t!("plan-tell"),
        },
        Task::UpdateResume => match target_names(rubric, plan).as_slice() {
            [one] => t!("plan-resume-one", path = one),
            names => t!("plan-resume-many", names = list_and(names)),
        },
        Task::CheckIn => dated::check_in(plan),
        Task::Reassess => dated::decide(rubric, plan),
        // The fixed and the skill tasks were worded above.
        _ => String::new(),
    }
}

/// The tasks that read the same on every plan, by their message id.
fn fixed(task: &Task) -> Option<&'static str> {
    Some(match task {
        Task::ResultLines => "plan-result-lines",
        Task::ListWork => "plan-list-work",
        Task::PickTwoExamples => "plan-pick-two",
        Task::OneLineEach => "plan-one-line-each",
        Task::PreciseVerbs => "plan-precise-verbs",
        Task::AskFeedback => "plan-ask-feedback",
        _ => return None,
    })
}

/// The tasks about one skill, worded from the rubric's text for it.
fn skill_task(rubric: &Rubric, task: &Task) -> Option<String> {
    let t = &rubric.texts;
    let skill = |s: usize| &t.skills[s];
    Some(match task {
        Task::Resources {
            question,
            skill: s,
            point,
        } => {
            let resources = if skill(*s).resources.is_empty() {
                t!("plan-resources-default")
            } else {
                skill(*s).resources.join(&t!("plan-resources-sep"))
            };
            t!(
                "plan-resources",
                skill = skill(*s).name,
                label = rubric.label(*point),
                question = t.questions[*question],
                resources = resources
            )
        }
        Task::Practise { skill: s } => t!(
            "plan-practise",
            skill = skill(*s).name,
            text = l10n::sentence_after_colon(&skill(*s).practice)
        ),
        Task::Apply { skill: s } => {
            t!(
                "plan-apply",
                skill = skill(*s).name,
                text = l10n::sentence_after_colon(&skill(*s).apply)
            )
        }
        Task::CollectEvidence { skill: s } => t!(
            "plan-collect",
            skill = skill(*s).name,
            text = l10n::sentence_after_colon(&skill(*s).evidence)
        ),
        Task::StrengthEvidence { skill: s } => t!(
            "plan-strength",
            skill = skill(*s).name,
            text = l10n::sentence_after_colon(&skill(*s).evidence)
        ),
        Task::Artifact { skill: s } => {
            t!("plan-artifact", skill = skill(*s).name, day = PLAN_DAYS)
        }
        _ => return None,
    })
}
