//! The questionnaire flow, behind a `Prompter` so it runs the same on a terminal and in tests.

pub mod guard;
mod prompt;
pub mod schedule;
pub mod scripted;
pub mod session;
mod show;
pub mod terminal;

use anyhow::Result;

pub use prompt::{Notice, Place, Reply, Review, ReviewLine, ReviewTitle, Screen};
pub use session::Session;

use crate::rubric::Rubric;

/// Everything the flow asks of a person. Errors carry `crate::error::Interrupted` on Ctrl-C,
/// SIGTERM or SIGHUP.
pub trait Prompter {
    /// Shows a block of text, already worded.
    fn say(&mut self, text: &str) -> Result<()>;
    /// Shows a notice of the flow, in the words of `text::interview`.
    fn notice(&mut self, notice: &Notice) -> Result<()> {
        self.say(&notice.to_string())
    }
    fn ask(&mut self, screen: &Screen) -> Result<Reply>;
    /// The review list: Some(i) to change line i, None when the person is done.
    fn review(&mut self, review: &Review) -> Result<Option<usize>>;
    /// A free-text reflection; an empty reply leaves it unanswered.
    fn reflect(&mut self, prompt: &str, initial: &str) -> Result<String>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
}

/// What the person sees first, worded.
pub fn intro(rubric: &Rubric, to_ask: usize) -> String {
    Notice::intro(rubric, to_ask).to_string()
}

/// Runs the whole flow: the open questions, the review, then the reflections.
/// `autosave` is called after every change so nothing answered is lost.
pub fn run(
    rubric: &Rubric,
    session: &mut Session,
    prompter: &mut dyn Prompter,
    autosave: &mut dyn FnMut(&Session) -> Result<()>,
) -> Result<()> {
    let order = rubric.order();
    let mut open: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| !session.settled(&rubric.ids.questions[i]))
        .collect();
    prompter.notice(&Notice::intro(rubric, open.len()))?;

    let mut at = 0;
    while at < open.len() {
        match ask_one(rubric, &order, open[at], session, prompter)? {
            Reply::Back if at == 0 => match earlier(&order, open[0]) {
                // A resumed session goes back into the questions answered before.
                Some(q) => open.insert(0, q),
                None => prompter.notice(&Notice::FirstQuestion)?,
            },
            Reply::Back => at -= 1,
            _ => {
                autosave(session)?;
                at += 1;
            }
        }
    }

    loop {
        review(rubric, &order, session, prompter, autosave)?;
        let needed = rubric.key.min_answered;
        if session.answers.len() >= needed {
            break;
        }
        prompter.notice(&Notice::TooFew {
            answered: session.answers.len(),
            questions: rubric.key.questions(),
            needed,
        })?;
    }

    if !rubric.ids.reflections.is_empty() {
        prompter.notice(&Notice::Reflections)?;
        for (r, id) in rubric.ids.reflections.iter().enumerate() {
            let initial = session.reflections.get(id).cloned().unwrap_or_default();
            let reply = prompter.reflect(&rubric.texts.reflections[r], &initial)?;
            if reply.trim().is_empty() {
                session.reflections.remove(id);
            } else {
                session
                    .reflections
                    .insert(id.clone(), reply.trim().to_owned());
            }
            autosave(session)?;
        }
    }
    Ok(())
}

/// The question asked just before `qi` in the rubric's order, if `qi` is not the first.
fn earlier(order: &[usize], qi: usize) -> Option<usize> {
    let at = order.iter().position(|&i| i == qi)?;
    at.checked_sub(1).map(|before| order[before])
}

/// Asks question `qi` and records the reply (Back records nothing).
fn ask_one(
    rubric: &Rubric,
    order: &[usize],
    qi: usize,
    session: &mut Session,
    prompter: &mut dyn Prompter,
) -> Result<Reply> {
    let key = &rubric.key;
    let item = &key.items[qi];
    let id = &rubric.ids.questions[qi];
    let text = &rubric.texts.questions[qi];
    let in_dim: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| key.items[i].dimension == item.dimension)
        .collect();
    let pos_dim = in_dim.iter().position(|&i| i == qi).unwrap_or(0) + 1;
    let pos_all = order.iter().position(|&i| i == qi).unwrap_or(0) + 1;
    let cursor = session
        .prior(id)
        .and_then(|v| key.point(v))
        .unwrap_or(key.midpoint());
    let screen = Screen {
        place: Place {
            dimension: &rubric.texts.dimensions[item.dimension].name,
            in_dimension: pos_dim,
            of_dimension: in_dim.len(),
            question: pos_all,
            of: order.len(),
        },
        text,
        labels: &rubric.texts.labels,
        cursor: usize::from(cursor),
    };
    let asked = std::time::Instant::now();
    let reply = prompter.ask(&screen)?;
    session
        .seconds
        .insert(id.clone(), asked.elapsed().as_secs_f64());
    match reply {
        Reply::Answer(i) => session.answer(id, text, key.value(i as u8)),
        Reply::Skip => session.skip(id, text),
        Reply::Back => {}
    }
    Ok(reply)
}

/// The review screen: every answer listed; picking one asks it again.
fn review(
    rubric: &Rubric,
    order: &[usize],
    session: &mut Session,
    prompter: &mut dyn Prompter,
    autosave: &mut dyn FnMut(&Session) -> Result<()>,
) -> Result<()> {
    loop {
        let lines = order
            .iter()
            .enumerate()
            .map(|(n, &qi)| ReviewLine {
                number: n + 1,
                answer: session
                    .answers
                    .get(&rubric.ids.questions[qi])
                    .and_then(|v| rubric.key.point(*v))
                    .map(|p| rubric.label(p)),
                question: &rubric.texts.questions[qi],
            })
            .collect();
        let review = Review {
            title: ReviewTitle {
                answered: session.answers.len(),
                questions: rubric.key.questions(),
            },
            lines,
        };
        match prompter.review(&review)? {
            None => return Ok(()),
            Some(n) => {
                if let Some(&qi) = order.get(n)
                    && ask_one(rubric, order, qi, session, prompter)? != Reply::Back
                {
                    autosave(session)?;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scripted::{Scripted, Step};
    use super::*;
    use crate::error::Interrupted;
    use crate::rubric::{Catalog, DEFAULT_ID};

    fn rubric() -> Rubric {
        (*Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap()).clone()
    }

    fn answer(i: usize) -> Step {
        Step::Reply(Reply::Answer(i))
    }

    /// Runs the flow; returns the session, the prompter and how many autosaves happened.
    fn drive(
        rubric: &Rubric,
        mut session: Session,
        steps: Vec<Step>,
    ) -> (Result<()>, Session, Scripted, usize) {
        let mut p = Scripted::new(steps);
        let mut saves = 0;
        let result = run(rubric, &mut session, &mut p, &mut |_| {
            saves += 1;
            Ok(())
        });
        (result, session, p, saves)
    }

    fn reflections_blank(r: &Rubric) -> Vec<Step> {
        r.ids
            .reflections
            .iter()
            .map(|_| Step::Reflect(String::new()))
            .collect()
    }

    #[test]
    fn answering_every_question_saves_after_each() {
        let r = rubric();
        let mut steps: Vec<Step> = (0..r.key.questions()).map(|i| answer(i % 5)).collect();
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&r));
        let (result, s, p, saves) = drive(&r, Session::new(&r, "2026-11-22".into(), None), steps);
        result.unwrap();
        assert_eq!(s.answers.len(), r.key.questions());
        assert_eq!(saves, r.key.questions() + r.ids.reflections.len());
        assert_eq!(
            p.screens[0],
            ("Skills 1/14 - question 1 of 32".to_owned(), 2),
            "midpoint first"
        );
        assert_eq!(p.screens[14].0, "Values 1/10 - question 15 of 32");
        assert!(p.said[0].contains("32 questions"));
        assert!(p.steps.is_empty());
    }

    #[test]
    fn back_returns_to_the_previous_question_with_its_answer() {
        let r = rubric();
        let mut steps = vec![
            answer(4),
            answer(0),
            Step::Reply(Reply::Back),
            Step::Reply(Reply::Back),
            answer(1),
        ];
        steps.extend((1..r.key.questions()).map(|_| answer(3)));
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&r));
        let (result, s, p, _) = drive(&r, Session::new(&r, "d".into(), None), steps);
        result.unwrap();
        let progress: Vec<&str> = p.screens.iter().take(5).map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            progress,
            [
                "Skills 1/14 - question 1 of 32",
                "Skills 2/14 - question 2 of 32",
                "Skills 3/14 - question 3 of 32",
                "Skills 2/14 - question 2 of 32",
                "Skills 1/14 - question 1 of 32",
            ]
        );
        assert_eq!(p.screens[3].1, 0, "cursor on the earlier answer");
        assert_eq!(p.screens[4].1, 4);
        assert_eq!(s.answers["sk_calendar"], 2, "the changed answer wins");
        assert_eq!(
            s.answers["sk_correspondence"], 4,
            "answered again after going back"
        );
    }

    #[test]
    fn skipping_too_many_sends_the_person_back_to_the_review() {
        let r = rubric();
        let mut steps: Vec<Step> = (0..r.key.questions())
            .map(|i| {
                if i < 7 {
                    Step::Reply(Reply::Skip)
                } else {
                    answer(3)
                }
            })
            .collect();
        // 25 of 32 answered is below 80%: Done is refused once, then question 1 is answered.
        steps.push(Step::Review(None));
        steps.push(Step::Review(Some(0)));
        steps.push(answer(4));
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&r));
        let (result, s, p, _) = drive(&r, Session::new(&r, "d".into(), None), steps);
        result.unwrap();
        assert_eq!(s.answers.len(), 26);
        assert_eq!(s.skipped.len(), 6);
        assert_eq!(s.answers["sk_calendar"], 5);
        assert!(
            p.said
                .iter()
                .any(|t| t
                    .starts_with("25 of 32 questions are answered; a result needs at least 26"))
        );
    }

    #[test]
    fn review_edits_and_reflections_are_kept() {
        let r = rubric();
        let mut steps: Vec<Step> = (0..r.key.questions()).map(|_| answer(2)).collect();
        steps.push(Step::Review(Some(25)));
        steps.push(answer(0));
        steps.push(Step::Review(Some(3)));
        steps.push(Step::Reply(Reply::Back)); // leave it unchanged
        steps.push(Step::Review(None));
        steps.push(Step::Reflect("  Lead a small office.  ".into()));
        steps.push(Step::Reflect(String::new()));
        steps.push(Step::Reflect("The budget project.".into()));
        let (result, s, _, _) = drive(&r, Session::new(&r, "d".into(), None), steps);
        result.unwrap();
        let last = &r.ids.questions[r.order()[25]];
        assert_eq!(s.answers[last], 1);
        assert_eq!(s.answers["sk_first_contact"], 3);
        assert_eq!(s.reflections.len(), 2);
        assert_eq!(s.reflections["strengths"], "Lead a small office.");
        let sheet = s.to_responses(&r).0;
        let at = r.ids.reflection("practice_now").unwrap();
        assert_eq!(
            sheet.reflections[at].as_deref(),
            Some("The budget project.")
        );
    }

    #[test]
    fn an_interruption_keeps_what_was_answered() {
        let r = rubric();
        let steps = vec![answer(4), answer(3), Step::Interrupt];
        let (result, s, _, saves) = drive(&r, Session::new(&r, "d".into(), None), steps);
        assert!(result.unwrap_err().is::<Interrupted>());
        assert_eq!(s.answers.len(), 2);
        assert_eq!(saves, 2);
    }

    #[test]
    fn resume_after_a_rubric_change_asks_only_new_and_reworded_questions() {
        let old = rubric();
        let mut session = Session::new(&old, "d".into(), None);
        for (q, id) in old.ids.questions.iter().enumerate() {
            session.answer(id, &old.texts.questions[q], 4);
        }
        let people = old.ids.question("va_people").unwrap();
        session.skip("va_people", &old.texts.questions[people]);
        // A new version: one question reworded, one removed, one added.
        let text = crate::rubric::catalog::embedded_text(DEFAULT_ID).unwrap();
        let changed = text
            .replace(
                "I take a set of figures apart",
                "I pull a set of figures apart",
            )
            .replace("id = \"am_certain\"", "id = \"am_sure\"");
        let new = Rubric::parse("new.toml", &changed).unwrap();
        let c = session.reconcile(&new).unwrap();
        assert_eq!((c.new, c.changed, c.removed), (1, 1, 1));
        assert!(!session.answers.contains_key("am_certain"));
        assert!(
            session.skipped.contains("va_people"),
            "a skip of an unchanged question stands"
        );

        let mut steps = vec![answer(1), answer(0)];
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&new));
        let (result, s, p, _) = drive(&new, session, steps);
        result.unwrap();
        let asked: Vec<&str> = p.screens.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            asked,
            [
                "Skills 10/14 - question 10 of 32",
                "Ambiguity 7/8 - question 31 of 32"
            ]
        );
        assert_eq!(
            p.screens[0].1, 3,
            "the cursor starts on the answer given before the rewording"
        );
        assert_eq!(s.answers["sk_analysis"], 2);
        assert_eq!(s.answers["am_sure"], 1);
        assert_eq!(s.answers.len(), 31);
    }

    #[test]
    fn the_intro_reads_as_english() {
        let r = rubric();
        let text = intro(&r, 1);
        assert!(text.contains("on skills, values and ambiguity."), "{text}");
        assert!(text.contains("1 question, about 1 minute."), "{text}");
        assert!(intro(&r, 32).contains("32 questions, about 8 minutes."));
    }

    #[test]
    fn back_at_the_first_question_says_how_to_stop() {
        let r = rubric();
        let mut steps = vec![Step::Reply(Reply::Back)];
        steps.extend((0..r.key.questions()).map(|_| answer(2)));
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&r));
        let (result, _, p, _) = drive(&r, Session::new(&r, "d".into(), None), steps);
        result.unwrap();
        assert!(
            p.said
                .iter()
                .any(|t| t.starts_with("This is the first question."))
        );
        assert_eq!(p.screens[1].0, "Skills 1/14 - question 1 of 32");
    }

    #[test]
    fn back_at_the_first_open_question_of_a_resumed_session_goes_to_the_one_before() {
        let r = rubric();
        let mut session = Session::new(&r, "d".into(), None);
        for &q in &r.order()[..5] {
            session.answer(&r.ids.questions[q], &r.texts.questions[q], 4);
        }
        let mut steps = vec![
            Step::Reply(Reply::Back),
            Step::Reply(Reply::Back),
            answer(0),
        ];
        steps.extend((4..r.key.questions()).map(|_| answer(2)));
        steps.push(Step::Review(None));
        steps.extend(reflections_blank(&r));
        let (result, s, p, _) = drive(&r, session, steps);
        result.unwrap();
        let asked: Vec<&str> = p.screens.iter().take(4).map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            asked,
            [
                "Skills 6/14 - question 6 of 32",
                "Skills 5/14 - question 5 of 32",
                "Skills 4/14 - question 4 of 32",
                "Skills 5/14 - question 5 of 32",
            ]
        );
        assert_eq!(p.screens[1].1, 3, "the cursor on the answer given before");
        assert!(!p.said.iter().any(|t| t.starts_with("This is the first")));
        assert_eq!(s.answers[&r.ids.questions[r.order()[3]]], 1);
    }

    #[test]
    fn an_unchanged_rubric_needs_no_reconciling() {
        let r = rubric();
        let mut s = Session::new(&r, "d".into(), None);
        assert_eq!(s.reconcile(&r), None);
    }
}
