//! The plan on the person's own time: dated work blocks in the report, and the same plan as an
//! iCalendar file read back with an independent parser (the `ical` crate), event by event.

use std::collections::BTreeSet;
use std::path::Path;

use crate::{pathfit, run, run_cmd};

/// Runs `score` with a fixed clock; returns (stdout, stderr).
fn score(args: &[&str], code: i32) -> (String, String) {
    let mut cmd = pathfit();
    cmd.arg("score")
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795000000");
    run_cmd(&mut cmd, code)
}

/// A property's parameters, as the parser gives them.
type Params = Option<Vec<(String, Vec<String>)>>;

/// One event as read back: its properties by name (values unescaped) and its alarms'.
struct Read {
    props: Vec<(String, Params, String)>,
    alarms: Vec<Vec<(String, String)>>,
}

impl Read {
    fn get(&self, name: &str) -> &str {
        let found: Vec<&str> = self
            .props
            .iter()
            .filter(|(n, _, _)| n == name)
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(found.len(), 1, "one {name} in {:?}", self.props);
        found[0]
    }
}

/// RFC 5545 text unescaped: `\n`, `\,`, `\;` and `\\`.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn read_calendar(path: &Path) -> (Vec<(String, String)>, Vec<Read>) {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut calendars: Vec<ical::parser::ical::component::IcalCalendar> =
        ical::IcalParser::new(file)
            .map(|c| c.expect("a valid iCalendar file"))
            .collect();
    assert_eq!(calendars.len(), 1);
    let cal = calendars.remove(0);
    let head = cal
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    let events = cal
        .events
        .into_iter()
        .map(|e| Read {
            props: e
                .properties
                .into_iter()
                .map(|p| (p.name, p.params, unescape(&p.value.unwrap_or_default())))
                .collect(),
            alarms: e
                .alarms
                .into_iter()
                .map(|a| {
                    a.properties
                        .into_iter()
                        .map(|p| (p.name, p.value.unwrap_or_default()))
                        .collect()
                })
                .collect(),
        })
        .collect();
    (head, events)
}

/// Text without its spaces (but with its line breaks).
fn squash(text: &str) -> String {
    text.chars().filter(|c| *c != ' ').collect()
}

/// `2026-12-01T19:00` as an iCalendar floating local time, `20261201T190000`.
fn ics_time(json: &str) -> String {
    format!("{}00", json.replace(['-', ':'], ""))
}

/// What the report's plan says each event is: (start, end, summary start, description).
fn expected(plan: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let plus = |start: &str, minutes: i64| {
        let t = chrono::NaiveDateTime::parse_from_str(start, "%Y-%m-%dT%H:%M").unwrap();
        (t + chrono::Duration::minutes(minutes))
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    };
    let mut out = Vec::new();
    for w in plan["weeks"].as_array().unwrap() {
        let days = format!("Days {}-{}:", w["first_day"], w["last_day"]);
        for s in w["sessions"].as_array().unwrap() {
            let start = s["start"].as_str().unwrap();
            // "If it is Tuesday 1 December, 19:00, then I pick ..." is "I pick ..." in the
            // calendar, whose event carries the time.
            let lines: Vec<String> = s["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    let i = i.as_str().unwrap();
                    format!("I {}", i.split_once(", then I ").unwrap().1)
                })
                .collect();
            out.push((
                start.to_owned(),
                plus(start, 45),
                days.clone(),
                lines.join("\n"),
            ));
        }
        if let Some(c) = w["check_in"].as_str() {
            let said = "I tell Ana what I did this week and what shows it.";
            out.push((
                c.to_owned(),
                plus(c, 15),
                "Weekly check-in with Ana".into(),
                said.into(),
            ));
        }
    }
    let d = plan["decision"].as_str().unwrap();
    out.push((
        d.to_owned(),
        plus(d, 60),
        "Day 30: decide".into(),
        String::new(),
    ));
    out
}

#[test]
fn the_calendar_holds_every_event_of_the_plan_at_its_time() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("plan.ics");
    let args = [
        "ana.toml",
        "--start",
        "2026-12-01",
        "--practice",
        "Tue,Thu 19:00",
        "--partner",
        "Ana",
        "-f",
        "json",
        "--calendar",
        ics.to_str().unwrap(),
    ];
    let (out, err) = score(&args, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let plan = &v[0]["plan"];
    let want = expected(plan);
    assert!(
        err.contains(&format!("Wrote the plan's {} events to", want.len())),
        "{err}"
    );
    let (head, events) = read_calendar(&ics);
    assert!(head.contains(&("VERSION".into(), "2.0".into())), "{head:?}");
    assert_eq!(events.len(), want.len());
    let mut uids = BTreeSet::new();
    for (e, (start, end, summary, description)) in events.iter().zip(&want) {
        assert_eq!(e.get("DTSTART"), ics_time(start));
        assert_eq!(e.get("DTEND"), ics_time(end));
        for name in ["DTSTART", "DTEND"] {
            let (_, params, value) = e.props.iter().find(|(n, _, _)| n == name).unwrap();
            assert!(
                params.is_none() && !value.ends_with('Z'),
                "floating: {params:?} {value}"
            );
        }
        assert!(
            e.get("SUMMARY").starts_with(summary.as_str()),
            "{}",
            e.get("SUMMARY")
        );
        // The `ical` crate trims the end of each folded line, so a space that falls just
        // before a fold is lost in its reading (the file has it, as RFC 5545 asks): compare
        // descriptions without their spaces.
        let d = squash(e.get("DESCRIPTION"));
        if description.is_empty() {
            // Day 30: the exact commands, with the answer file's path.
            assert!(
                d.contains(&squash("`pathfit assess --save ana-day30.toml`")),
                "{d}"
            );
            assert!(
                d.contains(&squash("`pathfit compare ana.toml ana-day30.toml`")),
                "{d}"
            );
        } else {
            assert_eq!(d, squash(description));
        }
        assert!(uids.insert(e.get("UID").to_owned()), "UIDs are unique");
        assert_eq!(e.alarms.len(), 1, "one reminder");
        let alarm = &e.alarms[0];
        assert!(
            alarm.contains(&("ACTION".into(), "DISPLAY".into())),
            "{alarm:?}"
        );
        // 15 minutes before the start.
        let trigger = ("TRIGGER".to_owned(), "-PT900S".to_owned());
        assert!(alarm.contains(&trigger), "{alarm:?}");
        let stamp = ("DTSTAMP".to_owned(), "20261118T110640Z".to_owned());
        assert!(
            alarm.contains(&stamp),
            "the fixed clock, not now: {alarm:?}"
        );
        assert_eq!(e.get("DTSTAMP"), stamp.1);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&ics).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Written again, it is refused without --force and left as it was; with it, the same
    // events keep their UIDs, so a calendar updates them instead of adding copies.
    let before = std::fs::read(&ics).unwrap();
    let (_, err) = score(&args, 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&ics).unwrap(), before);
    let mut again = args.to_vec();
    again.push("--force");
    score(&again, 0);
    let (_, reread) = read_calendar(&ics);
    let same: BTreeSet<String> = reread.iter().map(|e| e.get("UID").to_owned()).collect();
    assert_eq!(same, uids);
}

#[test]
fn every_work_block_names_its_day_date_and_time() {
    // One practice day, a close result planning for two paths, a start that is no practice day.
    let (out, _) = score(
        &[
            "close-call.toml",
            "--start",
            "2026-12-02",
            "--practice",
            "sunday 8:00",
            "-f",
            "markdown",
        ],
        0,
    );
    let items: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("## 30-day proof plan"))
        .take_while(|l| !l.starts_with("## ") || l.starts_with("## 30-day"))
        .filter(|l| l.starts_with("- [ ]"))
        .collect();
    assert!(items.len() > 6, "{out}");
    for i in items.iter().filter(|i| !i.contains("(day 30)")) {
        let check_in = i.contains("what I did this week");
        let time = if check_in { ", 08:45, then" } else { ", 08:00" };
        assert!(
            i.starts_with("- [ ] If it is Sunday ") && i.contains(time),
            "{i}"
        );
    }
    assert!(
        out.contains("I work on this plan on Sundays at 08:00"),
        "{out}"
    );
    // 2026-12-02 + 29 days is Thursday 31 December: the decision is at the practice time.
    assert!(
        out.contains("- [ ] If it is Thursday 31 December, 08:00 (day 30), then I answer"),
        "{out}"
    );
    let mut seen = BTreeSet::new();
    assert!(items.iter().all(|i| seen.insert(*i)), "no item said twice");
    // No second person in the plan's own words.
    for i in &items {
        assert!(!i.contains(" you ") || i.contains('"'), "{i}");
    }
}

#[test]
fn bad_practice_values_and_calendar_targets_are_clear_errors() {
    let (_, err) = run(&["score", "ana.toml", "--practice", "Tu,Thu 19:00"], 2);
    assert!(err.contains("`Tu` is not a day of the week"), "{err}");
    assert!(err.contains("e.g. --practice \"Tue,Thu 19:00\""), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let (_, err) = run(&["score", "ana.toml", "--practice", "Tue 7pm"], 2);
    assert!(err.contains("`7pm` is not a time of day"), "{err}");
    // The calendar is one person's plan, and never a file the run reads.
    let (_, err) = run(&["score", ".", "--calendar", "/tmp/never.ics"], 2);
    assert!(err.contains("--calendar writes one person's plan"), "{err}");
    let (_, err) = run(
        &["score", "ana.toml", "--calendar", "ana.toml", "--force"],
        2,
    );
    assert!(
        err.contains("--calendar file ana.toml is the same file as"),
        "{err}"
    );
}

#[test]
fn a_hostile_partner_name_is_inert_in_the_report_and_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("plan.ics");
    let name = "Ana\u{1b}]8;;http://x\u{7}\u{202e}\u{2028}Bo\r\nEND:VEVENT";
    for format in ["table", "markdown", "json"] {
        let args = ["ana.toml", "--partner", name, "-f", format, "--force"];
        let mut args = args.to_vec();
        args.extend(["--calendar", ics.to_str().unwrap()]);
        let (out, _) = score(&args, 0);
        for c in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2028}', '\r'] {
            assert!(!out.contains(c), "{format}: {c:?} in {out}");
        }
        assert!(out.contains("Ana"), "{format}");
        let text = std::fs::read_to_string(&ics).unwrap();
        let body = text.replace("\r\n", "\n");
        for c in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2028}', '\r'] {
            assert!(!body.contains(c), "{c:?} in the calendar");
        }
        // The name cannot end an event early: one END:VEVENT a line per event.
        let (_, events) = read_calendar(&ics);
        assert_eq!(body.matches("\nEND:VEVENT\n").count(), events.len());
    }
}
