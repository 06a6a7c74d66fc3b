//! Pure planning: (rubric, answers, target path) -> skill gaps, strengths and a 30-day proof plan.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::rubric::Rubric;
use crate::scoring::{Answers, support};

/// An answered skill item that falls short for the target path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub question: String,
    pub skill: String,
    pub skill_name: String,
    pub text: String,
    pub answer: String,
    /// 1 - s(q, T): how far the answer falls short of full support for the target.
    pub shortfall: f64,
    /// w_q * shortfall, the ranking key.
    pub priority: f64,
}

/// An answered item that supports the target strongly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Strength {
    pub question: String,
    pub skill: Option<String>,
    pub text: String,
    pub answer: String,
    /// s(q, T).
    pub support: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProofPlan {
    pub target: String,
    pub target_name: String,
    /// "gaps" when the plan closes skill gaps, "strengths" when it turns strengths into proof.
    pub focus: &'static str,
    pub weeks: Vec<Week>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    pub first_day: u32,
    pub last_day: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_date: Option<NaiveDate>,
    pub title: String,
    pub tasks: Vec<String>,
}

/// Gaps for target path `t`: answered skill items favouring `t` with s(q, t) < 0.5, ranked by
/// w_q * (1 - s(q, t)), at most one per skill, the first `n`.
pub fn gaps(rubric: &Rubric, answers: &Answers, t: usize, n: usize) -> Vec<Gap> {
    let mut found: Vec<Gap> = rubric
        .questions
        .iter()
        .filter(|q| q.favors == t)
        .filter_map(|q| {
            let skill = &rubric.skills[q.skill?];
            let value = *answers.get(&q.id)?;
            let s = support(rubric, q, value, t)?;
            (s < 0.5).then(|| Gap {
                question: q.id.clone(),
                skill: skill.id.clone(),
                skill_name: skill.name.clone(),
                text: q.text.clone(),
                answer: rubric.label(value).to_owned(),
                shortfall: 1.0 - s,
                priority: q.weight * (1.0 - s),
            })
        })
        .collect();
    found.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    let mut seen = Vec::new();
    found.retain(|g| {
        let new = !seen.contains(&g.skill);
        seen.push(g.skill.clone());
        new
    });
    found.truncate(n);
    found
}

/// The answered items favouring target `t` that support it most (s > 0.5), strongest first.
pub fn strengths(rubric: &Rubric, answers: &Answers, t: usize, n: usize) -> Vec<Strength> {
    let mut found: Vec<(f64, Strength)> = rubric
        .questions
        .iter()
        .filter(|q| q.favors == t)
        .filter_map(|q| {
            let value = *answers.get(&q.id)?;
            let s = support(rubric, q, value, t)?;
            (s > 0.5).then(|| {
                let strength = Strength {
                    question: q.id.clone(),
                    skill: q.skill.map(|i| rubric.skills[i].id.clone()),
                    text: q.text.clone(),
                    answer: rubric.label(value).to_owned(),
                    support: s,
                };
                (q.weight * s, strength)
            })
        })
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    found.into_iter().take(n).map(|(_, s)| s).collect()
}

/// The guide's four weeks, filled from each gap's skill material; with no gaps, the plan turns
/// the person's strengths for `t` into proof.
pub fn plan(
    rubric: &Rubric,
    t: usize,
    gaps: &[Gap],
    strengths: &[Strength],
    start: Option<NaiveDate>,
) -> ProofPlan {
    let skill = |id: &str| rubric.skills.iter().find(|s| s.id == id);
    let path = &rubric.paths[t];
    let weeks: [(u32, u32, String, Vec<String>); 4] = if gaps.is_empty() {
        let proven: Vec<_> = strengths
            .iter()
            .filter_map(|s| skill(s.skill.as_deref()?))
            .collect();
        let mut gather: Vec<String> = proven
            .iter()
            .map(|s| format!("{}: {}", s.name, s.evidence))
            .collect();
        if gather.is_empty() {
            gather.extend(
                strengths
                    .iter()
                    .map(|s| format!("Find a recent example with numbers for: \"{}\"", s.text)),
            );
        }
        gather.push(
            "Pick the two examples with the clearest numbers (money, time, people, error rates)."
                .into(),
        );
        [
            (1, 7, "Gather the evidence for your strengths".into(), gather),
            (
                8,
                14,
                "Turn each example into a proof line".into(),
                vec![
                    "Rewrite each example as one line: action, scale, result with a number."
                        .into(),
                    "Replace vague verbs such as \"managed\" or \"handled\" with what you did and how much."
                        .into(),
                ],
            ),
            (
                15,
                21,
                format!("Practise the language of the {} path", path.name),
                path.phrases
                    .iter()
                    .map(|p| format!("Say it with your own numbers: \"{p}\""))
                    .chain(std::iter::once(
                        "Tell one example aloud in under a minute to a colleague or mentor.".into(),
                    ))
                    .collect(),
            ),
            (
                22,
                30,
                "Show it and re-assess".into(),
                vec![
                    format!("Update your resume and profile so every line points to {}.", path.name),
                    "Ask one stakeholder for feedback on a result you listed.".into(),
                    "Day 30: answer the questions again and compare the fit with today's.".into(),
                ],
            ),
        ]
    } else {
        let skills: Vec<_> = gaps.iter().filter_map(|g| skill(&g.skill)).collect();
        [
            (
                1,
                7,
                "Name the gaps and pick resources".into(),
                gaps.iter()
                    .zip(&skills)
                    .map(|(g, s)| {
                        let resources = if s.resources.is_empty() {
                            "a course, a book or a mentor you trust".to_owned()
                        } else {
                            s.resources.join("; ")
                        };
                        format!(
                            "{}: you answered \"{}\" to \"{}\" Pick from: {resources}.",
                            s.name, g.answer, g.text
                        )
                    })
                    .collect(),
            ),
            (
                8,
                14,
                "Practise a little every day".into(),
                skills.iter().map(|s| format!("{}: {}", s.name, s.practice)).collect(),
            ),
            (
                15,
                21,
                "Apply it in your current job".into(),
                skills.iter().map(|s| format!("{}: {}", s.name, s.apply)).collect(),
            ),
            (
                22,
                30,
                "Track progress and collect evidence with numbers".into(),
                skills
                    .iter()
                    .map(|s| format!("{}: {}", s.name, s.evidence))
                    .chain([
                        "Write each result as a line with a number: hiring managers scan for metrics.".into(),
                        "Day 30: answer the questions again and compare the fit with today's.".into(),
                    ])
                    .collect(),
            ),
        ]
    };
    let date = |day: u32| start.and_then(|s| s.checked_add_days(Days::new(u64::from(day - 1))));
    ProofPlan {
        target: path.id.clone(),
        target_name: path.name.clone(),
        focus: if gaps.is_empty() { "strengths" } else { "gaps" },
        weeks: weeks
            .into_iter()
            .map(|(first_day, last_day, title, tasks)| Week {
                first_day,
                last_day,
                first_date: date(first_day),
                last_date: date(last_day),
                title,
                tasks,
            })
            .collect(),
    }
}
