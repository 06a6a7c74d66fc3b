//! One answer sheet's full result as plain data: scores, the paths it speaks about, their
//! strengths and gaps, what would decide a close result, the plan, and which sections a
//! report shows. Words come later, in `text`.

pub mod brief;

use crate::answers::Responses;
use crate::decide::{self, Decider};
use crate::plan::{self, Basis, GapList, Plan, Schedule, Strength};
use crate::quality::{self, Quality};
use crate::rubric::Rubric;
use crate::scoring::{self, Scores};

/// How many strengths, and deciders per path, a report lists.
const LIST_LEN: usize = 3;

/// The parts of a report that `--sections` can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionName {
    Strengths,
    Gaps,
    Close,
    Deciders,
    Plan,
    Reflections,
    Day,
    Hiring,
    Language,
    Bullets,
    RedFlags,
    Checklist,
    Quality,
    Limits,
}

/// Choices that shape a report.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Path index to plan for; None plans for the lean, or the top two on a close result.
    pub target: Option<usize>,
    /// Day 1, the practice days and time, the partner and the answer file.
    pub schedule: Schedule,
    /// How many skill gaps the plan works on.
    pub gaps: usize,
    /// The sections to show; empty shows every one that has content.
    pub sections: Vec<SectionName>,
}

/// What the report says about one path it focuses on.
#[derive(Debug, Clone, PartialEq)]
pub struct PathView {
    pub path: usize,
    pub strengths: Vec<Strength>,
    pub gaps: GapList,
}

/// The parts of a report, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Strengths of `views[i]`.
    Strengths(usize),
    /// Gaps of `views[i]`.
    Gaps(usize),
    /// No clear lean: hybrid roles and one story per application.
    Close,
    Deciders,
    Plan,
    Reflections,
    /// A day in each role (for the paths whose rubric content has one).
    Days,
    Hiring(usize),
    Language(usize),
    /// Weak and strong resume lines for the gaps of `views[i]`.
    Bullets(usize),
    RedFlags,
    /// Where to find practice in current projects.
    Checklist,
    /// Warnings about how the sheet was filled in.
    Quality,
    /// What the rubric measures and what it does not.
    Limits,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub scores: Scores,
    /// The paths the report focuses on: the target, or the top two on a close result.
    pub views: Vec<PathView>,
    pub deciders: Vec<Decider>,
    pub plan: Plan,
    pub quality: Quality,
    pub sections: Vec<Section>,
}

pub fn build(rubric: &Rubric, responses: &Responses, options: &Options) -> Report {
    let scores = scoring::score(&rubric.key, &responses.points);
    build_from(rubric, responses, scores, options)
}

/// The report for a sheet already scored.
pub fn build_from(
    rubric: &Rubric,
    responses: &Responses,
    scores: Scores,
    options: &Options,
) -> Report {
    let points = &responses.points;
    let (targets, basis) = match (options.target, scores.lean) {
        (Some(t), _) => (vec![t], Basis::Chosen),
        (None, Some(p)) => (vec![p], Basis::Lean),
        (None, None) => (vec![scores.top, scores.second], Basis::Close),
    };
    let views: Vec<PathView> = targets
        .iter()
        .map(|&t| PathView {
            path: t,
            strengths: plan::strengths(rubric, points, t, LIST_LEN),
            gaps: plan::gaps(rubric, points, t, options.gaps),
        })
        .collect();
    let lists: Vec<&[plan::Gap]> = views.iter().map(|v| v.gaps.gaps.as_slice()).collect();
    let gaps = plan::interleave(&lists, options.gaps);
    let strengths: Vec<Strength> = views.iter().flat_map(|v| v.strengths.clone()).collect();
    let plan = plan::plan(rubric, targets, basis, &gaps, &strengths, &options.schedule);
    let deciders = decide::deciders(&rubric.key, points, &scores, LIST_LEN);
    let quality = quality::check(&rubric.key, points);
    let mut sections = sections(rubric, responses, &scores, &views, &quality);
    if !options.sections.is_empty() {
        sections.retain(|s| options.sections.contains(&s.name()));
    }
    Report {
        scores,
        views,
        deciders,
        plan,
        quality,
        sections,
    }
}

impl Section {
    /// The name `--sections` knows it by.
    pub fn name(self) -> SectionName {
        use SectionName as N;
        match self {
            Section::Strengths(_) => N::Strengths,
            Section::Gaps(_) => N::Gaps,
            Section::Close => N::Close,
            Section::Deciders => N::Deciders,
            Section::Plan => N::Plan,
            Section::Reflections => N::Reflections,
            Section::Days => N::Day,
            Section::Hiring(_) => N::Hiring,
            Section::Language(_) => N::Language,
            Section::Bullets(_) => N::Bullets,
            Section::RedFlags => N::RedFlags,
            Section::Checklist => N::Checklist,
            Section::Quality => N::Quality,
            Section::Limits => N::Limits,
        }
    }
}

/// The resume lines of a path that prove the skills of its gaps (indices into its bullets).
pub fn bullets_for(rubric: &Rubric, v: &PathView) -> Vec<usize> {
    let bullets = &rubric.texts.paths[v.path].bullets;
    (0..bullets.len())
        .filter(|&b| {
            bullets[b]
                .skill
                .is_some_and(|s| v.gaps.gaps.iter().any(|g| g.skill == s))
        })
        .collect()
}

/// Which sections this report shows: one only where it has something true to say.
fn sections(
    rubric: &Rubric,
    responses: &Responses,
    scores: &Scores,
    views: &[PathView],
    quality: &Quality,
) -> Vec<Section> {
    let mut out = Vec::new();
    if !quality.flags.is_empty() {
        out.push(Section::Quality);
    }
    for i in 0..views.len() {
        out.push(Section::Strengths(i));
        out.push(Section::Gaps(i));
    }
    if scores.lean.is_none() {
        out.push(Section::Close);
        out.push(Section::Deciders);
    }
    out.push(Section::Plan);
    if responses.reflections.iter().any(Option::is_some) {
        out.push(Section::Reflections);
    }
    let texts = &rubric.texts;
    if texts.paths.iter().any(|p| !p.day.is_empty()) {
        out.push(Section::Days);
    }
    for v in views {
        if !texts.paths[v.path].hiring_signals.is_empty() {
            out.push(Section::Hiring(v.path));
        }
    }
    for v in views {
        if !texts.paths[v.path].phrases.is_empty() {
            out.push(Section::Language(v.path));
        }
    }
    for (i, v) in views.iter().enumerate() {
        if !bullets_for(rubric, v).is_empty() {
            out.push(Section::Bullets(i));
        }
    }
    if !texts.red_flags.is_empty()
        || (scores.lean.is_some() && views.iter().any(|v| !v.gaps.gaps.is_empty()))
    {
        out.push(Section::RedFlags);
    }
    if !texts.checklist.is_empty() {
        out.push(Section::Checklist);
    }
    out.push(Section::Limits);
    out
}
