//! The dated plan: every work block on a practice day inside its week, every task of a week in
//! its blocks, the check-in after the last block and the decision on day 30.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::*;
use crate::rubric::{Catalog, DEFAULT_ID, Rubric};

fn rubric() -> Rubric {
    (*Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap()).clone()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The plan of a sheet answered all `point`, from `start`, on `practice`.
fn dated(point: u8, start: NaiveDate, practice: &str) -> Plan {
    let r = rubric();
    let points = vec![point; r.key.questions()];
    let gaps = gaps(&r, &points, 0, 3).gaps;
    let strengths = strengths(&r, &points, 0, 3);
    let schedule = Schedule {
        start,
        practice: Practice::parse(practice).unwrap(),
        partner: None,
        answers: None,
    };
    plan(&r, vec![0], Basis::Chosen, &gaps, &strengths, &schedule)
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

#[test]
fn the_default_plan_works_on_tuesdays_and_thursdays_at_seven() {
    // 2026-12-01 is a Tuesday.
    let p = dated(0, date(2026, 12, 1), "Tue,Thu 19:00");
    assert_eq!(p.focus, Focus::Gaps);
    let starts: Vec<Vec<NaiveDateTime>> = p
        .weeks
        .iter()
        .map(|w| w.sessions.iter().map(|s| s.start).collect())
        .collect();
    assert_eq!(
        starts[0],
        [at(date(2026, 12, 1), 19, 0), at(date(2026, 12, 3), 19, 0)]
    );
    assert_eq!(
        starts[1],
        [at(date(2026, 12, 8), 19, 0), at(date(2026, 12, 10), 19, 0)]
    );
    // Days 22-29: Tuesday 22, Thursday 24 and Tuesday 29; day 30 is the decision.
    let last: Vec<NaiveDate> = starts[3].iter().map(|s| s.date()).collect();
    assert!(
        last.iter().all(|d| [22, 24, 29].contains(&d.day())),
        "{last:?}"
    );
    assert_eq!(p.decision, at(date(2026, 12, 30), 19, 0));
    assert_eq!(p.weeks[0].check_in, Some(at(date(2026, 12, 3), 19, 45)));
    assert_eq!(p.weeks[2].check_in, Some(at(date(2026, 12, 17), 19, 45)));
    assert_eq!(p.weeks[3].check_in, None, "day 30 closes the last week");
    assert_eq!(p.weeks[0].first_date, date(2026, 12, 1));
    assert_eq!(p.weeks[3].last_date, date(2026, 12, 30));
    assert_eq!(p.first_week(), p.weeks[0].sessions.as_slice());
}

#[test]
fn a_start_between_practice_days_waits_for_the_first_one() {
    // 2026-12-02 is a Wednesday: the first block is on Thursday 3 December.
    let p = dated(0, date(2026, 12, 2), "Tue,Thu 19:00");
    assert_eq!(p.first_week()[0].start, at(date(2026, 12, 3), 19, 0));
    assert_eq!(p.decision, at(date(2026, 12, 31), 19, 0));
}

/// Every block on a practice day within its week and before day 30; each week's own tasks
/// all in its blocks, in order, and nothing else but repeated practice.
fn holds(p: &Plan, days: &[Weekday]) {
    for w in &p.weeks {
        let work: Vec<&Task> = w
            .tasks
            .iter()
            .filter(|t| !matches!(t, Task::CheckIn | Task::Reassess))
            .collect();
        let done: Vec<&Task> = w.sessions.iter().flat_map(|s| &s.tasks).collect();
        let mut distinct = done.clone();
        distinct.dedup();
        if done.len() > work.len() {
            assert!(done.iter().all(|t| matches!(t, Task::Practise { .. })));
            assert!(work.iter().all(|t| done.contains(t)));
        } else {
            assert_eq!(done, work, "days {}-{}", w.first_day, w.last_day);
        }
        for s in &w.sessions {
            let d = s.start.date();
            assert!(days.contains(&d.weekday()), "{d} is no practice day");
            assert!(w.first_date <= d && d <= w.last_date && d < p.decision.date());
            assert!(!s.tasks.is_empty());
        }
        let dates: Vec<NaiveDate> = w.sessions.iter().map(|s| s.start.date()).collect();
        assert!(dates.windows(2).all(|d| d[0] < d[1]), "one block a day");
        if let Some(c) = w.check_in {
            assert!(c > w.sessions.last().unwrap().start);
        }
    }
    let events = p.events();
    assert!(
        events.windows(2).all(|e| e[0].end() <= e[1].start),
        "no overlap"
    );
}

#[test]
fn one_practice_day_seven_days_and_every_start_hold() {
    let cases = [
        ("Sun 08:00", vec![Weekday::Sun]),
        (
            "mon,tue,wed,thu,fri,sat,sun 06:15",
            std::iter::successors(Some(Weekday::Mon), |d| Some(d.succ()))
                .take(7)
                .collect::<Vec<_>>(),
        ),
        ("Fri 23:30", vec![Weekday::Fri]),
        ("Tue,Thu 19:00", vec![Weekday::Tue, Weekday::Thu]),
    ];
    for (practice, days) in &cases {
        for offset in 0..7 {
            let start = date(2026, 11, 30) + chrono::Days::new(offset);
            // All 0: gaps everywhere; all 4: no gaps, the strengths plan.
            for point in [0, 4] {
                let p = dated(point, start, practice);
                holds(&p, days);
            }
        }
    }
}

#[test]
fn with_one_day_a_week_each_week_has_one_block_with_all_its_work() {
    let p = dated(0, date(2026, 12, 1), "Wed 18:00");
    for w in &p.weeks[..3] {
        assert_eq!(w.sessions.len(), 1, "days {}-{}", w.first_day, w.last_day);
    }
    // Days 22-29 hold Wednesday 23 December only.
    assert_eq!(p.weeks[3].sessions.len(), 1);
    assert_eq!(p.weeks[3].sessions[0].start, at(date(2026, 12, 23), 18, 0));
}

#[test]
fn with_every_day_practice_repeats_and_one_offs_spread_out() {
    let p = dated(0, date(2026, 12, 1), "mon,tue,wed,thu,fri,sat,sun 07:00");
    assert_eq!(p.weeks[1].theme, Theme::Practise);
    assert_eq!(
        p.weeks[1].sessions.len(),
        7,
        "practice on each of the 7 days"
    );
    let apply = &p.weeks[2];
    let one_offs = apply.tasks.len() - 1;
    assert_eq!(
        apply.sessions.len(),
        one_offs,
        "one task a day, not repeated"
    );
}
