//! The words for the commands: usage errors, notices, summaries of a run.
