//! `pathfit` / `pathfit assess`: the interactive assessment, autosaved after every answer.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;

use super::ReportFlags;
use super::autosave::Autosave;
use super::shell::{absolute, program, resume_command, shell_quote, today};
use crate::answers::{self, FileFormat};
use crate::base::lock::Held;
use crate::base::printable::printable as safe;
use crate::base::store;
use crate::error::{EXIT_INTERRUPTED, Interrupted, Usage};
use crate::interview::guard::Guard;
use crate::interview::terminal::TerminalPrompter;
use crate::interview::{self, Prompter, Session};
use crate::problem::{CommandProblem, Kind, Problem, Problems};
use crate::render::{self, Look};
use crate::report::{self, Options};
use crate::rubric::{Catalog, Rubric};
use crate::text::commands::{self as words, Notice, assess as ask, what};

/// The assessment's command line, checked, with what the settings decided about the terminal.
#[derive(Debug)]
pub struct Assess {
    pub rubric: Option<String>,
    pub save: Option<PathBuf>,
    pub no_save: bool,
    pub force: bool,
    pub resume: Option<PathBuf>,
    pub switch_rubric: bool,
    pub no_autosave: bool,
    pub respondent: Option<String>,
    pub ask_name: bool,
    pub no_report: bool,
    pub report: ReportFlags,
    /// Whether the prompts on stderr are coloured.
    pub prompt_color: bool,
    /// Whether stdin and stderr are terminals, as the questions need.
    pub interactive: bool,
    /// Whether the report goes through the pager (stdout is a terminal; no --output).
    pub page: bool,
}

/// The smallest terminal the questions fit on.
const MIN_COLUMNS: u16 = 30;
const MIN_ROWS: u16 = 10;

pub fn run(args: &Assess, catalog: &Catalog, look: Look, out: &mut dyn Write) -> Result<()> {
    require_terminal(args.interactive)?;
    let guard = Guard::install()?;
    let mut prompter = TerminalPrompter::new(args.prompt_color);
    let (rubric, mut session, mut autosave) = start(args, catalog, &mut prompter)?;
    // Everything that could fail at the end is checked before the first question.
    let options = super::score::options(&args.report, &rubric)?;
    if let Some(file) = &args.report.calendar {
        super::calendar::check(file, args.force)?;
    }
    let overwrite = match check_save_target(args, &mut prompter) {
        Err(e) if e.is::<Interrupted>() => {
            words::say(Notice::StoppedBeforeFirst);
            return Err(e);
        }
        other => other?,
    };
    guard.update(|p| {
        p.resume = resume_command(autosave.path.as_deref(), &rubric);
        p.file = autosave.path.clone().filter(|f| f.exists());
        p.answers = session.answers.len();
    });
    let mut ctx = Interview {
        args,
        rubric: &rubric,
        guard: &guard,
        autosave: &mut autosave,
        prompter: &mut prompter,
    };
    let result = ctx.ask(&mut session, &options, overwrite, look, out);
    finish(result, &guard, &autosave, args)
}

/// What the questions are asked with.
struct Interview<'a> {
    args: &'a Assess,
    rubric: &'a Rubric,
    guard: &'a Guard,
    autosave: &'a mut Autosave,
    prompter: &'a mut TerminalPrompter,
}

impl Interview<'_> {
    /// The questions, autosaved after each answer; then the report and the saved file.
    fn ask(
        &mut self,
        session: &mut Session,
        options: &Options,
        overwrite: bool,
        look: Look,
        out: &mut dyn Write,
    ) -> Result<Ending> {
        let (args, rubric, guard) = (self.args, self.rubric, self.guard);
        let autosave = &mut *self.autosave;
        let mut save = |s: &Session| -> Result<()> {
            autosave.save(s, rubric)?;
            guard.update(|p| {
                p.file = autosave.path.clone();
                p.resume = resume_command(autosave.path.as_deref(), rubric);
                p.answers = s.answers.len();
            });
            if guard.stopped() {
                return Err(Interrupted(EXIT_INTERRUPTED).into());
            }
            Ok(())
        };
        if args.ask_name && session.respondent.is_none() {
            let name = self.prompter.reflect(&ask::ask_name(), "")?;
            session.respondent = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
        }
        interview::run(rubric, session, &mut *self.prompter, &mut save)?;
        if !args.no_report || args.report.calendar.is_some() {
            let asks = interview::schedule::Asks {
                practice: args.report.practice.is_none(),
                partner: args.report.partner.is_none(),
            };
            interview::schedule::ask(session, &mut *self.prompter, asks, &mut save)?;
        }
        save(session)?;
        let options = &own_time(args, options, session);
        if args.no_report {
            words::say(Notice::NoReport);
        } else {
            show_report(args, rubric, session, options, look, out)?;
        }
        if let Some(file) = &args.report.calendar {
            let (responses, _) = session.to_responses(rubric);
            let plan = report::build(rubric, &responses, options).plan;
            let who = super::calendar::who(args.save.as_deref(), session.respondent.as_deref());
            super::calendar::write(file, args.report.force, rubric, &plan, &who)?;
        }
        let autosaved = self.autosave.path.clone();
        save_answers(
            args,
            rubric,
            session,
            overwrite,
            autosaved.as_deref(),
            &mut *self.prompter,
        )
    }
}

/// The report options with the person's own time: the flags, else what the session holds,
/// and the --save file the plan names on day 30.
fn own_time(args: &Assess, options: &Options, session: &Session) -> Options {
    use interview::schedule;
    let mut options = options.clone();
    let own = &mut options.schedule;
    own.practice = (args.report.practice.clone())
        .or_else(|| schedule::practice(session))
        .unwrap_or_default();
    own.partner = match &args.report.partner {
        Some(p) => Some(p.clone()).filter(|p| !p.is_empty()),
        None => schedule::partner(session),
    };
    own.answers = args.save.as_ref().map(|p| p.display().to_string());
    options
}

/// Says what is left after the interview ended, and removes the autosave once it did its job.
fn finish(result: Result<Ending>, guard: &Guard, autosave: &Autosave, args: &Assess) -> Result<()> {
    match result {
        Err(e) if e.is::<Interrupted>() => {
            let progress = guard.progress.lock().map(|p| p.stopped());
            crate::base::say(&progress.unwrap_or_default());
            // Exit 130 for Ctrl-C, 128 + the signal for SIGTERM or SIGHUP.
            Err(guard.interrupted().into())
        }
        Err(e) => {
            if let Some(file) = autosave.path.as_ref().filter(|f| f.exists()) {
                words::say(Notice::AnswersSoFar { file });
            }
            Err(e)
        }
        Ok(Ending::KeepAutosave) => Ok(()),
        Ok(Ending::Done) => {
            // Everything is in the saved file, or the person chose to delete it: the autosave
            // did its job.
            autosave.remove(args.save.as_deref());
            Ok(())
        }
    }
}

/// dialoguer needs a terminal on stderr and reads keys from the terminal even when stdin is a
/// pipe, so check both before the first prompt rather than hang or fail half-way; and the
/// terminal must be large enough to show a question.
fn require_terminal(interactive: bool) -> Result<(), Usage> {
    if !interactive {
        return Err(Usage::NoTerminal);
    }
    if let Some((rows, cols)) = console::Term::stderr().size_checked()
        && rows > 0
        && cols > 0
        && (rows < MIN_ROWS || cols < MIN_COLUMNS)
    {
        return Err(Usage::SmallTerminal {
            cols,
            rows,
            min_cols: MIN_COLUMNS,
            min_rows: MIN_ROWS,
        });
    }
    Ok(())
}

/// The rubric, the session (new or resumed) and where it is autosaved.
fn start(
    args: &Assess,
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
    // Locked before it is read: what is read is what no other pathfit is changing. A file
    // that cannot be read says so first.
    let held = lock(file);
    let (mut session, is_session) = load(file, catalog, &today)?;
    let held = held?;
    let rubric = match &args.rubric {
        Some(spec) => catalog.resolve(spec)?,
        None => catalog.resolve(&session.rubric)?,
    };
    if rubric.id != session.rubric && !args.switch_rubric {
        return Err(Usage::ResumeOtherRubric {
            file: file.clone(),
            answered: session.rubric.clone(),
            given: rubric.id.clone(),
        }
        .into());
    }
    check_values(file, &session, &rubric)?;
    if rubric.id != session.rubric {
        session.rubric = rubric.id.clone();
    }
    if let Some(c) = session.reconcile(&rubric) {
        let counts = (c.new, c.changed, c.removed);
        prompter.say(&ask::reconciled(&rubric.id, &rubric.version, counts))?;
    }
    if args.respondent.is_some() {
        session.respondent = args.respondent.clone();
    }
    // A session file is continued in place; a finished answer file is left as it is.
    let autosave = Autosave::new(args, &rubric, is_session.then_some(held))?;
    Ok((rubric, session, autosave))
}

/// Locks the file to resume; another pathfit answering it is a usage error.
fn lock(file: &Path) -> Result<Held> {
    use crate::base::lock::LockError;
    match Held::take(file) {
        Ok(held) => Ok(held),
        Err(LockError::Busy { .. }) => Err(Usage::SessionBusy {
            file: file.to_path_buf(),
        }
        .into()),
        Err(e) => Err(e.into()),
    }
}

/// Reads a session file, or any answer file (returning false for the latter).
fn load(file: &Path, catalog: &Catalog, today: &str) -> Result<(Session, bool)> {
    let name = file.display().to_string();
    let text = crate::base::input::read_text(file, crate::base::What::ResumeFile)?;
    if let Ok(session) = toml::from_str::<Session>(&text) {
        return Ok((super::resumed::inert(session), true));
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
            let off = CommandProblem::OffScale {
                answer: *v,
                question: id.clone(),
                min: rubric.key.scale_min,
                max: rubric.key.value((rubric.key.points - 1) as u8),
            };
            Problem::in_file(&name, Kind::Command(off))
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Problems(problems).into())
    }
}

/// The source of answers given here and not saved: machine formats name it in English.
fn interactive(format: render::Format) -> String {
    use render::Format as F;
    match format {
        F::Json | F::Jsonl | F::Csv => what::INTERACTIVE.to_owned(),
        F::Table | F::Markdown | F::Html => what::interactive(),
    }
}

fn show_report(
    args: &Assess,
    rubric: &Rubric,
    session: &Session,
    options: &Options,
    look: Look,
    out: &mut dyn Write,
) -> Result<()> {
    let (responses, _) = session.to_responses(rubric);
    let source = args.save.as_ref().map_or_else(
        || interactive(args.report.format),
        |p| p.display().to_string(),
    );
    let mut report = report::build(rubric, &responses, options);
    // Only the assessment knows how long each answer took.
    if let Some(flag) = crate::quality::too_fast(&crate::interview::timings(rubric, session)) {
        report.quality.flags.push(flag);
        if !report.sections.contains(&report::Section::Quality) {
            report.sections.insert(0, report::Section::Quality);
        }
    }
    // On a terminal the report goes through the pager when it is longer than the screen.
    let page = args.page;
    let mut buffer = Vec::new();
    {
        let target: &mut dyn Write = if page { &mut buffer } else { &mut *out };
        let mut sink = if args.report.format == render::Format::Table && !args.report.full {
            render::brief_sink(target, look, again(args, &options.schedule))
        } else {
            render::sink(args.report.format, target, look)
        };
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

/// The person declined to save: the answers are then only in the autosave, which the end of
/// the assessment deletes. Say so and ask once more; keeping it leaves it to resume from.
fn keep_or_delete(autosave: Option<&Path>, prompter: &mut dyn Prompter) -> Result<Ending> {
    let Some(file) = autosave.filter(|f| f.exists()) else {
        return Ok(Ending::Done);
    };
    let shown = safe(&file.display().to_string()).into_owned();
    if prompter.confirm(&ask::delete_answers(&shown), false)? {
        return Ok(Ending::Done);
    }
    words::say(Notice::AnswersSoFar { file });
    Ok(Ending::KeepAutosave)
}

/// How the assessment ended, for what becomes of the autosave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// The answers are saved, or the person chose to have them deleted.
    Done,
    /// The person declined to save but chose to keep the autosave.
    KeepAutosave,
}

/// How the first screen names the commands that show the rest: on the --save file, when
/// there is one; else the file is asked for after the report.
fn again(args: &Assess, schedule: &crate::plan::Schedule) -> render::brief::Again {
    let mut flags = Vec::new();
    let mut add = |flag: &str, value: &str| {
        flags.extend([flag.to_owned(), render::brief::quote(value)]);
    };
    super::report_words(&args.report, &mut add);
    super::schedule_words(schedule, &mut add);
    render::brief::Again::Assess {
        saved: args.save.as_ref().map(|p| p.display().to_string()),
        offered: !args.no_save,
        flags,
    }
}

/// Saves the answer file: to --save, or where the person agrees to.
fn save_answers(
    args: &Assess,
    rubric: &Rubric,
    session: &Session,
    overwrite: bool,
    autosave: Option<&Path>,
    prompter: &mut dyn Prompter,
) -> Result<Ending> {
    let text = answer_file(rubric, session)?;
    let path = match &args.save {
        Some(p) => {
            // --save naming the file being resumed replaces it: that is what was asked.
            let same = autosave.is_some_and(|a| store::same_file(a, p));
            store::write_private(p, text.as_bytes(), overwrite || same)?;
            p.clone()
        }
        None if args.no_save => return Ok(Ending::Done),
        None => {
            let dir = store::data_dir()?.join("sessions");
            let stem = format!("{}-{}", rubric.id, today());
            let shown = dir.join(stem.clone() + ".toml");
            let question = ask::save_where(&safe(&dir.display().to_string()));
            if !prompter.confirm(&question, true)? {
                return keep_or_delete(autosave, prompter);
            }
            let path = store::claim(&dir, &stem, "toml").unwrap_or(shown);
            store::write_private(&path, text.as_bytes(), true)?;
            path
        }
    };
    words::say(Notice::Saved {
        file: &path,
        program: &program(),
        quoted: &shell_quote(&absolute(&path).display().to_string()),
    });
    Ok(Ending::Done)
}

/// Whether the --save file may be replaced: --force, or the person says so now, before the
/// questions rather than after them. Its folder must exist and take new files.
fn check_save_target(args: &Assess, prompter: &mut dyn Prompter) -> Result<bool> {
    let Some(path) = &args.save else {
        return Ok(args.force);
    };
    let resumed_here = args
        .resume
        .as_deref()
        .is_some_and(|r| store::same_file(r, path));
    if path.exists() && !args.force && !resumed_here {
        let replace = prompter.confirm(&ask::replace_save(path), false)?;
        if !replace {
            return Err(Usage::SaveExists { file: path.clone() }.into());
        }
        store::check_target(path, true, crate::base::What::SaveFile)
            .map_err(|e| Usage::Target(e.into()))?;
        return Ok(true);
    }
    store::check_target(
        path,
        args.force || resumed_here,
        crate::base::What::SaveFile,
    )
    .map_err(|e| Usage::Target(e.into()))?;
    Ok(args.force)
}

/// The saved answer file: a normal answer file that `pathfit score` reads.
fn answer_file(rubric: &Rubric, session: &Session) -> Result<String> {
    let mut out = Vec::new();
    let (responses, extra) = session.to_responses(rubric);
    let words = &crate::text::answers::note;
    answers::write_toml(&mut out, rubric, Some(&responses), &extra, words)?;
    Ok(String::from_utf8(out)?)
}
