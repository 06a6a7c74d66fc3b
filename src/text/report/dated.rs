//! The plan's words about time: dates and times as a person says them, when the person works
//! on the plan, the weekly check-in, the decision on day 30 with its exact commands, and the
//! words of each calendar event.

use std::path::Path;

use chrono::{NaiveDateTime, Weekday};

use super::list_and;
use crate::plan::{BLOCK_MINUTES, Event, Kind, PLAN_DAYS, Plan, Practice, Schedule, Task, Week};
use crate::rubric::{DEFAULT_ID, Rubric};

/// "Tuesday 3 December, 19:00".
pub fn when(at: NaiveDateTime) -> String {
    at.format("%A %-d %B, %H:%M").to_string()
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Mondays",
        Weekday::Tue => "Tuesdays",
        Weekday::Wed => "Wednesdays",
        Weekday::Thu => "Thursdays",
        Weekday::Fri => "Fridays",
        Weekday::Sat => "Saturdays",
        Weekday::Sun => "Sundays",
    }
}

/// "on Tuesdays and Thursdays at 19:00", "every day at 07:30".
fn days(practice: &Practice) -> String {
    let time = practice.time.format("%H:%M");
    if practice.days.len() == 7 {
        return format!("every day at {time}");
    }
    let names: Vec<&str> = practice.days.iter().map(|&d| day_name(d)).collect();
    format!("on {} at {time}", list_and(&names))
}

/// The line under the plan's title: when the person works on it, and whom they tell.
pub fn times(schedule: &Schedule) -> String {
    let tell = match &schedule.partner {
        Some(who) => format!("tell {who} my progress"),
        None => "check my progress".to_owned(),
    };
    format!(
        "I work on this plan {}, {BLOCK_MINUTES} minutes at a time, and {tell} after the last block of each of the first three weeks; day 30 is for the decision.",
        days(&schedule.practice)
    )
}

/// The weekly check-in, as the words after "I".
pub fn check_in(plan: &Plan) -> String {
    match &plan.schedule.partner {
        Some(who) => format!("tell {who} what I did this week and what shows it."),
        None => "write down what I did this week and what shows it.".to_owned(),
    }
}

/// The decision on day 30, as a whole item.
pub fn decision(rubric: &Rubric, plan: &Plan) -> String {
    format!(
        "If it is {} (day {PLAN_DAYS}), then I {}",
        when(plan.decision),
        decide(rubric, plan)
    )
}

/// `s` as one word for a POSIX shell.
fn quote(s: &str) -> String {
    shlex::try_quote(s).map_or_else(|_| s.to_owned(), std::borrow::Cow::into_owned)
}

/// ` --rubric X` when the rubric is not the default one: its id, or the file it came from.
fn rubric_flag(rubric: &Rubric) -> String {
    if rubric.source.starts_with("embedded:") {
        if rubric.id == DEFAULT_ID {
            return String::new();
        }
        return format!(" --rubric {}", quote(&rubric.id));
    }
    format!(" --rubric {}", quote(&rubric.source))
}

/// Where day 30's answers go: beside the answer file, `NAME-day30.toml`.
fn day30_file(answers: Option<&str>) -> String {
    let Some(file) = answers else {
        return "day30.toml".to_owned();
    };
    let path = Path::new(file);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let name = format!("{stem}-day30.toml");
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => dir.join(name).display().to_string(),
        None => name,
    }
}

/// The decision, as the words after "I", with the exact commands to run.
pub fn decide(rubric: &Rubric, plan: &Plan) -> String {
    let flag = rubric_flag(rubric);
    let answers = plan.schedule.answers.as_deref();
    let later = quote(&day30_file(answers));
    let assess = format!("`pathfit assess{flag} --save {later}`");
    match answers {
        Some(file) => format!(
            "answer the questions again with {assess}, compare the two with `pathfit compare{flag} {} {later}`, and decide which path to pursue.",
            quote(file)
        ),
        None => format!(
            "answer the questions again with {assess} and decide which path to pursue. Today's answers were not saved to a file before this report, so the plan names no file to compare {later} with."
        ),
    }
}

/// A calendar event's summary: the week's theme, the check-in or the decision.
pub fn summary(rubric: &Rubric, plan: &Plan, event: &Event) -> String {
    let week: &Week = &plan.weeks[event.week];
    match event.kind {
        Kind::Work => format!(
            "Days {}-{}: {}",
            week.first_day,
            week.last_day,
            super::plan::theme(rubric, plan, week.theme)
        ),
        Kind::CheckIn => match &plan.schedule.partner {
            Some(who) => format!("Weekly check-in with {who}"),
            None => "Weekly check-in".to_owned(),
        },
        Kind::Decision => format!("Day {PLAN_DAYS}: decide which path to pursue"),
    }
}

/// A calendar event's description: what is done in it, a sentence a line.
pub fn description(rubric: &Rubric, plan: &Plan, event: &Event) -> String {
    match event.kind {
        Kind::Work => event
            .tasks
            .iter()
            .map(|t| super::plan::task(rubric, plan, t))
            .collect::<Vec<_>>()
            .join("\n"),
        Kind::CheckIn => super::plan::task(rubric, plan, &Task::CheckIn),
        Kind::Decision => format!("I {}", decide(rubric, plan)),
    }
}

/// The calendar's name.
pub fn calendar_name(rubric: &Rubric, plan: &Plan) -> String {
    let names: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
    format!("30-day proof plan: {}", list_and(&names))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Catalog;

    fn plan_for(answers: Option<&str>, partner: Option<&str>) -> (Rubric, Plan) {
        let rubric = (*Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap()).clone();
        let mut responses = crate::answers::Responses::empty(&rubric);
        responses.points = vec![0; rubric.key.questions()];
        let mut options = crate::report::Options {
            gaps: 3,
            ..Default::default()
        };
        options.schedule.start = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        options.schedule.answers = answers.map(str::to_owned);
        options.schedule.partner = partner.map(str::to_owned);
        let plan = crate::report::build(&rubric, &responses, &options).plan;
        (rubric, plan)
    }

    #[test]
    fn day_30_names_the_answer_file_quoted_for_the_shell() {
        let (rubric, plan) = plan_for(Some("my answers/ana 1.toml"), None);
        assert_eq!(
            decide(&rubric, &plan),
            "answer the questions again with `pathfit assess --save 'my answers/ana 1-day30.toml'`, \
             compare the two with `pathfit compare 'my answers/ana 1.toml' 'my answers/ana 1-day30.toml'`, \
             and decide which path to pursue."
        );
        assert!(
            decision(&rubric, &plan)
                .starts_with("If it is Wednesday 30 December, 19:00 (day 30), then I answer")
        );
    }

    #[test]
    fn without_an_answer_file_day_30_says_there_is_none_to_compare() {
        let (rubric, plan) = plan_for(None, None);
        let said = decide(&rubric, &plan);
        assert!(
            said.contains("`pathfit assess --save day30.toml`"),
            "{said}"
        );
        assert!(!said.contains("pathfit compare"), "{said}");
        assert!(
            said.contains("the plan names no file to compare day30.toml with"),
            "{said}"
        );
    }

    #[test]
    fn the_check_in_names_the_partner_only_when_there_is_one() {
        let (_, plan) = plan_for(None, Some("Ana"));
        assert_eq!(
            check_in(&plan),
            "tell Ana what I did this week and what shows it."
        );
        assert!(times(&plan.schedule).contains("and tell Ana my progress"));
        let (_, plan) = plan_for(None, None);
        assert_eq!(
            check_in(&plan),
            "write down what I did this week and what shows it."
        );
        assert!(
            times(&plan.schedule)
                .starts_with("I work on this plan on Tuesdays and Thursdays at 19:00")
        );
    }
}
