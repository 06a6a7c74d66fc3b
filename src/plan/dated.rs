//! The plan on the person's own time: each week's tasks in dated work blocks on the practice
//! days, a check-in at the end of each of the first three weeks and the decision on day 30.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::{Plan, Practice, Task};

/// How long a work block, a check-in and the decision take, in minutes.
pub const BLOCK_MINUTES: i64 = 45;
pub const CHECK_IN_MINUTES: i64 = 15;
pub const DECISION_MINUTES: i64 = 60;

/// One work block: when it starts and what is done in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub start: NaiveDateTime,
    pub tasks: Vec<Task>,
}

/// What a calendar event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Work,
    CheckIn,
    Decision,
}

/// One event of the plan, as a calendar shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<'a> {
    pub kind: Kind,
    pub start: NaiveDateTime,
    pub minutes: i64,
    /// The index of its week in `Plan::weeks`.
    pub week: usize,
    /// The tasks of a work block; empty for a check-in and the decision.
    pub tasks: &'a [Task],
}

impl Event<'_> {
    pub fn end(&self) -> NaiveDateTime {
        self.start + Duration::minutes(self.minutes)
    }
}

/// The practice days from `first` to `last` (both included).
pub(super) fn practice_dates(
    practice: &Practice,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<NaiveDate> {
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| practice.on(d.weekday()))
        .collect()
}

/// Whether a task is worth doing again on the next practice day (daily practice).
fn repeats(task: &Task) -> bool {
    matches!(task, Task::Practise { .. })
}

/// The work of one week over its practice dates. More tasks than dates: each date takes a
/// run of them, the earlier dates one more. Fewer: practice repeats on every date; other
/// tasks take one date each, spread over the week.
pub(super) fn sessions(dates: &[NaiveDate], time: NaiveTime, work: &[Task]) -> Vec<Session> {
    let at = |d: NaiveDate, tasks: Vec<Task>| Session {
        start: d.and_time(time),
        tasks,
    };
    let (m, n) = (dates.len(), work.len());
    if m == 0 || n == 0 {
        return Vec::new();
    }
    if n >= m {
        let mut out = Vec::with_capacity(m);
        let mut next = 0;
        for (i, &d) in dates.iter().enumerate() {
            let take = n / m + usize::from(i < n % m);
            out.push(at(d, work[next..next + take].to_vec()));
            next += take;
        }
        return out;
    }
    if work.iter().all(repeats) {
        return dates
            .iter()
            .enumerate()
            .map(|(i, &d)| at(d, vec![work[i % n].clone()]))
            .collect();
    }
    (0..n)
        .map(|i| at(dates[i * m / n], vec![work[i].clone()]))
        .collect()
}

/// The check-in right after the week's last work block.
pub(super) fn check_in(sessions: &[Session]) -> Option<NaiveDateTime> {
    sessions
        .last()
        .map(|s| s.start + Duration::minutes(BLOCK_MINUTES))
}

impl Plan {
    /// The work blocks of the first week: what to do first, with dates.
    pub fn first_week(&self) -> &[Session] {
        self.weeks.first().map_or(&[], |w| w.sessions.as_slice())
    }

    /// Every event of the plan in time order: the work blocks and check-in of each week, then
    /// the decision on day 30.
    pub fn events(&self) -> Vec<Event<'_>> {
        let mut out = Vec::new();
        for (week, w) in self.weeks.iter().enumerate() {
            for s in &w.sessions {
                out.push(Event {
                    kind: Kind::Work,
                    start: s.start,
                    minutes: BLOCK_MINUTES,
                    week,
                    tasks: &s.tasks,
                });
            }
            if let Some(start) = w.check_in {
                out.push(Event {
                    kind: Kind::CheckIn,
                    start,
                    minutes: CHECK_IN_MINUTES,
                    week,
                    tasks: &[],
                });
            }
        }
        out.push(Event {
            kind: Kind::Decision,
            start: self.decision,
            minutes: DECISION_MINUTES,
            week: self.weeks.len().saturating_sub(1),
            tasks: &[],
        });
        out
    }
}
