//! The text of a report below the fit table, as titled lists shared by the table and Markdown
//! renderers.

use crate::report::Report;
use crate::rubric::Rubric;

pub struct Section {
    /// 1 for a main heading, 2 for a heading inside the one before.
    pub level: u8,
    pub title: String,
    pub items: Vec<String>,
}

fn section(level: u8, title: String, items: Vec<String>) -> Section {
    Section {
        level,
        title,
        items,
    }
}

/// A path's display name, or its id when the rubric has no such path.
fn path_name<'a>(rubric: &'a Rubric, id: &'a str) -> &'a str {
    rubric
        .paths
        .iter()
        .find(|p| p.id == id)
        .map_or(id, |p| p.name.as_str())
}

/// One line that states the verdict plainly.
pub fn verdict_line(report: &Report, rubric: &Rubric) -> String {
    let v = &report.scorecard.verdict;
    let name = |id: &str| path_name(rubric, id).to_owned();
    let other = v.runner_up.as_deref().map(name).unwrap_or_default();
    if v.clear {
        format!(
            "Clear lean: {} over {other} by {:.1} points (a clear lean needs {}).",
            name(&v.path),
            v.margin,
            rubric.tie_margin
        )
    } else {
        format!(
            "No clear lean: {} is ahead of {other} by only {:.1} points (a clear lean needs {}). \
             Hiring managers read fence-sitting as a red flag, so settle the answers below.",
            name(&v.path),
            v.margin,
            rubric.tie_margin
        )
    }
}

/// A line on how complete the sheet is.
pub fn answered_line(report: &Report) -> String {
    let c = &report.scorecard;
    let mut line = format!("{} of {} questions answered", c.answered, c.total);
    if c.partial {
        line.push_str(" (partial: scored on the answered ones)");
    }
    line
}

pub fn sections(report: &Report, rubric: &Rubric) -> Vec<Section> {
    let plan = &report.plan;
    let target = rubric
        .path_index(&plan.target)
        .map(|i| &rubric.paths[i])
        .expect("the plan targets a rubric path");
    let mut out = Vec::new();

    out.push(section(
        1,
        format!("Strongest answers for {}", target.name),
        if report.strengths.is_empty() {
            vec!["None yet: no answer to this path's own items supports it.".into()]
        } else {
            report
                .strengths
                .iter()
                .map(|s| format!("{} ({})", s.text, s.answer))
                .collect()
        },
    ));
    out.push(section(
        1,
        format!("Largest skill gaps for {}", target.name),
        if report.gaps.is_empty() {
            vec!["None: every answered skill item for this path is in its favour.".into()]
        } else {
            report
                .gaps
                .iter()
                .map(|g| format!("{}: {} ({})", g.skill_name, g.text, g.answer))
                .collect()
        },
    ));
    if !report.deciders.is_empty() {
        let v = &report.scorecard.verdict;
        let leader = path_name(rubric, &v.path);
        let runner_up = path_name(rubric, v.runner_up.as_deref().unwrap_or_default());
        out.push(section(
            1,
            "Answers that would decide it".into(),
            report
                .deciders
                .iter()
                .map(|d| {
                    let after = if d.margin_after < 0.0 {
                        format!("{} would lead by {:.1}", runner_up, -d.margin_after)
                    } else {
                        format!("{} would lead by only {:.1}", leader, d.margin_after)
                    };
                    format!(
                        "{} Now: {}. With \"{}\": {after}.",
                        d.text,
                        d.answer.as_deref().unwrap_or("skipped"),
                        d.would_be,
                    )
                })
                .collect(),
        ));
    }

    out.push(section(
        1,
        format!("30-day proof plan: {}", plan.target_name),
        Vec::new(),
    ));
    for week in &plan.weeks {
        let dates = match (week.first_date, week.last_date) {
            (Some(a), Some(b)) => format!(" ({a} to {b})"),
            _ => String::new(),
        };
        out.push(section(
            2,
            format!(
                "Days {}-{}{dates}: {}",
                week.first_day, week.last_day, week.title
            ),
            week.tasks.clone(),
        ));
    }

    let days: Vec<&crate::rubric::Path> =
        rubric.paths.iter().filter(|p| !p.day.is_empty()).collect();
    if !days.is_empty() {
        out.push(section(1, "A day in each role".into(), Vec::new()));
        for p in days {
            out.push(section(2, p.name.clone(), p.day.clone()));
        }
    }
    if !target.hiring_signals.is_empty() {
        out.push(section(
            1,
            format!("What hiring managers scan for: {}", target.name),
            target.hiring_signals.clone(),
        ));
    }
    if !target.phrases.is_empty() {
        out.push(section(
            1,
            format!("Language bank: {}", target.name),
            target.phrases.clone(),
        ));
    }
    if !rubric.red_flags.is_empty() {
        out.push(section(1, "Red flags".into(), rubric.red_flags.clone()));
    }
    out
}
