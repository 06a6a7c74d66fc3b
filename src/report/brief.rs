//! The first screen of a report as plain data: a selection from the person's own answers,
//! not the start of the full report. The answers that weighed most, the largest gaps, this
//! week's first actions, the red flag this result runs into and a proof line for the
//! strongest answer. Words come later, in `text`; the layout, in `render`.

use chrono::NaiveDate;

use super::Report;
use crate::answers::Responses;
use crate::plan::{self, Gap, Plan};
use crate::rubric::Rubric;
use crate::scoring::{MISSING, shown};

/// How many answers, gaps and first actions the first screen offers at most.
pub const MOST: usize = 3;

/// One answer's share of the margin, in points (+ towards the top path, - towards the second).
#[derive(Debug, Clone, PartialEq)]
pub struct Weighed {
    pub question: usize,
    pub point: u8,
    pub points: f64,
}

/// The plan's first week: its days, its dates when the plan has a start, and its tasks.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstWeek {
    pub first_day: u32,
    pub last_day: u32,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    /// The week's dated work blocks, each with its tasks.
    pub sessions: Vec<plan::Session>,
}

/// The red flag this result runs into.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// A clear lean (or a chosen path) with skill gaps: claiming those skills without proof.
    Unproven { skills: Vec<usize> },
    /// No clear lean: telling an employer either path would do.
    EitherWay { top: usize, second: usize },
    /// A lean without gaps: strong answers told without a figure (the skills of the
    /// strongest answers that have one).
    NoFigures { path: usize, skills: Vec<usize> },
}

/// A strong resume line of a path for the skill of the person's strongest answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Proof {
    pub question: usize,
    pub path: usize,
    pub bullet: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    /// Largest share first; only answers that moved the margin by 0.1 points or more.
    pub weighed: Vec<Weighed>,
    /// The largest gaps of the paths the report focuses on, most pressing first.
    pub gaps: Vec<Gap>,
    /// Skills with a gap in all, on the paths the report focuses on.
    pub all_gaps: usize,
    pub week: Option<FirstWeek>,
    pub flag: Option<Flag>,
    pub proof: Option<Proof>,
}

/// The first screen of `report`.
pub fn brief(rubric: &Rubric, responses: &Responses, report: &Report) -> Brief {
    let lists: Vec<&[Gap]> = report
        .views
        .iter()
        .map(|v| v.gaps.gaps.as_slice())
        .collect();
    let gaps = plan::interleave(&lists, MOST);
    let all_gaps: usize = report.views.iter().map(|v| v.gaps.skills_with_gaps).sum();
    Brief {
        weighed: weighed(&responses.points, report),
        all_gaps,
        flag: flag(rubric, report, &gaps),
        gaps,
        week: first_week(&report.plan),
        proof: proof(rubric, report),
    }
}

/// The answers with the largest share of the margin, either way.
fn weighed(points: &[u8], report: &Report) -> Vec<Weighed> {
    let s = &report.scores;
    let mut all: Vec<Weighed> = s
        .contributions
        .iter()
        .enumerate()
        .filter(|&(q, &c)| points.get(q).is_some_and(|&p| p != MISSING) && shown(c.abs()) >= 0.1)
        .map(|(q, &c)| Weighed {
            question: q,
            point: points[q],
            points: c,
        })
        .collect();
    // Stable: equal shares keep rubric order.
    all.sort_by(|a, b| b.points.abs().total_cmp(&a.points.abs()));
    all.truncate(MOST);
    all
}

/// The plan's first week and its tasks. The one place the first screen reads the plan's
/// days and dates from.
pub fn first_week(plan: &Plan) -> Option<FirstWeek> {
    let w = plan.weeks.first()?;
    Some(FirstWeek {
        first_day: w.first_day,
        last_day: w.last_day,
        first_date: w.first_date,
        last_date: w.last_date,
        sessions: plan.first_week().to_vec(),
    })
}

fn flag(rubric: &Rubric, report: &Report, gaps: &[Gap]) -> Option<Flag> {
    let s = &report.scores;
    if s.lean.is_none() && report.plan.basis == plan::Basis::Close {
        return Some(Flag::EitherWay {
            top: s.top,
            second: s.second,
        });
    }
    if !gaps.is_empty() {
        let mut skills: Vec<usize> = Vec::new();
        for g in gaps {
            if !skills.contains(&g.skill) {
                skills.push(g.skill);
            }
        }
        return Some(Flag::Unproven { skills });
    }
    let view = report.views.first()?;
    let mut skills: Vec<usize> = Vec::new();
    for st in &view.strengths {
        if let Some(s) = rubric.key.items[st.question].skill
            && !skills.contains(&s)
        {
            skills.push(s);
        }
    }
    (!view.strengths.is_empty()).then_some(Flag::NoFigures {
        path: view.path,
        skills,
    })
}

/// The first strongest answer whose skill has a resume line on its path.
fn proof(rubric: &Rubric, report: &Report) -> Option<Proof> {
    report
        .views
        .iter()
        .flat_map(|v| &v.strengths)
        .find_map(|st| {
            let skill = rubric.key.items[st.question].skill?;
            let bullet = rubric.texts.paths[st.path]
                .bullets
                .iter()
                .position(|b| b.skill == Some(skill))?;
            Some(Proof {
                question: st.question,
                path: st.path,
                bullet,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};

    fn sheet(point: impl Fn(usize, &crate::rubric::Rubric) -> u8) -> (Brief, Report) {
        let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let mut responses = Responses::empty(&rubric);
        responses.points = (0..rubric.key.questions())
            .map(|q| point(q, &rubric))
            .collect();
        let options = super::super::Options {
            gaps: 3,
            ..Default::default()
        };
        let report = super::super::build(&rubric, &responses, &options);
        (brief(&rubric, &responses, &report), report)
    }

    #[test]
    fn a_lean_with_gaps_names_them_and_the_claims_they_invite() {
        // Every answer for the first path, but its first two skill questions on the midpoint.
        let (b, report) = sheet(|q, r| match (r.key.items[q].favors, q) {
            (0, 0 | 1) => 2,
            (0, _) => 4,
            _ => 0,
        });
        assert_eq!(report.scores.lean, Some(0));
        assert!(!b.gaps.is_empty() && b.gaps.len() <= MOST);
        assert!(b.gaps.iter().all(|g| g.path == 0 && g.shortfall >= 0.5));
        let skills: Vec<usize> = b.gaps.iter().map(|g| g.skill).collect();
        assert_eq!(b.flag, Some(Flag::Unproven { skills }));
        assert!(b.weighed.len() <= MOST && !b.weighed.is_empty());
        let sizes: Vec<f64> = b.weighed.iter().map(|w| w.points.abs()).collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
        let largest = report
            .scores
            .contributions
            .iter()
            .fold(0.0, |m: f64, c| m.max(c.abs()));
        assert_eq!(sizes[0], largest);
        assert_eq!(b.week.unwrap().sessions, report.plan.weeks[0].sessions);
    }

    #[test]
    fn all_midpoints_weigh_nothing_and_warn_against_either_way() {
        let (b, report) = sheet(|_, r| r.key.midpoint());
        assert!(b.weighed.is_empty());
        assert_eq!(
            b.flag,
            Some(Flag::EitherWay {
                top: report.scores.top,
                second: report.scores.second
            })
        );
    }

    #[test]
    fn no_gaps_give_a_proof_line_for_the_strongest_answer() {
        let (b, report) = sheet(|q, r| if r.key.items[q].favors == 0 { 4 } else { 0 });
        assert!(b.gaps.is_empty());
        assert!(matches!(b.flag, Some(Flag::NoFigures { path: 0, .. })));
        let proof = b.proof.unwrap();
        let strongest = report.views[0]
            .strengths
            .iter()
            .find(|s| s.question == proof.question);
        assert!(strongest.is_some());
    }
}
