//! The words of a report's sections below the fit table: strengths, gaps, a close result,
//! the deciders, the rubric's guidance, the quality warnings and the limits, as titled lists.

use super::{Block, block, list_and, number};
use crate::answers::Responses;
use crate::decide::Decider;
use crate::report::{PathView, Report, Section};
use crate::rubric::Rubric;
use crate::scoring::Scores;

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
            format!("What hiring managers scan for: {}", rubric.path_name(p)),
            texts.paths[p].hiring_signals.clone(),
        )),
        Section::Language(p) => out.push(language(rubric, report, p)),
        Section::RedFlags => out.push(red_flags(rubric, report)),
        Section::Bullets(i) => out.push(bullets(rubric, &report.views[i])),
        Section::Checklist => out.push(block(
            1,
            "Find practice in the work you do now".into(),
            texts.checklist.clone(),
        )),
        Section::Quality => out.push(block(
            1,
            "Check these answers".into(),
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
    out.push(block(1, "Your reflections".into(), Vec::new()));
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
    out.push(block(1, "A day in each role".into(), Vec::new()));
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
        .map(|st| format!("\"{}\"", rubric.texts.questions[st.question]))
        .collect();
    if !strongest.is_empty() {
        items.push(format!(
            "Fill the brackets with the work behind your strongest answers: {}",
            list_and(&strongest)
        ));
    }
    items.extend(rubric.texts.paths[p].phrases.iter().cloned());
    block(1, format!("Language bank: {}", rubric.path_name(p)), items)
}

fn bullets(rubric: &Rubric, v: &PathView) -> Block {
    let bullets = &rubric.texts.paths[v.path].bullets;
    block(
        1,
        format!(
            "Resume lines for your gaps, weak and strong: {}",
            rubric.path_name(v.path)
        ),
        crate::report::bullets_for(rubric, v)
            .into_iter()
            .map(|b| {
                format!(
                    "Weak: \"{}\" Strong: \"{}\"",
                    bullets[b].weak, bullets[b].strong
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
        } => format!(
            "{count} of {answered} answers are \"{}\". Answers given without reading each question look like this; read them again and change any that do not describe you.",
            rubric.label(*point)
        ),
        Flag::Acquiescence { pairs, of } => format!(
            "You agreed with both questions of {pairs} of {of} pairs that state opposite preferences. Agreeing with everything makes the result say little; read those pairs again."
        ),
        Flag::ManyMidpoints { count, answered } => format!(
            "{count} of {answered} answers are \"{}\". The result rests on few answers that lean either way; an answer you are unsure of is often better given as your best guess.",
            rubric.label(rubric.key.midpoint())
        ),
        Flag::ManySkipped { count, total } => format!(
            "{count} of {total} questions were skipped. The result rests on the rest; answering them would make it firmer."
        ),
        Flag::TooFast { count, timed } => format!(
            "{count} of {timed} answers came faster than the question can be read, so this result may say less about you than it seems. Answering again with time to read each question gives a firmer one."
        ),
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
            items.push(format!(
                "For you now: claiming {} without an example to show. An employer will ask for one; close the gap first, or leave the claim out.",
                list_and(&skills).to_lowercase()
            ));
        }
    }
    items.extend(rubric.texts.red_flags.iter().cloned());
    block(1, "Red flags".into(), items)
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
        .map(|(d, w)| format!("{} {}", d.name.to_lowercase(), number(*w)))
        .collect();
    block(
        1,
        "What this result is and is not".into(),
        vec![
            format!(
                "It measures {} as you describe them yourself. It does not test what you know or can do, and it knows nothing of pay, place or the job market.",
                list_and(&dims)
            ),
            "It is a self-assessment to think over, alone or with a coach. It is not a test to hire or select anyone by.".into(),
            format!(
                "The weights ({}) are the rubric author's judgement, not a measured fact.",
                list_and(&weights)
            ),
        ],
    )
}

fn quote_answer(rubric: &Rubric, q: usize, point: u8) -> String {
    format!("{} ({})", rubric.texts.questions[q], rubric.label(point))
}

fn strengths(rubric: &Rubric, v: &PathView) -> Block {
    let items = if v.strengths.is_empty() {
        vec!["None: no answer to this path's own questions leans towards it.".into()]
    } else {
        v.strengths
            .iter()
            .map(|s| quote_answer(rubric, s.question, s.point))
            .collect()
    };
    block(
        1,
        format!("Strongest answers for {}", rubric.path_name(v.path)),
        items,
    )
}

fn gaps(rubric: &Rubric, v: &PathView) -> Block {
    let g = &v.gaps;
    let mut items: Vec<String> = g
        .gaps
        .iter()
        .map(|gap| {
            format!(
                "{}: {}",
                rubric.texts.skills[gap.skill].name,
                quote_answer(rubric, gap.question, gap.point)
            )
        })
        .collect();
    if g.skill_items == 0 {
        items.push("This rubric links none of this path's questions to a skill.".into());
    } else if g.answered_skill_items == 0 {
        items.push("None shown: no skill question for this path was answered.".into());
    } else if g.skills_with_gaps == 0 {
        items.push("None: every answered skill question for this path is in its favour.".into());
    } else if g.skills_with_gaps > g.gaps.len() {
        let more = g.skills_with_gaps - g.gaps.len();
        items.push(format!(
            "{more} more {} with a gap; raise --gaps to list {}.",
            if more == 1 { "skill" } else { "skills" },
            if more == 1 { "it" } else { "them" }
        ));
    }
    block(
        1,
        format!("Largest skill gaps for {}", rubric.path_name(v.path)),
        items,
    )
}

fn close(rubric: &Rubric, s: &Scores) -> Block {
    let (a, b) = (rubric.path_name(s.top), rubric.path_name(s.second));
    let mut items = vec![format!(
        "A close result is an answer too: roles that combine {a} and {b} are a real choice, not a \
         failure to choose."
    )];
    items.extend(
        rubric
            .texts
            .hybrid_roles
            .iter()
            .map(|r| format!("A role to look at: {r}")),
    );
    items.push(
        "When you apply, tell one story per application: pick the path the role asks for and let \
         your resume and your interview answers point to it. A mixed message reads to an employer \
         as no clear preference."
            .into(),
    );
    block(1, "Both paths fit you about as well".into(), items)
}

fn deciders(rubric: &Rubric, s: &Scores, found: &[Decider]) -> Block {
    let mut items: Vec<String> = found
        .iter()
        .map(|d| {
            let from = d.from.map_or_else(
                || "skipped".to_owned(),
                |f| format!("\"{}\"", rubric.label(f)),
            );
            format!(
                "\"{}\" answered \"{}\" instead of {from}: {} would lead by {:.1}.",
                rubric.texts.questions[d.question],
                rubric.label(d.to),
                rubric.path_name(d.lean),
                d.margin
            )
        })
        .collect();
    if items.is_empty() {
        items.push(format!(
            "No single changed answer would give {} a clear lean: the result rests on many answers, not one.",
            if rubric.key.paths == 2 {
                "either path".to_owned()
            } else {
                "any path".to_owned()
            }
        ));
    } else {
        for &p in &[s.top, s.second] {
            if !found.iter().any(|d| d.lean == p) {
                items.push(format!(
                    "No single changed answer would give {} a clear lean.",
                    rubric.path_name(p)
                ));
            }
        }
    }
    block(1, "Answers that would decide it".into(), items)
}
