//! `pathfit` / `pathfit assess`: the interactive assessment, autosaved after every answer.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};

use crate::cli::AssessArgs;
use crate::error::{Interrupted, UsageError};
use crate::interview::terminal::TerminalPrompter;
use crate::interview::{self, Prompter, Session};
use crate::problem::{self, Problems};
use crate::render::{self, Look};
use crate::report;
use crate::rubric::{Catalog, Rubric};
use crate::settings::Settings;
use crate::store;

pub fn run(
    args: &AssessArgs,
    settings: &Settings,
    catalog: &Catalog,
    look: Look,
    out: &mut dyn Write,
) -> Result<()> {
    // dialoguer needs a terminal on stderr and reads keys from the terminal even when stdin is
    // a pipe, so check both before the first prompt rather than hang or fail half-way.
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(UsageError(
            "the assessment needs a terminal to ask its questions; for scripts, write an answer file \
             with `pathfit template > answers.toml`, fill it in, then run `pathfit score answers.toml`"
                .into(),
        )
        .into());
    }
    // Ctrl-C inside a prompt arrives as an Interrupted read (the terminal library raises SIGINT,
    // which without a handler would kill pathfit with the cursor hidden); outside a prompt, this
    // flag catches it. A second handler cannot be set; the first one does the job.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let mut prompter = TerminalPrompter::new(settings.prompt_color);

    let (rubric, mut session, resume_file) = match &args.resume {
        Some(file) => {
            let mut session = load_session(file)?;
            let rubric = catalog.resolve(args.rubric.as_deref().unwrap_or(&session.rubric))?;
            if let Some(c) = session.reconcile(&rubric) {
                prompter.say(&format!(
                    "The rubric changed since this session was saved (now v{}): {} new and {} \
                     reworded questions will be asked; {} removed ones are dropped.",
                    rubric.version, c.new, c.changed, c.removed
                ))?;
            }
            (rubric, session, file.clone())
        }
        None => {
            let rubric = super::chosen_rubric(catalog, args.rubric.as_deref())?;
            let session = Session::new(&rubric, today(), args.respondent.clone());
            let file = store::free_path(&store::data_dir()?.join("resume").join(format!(
                "{}-{}.toml",
                rubric.id,
                stamp()
            )));
            (rubric, session, file)
        }
    };
    if args.respondent.is_some() {
        session.respondent = args.respondent.clone();
    }
    // A report option that cannot work should fail now, not after the last question.
    let options = super::score::options(&args.report, &rubric)?;
    let overwrite = match check_save_target(args, &mut prompter) {
        Err(e) if e.is::<Interrupted>() => {
            crate::say!("Stopped before the first question; nothing was saved.");
            return Err(e);
        }
        other => other?,
    };

    let resume_hint = resume_command(&resume_file, &rubric);
    let result = (|| -> Result<()> {
        let mut autosave = |s: &Session| -> Result<()> {
            save_session(&resume_file, s)?;
            if stop.swap(false, Ordering::SeqCst) {
                return Err(Interrupted(crate::error::EXIT_INTERRUPTED).into());
            }
            Ok(())
        };
        interview::run(&rubric, &mut session, &mut prompter, &mut autosave)?;
        autosave(&session)?;

        let (responses, _) = session.to_responses(&rubric);
        let source = args.save.as_ref().map_or_else(
            || "interactive session".to_owned(),
            |p| p.display().to_string(),
        );
        let report = report::build(&rubric, &responses, &options);
        let mut sink = render::sink(args.report.format, out, look);
        sink.begin()?;
        sink.record(&render::Record::Scored {
            source: &source,
            rubric: &rubric,
            responses: &responses,
            report: &report,
        })?;
        sink.end()?;
        drop(sink);
        out.flush()?;

        let target = match &args.save {
            Some(p) => Some(p.clone()),
            None if args.no_save => None,
            None => {
                let default = store::free_path(
                    &store::data_dir()?
                        .join("sessions")
                        .join(format!("{}-{}.toml", rubric.id, session.date)),
                );
                prompter
                    .confirm(
                        &format!("Save your answers to {}?", default.display()),
                        true,
                    )?
                    .then_some(default)
            }
        };
        if let Some(path) = target {
            store::write_private(&path, answer_file(&rubric, &session)?.as_bytes(), overwrite)?;
            crate::say!(
                "Saved to {}. Score it again any time with: pathfit score {}",
                path.display(),
                shell_quote(&path.display().to_string())
            );
        }
        Ok(())
    })();

    match result {
        Err(e) if e.is::<Interrupted>() => {
            let saved = save_session(&resume_file, &session);
            match saved {
                Ok(()) => crate::say!(
                    "Stopped. {} saved in {}\nResume with: {resume_hint}",
                    match session.answers.len() {
                        1 => "1 answer is".to_owned(),
                        n => format!("{n} answers are"),
                    },
                    resume_file.display()
                ),
                Err(s) => crate::say!("Stopped, and the progress could not be saved: {s:#}"),
            }
            Err(e)
        }
        Err(e) => {
            if resume_file.exists() {
                crate::say!("Progress so far is in {}", resume_file.display());
            }
            Err(e)
        }
        Ok(()) => {
            // Everything is in the saved file or was declined: the autosave has done its job.
            let _ = std::fs::remove_file(&resume_file);
            Ok(())
        }
    }
}

/// Whether the --save file may be replaced: --force, or the person says so now, before the
/// questions rather than after them.
fn check_save_target(args: &AssessArgs, prompter: &mut dyn Prompter) -> Result<bool> {
    match &args.save {
        Some(path) if path.exists() && !args.force => {
            let replace = prompter.confirm(
                &format!("{} exists. Replace it at the end?", path.display()),
                false,
            )?;
            if !replace {
                return Err(UsageError(format!(
                    "{} already exists; choose another --save file or pass --force",
                    path.display()
                ))
                .into());
            }
            Ok(true)
        }
        _ => Ok(args.force),
    }
}

/// The saved answer file: a normal answer file that `pathfit score` reads.
fn answer_file(rubric: &Rubric, session: &Session) -> Result<String> {
    let mut out = Vec::new();
    let (responses, extra) = session.to_responses(rubric);
    crate::answers::write_toml(&mut out, rubric, Some(&responses), &extra)?;
    Ok(String::from_utf8(out)?)
}

fn save_session(file: &Path, session: &Session) -> Result<()> {
    let body = toml::to_string(session).context("cannot write the session")?;
    let text = format!(
        "# pathfit assessment in progress; continue with: pathfit assess --resume THIS-FILE\n\n{body}"
    );
    store::write_private(file, text.as_bytes(), true)
}

fn load_session(file: &Path) -> Result<Session> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("cannot read session file {name}"))?;
    toml::from_str(&text).map_err(|e| {
        Problems::from(problem::from_toml(
            &name,
            &text,
            &e,
            "this is not a pathfit session file (those are written while `pathfit assess` runs)",
        ))
        .into()
    })
}

/// The exact command that continues this session.
fn resume_command(file: &Path, rubric: &Rubric) -> String {
    let mut cmd = format!(
        "pathfit assess --resume {}",
        shell_quote(&file.display().to_string())
    );
    if !rubric.source.starts_with("embedded:") {
        cmd.push_str(&format!(" --rubric {}", shell_quote(&rubric.source)));
    }
    cmd
}

fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:=@".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0).unwrap_or_default()
}

fn today() -> String {
    now().format("%Y-%m-%d").to_string()
}

fn stamp() -> String {
    now().format("%Y%m%d-%H%M%S").to_string()
}
