//! The English message table: every sentence a report prints is made here, from report data
//! and the rubric's texts. Another language gets a table of its own with the same functions.

use crate::answers::Responses;
use crate::decide::Decider;
use crate::plan::{Basis, Plan, Task, Theme};
use crate::report::{PathView, Report, Section};
use crate::rubric::Rubric;
use crate::scoring::Scores;

/// A titled list: a report section as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// 1 for a main heading, 2 for a heading inside the one before.
    pub level: u8,
    pub title: String,
    pub items: Vec<String>,
    /// Items are things to do (Markdown shows them as `- [ ]`).
    pub todo: bool,
}

fn block(level: u8, title: String, items: Vec<String>) -> Block {
    Block {
        level,
        title,
        items,
        todo: false,
    }
}

/// "A", "A and B", "A, B and C".
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// "1 question", "2 questions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A fit to one decimal, or "n/a" when nothing answered counts for it.
pub fn fit(fit: Option<f64>) -> String {
    fit.map_or_else(
        || "n/a".to_owned(),
        |f| format!("{:.1}", crate::scoring::shown(f)),
    )
}

/// A number as the rubric author wrote it: 8, 7.5.
fn number(x: f64) -> String {
    format!("{x}")
}

/// One line that states the verdict plainly.
pub fn verdict(rubric: &Rubric, s: &Scores) -> String {
    let name = |p: usize| rubric.path_name(p);
    let tie = rubric.key.tie_margin;
    let needs = if tie > 0.0 {
        format!("a clear lean needs {}", number(tie))
    } else {
        "this rubric counts any lead as a clear lean".to_owned()
    };
    match s.lean {
        Some(p) => format!(
            "Clear lean: {} over {} by {:.1} points ({needs}).",
            name(p),
            name(s.second),
            s.shown_margin
        ),
        None if s.shown_margin == 0.0 => format!(
            "No clear lean: {} and {} are tied ({needs}).",
            name(s.top),
            name(s.second)
        ),
        None => format!(
            "No clear lean: {} is ahead of {} by only {:.1} {} ({needs}).",
            name(s.top),
            name(s.second),
            s.shown_margin,
            if s.shown_margin == 1.0 {
                "point"
            } else {
                "points"
            }
        ),
    }
}

/// A line on how complete the sheet is.
pub fn answered(rubric: &Rubric, s: &Scores) -> String {
    let total = rubric.key.questions();
    let mut line = format!(
        "{} of {} answered",
        s.answered,
        count(total, "question", "questions")
    );
    if s.answered < total {
        line.push_str(" (partial: scored on the answered ones)");
    }
    line
}

/// Beside the verdict: how many answers sat on the midpoint, a sign of how much it says.
pub fn midpoints(rubric: &Rubric, q: &crate::quality::Quality) -> Option<String> {
    if rubric.key.points.is_multiple_of(2) || q.answered == 0 {
        return None;
    }
    let label = rubric.label(rubric.key.midpoint());
    Some(format!(
        "{} of {} answers are \"{label}\" ({:.0}%): the more there are, the less the result says.",
        q.midpoints,
        q.answered,
        100.0 * q.midpoints as f64 / q.answered as f64
    ))
}

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
            "{count} of {timed} answers came faster than the question can be read. Go through the review again and read each question to the end."
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

/// Every section of the report below the fit table, as titled lists.
pub fn blocks(rubric: &Rubric, responses: &Responses, report: &Report) -> Vec<Block> {
    let mut out = Vec::new();
    for section in &report.sections {
        match *section {
            Section::Strengths(i) => out.push(strengths(rubric, &report.views[i])),
            Section::Gaps(i) => out.push(gaps(rubric, &report.views[i])),
            Section::Close => out.push(close(rubric, &report.scores)),
            Section::Deciders => out.push(deciders(rubric, &report.scores, &report.deciders)),
            Section::Plan => plan(rubric, &report.plan, &mut out),
            Section::Reflections => {
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
            Section::Days => {
                out.push(block(1, "A day in each role".into(), Vec::new()));
                for p in &rubric.texts.paths {
                    if !p.day.is_empty() {
                        out.push(block(2, p.name.clone(), p.day.clone()));
                    }
                }
            }
            Section::Hiring(p) => out.push(block(
                1,
                format!("What hiring managers scan for: {}", rubric.path_name(p)),
                rubric.texts.paths[p].hiring_signals.clone(),
            )),
            Section::Language(p) => {
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
                out.push(block(
                    1,
                    format!("Language bank: {}", rubric.path_name(p)),
                    items,
                ));
            }
            Section::RedFlags => out.push(red_flags(rubric, report)),
            Section::Bullets(i) => {
                let v = &report.views[i];
                let bullets = &rubric.texts.paths[v.path].bullets;
                out.push(block(
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
                ));
            }
            Section::Checklist => out.push(block(
                1,
                "Find practice in the work you do now".into(),
                rubric.texts.checklist.clone(),
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
    out
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

fn plan(rubric: &Rubric, plan: &Plan, out: &mut Vec<Block>) {
    let names: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
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

fn theme(rubric: &Rubric, plan: &Plan, theme: Theme) -> String {
    match theme {
        Theme::NameGaps => "Name the gaps and pick resources".into(),
        Theme::Practise => "Practise a little every day".into(),
        Theme::Apply => "Apply it in your current job".into(),
        Theme::Evidence => "Track progress and collect evidence with numbers".into(),
        Theme::GatherStrengths => "Gather the evidence for your strengths".into(),
        Theme::ProofLines => "Turn each example into a proof line".into(),
        Theme::Language => {
            let names: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
            format!("Practise the language of {}", list_and(&names))
        }
        Theme::Show => "Show it and re-assess".into(),
    }
}

/// One plan task as a sentence.
pub fn task(rubric: &Rubric, plan: &Plan, task: &Task) -> String {
    let t = &rubric.texts;
    let skill = |s: usize| &t.skills[s];
    match task {
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
        Task::CheckIn => {
            "Check-in at the end of the week: what did I do this week, and what can I show for it?".into()
        }
        Task::ResultLines => {
            "Write each result as one line with a number (money, time, people, error rates): hiring managers scan for figures.".into()
        }
        Task::RecallExample { question } => format!(
            "Write down a recent example from your work for: \"{}\"",
            t.questions[*question]
        ),
        Task::ListWork => "List three pieces of work from the last year and what changed because of each.".into(),
        Task::PickTwoExamples => "Pick the two examples with the clearest results.".into(),
        Task::OneLineEach => "Rewrite each example as one line: what you did, how big it was, what it changed.".into(),
        Task::PreciseVerbs => "Replace vague verbs such as \"managed\" or \"handled\" with what you did and how much.".into(),
        Task::Phrase { path, phrase } => {
            let text = &t.paths[*path].phrases[*phrase];
            if text.contains('[') {
                format!("Fill in the brackets from your own work, then say it aloud: \"{text}\"")
            } else {
                format!("Say it aloud, then add one example from your own work: \"{text}\"")
            }
        }
        Task::TellAloud => "Tell one example aloud in under a minute to a colleague or mentor.".into(),
        Task::UpdateResume => {
            let names: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
            match names.as_slice() {
                [one] => format!("Update your resume and profile so every line points to {one}."),
                _ => format!(
                    "Write one resume version for each of {}, and send each employer the one that fits the role.",
                    list_and(&names)
                ),
            }
        }
        Task::AskFeedback => "Ask one colleague or manager for feedback on a result you listed.".into(),
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_as_english() {
        assert_eq!(list_and::<&str>(&[]), "");
        assert_eq!(list_and(&["A"]), "A");
        assert_eq!(list_and(&["A", "B"]), "A and B");
        assert_eq!(list_and(&["A", "B", "C"]), "A, B and C");
        assert_eq!(count(1, "minute", "minutes"), "1 minute");
        assert_eq!(count(2, "minute", "minutes"), "2 minutes");
    }
}
