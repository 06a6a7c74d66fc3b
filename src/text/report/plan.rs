//! The words of the 30-day proof plan: its title, each week's theme and every task as a
//! sentence, from the plan's data and the rubric's skill texts.

use super::{Block, block, list_and};
use crate::plan::{Basis, Plan, Task, Theme};
use crate::rubric::Rubric;

/// The plan as a titled block, then one `- [ ]` block per week.
pub(super) fn plan(rubric: &Rubric, plan: &Plan, out: &mut Vec<Block>) {
    let names = target_names(rubric, plan);
    let title = match plan.basis {
        Basis::Lean => format!("30-day proof plan: {}", names[0]),
        Basis::Chosen => format!("30-day proof plan: {} (the path you chose)", names[0]),
        Basis::Close => format!(
            "30-day proof plan: {} (the result is close, so the plan works on both)",
            list_and(&names)
        ),
    };
    out.push(block(1, title, Vec::new()));
    for week in &plan.weeks {
        let dates = match (week.first_date, week.last_date) {
            (Some(a), Some(b)) => format!(" ({a} to {b})"),
            _ => String::new(),
        };
        out.push(Block {
            level: 2,
            title: format!(
                "Days {}-{}{dates}: {}",
                week.first_day,
                week.last_day,
                theme(rubric, plan, week.theme)
            ),
            items: week.tasks.iter().map(|t| task(rubric, plan, t)).collect(),
            todo: true,
        });
    }
}

fn target_names<'a>(rubric: &'a Rubric, plan: &Plan) -> Vec<&'a str> {
    plan.targets.iter().map(|&p| rubric.path_name(p)).collect()
}

fn theme(rubric: &Rubric, plan: &Plan, theme: Theme) -> String {
    match theme {
        Theme::NameGaps => "Name the gaps and pick resources".into(),
        Theme::Practise => "Practise a little every day".into(),
        Theme::Apply => "Apply it in your current job".into(),
        Theme::Evidence => "Track progress and collect evidence with numbers".into(),
        Theme::GatherStrengths => "Gather the evidence for your strengths".into(),
        Theme::ProofLines => "Turn each example into a proof line".into(),
        Theme::Language => format!(
            "Practise the language of {}",
            list_and(&target_names(rubric, plan))
        ),
        Theme::Show => "Show it and re-assess".into(),
    }
}

/// One plan task as a sentence.
pub fn task(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    if let Some(words) = fixed(task) {
        return words.to_owned();
    }
    if let Some(words) = skill_task(rubric, task) {
        return words;
    }
    let t = &rubric.texts;
    match task {
        Task::RecallExample { question } => format!(
            "Write down a recent example from your work for: \"{}\"",
            t.questions[*question]
        ),
        Task::Phrase { path, phrase } => {
            let text = &t.paths[*path].phrases[*phrase];
            if text.contains('[') {
                format!("Fill in the brackets from your own work, then say it aloud: \"{text}\"")
            } else {
                format!("Say it aloud, then add one example from your own work: \"{text}\"")
            }
        }
        Task::UpdateResume => match target_names(rubric, plan).as_slice() {
            [one] => format!("Update your resume and profile so every line points to {one}."),
            names => format!(
                "Write one resume version for each of {}, and send each employer the one that fits the role.",
                list_and(names)
            ),
        },
        Task::Reassess => {
            let date = plan
                .weeks
                .last()
                .and_then(|w| w.last_date)
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            format!(
                "Day 30{date}, decision day: answer the questions again with `pathfit assess --save day30.toml`, run `pathfit compare` on today's answer file and day30.toml, and decide which path to pursue."
            )
        }
        // The fixed and the skill tasks were worded above.
        _ => String::new(),
    }
}

/// The tasks that read the same on every plan.
fn fixed(task: &Task) -> Option<&'static str> {
    Some(match task {
        Task::CheckIn => {
            "Check-in at the end of the week: what did I do this week, and what can I show for it?"
        }
        Task::ResultLines => {
            "Write each result as one line with a number (money, time, people, error rates): hiring managers scan for figures."
        }
        Task::ListWork => {
            "List three pieces of work from the last year and what changed because of each."
        }
        Task::PickTwoExamples => "Pick the two examples with the clearest results.",
        Task::OneLineEach => {
            "Rewrite each example as one line: what you did, how big it was, what it changed."
        }
        Task::PreciseVerbs => {
            "Replace vague verbs such as \"managed\" or \"handled\" with what you did and how much."
        }
        Task::TellAloud => "Tell one example aloud in under a minute to a colleague or mentor.",
        Task::AskFeedback => "Ask one colleague or manager for feedback on a result you listed.",
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
                "a course, a book or a mentor you trust".to_owned()
            } else {
                skill(*s).resources.join("; ")
            };
            format!(
                "{}: you answered \"{}\" to \"{}\" Pick from: {resources}.",
                skill(*s).name,
                rubric.label(*point),
                t.questions[*question]
            )
        }
        Task::Practise { skill: s } => format!(
            "{}: if my practice time comes (the same time each working day), then I do this: {}",
            skill(*s).name,
            skill(*s).practice
        ),
        Task::Apply { skill: s } => format!(
            "{}: if a task or a meeting this week gives me the chance, then I do this: {}",
            skill(*s).name,
            skill(*s).apply
        ),
        Task::CollectEvidence { skill: s } => format!(
            "{}: if it is Friday afternoon, then I do this: {}",
            skill(*s).name,
            skill(*s).evidence
        ),
        Task::StrengthEvidence { skill: s } => {
            format!("{}: {}", skill(*s).name, skill(*s).evidence)
        }
        Task::Artifact { skill: s } => format!(
            "{}: decide now what you will show on day 30. For example: {}",
            skill(*s).name,
            skill(*s).evidence
        ),
        _ => return None,
    })
}
