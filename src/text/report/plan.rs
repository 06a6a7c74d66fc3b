//! The words of the 30-day proof plan, in the first person: its title, when the person works
//! on it, each week's theme and every work block as "If it is <day, date, time>, then I ...",
//! from the plan's data and the rubric's skill texts.

use super::dated::{self, when};
use super::{Block, block, list_and};
use crate::plan::{Basis, Plan, Session, Task, Theme, Week};
use crate::rubric::Rubric;

/// The plan as a titled block with when the person works on it, then one `- [ ]` block per
/// week.
pub(super) fn plan(rubric: &Rubric, plan: &Plan, out: &mut Vec<Block>) {
    let names = target_names(rubric, plan);
    let title = match plan.basis {
        Basis::Lean => format!("30-day proof plan: {}", names[0]),
        Basis::Chosen => format!("30-day proof plan: {} (the path I chose)", names[0]),
        Basis::Close => format!(
            "30-day proof plan: {} (the result is close, so the plan works on both)",
            list_and(&names)
        ),
    };
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
    format!(
        "Days {}-{} ({} to {}): {}",
        week.first_day,
        week.last_day,
        week.first_date,
        week.last_date,
        theme(rubric, plan, week.theme)
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
        items.push(format!(
            "If it is {}, then I {}",
            when(start),
            dated::check_in(plan)
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
        .map(|t| format!("If it is {at}, then I {}", predicate(rubric, plan, t)))
        .collect()
}

fn target_names<'a>(rubric: &'a Rubric, plan: &Plan) -> Vec<&'a str> {
    plan.targets.iter().map(|&p| rubric.path_name(p)).collect()
}

pub(super) fn theme(rubric: &Rubric, plan: &Plan, theme: Theme) -> String {
    match theme {
        Theme::NameGaps => "I name the gaps and pick resources".into(),
        Theme::Practise => "I practise on each practice day".into(),
        Theme::Apply => "I use it in my current job".into(),
        Theme::Evidence => "I track progress and collect evidence with numbers".into(),
        Theme::GatherStrengths => "I gather the evidence for my strengths".into(),
        Theme::ProofLines => "I turn each example into a proof line".into(),
        Theme::Language => format!(
            "I practise the language of {}",
            list_and(&target_names(rubric, plan))
        ),
        Theme::Show => "I show it and re-assess".into(),
    }
}

/// One plan task as a sentence in the first person.
pub fn task(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    match task {
        Task::Reassess => dated::decision(rubric, plan),
        _ => format!("I {}", predicate(rubric, plan, task)),
    }
}

/// What the person does, as the words after "I": "pick the two examples ...".
fn predicate(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    if let Some(words) = fixed(task) {
        return words.to_owned();
    }
    if let Some(words) = skill_task(rubric, task) {
        return words;
    }
    let t = &rubric.texts;
    match task {
        Task::RecallExample { question } => format!(
            "write down a recent example from my work for \"{}\"",
            t.questions[*question]
        ),
        Task::Phrase { path, phrase } => {
            let text = &t.paths[*path].phrases[*phrase];
            if text.contains('[') {
                format!("fill in the brackets from my own work, then say it aloud: \"{text}\"")
            } else {
                format!("say it aloud, then add one example from my own work: \"{text}\"")
            }
        }
        Task::TellAloud => match &plan.schedule.partner {
            Some(who) => format!("tell one example aloud in under a minute to {who}."),
            None => "tell one example aloud in under a minute to a colleague or mentor.".into(),
        },
        Task::UpdateResume => match target_names(rubric, plan).as_slice() {
            [one] => format!("update my resume and profile so every line points to {one}."),
            names => format!(
                "write one resume version for each of {}, to send each employer the one that fits the role.",
                list_and(names)
            ),
        },
        Task::CheckIn => dated::check_in(plan),
        Task::Reassess => dated::decide(rubric, plan),
        // The fixed and the skill tasks were worded above.
        _ => String::new(),
    }
}

/// The tasks that read the same on every plan.
fn fixed(task: &Task) -> Option<&'static str> {
    Some(match task {
        Task::ResultLines => {
            "write each result as one line with a number (money, time, people, error rates), since hiring managers scan for figures."
        }
        Task::ListWork => {
            "list three pieces of work from the last year and what changed because of each."
        }
        Task::PickTwoExamples => "pick the two examples with the clearest results.",
        Task::OneLineEach => {
            "rewrite each example as one line: what I did, how big it was, what it changed."
        }
        Task::PreciseVerbs => {
            "replace vague verbs such as \"managed\" or \"handled\" with what I did and how much."
        }
        Task::AskFeedback => "ask one colleague or manager for feedback on a result I listed.",
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
                "a course, a book or a mentor I trust".to_owned()
            } else {
                skill(*s).resources.join("; ")
            };
            format!(
                "pick one resource for {} (I answered \"{}\" to \"{}\"): {resources}.",
                skill(*s).name,
                rubric.label(*point),
                t.questions[*question]
            )
        }
        Task::Practise { skill: s } => {
            format!("practise {}: {}", skill(*s).name, skill(*s).practice)
        }
        Task::Apply { skill: s } => format!(
            "find where my work gives me the chance to use {}, and ask for it: {}",
            skill(*s).name,
            skill(*s).apply
        ),
        Task::CollectEvidence { skill: s } => format!(
            "collect the evidence for {}: {}",
            skill(*s).name,
            skill(*s).evidence
        ),
        Task::StrengthEvidence { skill: s } => format!(
            "gather the evidence for {}: {}",
            skill(*s).name,
            skill(*s).evidence
        ),
        Task::Artifact { skill: s } => format!(
            "decide what I will show for {} on day 30 (a count, a document or a result someone else can check) and write it down.",
            skill(*s).name
        ),
        _ => return None,
    })
}
