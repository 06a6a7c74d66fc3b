//! Every sentence a person reads, put together in one place (English now; one catalog per
//! language later). Lower layers hand plain data and typed problems up; this layer words them.

pub mod answers;
pub mod base;
pub mod commands;
pub mod interview;
pub mod l10n;
pub mod problem;
pub mod report;
pub mod rubric;
