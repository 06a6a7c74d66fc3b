//! `--calendar FILE.ics`: the plan written as an iCalendar file, like `--save`: private (mode
//! 0600), whole or not at all, and never replacing a file unless `--force` says so.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::base::{What, store};
use crate::error::Usage;
use crate::plan::Plan;
use crate::rubric::Rubric;
use crate::text::commands::{self as words, Notice};

/// Checks, before any work, that the calendar file can be written.
pub fn check(path: &Path, force: bool) -> Result<(), Usage> {
    store::check_target(path, force, What::CalendarFile).map_err(|e| Usage::Target(e.into()))
}

/// Writes the plan's calendar to `path` and says so on stderr. `who` tells this person's plan
/// from another's: the answer file, else the respondent.
pub fn write(path: &Path, force: bool, rubric: &Rubric, plan: &Plan, who: &str) -> Result<()> {
    let text = crate::render::calendar::calendar(rubric, plan, who, stamp());
    store::write_private(path, text.as_bytes(), force)?;
    let events = plan.events().len();
    words::say(Notice::Calendar { file: path, events });
    Ok(())
}

/// What tells one person's plan from another's: the answer file as an absolute path, else the
/// respondent's name.
pub fn who(file: Option<&Path>, respondent: Option<&str>) -> String {
    match file {
        Some(f) => std::path::absolute(f)
            .unwrap_or_else(|_| f.to_path_buf())
            .display()
            .to_string(),
        None => respondent.unwrap_or_default().to_owned(),
    }
}

/// When the file is made: SOURCE_DATE_EPOCH when set (reproducible output), else now.
fn stamp() -> DateTime<Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(Utc::now)
}
