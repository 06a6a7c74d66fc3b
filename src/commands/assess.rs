//! `pathfit` / `pathfit assess`: the interactive assessment, autosaved after every answer.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};

use crate::answers::{self, FileFormat};
use crate::base::store;
use crate::cli::AssessArgs;
use crate::error::{EXIT_INTERRUPTED, Interrupted, UsageError};
use crate::interview::guard::Guard;
use crate::interview::terminal::TerminalPrompter;
use crate::interview::{self, Prompter, Session};
use crate::problem::{Problem, Problems};
use crate::render::{self, Look};
use crate::report::{self, Options};
use crate::rubric::{Catalog, Rubric};
use crate::settings::Settings;

/// The smallest terminal the questions fit on.
const MIN_COLUMNS: u16 = 30;
const MIN_ROWS: u16 = 10;

pub fn run(
    args: &AssessArgs,
    settings: &Settings,
    catalog: &Catalog,
    look: Look,
    out: &mut dyn Write,
) -> Result<()> {
    require_terminal()?;
    let guard = Guard::install()?;
    let mut prompter = TerminalPrompter::new(settings.prompt_color);
    let (rubric, mut session, autosave) = start(args, catalog, &mut prompter)?;
    // Everything that could fail at the end is checked before the first question.
    let options = super::score::options(&args.report, &rubric)?;
    let overwrite = match check_save_target(args, &mut prompter) {
        Err(e) if e.is::<Interrupted>() => {
            crate::say!("Stopped before the first question; nothing was saved.");
            return Err(e);
        }
        other => other?,
    };
    let mut autosave = autosave;
    guard.update(|p| {
        p.resume = resume_command(autosave.path.as_deref(), &rubric);
        p.file = autosave.path.clone().filter(|f| f.exists());
        p.answers = session.answers.len();
    });

    let result = (|| -> Result<()> {
        let mut save = |s: &Session| -> Result<()> {
            autosave.save(s, &rubric)?;
            guard.update(|p| {
                p.file = autosave.path.clone();
                p.resume = resume_command(autosave.path.as_deref(), &rubric);
                p.answers = s.answers.len();
            });
            if guard.stopped() {
                return Err(Interrupted(EXIT_INTERRUPTED).into());
            }
            Ok(())
        };
        if args.ask_name && session.respondent.is_none() {
            let name = prompter.reflect(
                "A name or initials for the answer file (Enter to leave it blank):",
                "",
            )?;
            session.respondent = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
        }
        interview::run(&rubric, &mut session, &mut prompter, &mut save)?;
        save(&session)?;
        if args.no_report {
            crate::say!("The answers are complete; the result is not shown (--no-report).");
        } else {
            show_report(args, &rubric, &session, &options, look, out)?;
        }
        save_answers(
            args,
            &rubric,
            &session,
            overwrite,
            autosave.path.as_deref(),
            &mut prompter,
        )
    })();

    match result {
        Err(e) if e.is::<Interrupted>() => {
            let progress = guard.progress.lock().map(|p| p.stopped());
            crate::say!("{}", progress.unwrap_or_default());
            // Exit 130 for Ctrl-C, 128 + the signal for SIGTERM or SIGHUP.
            Err(guard.interrupted().into())
        }
        Err(e) => {
            if let Some(file) = autosave.path.as_ref().filter(|f| f.exists()) {
                crate::say!(
                    "Your answers so far are in {}",
                    render::safe(&file.display().to_string())
                );
            }
            Err(e)
        }
        Ok(()) => {
            // Everything is in the saved file or the person declined: the autosave did its job.
            autosave.remove(args.save.as_deref());
            Ok(())
        }
    }
}

/// dialoguer needs a terminal on stderr and reads keys from the terminal even when stdin is a
/// pipe, so check both before the first prompt rather than hang or fail half-way; and the
/// terminal must be large enough to show a question.
fn require_terminal() -> Result<()> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(UsageError(
            "the assessment needs a terminal to ask its questions; for scripts, write an answer file \
             with `pathfit template > answers.toml`, fill it in, then run `pathfit score answers.toml`"
                .into(),
        )
        .into());
    }
    if let Some((rows, cols)) = console::Term::stderr().size_checked()
        && rows > 0
        && cols > 0
        && (rows < MIN_ROWS || cols < MIN_COLUMNS)
    {
        return Err(UsageError(format!(
            "the terminal is {cols} columns by {rows} rows; the assessment needs at least \
             {MIN_COLUMNS} by {MIN_ROWS}: enlarge the window, or fill an answer file from \
             `pathfit template` and run `pathfit score`"
        ))
        .into());
    }
    Ok(())
}

/// The rubric, the session (new or resumed) and where it is autosaved.
fn start(
    args: &AssessArgs,
    catalog: &Catalog,
    prompter: &mut dyn Prompter,
) -> Result<(Arc<Rubric>, Session, Autosave)> {
    let today = today();
    let Some(file) = &args.resume else {
        let rubric = super::chosen_rubric(catalog, args.rubric.as_deref())?;
        let session = Session::new(&rubric, today, args.respondent.clone());
        let autosave = Autosave::new(args, &rubric, None)?;
        return Ok((rubric, session, autosave));
    };
    let (mut session, is_session) = load(file, catalog, &today)?;
    let rubric = match &args.rubric {
        Some(spec) => catalog.resolve(spec)?,
        None => catalog.resolve(&session.rubric)?,
    };
    if rubric.id != session.rubric && !args.switch_rubric {
        return Err(UsageError(format!(
            "{} was answered on rubric `{}`, but --rubric gives `{}`; drop --rubric to continue \
             on `{}`, or add --switch-rubric to carry the answers over by question id",
            file.display(),
            session.rubric,
            rubric.id,
            session.rubric
        ))
        .into());
    }
    check_values(file, &session, &rubric)?;
    if rubric.id != session.rubric {
        session.rubric = rubric.id.clone();
    }
    if let Some(c) = session.reconcile(&rubric) {
        prompter.say(&format!(
            "The rubric differs from the one these answers were given on (now {} v{}): {} new and \
             {} reworded questions will be asked; answers to {} questions it does not have are \
             kept in the saved file as comments.",
            rubric.id, rubric.version, c.new, c.changed, c.removed
        ))?;
    }
    if args.respondent.is_some() {
        session.respondent = args.respondent.clone();
    }
    // A session file is continued in place; a finished answer file is left as it is.
    let autosave = Autosave::new(args, &rubric, is_session.then(|| file.clone()))?;
    Ok((rubric, session, autosave))
}

/// Reads a session file, or any answer file (returning false for the latter).
fn load(file: &Path, catalog: &Catalog, today: &str) -> Result<(Session, bool)> {
    let name = file.display().to_string();
    let text = crate::base::input::read_text(file, "file to resume")?;
    if let Ok(session) = toml::from_str::<Session>(&text) {
        return Ok((session, true));
    }
    let raw = answers::parse_raw(&name, FileFormat::detect(file, &text), &text)?;
    let id = raw.rubric_id().map(str::to_owned);
    // Read on the rubric it was answered on; a switch to another one comes after.
    let rubric = catalog.resolve(id.as_deref().unwrap_or(crate::rubric::DEFAULT_ID))?;
    // A half-finished answer file is fine to resume: the open questions are asked.
    let responses = answers::decode_partial(raw, &rubric)?;
    Ok((
        Session::from_responses(&rubric, &responses, today.to_owned()),
        false,
    ))
}

/// Every answer in a resumed session must be on the rubric's scale, like any answer file.
fn check_values(file: &Path, session: &Session, rubric: &Rubric) -> Result<()> {
    let name = file.display().to_string();
    let problems: Vec<Problem> = session
        .answers
        .iter()
        .filter(|(_, v)| rubric.key.point(**v).is_none())
        .map(|(id, v)| {
            Problem::in_file(
                &name,
                format!(
                    "answer {v} to `{id}` is off the scale; use a whole number from {} to {}",
                    rubric.key.scale_min,
                    rubric.key.value((rubric.key.points - 1) as u8)
                ),
            )
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Problems(problems).into())
    }
}

fn show_report(
    args: &AssessArgs,
    rubric: &Rubric,
    session: &Session,
    options: &Options,
    look: Look,
    out: &mut dyn Write,
) -> Result<()> {
    let (responses, _) = session.to_responses(rubric);
    let source = args.save.as_ref().map_or_else(
        || "interactive session".to_owned(),
        |p| p.display().to_string(),
    );
    let mut report = report::build(rubric, &responses, options);
    // Only the assessment knows how long each answer took.
    let timings: Vec<(usize, f64)> = session
        .seconds
        .iter()
        .filter_map(|(id, secs)| {
            let q = rubric.ids.question(id)?;
            Some((rubric.texts.questions[q].split_whitespace().count(), *secs))
        })
        .collect();
    if let Some(flag) = crate::quality::too_fast(&timings) {
        report.quality.flags.push(flag);
        if !report.sections.contains(&report::Section::Quality) {
            report.sections.insert(0, report::Section::Quality);
        }
    }
    // On a terminal the report goes through the pager when it is longer than the screen.
    let page = args.report.output.is_none() && std::io::stdout().is_terminal();
    let mut buffer = Vec::new();
    {
        let target: &mut dyn Write = if page { &mut buffer } else { &mut *out };
        let mut sink = render::sink(args.report.format, target, look);
        sink.begin()?;
        sink.record(&render::Record::Scored {
            source: &source,
            row: None,
            rubric,
            responses: &responses,
            report: &report,
        })?;
        sink.end()?;
    }
    if page {
        crate::base::pager::show(&buffer)?;
    }
    out.flush()?;
    Ok(())
}

/// Saves the answer file: to --save, or where the person agrees to.
fn save_answers(
    args: &AssessArgs,
    rubric: &Rubric,
    session: &Session,
    overwrite: bool,
    autosave: Option<&Path>,
    prompter: &mut dyn Prompter,
) -> Result<()> {
    let text = answer_file(rubric, session)?;
    let path = match &args.save {
        Some(p) => {
            // --save naming the file being resumed replaces it: that is what was asked.
            let same = autosave.is_some_and(|a| store::same_file(a, p));
            store::write_private(p, text.as_bytes(), overwrite || same)?;
            p.clone()
        }
        None if args.no_save => return Ok(()),
        None => {
            let dir = store::data_dir()?.join("sessions");
            let stem = format!("{}-{}", rubric.id, today());
            let shown = dir.join(format!("{stem}.toml"));
            if !prompter.confirm(
                &format!(
                    "Save your answers in {}?",
                    render::safe(&dir.display().to_string())
                ),
                true,
            )? {
                return Ok(());
            }
            let path = store::claim(&dir, &stem, "toml").unwrap_or(shown);
            store::write_private(&path, text.as_bytes(), true)?;
            path
        }
    };
    crate::say!(
        "Saved to {}. Score it again any time with: {} score {}",
        render::safe(&path.display().to_string()),
        program(),
        shell_quote(&absolute(&path).display().to_string())
    );
    Ok(())
}

/// Whether the --save file may be replaced: --force, or the person says so now, before the
/// questions rather than after them. Its folder must exist and take new files.
fn check_save_target(args: &AssessArgs, prompter: &mut dyn Prompter) -> Result<bool> {
    let Some(path) = &args.save else {
        return Ok(args.force);
    };
    let resumed_here = args
        .resume
        .as_deref()
        .is_some_and(|r| store::same_file(r, path));
    if path.exists() && !args.force && !resumed_here {
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
        store::check_target(path, true, "--save file").map_err(usage)?;
        return Ok(true);
    }
    store::check_target(path, args.force || resumed_here, "--save file").map_err(usage)?;
    Ok(args.force)
}

/// A problem with what was typed on the command line (exit 2).
fn usage(e: impl Into<anyhow::Error>) -> anyhow::Error {
    UsageError(format!("{:#}", e.into())).into()
}

/// The autosave file: claimed at the first save (so a stop before any answer leaves nothing
/// behind), under a name pathfit makes, in a folder checked before the first question.
struct Autosave {
    /// The resume folder; None with --no-autosave.
    dir: Option<PathBuf>,
    stem: String,
    path: Option<PathBuf>,
}

impl Autosave {
    fn new(args: &AssessArgs, rubric: &Rubric, resumed: Option<PathBuf>) -> Result<Autosave> {
        if args.no_autosave {
            return Ok(Autosave {
                dir: None,
                stem: String::new(),
                path: None,
            });
        }
        let dir = match &resumed {
            Some(file) => file.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => store::data_dir()?.join("resume"),
        };
        if resumed.is_none() {
            store::check_writable(&dir).map_err(|e| {
                UsageError(format!(
                    "{e:#}; answers are autosaved there after each question. Set PATHFIT_DATA \
                     to a folder you can write, or pass --no-autosave"
                ))
            })?;
        }
        Ok(Autosave {
            dir: Some(dir),
            stem: format!("{}-{}", rubric.id, stamp()),
            path: resumed,
        })
    }

    fn save(&mut self, session: &Session, rubric: &Rubric) -> Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        let path = match &self.path {
            Some(p) => p.clone(),
            None => {
                let p = store::claim(dir, &self.stem, "toml")?;
                self.path = Some(p.clone());
                p
            }
        };
        let body = toml::to_string(session).context("cannot write the session")?;
        let text = format!(
            "# pathfit assessment in progress; continue with: {}\n\n{body}",
            resume_command(Some(&path), rubric)
        );
        Ok(store::write_private(&path, text.as_bytes(), true)?)
    }

    /// Removes the autosave, unless it is the file the answers were just saved to.
    fn remove(&self, saved: Option<&Path>) {
        if let Some(p) = &self.path
            && !saved.is_some_and(|s| store::same_file(s, p))
        {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// The saved answer file: a normal answer file that `pathfit score` reads.
fn answer_file(rubric: &Rubric, session: &Session) -> Result<String> {
    let mut out = Vec::new();
    let (responses, extra) = session.to_responses(rubric);
    answers::write_toml(&mut out, rubric, Some(&responses), &extra)?;
    Ok(String::from_utf8(out)?)
}

/// The exact command that continues this session, ready to paste.
fn resume_command(file: Option<&Path>, rubric: &Rubric) -> String {
    let Some(file) = file else {
        return String::new();
    };
    let mut cmd = format!(
        "{} assess --resume {}",
        program(),
        shell_quote(&absolute(file).display().to_string())
    );
    if !rubric.source.starts_with("embedded:") {
        let source = absolute(Path::new(&rubric.source));
        cmd.push_str(&format!(
            " --rubric {}",
            shell_quote(&source.display().to_string())
        ));
    }
    cmd
}

/// How to call this pathfit: its name when the shell finds this same binary, else its path.
fn program() -> String {
    let me = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("pathfit"))
            .find(|p| p.is_file())
    });
    match (me, on_path) {
        (Some(me), Some(found)) if store::same_file(&me, &found) => "pathfit".to_owned(),
        (Some(me), _) => shell_quote(&me.display().to_string()),
        (None, _) => "pathfit".to_owned(),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:=@".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The person's local date.
fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

fn stamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}
