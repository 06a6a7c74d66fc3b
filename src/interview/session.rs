//! An assessment in progress: what has been answered, skipped and seen, saved after every
//! answer so an interrupted session can resume.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::answers::Responses;
use crate::rubric::Rubric;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub rubric: String,
    pub rubric_version: String,
    pub rubric_sha256: String,
    /// The language of the questions as answered (a BCP 47 tag); sessions saved before it was
    /// recorded lack it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The day the session started, YYYY-MM-DD.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<String>,
    /// Question id -> scale value.
    #[serde(default)]
    pub answers: BTreeMap<String, i64>,
    /// Questions the person chose to skip.
    #[serde(default)]
    pub skipped: BTreeSet<String>,
    /// Question id -> the text the person answered, so a changed question is asked again.
    #[serde(default)]
    pub seen: BTreeMap<String, String>,
    #[serde(default)]
    pub reflections: BTreeMap<String, String>,
    /// Earlier answers to questions whose text changed: where the cursor starts when re-asked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub earlier: BTreeMap<String, i64>,
    /// Answers to questions the current rubric does not have, kept rather than lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub other: BTreeMap<String, i64>,
    /// When the person works on the plan, as typed (`Tue,Thu 19:00`), once asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
    /// Whom the person tells their progress each week, once asked (empty: nobody).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// Question id -> seconds the person took to answer it, in this run only.
    #[serde(skip)]
    pub seconds: BTreeMap<String, f64>,
}

/// What changed in the rubric since a session was saved.
#[derive(Debug, Default, PartialEq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
}

impl Session {
    pub fn new(rubric: &Rubric, date: String, respondent: Option<String>) -> Session {
        Session {
            rubric: rubric.id.clone(),
            rubric_version: rubric.version.clone(),
            rubric_sha256: rubric.sha256.clone(),
            language: Some(rubric.texts.language.clone()),
            date,
            respondent,
            answers: BTreeMap::new(),
            skipped: BTreeSet::new(),
            seen: BTreeMap::new(),
            reflections: BTreeMap::new(),
            earlier: BTreeMap::new(),
            other: BTreeMap::new(),
            practice: None,
            partner: None,
            seconds: BTreeMap::new(),
        }
    }

    /// A session continuing from an answer file: its answers count as given, and the
    /// questions it left blank are asked.
    pub fn from_responses(rubric: &Rubric, r: &Responses, date: String) -> Session {
        let mut s = Session::new(rubric, r.date.clone().unwrap_or(date), r.respondent.clone());
        for (q, id) in rubric.ids.questions.iter().enumerate() {
            if let Some(p) = r.get(q) {
                s.answer(id, &rubric.texts.questions[q], rubric.key.value(p));
            }
        }
        for (i, text) in r.reflections.iter().enumerate() {
            if let Some(text) = text {
                s.reflections
                    .insert(rubric.ids.reflections[i].clone(), text.clone());
            }
        }
        s
    }

    /// Brings a saved session up to date with `rubric`: answers to removed questions are kept
    /// aside (in `other`, written into the saved file as comments), and questions whose text
    /// changed are asked again. None when the rubric is the same.
    pub fn reconcile(&mut self, rubric: &Rubric) -> Option<Changes> {
        self.relanguage(rubric);
        if self.rubric_sha256 == rubric.sha256 {
            return None;
        }
        let mut changes = Changes::default();
        let ids: BTreeSet<&str> = rubric.ids.questions.iter().map(String::as_str).collect();
        let before = self.seen.len();
        self.seen.retain(|id, _| ids.contains(id.as_str()));
        let (kept, other): (BTreeMap<String, i64>, BTreeMap<String, i64>) =
            std::mem::take(&mut self.answers)
                .into_iter()
                .partition(|(id, _)| ids.contains(id.as_str()));
        self.answers = kept;
        self.other.extend(other);
        // An answer kept from before may belong to this rubric again.
        let back: Vec<String> = self
            .other
            .keys()
            .filter(|id| ids.contains(id.as_str()) && !self.answers.contains_key(*id))
            .cloned()
            .collect();
        for id in back {
            if let Some(v) = self.other.remove(&id) {
                self.earlier.insert(id, v);
            }
        }
        self.skipped.retain(|id| ids.contains(id.as_str()));
        changes.removed = before - self.seen.len();
        for (q, id) in rubric.ids.questions.iter().enumerate() {
            match self.seen.get(id) {
                None => changes.new += 1,
                Some(text) if *text != rubric.texts.questions[q] => {
                    changes.changed += 1;
                    self.seen.remove(id);
                    self.skipped.remove(id);
                    if let Some(v) = self.answers.remove(id) {
                        self.earlier.insert(id.clone(), v);
                    }
                }
                Some(_) => {}
            }
        }
        self.reflections
            .retain(|id, _| rubric.ids.reflection(id).is_some());
        self.rubric_version = rubric.version.clone();
        self.rubric_sha256 = rubric.sha256.clone();
        Some(changes)
    }

    /// A session continued in another language: the texts seen are taken as read in this one
    /// (a question's text in two languages cannot be compared), and the session is now in it.
    fn relanguage(&mut self, rubric: &Rubric) {
        let now = &rubric.texts.language;
        match &self.language {
            // Saved before the language was recorded: in the rubric's own language then.
            None => {
                self.language = Some(now.clone());
                return;
            }
            Some(was) if was == now => return,
            Some(_) => {}
        }
        for (id, text) in &mut self.seen {
            if let Some(q) = rubric.ids.question(id) {
                text.clone_from(&rubric.texts.questions[q]);
            }
        }
        self.language = Some(now.clone());
    }

    /// Whether question `id` has been answered or skipped (as it reads now).
    pub fn settled(&self, id: &str) -> bool {
        self.seen.contains_key(id)
    }

    pub fn answer(&mut self, id: &str, text: &str, value: i64) {
        self.answers.insert(id.to_owned(), value);
        self.skipped.remove(id);
        self.earlier.remove(id);
        self.seen.insert(id.to_owned(), text.to_owned());
    }

    pub fn skip(&mut self, id: &str, text: &str) {
        self.answers.remove(id);
        self.skipped.insert(id.to_owned());
        self.seen.insert(id.to_owned(), text.to_owned());
    }

    /// The answer to start the cursor on: the current one, else one given before a text change.
    pub fn prior(&self, id: &str) -> Option<i64> {
        self.answers
            .get(id)
            .or_else(|| self.earlier.get(id))
            .copied()
    }

    /// The answers as responses to `rubric`, and the answers to questions it does not have.
    pub fn to_responses(&self, rubric: &Rubric) -> (Responses, Vec<(String, i64)>) {
        let mut r = Responses::empty(rubric);
        r.respondent = self.respondent.clone();
        r.date = Some(self.date.clone());
        let mut extra = Vec::new();
        for (id, &v) in self.answers.iter().chain(&self.other) {
            match (rubric.ids.question(id), rubric.key.point(v)) {
                (Some(q), Some(p)) if self.answers.contains_key(id) => r.points[q] = p,
                _ => extra.push((id.clone(), v)),
            }
        }
        for (id, text) in &self.reflections {
            if let Some(i) = rubric.ids.reflection(id) {
                r.reflections[i] = Some(text.clone());
            }
        }
        (r, extra)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Catalog, DEFAULT_ID};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Whatever a person types, the autosave file reads back to the same session.
        #[test]
        fn a_session_file_round_trips(who in any::<String>(), note in any::<String>(), v in 1i64..=5) {
            let r = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
            let mut s = Session::new(&r, "2026-11-26".into(), Some(who));
            s.answer(&r.ids.questions[0], &r.texts.questions[0], v);
            s.reflections.insert(r.ids.reflections[0].clone(), note);
            let text = toml::to_string(&s).unwrap();
            prop_assert_eq!(toml::from_str::<Session>(&text).unwrap(), s);
        }
    }

    #[test]
    fn a_session_continued_in_another_language_keeps_its_answers() {
        let en = Catalog::new(Vec::new()).resolve(DEFAULT_ID).unwrap();
        let ro = Catalog::new(Vec::new())
            .in_language(crate::base::lang::Lang::Ro)
            .resolve(DEFAULT_ID)
            .unwrap();
        let mut s = Session::new(&en, "2026-12-01".into(), None);
        assert_eq!(s.language.as_deref(), Some("en"));
        for (q, id) in en.ids.questions.iter().enumerate() {
            s.answer(id, &en.texts.questions[q], 4);
        }
        let answers = s.answers.clone();
        assert_eq!(s.reconcile(&ro), None);
        assert_eq!(s.language.as_deref(), Some("ro"));
        assert_eq!(s.answers, answers);
        assert_eq!(s.seen[&ro.ids.questions[0]], ro.texts.questions[0]);
        // A session saved before the language was recorded reads as before.
        let mut old = toml::to_string(&s)
            .unwrap()
            .replace("language = \"ro\"\n", "");
        old.push('\n');
        let mut old: Session = toml::from_str(&old).unwrap();
        assert_eq!(old.language, None);
        assert_eq!(old.reconcile(&en), None);
        assert_eq!(old.answers, answers);
    }
}
