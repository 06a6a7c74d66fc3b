//! The questionnaire flow, behind a `Prompter` so it runs the same on a terminal and in tests.

pub mod guard;
mod prompt;
pub mod schedule;
pub mod scripted;
pub mod session;
mod show;
pub mod terminal;
mod theme;

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

/// How many words question `qi` has: what a reader must take in before answering. A Chinese
/// character counts as a word: a reader takes in about as many characters a minute as an
/// English reader takes in words.
fn words(rubric: &Rubric, qi: usize) -> usize {
    rubric.texts.questions[qi]
        .split_whitespace()
        .map(|w| {
            let wide = w
                .chars()
                .filter(|&c| unicode_width::UnicodeWidthChar::width(c) == Some(2))
                .count();
            wide.max(1)
        })
        .sum()
}

/// The (words, seconds) of each answer timed in this run, for the too-fast check.
pub fn timings(rubric: &Rubric, session: &Session) -> Vec<(usize, f64)> {
    session
        .seconds
        .iter()
        .filter_map(|(id, secs)| Some((words(rubric, rubric.ids.question(id)?), *secs)))
        .collect()
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
        let quick = |qi: usize| {
            session
                .seconds
                .get(&rubric.ids.questions[qi])
                .is_some_and(|&secs| crate::quality::quicker_than_reading(words(rubric, qi), secs))
        };
        let too_fast = match crate::quality::too_fast(&timings(rubric, session)) {
            Some(crate::quality::Flag::TooFast { count, timed }) => Some((count, timed)),
            _ => None,
        };
        let column = crate::text::interview::answer_column(&rubric.texts.labels);
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
                quick: too_fast.map(|_| quick(qi)),
                column,
            })
            .collect();
        let review = Review {
            title: ReviewTitle {
                answered: session.answers.len(),
                questions: rubric.key.questions(),
                too_fast,
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
mod tests;
