//! pathfit: a weighted career-path self-assessment.
//!
//! Data flows one way. A rubric file is checked once into a [`rubric::Rubric`]: a numeric
//! [`rubric::Key`] (indices and coefficients), the [`rubric::Ids`] answers refer to, and the
//! [`rubric::Texts`] a person reads. An answer file is parsed once and decoded into
//! [`answers::Responses`] (one small integer per question). [`scoring`], [`decide`], [`plan`]
//! and [`report`] compute plain data from them; only [`render`] makes sentences, writing a
//! stream of records to any writer. [`commands`] wire those steps together.

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

use anyhow::Result;

use std::io::Write;

use base::{pager, store};
use cli::{Cli, Command, RubricCommand};
use render::Look;
use rubric::Catalog;
use settings::Settings;

/// Runs one command line; returns the exit code for a run that did not fail.
pub fn run(cli: Cli) -> Result<u8> {
    if let Some(command) = &cli.command {
        check_no_assess_options(&cli, command)?;
    }
    let settings = Settings::from_args(&cli.global);
    let catalog = Catalog::new(settings.rubric_dirs.clone()).warn_with(|w| crate::say!("{w}"));
    let look = Look {
        color: settings.color,
        width: settings.width,
        ascii: settings.ascii,
    };
    let (output, force) = match &cli.command {
        Some(Command::Score(a)) => (a.report.output.as_deref(), a.force),
        Some(Command::Assess(a)) => (a.report.output.as_deref(), a.force),
        Some(Command::Explain(a)) => (a.sheet.output.as_deref(), a.sheet.force),
        Some(Command::Compare(a)) => (a.sheet.output.as_deref(), a.sheet.force),
        Some(Command::Roles(a) | Command::Faq(a)) => (a.output.as_deref(), a.force),
        None => (cli.assess.report.output.as_deref(), cli.assess.force),
        _ => (None, false),
    };
    // An --output file is checked before any work and appears only once the report is whole.
    let mut pending = output
        .map(|p| {
            store::Pending::create(p, force, "--output file")
                .map_err(|e| error::UsageError(format!("{e:#}")))
        })
        .transpose()?;
    let stdout = std::io::stdout();
    // A long report on a terminal goes through a pager; the assessment pages its own report.
    let paged = pending.is_none()
        && std::io::IsTerminal::is_terminal(&stdout)
        && matches!(
            &cli.command,
            Some(
                Command::Score(_)
                    | Command::Explain(_)
                    | Command::Compare(_)
                    | Command::Roles(_)
                    | Command::Faq(_)
            )
        );
    let mut buffer = Vec::new();
    let target: Box<dyn Write> = match &mut pending {
        Some(p) => Box::new(p.file()),
        None if paged => Box::new(&mut buffer),
        None => Box::new(stdout.lock()),
    };
    let mut out = std::io::BufWriter::new(target);
    let code = match &cli.command {
        Some(Command::Score(args)) => {
            commands::score::run(args, &catalog, look, &mut out).map(|()| 0)
        }
        Some(Command::Explain(args)) => {
            commands::explain::run(args, &catalog, look, &mut out).map(|()| 0)
        }
        Some(Command::Compare(args)) => {
            commands::compare::run(args, &catalog, look, &mut out).map(|()| 0)
        }
        Some(Command::Roles(args)) => {
            let rubric = commands::chosen_rubric(&catalog, args.rubric.as_deref())?;
            let format = commands::doc_format(args.format, "roles")?;
            render::guide::write_roles(&mut out, format, look, &rubric)?;
            Ok(0)
        }
        Some(Command::Map(args)) => commands::map::run(args, &catalog, &mut out)
            .map(|all| if all { 0 } else { error::EXIT_DATA }),
        Some(Command::Faq(args)) => {
            let rubric = commands::chosen_rubric(&catalog, args.rubric.as_deref())?;
            if rubric.texts.faq.is_empty() {
                return Err(error::UsageError(format!(
                    "rubric `{}` has no FAQ; add [[guidance.faq]] entries, or see `pathfit faq` for the default rubric",
                    rubric.id
                ))
                .into());
            }
            let format = commands::doc_format(args.format, "faq")?;
            render::guide::write_faq(&mut out, format, look, &rubric)?;
            Ok(0)
        }
        Some(Command::Template(args)) => {
            let rubric = commands::chosen_rubric(&catalog, args.rubric.as_deref())?;
            answers::write_toml(&mut out, &rubric, None, &[], &text::answers::note)?;
            Ok(0)
        }
        Some(Command::Rubric(RubricCommand::List)) => {
            commands::rubric::list(&mut out, &catalog, look).map(|()| 0)
        }
        Some(Command::Rubric(RubricCommand::Show { rubric, raw })) => {
            commands::rubric::show(&mut out, &catalog, rubric, *raw, look).map(|()| 0)
        }
        Some(Command::Rubric(RubricCommand::Check { files, lint })) => {
            commands::rubric::check(&mut out, files, *lint)
                .map(|ok| if ok { 0 } else { error::EXIT_DATA })
        }
        Some(Command::Rubric(RubricCommand::Lint { files })) => {
            commands::rubric::check(&mut out, files, true)
                .map(|ok| if ok { 0 } else { error::EXIT_DATA })
        }
        Some(Command::Assess(args)) => {
            commands::assess::run(args, &settings, &catalog, look, &mut out).map(|()| 0)
        }
        None => commands::assess::run(&cli.assess, &settings, &catalog, look, &mut out).map(|()| 0),
    };
    // Flush what was rendered even when a later file failed, then report the failure.
    let flushed = out.flush();
    drop(out);
    if paged {
        pager::show(&buffer)?;
    }
    let batch_failed = code
        .as_ref()
        .err()
        .is_some_and(|e| e.is::<error::Reported>());
    if let Some(p) = pending
        && (code.is_ok() || batch_failed)
        && flushed.is_ok()
    {
        // A batch with failed files still writes its file: the failures are records in it.
        p.commit()?;
    }
    let code = code?;
    flushed?;
    Ok(code)
}

/// Options written before a command belong to the assessment; rather than ignore them, say so.
fn check_no_assess_options(cli: &Cli, command: &Command) -> Result<()> {
    use clap::Parser;
    let defaults = Cli::parse_from(["pathfit"]).assess;
    if cli.assess == defaults {
        return Ok(());
    }
    let name = match command {
        Command::Assess(_) => "assess",
        Command::Score(_) => "score",
        Command::Explain(_) => "explain",
        Command::Compare(_) => "compare",
        Command::Roles(_) => "roles",
        Command::Faq(_) => "faq",
        Command::Map(_) => "map",
        Command::Template(_) => "template",
        Command::Rubric(_) => "rubric",
    };
    Err(error::UsageError(format!(
        "options before `{name}` apply to the bare assessment only; put them after `{name}` \
         (see `pathfit {name} --help`)"
    ))
    .into())
}
