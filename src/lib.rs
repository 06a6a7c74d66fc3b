//! pathfit: a weighted career-path self-assessment.
//!
//! Data flows one way. A rubric file is checked once into a [`rubric::Rubric`]: a numeric
//! [`rubric::Key`] (indices and coefficients), the [`rubric::Ids`] answers refer to, and the
//! [`rubric::Texts`] a person reads. An answer file is parsed once and decoded into
//! [`answers::Responses`] (one small integer per question). [`scoring`], [`decide`], [`plan`]
//! and [`report`] compute plain data from them; [`text`] holds every sentence a person reads
//! and [`render`] writes a stream of records to any writer. [`settings`] checks the command
//! line once into one plain value per command, which [`commands`] carry out; a run that fails
//! ends as an [`error::Failure`], whose kind picks the exit code.

pub mod answers;
pub mod base;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod decide;
pub mod error;
pub mod explain;
pub mod interview;
pub mod plan;
pub mod problem;
pub mod quality;
pub mod render;
pub mod report;
pub mod rubric;
pub mod scoring;
pub mod settings;
pub mod summary;
pub mod text;

pub use error::Failure;

use std::io::Write;

use base::{pager, store};
use cli::Cli;
use commands::Env;
use error::Usage;
use rubric::Catalog;
use settings::{Output, Settings};

/// Runs one command line; returns the exit code for a run that did not fail.
pub fn run(cli: Cli) -> Result<u8, Failure> {
    let settings = Settings::from_cli(cli)?;
    if let Some(warning) = &settings.lang.warning {
        crate::say!("{warning}");
    }
    let catalog = Catalog::new(settings.rubric_dirs.clone())
        .warn_with(|w| crate::say!("{w}"))
        .in_language(settings.lang.lang);
    let env = Env {
        catalog: &catalog,
        look: settings.look,
    };
    // An --output file is checked before any work and appears only once the report is whole;
    // it may not be a file the command reads.
    commands::check_clashes(&settings.job, settings.output.file.as_deref())?;
    let mut pending = open_output(&settings.output, settings.job.output_kind())?;
    let stdout = std::io::stdout();
    // A long report on a terminal goes through a pager; the assessment pages its own report.
    let paged = settings.output.page;
    let mut buffer = Vec::new();
    let target: Box<dyn Write> = match &mut pending {
        Some(p) => Box::new(p.file()),
        None if paged => Box::new(&mut buffer),
        None => Box::new(stdout.lock()),
    };
    let mut out = std::io::BufWriter::new(target);
    let code = commands::run(&settings.job, &env, &mut out);
    // Flush what was rendered even when a later file failed, then report the failure.
    let flushed = out.flush();
    drop(out);
    if paged {
        pager::show(&buffer)?;
    }
    let code = code.map_err(Failure::from);
    let batch_failed = matches!(code, Err(Failure::Reported));
    if let Some(p) = pending
        && (code.is_ok() || batch_failed)
        && flushed.is_ok()
    {
        // A batch with failed files still writes its file: the failures are records in it.
        p.commit().map_err(anyhow::Error::from)?;
    }
    let code = code?;
    flushed?;
    Ok(code)
}

/// The `--output` file, made ready to take the report.
fn open_output(output: &Output, what: crate::base::What) -> Result<Option<store::Pending>, Usage> {
    output
        .file
        .as_deref()
        .map(|p| store::Pending::create(p, output.force, what).map_err(|e| Usage::Target(e.into())))
        .transpose()
}
