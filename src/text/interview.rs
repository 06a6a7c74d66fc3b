//! The words for the assessment: prompts, hints, review, interruption.
