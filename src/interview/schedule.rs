//! After the review: on which days and at what time the person will work on the plan, and
//! whom they tell their progress each week. Each has a default; the session keeps the
//! replies, so a resumed session starts from them.

use anyhow::Result;

use super::{Prompter, Session};
use crate::base::neutral;
use crate::plan::Practice;
use crate::text::commands::assess as ask;

/// Which of the two questions to ask: the command line may have answered them already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asks {
    pub practice: bool,
    pub partner: bool,
}

/// Asks the questions of `asks`, recording each reply in the session; `autosave` after each.
pub fn ask(
    session: &mut Session,
    prompter: &mut dyn Prompter,
    asks: Asks,
    autosave: &mut dyn FnMut(&Session) -> Result<()>,
) -> Result<()> {
    if asks.practice {
        let practice = ask_practice(session, prompter)?;
        // The session keeps the value in English, as `--practice` takes it in every language.
        session.practice = Some(practice.flag_value());
        autosave(session)?;
    }
    if asks.partner {
        let initial = session.partner.clone().unwrap_or_default();
        let reply = prompter.reflect(&ask::ask_partner(), &initial)?;
        let reply = neutral::line(reply.trim()).into_owned();
        // Asked once: an empty reply is kept, so a resumed session shows it blank.
        session.partner = Some(reply);
        autosave(session)?;
    }
    Ok(())
}

/// The practice days and time: what the session holds, else the default, until a reply reads.
fn ask_practice(session: &Session, prompter: &mut dyn Prompter) -> Result<Practice> {
    let kept = session
        .practice
        .as_deref()
        .and_then(|p| Practice::parse(p).ok());
    let initial = ask::practice_value(&kept.unwrap_or_default());
    loop {
        let reply = prompter.reflect(&ask::ask_practice(), &initial)?;
        let reply = if reply.trim().is_empty() {
            initial.as_str()
        } else {
            reply.as_str()
        };
        match Practice::parse(reply) {
            Ok(p) => return Ok(p),
            Err(e) => prompter.say(&ask::practice_reply(&e))?,
        }
    }
}

/// The practice the session holds, if it holds one that reads.
pub fn practice(session: &Session) -> Option<Practice> {
    session
        .practice
        .as_deref()
        .and_then(|p| Practice::parse(p).ok())
}

/// The partner the session holds, if any (an empty reply is none).
pub fn partner(session: &Session) -> Option<String> {
    session.partner.clone().filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::scripted::{Scripted, Step};
    use crate::rubric::{Catalog, DEFAULT_ID};

    fn session() -> Session {
        let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        Session::new(&r, "2026-12-01".into(), None)
    }

    const BOTH: Asks = Asks {
        practice: true,
        partner: true,
    };

    #[test]
    fn empty_replies_keep_the_defaults() {
        let mut s = session();
        let mut p = Scripted::new([Step::Reflect(String::new()), Step::Reflect("  ".into())]);
        let mut saves = 0;
        ask(&mut s, &mut p, BOTH, &mut |_| {
            saves += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(s.practice.as_deref(), Some("Tue,Thu 19:00"));
        assert_eq!(practice(&s), Some(Practice::default()));
        assert_eq!(partner(&s), None);
        assert_eq!(saves, 2);
    }

    #[test]
    fn a_bad_reply_is_explained_and_asked_again() {
        let mut s = session();
        let steps = [
            Step::Reflect("Tu 19:00".into()),
            Step::Reflect("mon wed 7:30".into()),
            Step::Reflect("Ana\u{1b}[31m".into()),
        ];
        let mut p = Scripted::new(steps);
        ask(&mut s, &mut p, BOTH, &mut |_| Ok(())).unwrap();
        assert_eq!(s.practice.as_deref(), Some("Mon,Wed 07:30"));
        assert!(
            p.said[0].starts_with("`Tu` is not a day of the week"),
            "{:?}",
            p.said
        );
        let who = partner(&s).unwrap();
        assert!(who.starts_with("Ana") && !who.contains('\u{1b}'), "{who}");
    }

    #[test]
    fn only_what_the_command_line_left_open_is_asked() {
        let mut s = session();
        let mut p = Scripted::new([Step::Reflect("Sat 10:00".into())]);
        let asks = Asks {
            practice: true,
            partner: false,
        };
        ask(&mut s, &mut p, asks, &mut |_| Ok(())).unwrap();
        assert_eq!(s.practice.as_deref(), Some("Sat 10:00"));
        assert_eq!(s.partner, None);
        assert!(p.steps.is_empty());
    }

    #[test]
    fn a_resumed_session_keeps_what_it_was_told() {
        let mut s = session();
        s.practice = Some("Sat 10:00".into());
        s.partner = Some("Ana".into());
        // Through the session file, as an autosave is read back.
        let mut s: Session = toml::from_str(&toml::to_string(&s).unwrap()).unwrap();
        let mut p = Scripted::new([Step::Reflect(String::new()), Step::Reflect("Ana".into())]);
        ask(&mut s, &mut p, BOTH, &mut |_| Ok(())).unwrap();
        assert_eq!(s.practice.as_deref(), Some("Sat 10:00"), "Enter keeps it");
        assert_eq!(practice(&s).unwrap().days, [chrono::Weekday::Sat]);
        assert_eq!(partner(&s).as_deref(), Some("Ana"));
    }
}
