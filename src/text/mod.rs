//! Every sentence a person reads, put together in one place: the Fluent catalogs of
//! `src/text/ftl/<lang>/` and the functions that choose their messages (`l10n`). Lower layers
//! hand plain data and typed problems up; this layer words them.

pub mod answers;
pub mod base;
pub mod commands;
pub mod interview;
pub mod l10n;
pub mod os;
pub mod parse;
pub mod problem;
pub mod report;
pub mod rubric;

pub use l10n::{Lang, set_lang};
