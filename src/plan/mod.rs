//! Pure planning: skill gaps, strengths and the 30-day proof plan, as typed data, dated on
//! the person's practice days. Every sentence about them is made in `text`.

mod dated;
mod practice;

use chrono::{Days, NaiveDate, NaiveDateTime};

pub use dated::{BLOCK_MINUTES, CHECK_IN_MINUTES, DECISION_MINUTES, Event, Kind, Session};
pub use practice::{Practice, PracticeError};

use crate::rubric::Rubric;
use crate::scoring::MISSING;

/// An answered skill question of path `path` whose answer does not count in its favour
/// (s(q, path) <= 0.5: neutral answers included).
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub question: usize,
    pub skill: usize,
    pub path: usize,
    pub point: u8,
    /// 1 - s(q, path).
    pub shortfall: f64,
    /// w_q * shortfall, the ranking key.
    pub priority: f64,
}

/// An answered question of path `path` whose answer counts in its favour (s > 0.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Strength {
    pub question: usize,
    pub path: usize,
    pub point: u8,
    pub support: f64,
}

/// A path's gaps, with what a person needs to read the list truthfully.
#[derive(Debug, Clone, PartialEq)]
pub struct GapList {
    pub path: usize,
    /// Ranked by priority, one per skill, at most the number asked for.
    pub gaps: Vec<Gap>,
    /// How many skills have a gap in all (the list may be cut short).
    pub skills_with_gaps: usize,
    /// Answered skill questions of this path.
    pub answered_skill_items: usize,
    /// Skill questions of this path in the rubric.
    pub skill_items: usize,
}

/// Gaps for path `t`, ranked by w_q * (1 - s(q, t)), at most one per skill, the first `n`.
pub fn gaps(rubric: &Rubric, points: &[u8], t: usize, n: usize) -> GapList {
    let key = &rubric.key;
    let mut all: Vec<Gap> = Vec::new();
    let (mut answered, mut items) = (0, 0);
    for (q, item) in key.items.iter().enumerate() {
        let Some(skill) = item.skill.filter(|_| item.favors == t) else {
            continue;
        };
        items += 1;
        let point = points[q];
        if point == MISSING {
            continue;
        }
        answered += 1;
        let Some(s) = key.support(q, point, t) else {
            continue;
        };
        if s <= 0.5 {
            all.push(Gap {
                question: q,
                skill,
                path: t,
                point,
                shortfall: 1.0 - s,
                priority: item.weight * (1.0 - s),
            });
        }
    }
    // Stable: equal priorities keep rubric order.
    all.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    let mut seen = vec![false; rubric.ids.skills.len()];
    all.retain(|g| !std::mem::replace(&mut seen[g.skill], true));
    let skills_with_gaps = all.len();
    all.truncate(n);
    GapList {
        path: t,
        gaps: all,
        skills_with_gaps,
        answered_skill_items: answered,
        skill_items: items,
    }
}

/// The answered questions favouring `t` that support it (s > 0.5), strongest first.
pub fn strengths(rubric: &Rubric, points: &[u8], t: usize, n: usize) -> Vec<Strength> {
    let key = &rubric.key;
    let mut found: Vec<(f64, Strength)> = key
        .items
        .iter()
        .enumerate()
        .filter(|(q, item)| item.favors == t && points[*q] != MISSING)
        .filter_map(|(q, item)| {
            let s = key.support(q, points[q], t)?;
            (s > 0.5).then_some((
                item.weight * s,
                Strength {
                    question: q,
                    path: t,
                    point: points[q],
                    support: s,
                },
            ))
        })
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    found.into_iter().take(n).map(|(_, s)| s).collect()
}

/// Why the plan works on the paths it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The person chose the path (`--target`).
    Chosen,
    /// The path the person clearly leans to.
    Lean,
    /// No clear lean: the plan works on the top two paths.
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Close the skill gaps.
    Gaps,
    /// No gaps: turn the strengths into proof.
    Strengths,
}

/// What a week is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    NameGaps,
    Practise,
    Apply,
    Evidence,
    GatherStrengths,
    ProofLines,
    Language,
    Show,
}

/// One thing to do; skill, question and path fields are indices into the rubric.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Name the gap (the answer given) and pick a resource for its skill.
    Resources {
        question: usize,
        skill: usize,
        point: u8,
    },
    Practise {
        skill: usize,
    },
    Apply {
        skill: usize,
    },
    CollectEvidence {
        skill: usize,
    },
    /// Write every result as one line with a number.
    ResultLines,
    /// Gather the evidence a strong skill already has.
    StrengthEvidence {
        skill: usize,
    },
    /// Recall a recent example for a strong answer.
    RecallExample {
        question: usize,
    },
    /// No strengths or gaps to start from: list recent work.
    ListWork,
    PickTwoExamples,
    OneLineEach,
    PreciseVerbs,
    /// Practise a phrase of a path's language bank.
    Phrase {
        path: usize,
        phrase: usize,
    },
    TellAloud,
    /// Make the resume point to the plan's paths (one version per path when there are two).
    UpdateResume,
    AskFeedback,
    /// Day 30: answer again, compare and decide.
    Reassess,
    /// Decide first what will prove the skill on day 30.
    Artifact {
        skill: usize,
    },
    /// The end-of-week question: what was done, and what shows it.
    CheckIn,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub first_day: u32,
    pub last_day: u32,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    pub theme: Theme,
    /// Every task of the week, the check-in and the decision included.
    pub tasks: Vec<Task>,
    /// The week's work blocks, one per practice day used, in date order.
    pub sessions: Vec<Session>,
    /// When the week's check-in starts: right after its last work block.
    pub check_in: Option<NaiveDateTime>,
}

/// The person's own time and the facts the plan's words need.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schedule {
    /// Day 1.
    pub start: NaiveDate,
    pub practice: Practice,
    /// Who the person tells their progress each week.
    pub partner: Option<String>,
    /// The answer file the plan started from, as given; None when there is none (an
    /// assessment not saved, a survey row, standard input).
    pub answers: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The paths the plan works on: one, or the top two on a close result.
    pub targets: Vec<usize>,
    pub basis: Basis,
    pub focus: Focus,
    pub weeks: Vec<Week>,
    /// Day 30 at the practice time: answer again, compare, decide.
    pub decision: NaiveDateTime,
    pub schedule: Schedule,
}

/// The days of the plan: day 30 is the decision.
pub const PLAN_DAYS: u32 = 30;

/// The guide's four weeks. With gaps they close them, from each gap's skill material; without,
/// they turn the strengths of the targets into proof.
pub fn plan(
    rubric: &Rubric,
    targets: Vec<usize>,
    basis: Basis,
    gaps: &[Gap],
    strengths: &[Strength],
    schedule: &Schedule,
) -> Plan {
    let (focus, weeks) = if gaps.is_empty() {
        (
            Focus::Strengths,
            strength_weeks(rubric, &targets, strengths),
        )
    } else {
        (Focus::Gaps, gap_weeks(gaps))
    };
    let start = schedule.start;
    let date = |day: u32| {
        start
            .checked_add_days(Days::new(u64::from(day - 1)))
            .unwrap_or(NaiveDate::MAX)
    };
    const SPANS: [(u32, u32); 4] = [(1, 7), (8, 14), (15, 21), (22, PLAN_DAYS)];
    let practice = &schedule.practice;
    let weeks = SPANS
        .into_iter()
        .zip(weeks)
        .map(|((first_day, last_day), (theme, tasks))| {
            let (first_date, last_date) = (date(first_day), date(last_day));
            // Day 30 is kept for the decision.
            let last_work = date(last_day.min(PLAN_DAYS - 1));
            let mut week = dated_week(practice, (first_date, last_work), theme, tasks);
            (week.first_day, week.last_day, week.last_date) = (first_day, last_day, last_date);
            week
        })
        .collect();
    Plan {
        targets,
        basis,
        focus,
        weeks,
        decision: date(PLAN_DAYS).and_time(practice.time),
        schedule: schedule.clone(),
    }
}

/// A week's tasks in work blocks on the practice days from `first` to `last_work`, with its
/// check-in; its days are set by the caller.
fn dated_week(
    practice: &Practice,
    (first, last_work): (NaiveDate, NaiveDate),
    theme: Theme,
    tasks: Vec<Task>,
) -> Week {
    let dates = dated::practice_dates(practice, first, last_work);
    let work: Vec<Task> = tasks
        .iter()
        .filter(|t| !matches!(t, Task::CheckIn | Task::Reassess))
        .cloned()
        .collect();
    let sessions = dated::sessions(&dates, practice.time, &work);
    let check_in = tasks
        .contains(&Task::CheckIn)
        .then(|| dated::check_in(&sessions))
        .flatten();
    Week {
        first_day: 0,
        last_day: 0,
        first_date: first,
        last_date: last_work,
        theme,
        tasks,
        sessions,
        check_in,
    }
}

/// The most gaps a plan works on: more than three in a month is a list, not a plan.
pub const MAX_PLAN_GAPS: usize = 3;

fn gap_weeks(gaps: &[Gap]) -> [(Theme, Vec<Task>); 4] {
    let gaps = &gaps[..gaps.len().min(MAX_PLAN_GAPS)];
    let mut skills: Vec<usize> = gaps.iter().map(|g| g.skill).collect();
    skills.dedup();
    let each = |f: fn(usize) -> Task| skills.iter().map(|&s| f(s)).collect::<Vec<_>>();
    // The proof is chosen before the work starts, so every week aims at it.
    let mut first = each(|skill| Task::Artifact { skill });
    first.extend(gaps.iter().map(|g| Task::Resources {
        question: g.question,
        skill: g.skill,
        point: g.point,
    }));
    first.push(Task::CheckIn);
    let mut practise = each(|skill| Task::Practise { skill });
    practise.push(Task::CheckIn);
    let mut apply = each(|skill| Task::Apply { skill });
    apply.push(Task::CheckIn);
    let mut evidence = each(|skill| Task::CollectEvidence { skill });
    evidence.extend([Task::ResultLines, Task::Reassess]);
    [
        (Theme::NameGaps, first),
        (Theme::Practise, practise),
        (Theme::Apply, apply),
        (Theme::Evidence, evidence),
    ]
}

fn strength_weeks(
    rubric: &Rubric,
    targets: &[usize],
    strengths: &[Strength],
) -> [(Theme, Vec<Task>); 4] {
    let mut gather: Vec<Task> = Vec::new();
    let mut skills_seen = Vec::new();
    for s in strengths {
        match rubric.key.items[s.question].skill {
            Some(skill) if !skills_seen.contains(&skill) => {
                skills_seen.push(skill);
                gather.push(Task::StrengthEvidence { skill });
            }
            Some(_) => {}
            None => gather.push(Task::RecallExample {
                question: s.question,
            }),
        }
    }
    if gather.is_empty() {
        gather.push(Task::ListWork);
    }
    gather.extend([Task::PickTwoExamples, Task::CheckIn]);
    let mut language: Vec<Task> = targets
        .iter()
        .flat_map(|&path| {
            (0..rubric.texts.paths[path].phrases.len())
                .map(move |phrase| Task::Phrase { path, phrase })
        })
        .collect();
    language.extend([Task::TellAloud, Task::CheckIn]);
    [
        (Theme::GatherStrengths, gather),
        (
            Theme::ProofLines,
            vec![Task::OneLineEach, Task::PreciseVerbs, Task::CheckIn],
        ),
        (Theme::Language, language),
        (
            Theme::Show,
            vec![Task::UpdateResume, Task::AskFeedback, Task::Reassess],
        ),
    ]
}

/// Takes gaps from each list in turn, most pressing first, until `n` are taken.
pub fn interleave(lists: &[&[Gap]], n: usize) -> Vec<Gap> {
    let mut out = Vec::new();
    let longest = lists.iter().map(|l| l.len()).max().unwrap_or(0);
    for i in 0..longest {
        for l in lists {
            if out.len() < n
                && let Some(g) = l.get(i)
            {
                out.push(g.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
