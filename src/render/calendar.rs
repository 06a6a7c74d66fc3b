//! The plan as an iCalendar file (RFC 5545): each work block, check-in and the decision on day
//! 30 as an event in floating local time (no zone: 19:00 wherever the person is), with a
//! reminder and a UID that stays the same when the same plan is written again.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Property, Trigger};
use sha2::{Digest, Sha256};

use super::safe;
use crate::plan::{Event, Kind, Plan};
use crate::rubric::Rubric;
use crate::text::report as text;

/// How long before each event its reminder shows.
pub const REMINDER_MINUTES: i64 = 15;

/// The calendar of `plan`. `who` tells this person's plan from another's on the same rubric
/// (the answer file, else the respondent); `stamp` is when the file is made.
pub fn calendar(rubric: &Rubric, plan: &Plan, who: &str, stamp: DateTime<Utc>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//pathfit//plan//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(&safe(&text::calendar_name(rubric, plan)));
    for event in plan.events() {
        let summary = safe(&text::summary(rubric, plan, &event)).into_owned();
        let description: Vec<String> = text::description(rubric, plan, &event)
            .lines()
            .map(|l| safe(l).into_owned())
            .collect();
        let uid = uid(rubric, who, &event);
        // The crate gives an alarm a random UID and the clock's stamp unless told otherwise.
        let mut alarm = Alarm::display(
            &summary,
            Trigger::before_start(Duration::minutes(REMINDER_MINUTES)),
        );
        alarm.uid(&format!("alarm-{uid}")).timestamp(stamp);
        let mut e = icalendar::Event::new();
        e.uid(&uid)
            .timestamp(stamp)
            .summary(&summary)
            .description(&description.join("\n"))
            .starts(event.start)
            .ends(event.end())
            .alarm(alarm.done());
        cal.push(e.done());
    }
    cal.done().to_string()
}

/// The same for the same rubric, person, kind of event and day: writing the plan again
/// updates the events a calendar already has.
fn uid(rubric: &Rubric, who: &str, event: &Event) -> String {
    let kind = match event.kind {
        Kind::Work => "work",
        Kind::CheckIn => "check-in",
        Kind::Decision => "decision",
    };
    let mut hash = Sha256::new();
    for part in [
        rubric.id.as_str(),
        who,
        kind,
        &event.start.date().to_string(),
    ] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let hex: String = hash
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{hex}@pathfit")
}
