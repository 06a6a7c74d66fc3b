//! The words of a report's sections below the fit table: strengths, gaps, a close result,
//! the deciders, the rubric's guidance, the quality warnings and the limits, as titled lists.

use super::{Block, block, list_and, number};
use crate::answers::Responses;
use crate::decide::Decider;
use crate::report::{PathView, Report, Section};
use crate::rubric::Rubric;
use crate::scoring::Scores;
use crate::t;

/// Every section of the report below the fit table, as titled lists.
pub fn blocks(rubric: &Rubric, responses: &Responses, report: &Report) -> Vec<Block> {
    let mut out = Vec::new();
    for &section in &report.sections {
        section_blocks(rubric, responses, report, section, &mut out);
    }
    out
}

fn section_blocks(
    rubric: &Rubric,
    responses: &Responses,
    report: &Report,
    section: Section,
    out: &mut Vec<Block>,
) {
    let texts = &rubric.texts;
    match section {
        Section::Strengths(i) => out.push(strengths(rubric, &report.views[i])),
        Section::Gaps(i) => out.push(gaps(rubric, &report.views[i])),
        Section::Close => out.push(close(rubric, &report.scores)),
        Section::Deciders => out.push(deciders(rubric, &report.scores, &report.deciders)),
        Section::Plan => super::plan::plan(rubric, &report.plan, out),
        Section::Reflections => reflections(rubric, responses, out),
        Section::Days => days(rubric, out),
        Section::Hiring(p) => out.push(block(
            1,
            t!("sections-hiring", path = rubric.path_name(p)),
            texts.paths[p].hiring_signals.clone(),
        )),
        Section::Language(p) => out.push(language(rubric, report, p)),
        Section::RedFlags => out.push(red_flags(rubric, report)),
        Section::Bullets(i) => out.push(bullets(rubric, &report.views[i])),
        Section::Checklist => out.push(block(1, t!("sections-checklist"), texts.checklist.clone())),
        Section::Quality => out.push(block(
            1,
            t!("sections-quality"),
            report
                .quality
                .flags
                .iter()
                .map(|f| quality_flag(rubric, f))
                .collect(),
        )),
        Section::Limits => out.push(limits(rubric)),
    }
}

fn reflections(rubric: &Rubric, responses: &Responses, out: &mut Vec<Block>) {
    out.push(block(1, t!("sections-reflections"), Vec::new()));
    for (r, text) in responses.reflections.iter().enumerate() {
        if let Some(text) = text {
            out.push(block(
                2,
                rubric.texts.reflections[r].clone(),
                vec![text.clone()],
            ));
        }
    }
}

fn days(rubric: &Rubric, out: &mut Vec<Block>) {
    out.push(block(1, t!("sections-days"), Vec::new()));
    for p in &rubric.texts.paths {
        if !p.day.is_empty() {
            out.push(block(2, p.name.clone(), p.day.clone()));
        }
    }
}

fn language(rubric: &Rubric, report: &Report, p: usize) -> Block {
    let mut items = Vec::new();
    let strongest: Vec<String> = report
        .views
        .iter()
        .filter(|v| v.path == p)
        .flat_map(|v| &v.strengths)
        .map(|st| {
            t!(
                "sections-quoted",
                text = rubric.texts.questions[st.question]
            )
        })
        .collect();
    if !strongest.is_empty() {
        items.push(t!("sections-fill-brackets", answers = list_and(&strongest)));
    }
    items.extend(rubric.texts.paths[p].phrases.iter().cloned());
    block(
        1,
        t!("sections-language", path = rubric.path_name(p)),
        items,
    )
}

fn bullets(rubric: &Rubric, v: &PathView) -> Block {
    let bullets = &rubric.texts.paths[v.path].bullets;
    block(
        1,
        t!("sections-bullets", path = rubric.path_name(v.path)),
        crate::report::bullets_for(rubric, v)
            .into_iter()
            .map(|b| {
                t!(
                    "sections-bullet",
                    weak = bullets[b].weak,
                    strong = bullets[b].strong
                )
            })
            .collect(),
    )
}

/// One warning about how the sheet was filled in.
pub fn quality_flag(rubric: &Rubric, f: &crate::quality::Flag) -> String {
    use crate::quality::Flag;
    match f {
        Flag::StraightLining {
            point,
            count,
            answered,
        } => t!(
            "sections-straight",
            count = count,
            answered = answered,
            label = rubric.label(*point)
        ),
        Flag::Acquiescence { pairs, of } => t!("sections-acquiescence", pairs = pairs, of = of),
        Flag::ManyMidpoints { count, answered } => t!(
            "sections-midpoints",
            count = count,
            answered = answered,
            label = rubric.label(rubric.key.midpoint())
        ),
        Flag::ManySkipped { count, total } => t!("sections-skipped", count = count, total = total),
        Flag::TooFast { count, timed } => t!("sections-fast", count = count, timed = timed),
    }
}

/// The rubric's red flags, and first the one this result runs into: a clear lean with skill
/// gaps invites claims without proof.
fn red_flags(rubric: &Rubric, report: &Report) -> Block {
    let mut items = Vec::new();
    if report.scores.lean.is_some() {
        let skills: Vec<&str> = report
            .views
            .iter()
            .flat_map(|v| &v.gaps.gaps)
            .map(|g| rubric.texts.skills[g.skill].name.as_str())
            .collect();
        if !skills.is_empty() {
            items.push(t!(
                "sections-red-flag-now",
                skills = list_and(&skills).to_lowercase()
            ));
        }
    }
    items.extend(rubric.texts.red_flags.iter().cloned());
    block(1, t!("sections-red-flags"), items)
}

/// What this rubric measures and what it does not; in every report.
fn limits(rubric: &Rubric) -> Block {
    let dims: Vec<String> = rubric
        .texts
        .dimensions
        .iter()
        .map(|d| d.name.to_lowercase())
        .collect();
    let weights: Vec<String> = rubric
        .texts
        .dimensions
        .iter()
        .zip(&rubric.key.dim_weights)
        .map(|(d, w)| {
            t!(
                "sections-weight",
                dim = d.name.to_lowercase(),
                weight = number(*w)
            )
        })
        .collect();
    block(
        1,
        t!("sections-limits"),
        vec![
            t!("sections-limits-measures", dims = list_and(&dims)),
            t!("sections-limits-self"),
            t!("sections-limits-weights", weights = list_and(&weights)),
        ],
    )
}

fn quote_answer(rubric: &Rubric, q: usize, point: u8) -> String {
    t!(
        "sections-answer",
        question = rubric.texts.questions[q],
        label = rubric.label(point)
    )
}

fn strengths(rubric: &Rubric, v: &PathView) -> Block {
    let items = if v.strengths.is_empty() {
        vec![t!("sections-strengths-none")]
    } else {
        v.strengths
            .iter()
            .map(|s| quote_answer(rubric, s.question, s.point))
            .collect()
    };
    block(
        1,
        t!("sections-strengths", path = rubric.path_name(v.path)),
        items,
    )
}

fn gaps(rubric: &Rubric, v: &PathView) -> Block {
    let g = &v.gaps;
    let mut items: Vec<String> = g
        .gaps
        .iter()
        .map(|gap| {
            t!(
                "sections-gap",
                skill = rubric.texts.skills[gap.skill].name,
                answer = quote_answer(rubric, gap.question, gap.point)
            )
        })
        .collect();
    if g.skill_items == 0 {
        items.push(t!("sections-gaps-unlinked"));
    } else if g.answered_skill_items == 0 {
        items.push(t!("sections-gaps-unanswered"));
    } else if g.skills_with_gaps == 0 {
        items.push(t!("sections-gaps-none"));
    } else if g.skills_with_gaps > g.gaps.len() {
        let more = g.skills_with_gaps - g.gaps.len();
        items.push(t!("sections-gaps-more", more = more));
    }
    block(
        1,
        t!("sections-gaps", path = rubric.path_name(v.path)),
        items,
    )
}

fn close(rubric: &Rubric, s: &Scores) -> Block {
    let (a, b) = (rubric.path_name(s.top), rubric.path_name(s.second));
    let mut items = vec![t!("sections-close", a = a, b = b)];
    items.extend(
        rubric
            .texts
            .hybrid_roles
            .iter()
            .map(|r| t!("sections-close-role", role = r)),
    );
    items.push(t!("sections-close-story"));
    block(1, t!("sections-close-title"), items)
}

fn deciders(rubric: &Rubric, s: &Scores, found: &[Decider]) -> Block {
    let mut items: Vec<String> = found
        .iter()
        .map(|d| {
            let from = d.from.map_or_else(
                || t!("sections-skipped-from"),
                |f| t!("sections-quoted", text = rubric.label(f)),
            );
            t!(
                "sections-decider",
                question = rubric.texts.questions[d.question],
                to = rubric.label(d.to),
                from = from,
                path = rubric.path_name(d.lean),
                margin = super::decimal(d.margin)
            )
        })
        .collect();
    if items.is_empty() {
        items.push(t!(if rubric.key.paths == 2 {
            "sections-no-decider-either"
        } else {
            "sections-no-decider-any"
        }));
    } else {
        for &p in &[s.top, s.second] {
            if !found.iter().any(|d| d.lean == p) {
                items.push(t!("sections-no-decider", path = rubric.path_name(p)));
            }
        }
    }
    block(1, t!("sections-deciders"), items)
}
