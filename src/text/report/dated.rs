//! The plan's words about time: dates and times as a person says them, when the person works
//! on the plan, the weekly check-in, the decision on day 30 with its exact commands, and the
//! words of each calendar event.

use std::path::Path;

use chrono::{NaiveDateTime, Weekday};

use super::list_and;
use crate::plan::{BLOCK_MINUTES, Event, Kind, PLAN_DAYS, Plan, Practice, Schedule, Task, Week};
use crate::rubric::{DEFAULT_ID, Rubric};
use crate::t;
use crate::text::l10n;

/// "Tuesday 3 December, 19:00".
pub fn when(at: NaiveDateTime) -> String {
    t!(
        "plan-when",
        day = l10n::day(l10n::lang(), at.date()),
        time = hh_mm(at.time())
    )
}

/// "Tuesdays": a weekday the plan comes back to every week.
fn day_name(day: Weekday) -> String {
    t!(&format!("plan-on-{}", day.number_from_monday()))
}

/// "on Tuesdays and Thursdays at 19:00", "every day at 07:30".
fn days(practice: &Practice) -> String {
    let time = hh_mm(practice.time);
    if practice.days.len() == 7 {
        return t!("plan-every-day", time = time);
    }
    let names: Vec<String> = practice.days.iter().map(|&d| day_name(d)).collect();
    t!("plan-on-days", days = list_and(&names), time = time)
}

/// The line under the plan's title: when the person works on it, and whom they tell.
pub fn times(schedule: &Schedule) -> String {
    let tell = match &schedule.partner {
        Some(who) => t!("plan-tell-progress", who = who),
        None => t!("plan-check-progress"),
    };
    t!(
        "plan-times",
        days = days(&schedule.practice),
        minutes = BLOCK_MINUTES,
        tell = tell,
        last = PLAN_DAYS
    )
}

/// The weekly check-in, as the words after "I".
pub fn check_in(plan: &Plan) -> String {
    match &plan.schedule.partner {
        Some(who) => t!("plan-check-in-with", who = who),
        None => t!("plan-check-in"),
    }
}

/// The decision on day 30, as a whole item.
pub fn decision(rubric: &Rubric, plan: &Plan) -> String {
    t!(
        "plan-decision",
        when = when(plan.decision),
        day = PLAN_DAYS,
        what = decide(rubric, plan)
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
    let flag = rubric_flag(rubric) + &crate::text::l10n::lang_flag();
    let answers = plan.schedule.answers.as_deref();
    let later = quote(&day30_file(answers));
    let assess = format!("`pathfit assess{flag} --save {later}`");
    match answers {
        Some(file) => t!(
            "plan-decide",
            assess = assess,
            compare = format!("`pathfit compare{flag} {} {later}`", quote(file))
        ),
        None => t!("plan-decide-unsaved", assess = assess, later = later),
    }
}

/// A calendar event's summary: the week's theme, the check-in or the decision.
pub fn summary(rubric: &Rubric, plan: &Plan, event: &Event) -> String {
    let week: &Week = &plan.weeks[event.week];
    match event.kind {
        Kind::Work => t!(
            "plan-summary-work",
            first = week.first_day,
            last = week.last_day,
            theme = super::plan::theme(rubric, plan, week.theme)
        ),
        Kind::CheckIn => match &plan.schedule.partner {
            Some(who) => t!("plan-summary-check-in-with", who = who),
            None => t!("plan-summary-check-in"),
        },
        Kind::Decision => t!("plan-summary-decision", day = PLAN_DAYS),
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
        Kind::Decision => t!("plan-task", what = decide(rubric, plan)),
    }
}

/// The calendar's name.
pub fn calendar_name(rubric: &Rubric, plan: &Plan) -> String {
    let names: Vec<&str> = plan.targets.iter().map(|&p| rubric.path_name(p)).collect();
    t!("plan-title", days = PLAN_DAYS, names = list_and(&names))
}

/// A time of day as 19:00 (chrono's format strings are parsed anew at each call: slow for
/// a batch that writes a plan for every row).
fn hh_mm(t: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", t.hour(), t.minute())
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
