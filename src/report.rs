//! One answer sheet's full result: scores, verdict, strengths, gaps and plan, as plain data.

use chrono::NaiveDate;
use serde::Serialize;

use crate::answers::AnswerSheet;
use crate::plan::{self, Gap, ProofPlan, Strength};
use crate::rubric::Rubric;
use crate::scoring::{self, Decider, Scorecard};

/// How many strengths and deciders a report lists.
const LIST_LEN: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub respondent: Option<String>,
    pub date: Option<String>,
    /// The answer file this report was made from.
    pub source: String,
    pub rubric: RubricRef,
    #[serde(flatten)]
    pub scorecard: Scorecard,
    pub strengths: Vec<Strength>,
    pub gaps: Vec<Gap>,
    /// When the lean is not clear: the answers that would decide it.
    pub deciders: Vec<Decider>,
    pub plan: ProofPlan,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RubricRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

/// Choices that shape a report.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Path index to plan for; None plans for the best-fitting path.
    pub target: Option<usize>,
    pub start: Option<NaiveDate>,
    pub gaps: usize,
}

pub fn build(rubric: &Rubric, sheet: &AnswerSheet, source: &str, options: &Options) -> Report {
    let card = scoring::score(rubric, &sheet.answers);
    let target = options.target.unwrap_or_else(|| {
        rubric
            .path_index(&card.verdict.path)
            .expect("the verdict names a rubric path")
    });
    let gaps = plan::gaps(rubric, &sheet.answers, target, options.gaps);
    let strengths = plan::strengths(rubric, &sheet.answers, target, LIST_LEN);
    let deciders = if card.verdict.clear {
        Vec::new()
    } else {
        scoring::deciders(rubric, &sheet.answers, &card, LIST_LEN)
    };
    let plan = plan::plan(rubric, target, &gaps, &strengths, options.start);
    Report {
        respondent: sheet.respondent.clone(),
        date: sheet.date.clone(),
        source: source.to_owned(),
        rubric: RubricRef {
            id: rubric.id.clone(),
            version: rubric.version.clone(),
            sha256: rubric.sha256.clone(),
        },
        scorecard: card,
        strengths,
        gaps,
        deciders,
        plan,
    }
}
