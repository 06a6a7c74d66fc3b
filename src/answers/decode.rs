//! Reading answer files, the second step: [`decode`] checks a [`RawSheet`] against a rubric into
//! [`Responses`], reporting every problem (up to [`MAX_PROBLEMS`]) with its place.

use super::Responses;
use super::read::{At, Entry, RawSheet, RawValue};
use crate::base::names::did_you_mean;
use crate::problem::answers::{AnswerProblem, Found, Item, Number, Part};
use crate::problem::{Kind, MAX_REPORTED, Problem, Problems};
use crate::rubric::Rubric;

/// How many problems one answer file reports at most.
pub const MAX_PROBLEMS: usize = 20;

/// Checks a raw sheet against `rubric`: the rubric id, the date, every answer and reflection,
/// and that enough is answered. Every problem is reported, up to [`MAX_PROBLEMS`].
pub fn decode(raw: RawSheet, rubric: &Rubric) -> Result<Responses, Problems> {
    let file = raw.file.clone();
    let out = decode_partial(raw, rubric)?;
    check_enough(&file, rubric, &out)?;
    Ok(out)
}

/// [`decode`] without the check that enough is answered (for a sheet to continue answering).
pub fn decode_partial(raw: RawSheet, rubric: &Rubric) -> Result<Responses, Problems> {
    let mut d = Decoder {
        rubric,
        problems: raw.problems.clone(),
        file: &raw.file,
    };
    let mut out = Responses::empty(rubric);
    d.rubric_id(raw.rubric.as_ref());
    out.respondent = raw
        .respondent
        .as_ref()
        .and_then(|(v, at)| d.text(Part::Respondent, v, *at));
    out.language = raw
        .language
        .as_ref()
        .and_then(|(v, at)| d.text(Part::Language, v, *at));
    out.date = raw.date.as_ref().and_then(|(v, at)| d.date(v, *at));
    let mut seen = vec![false; rubric.key.questions()];
    for e in &raw.answers {
        if let Some(q) = d.entry(Item::Question, &rubric.ids.questions, &mut seen, e)
            && let Some(point) = d.answer(&e.key, &e.value, e.value_at)
        {
            out.points[q] = point;
        }
    }
    let mut seen = vec![false; rubric.ids.reflections.len()];
    for e in &raw.reflections {
        if let Some(r) = d.entry(Item::Reflection, &rubric.ids.reflections, &mut seen, e) {
            out.reflections[r] = d.text(Part::Reflection, &e.value, e.value_at);
        }
    }
    if d.problems.is_empty() {
        return Ok(out);
    }
    d.problems.sort_by_key(|p| p.at);
    d.problems.truncate(MAX_PROBLEMS);
    Err(Problems(d.problems))
}

/// A sheet with fewer answers than the rubric needs (and never one with none) is refused.
fn check_enough(file: &str, rubric: &Rubric, r: &Responses) -> Result<(), Problems> {
    let answered = r.answered();
    let needed = rubric.key.min_answered;
    if answered >= needed {
        return Ok(());
    }
    let missing = rubric
        .order()
        .into_iter()
        .filter(|&q| r.get(q).is_none())
        .map(|q| rubric.ids.questions[q].clone())
        .collect();
    let problem = AnswerProblem::TooFew {
        answered,
        questions: rubric.key.questions(),
        rubric: rubric.id.clone(),
        needed,
        share: Number(rubric.key.min_share),
        missing,
    };
    Err(Problem::in_file(file, problem).into())
}

struct Decoder<'a> {
    rubric: &'a Rubric,
    problems: Vec<Problem>,
    file: &'a str,
}

impl Decoder<'_> {
    fn push(&mut self, at: At, problem: AnswerProblem) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            at,
            kind: Kind::Answer(problem),
        });
    }

    /// The rubric the file names must be the one it is decoded with.
    fn rubric_id(&mut self, named: Option<&(RawValue, At)>) {
        let expected = self.rubric.id.clone();
        match named {
            Some((RawValue::Str(id), at)) if *id != expected => {
                let found = id.clone();
                self.push(*at, AnswerProblem::WrongRubric { found, expected });
            }
            Some((RawValue::Str(_), _)) => {}
            Some((v, at)) => {
                let found = v.found();
                self.push(*at, AnswerProblem::RubricNotText { expected, found });
            }
            None => self.push(None, AnswerProblem::NoRubric { expected }),
        }
    }

    /// A date as YYYY-MM-DD text.
    fn date(&mut self, v: &RawValue, at: At) -> Option<String> {
        let text = self.text(Part::Date, v, at)?;
        match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(_) => Some(text),
            Err(_) => {
                self.push(at, AnswerProblem::BadDate { text });
                None
            }
        }
    }

    /// The index of an entry's id among `ids` the first time it is met (`seen` records it);
    /// an unknown or repeated id is a problem.
    fn entry(&mut self, what: Item, ids: &[String], seen: &mut [bool], e: &Entry) -> Option<usize> {
        let i = self.id(what, ids, e)?;
        if std::mem::replace(&mut seen[i], true) {
            let id = e.key.clone();
            self.push(e.key_at, AnswerProblem::Repeated { what, id });
            return None;
        }
        Some(i)
    }

    /// The index of an entry's id among `ids`, or a problem with a suggestion.
    fn id(&mut self, what: Item, ids: &[String], e: &Entry) -> Option<usize> {
        // Question ids by hash: a long rubric costs no more per answer than a short one.
        let found = match what {
            Item::Question => self.rubric.ids.question(&e.key),
            _ => ids.iter().position(|id| *id == e.key),
        };
        if found.is_none() {
            // Only problems that are shown get a suggestion: each costs a pass over the ids.
            let suggestion = (self.problems.len() < MAX_REPORTED)
                .then(|| did_you_mean(&e.key, ids.iter().map(String::as_str)))
                .flatten()
                .map(str::to_owned);
            let id = e.key.clone();
            self.push(
                e.key_at,
                AnswerProblem::UnknownId {
                    what,
                    id,
                    suggestion,
                },
            );
        }
        found
    }

    /// Free text; blank text or null is None.
    fn text(&mut self, what: Part, v: &RawValue, at: At) -> Option<String> {
        match v {
            RawValue::Str(s) if s.trim().is_empty() => None,
            RawValue::Str(s) => Some(s.clone()),
            RawValue::Null => None,
            other => {
                let found = other.found();
                self.push(at, AnswerProblem::NotText { what, found });
                None
            }
        }
    }

    /// One answer: a whole number on the scale or one of its labels, in any case.
    fn answer(&mut self, question: &str, v: &RawValue, at: At) -> Option<u8> {
        let key = &self.rubric.key;
        let labels = &self.rubric.texts.labels;
        let off_scale = |found: Found| AnswerProblem::OffScale {
            question: question.to_owned(),
            found,
            min: key.scale_min,
            max: key.scale_min + key.points as i64 - 1,
            label: labels.last().cloned().unwrap_or_default(),
        };
        let problem = match v {
            RawValue::Null => return None,
            RawValue::Str(s) if s.trim().is_empty() => return None,
            RawValue::Int(i) => match key.point(*i) {
                Some(p) => return Some(p),
                None => off_scale(Found::Int(*i)),
            },
            RawValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
                match key.point(*f as i64) {
                    Some(p) => return Some(p),
                    None => off_scale(Found::Float(Number(*f))),
                }
            }
            RawValue::Str(s) => match self.rubric.point_of_label(s) {
                Some(p) => return Some(p),
                None => AnswerProblem::NotALabel {
                    question: question.to_owned(),
                    text: s.clone(),
                    labels: labels.clone(),
                },
            },
            other => off_scale(other.found()),
        };
        self.push(at, problem);
        None
    }
}
