//! The command line checked once into plain settings: one value per command for `commands`,
//! and the one decision on colour, terminal, pager and width.

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::base::lang::{self, Choice, Lang};

use crate::cli::{self, Cli, ColorChoice, Command, GlobalArgs, RubricCommand};
use crate::commands::assess::Assess;
use crate::commands::compare::Compare;
use crate::commands::explain::Explain;
use crate::commands::map::Map;
use crate::commands::score::{Score, StdinFormat, Summary, SurveyFlags};
use crate::commands::{Job, ReportFlags, Sheet, doc_format};
use crate::error::Usage;
use crate::render::{Format, Look};

/// Width used when stdout is not a terminal, or the terminal does not report one.
pub const FALLBACK_WIDTH: usize = 80;
/// Narrower than this, text is laid out as if the screen had this many columns.
pub const MIN_WIDTH: usize = 20;

#[derive(Debug)]
pub struct Settings {
    /// Colour, width and ASCII for stdout.
    pub look: Look,
    /// Rubric folders from --rubric-dir, then $PATHFIT_RUBRICS.
    pub rubric_dirs: Vec<PathBuf>,
    /// The reader's language: --lang, else $PATHFIT_LANG, else the locale.
    pub lang: Choice,
    pub output: Output,
    pub job: Job,
}

/// Where the report goes.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// `--output`: written all at once at the end.
    pub file: Option<PathBuf>,
    /// `--force`: the `--output` file may be replaced.
    pub force: bool,
    /// Through the pager: stdout is a terminal and the command pages its report here.
    pub page: bool,
}

/// What the environment says about the screen, read once.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    /// TERM=dumb: no colour, no progress bar, plain ASCII.
    pub dumb: bool,
    /// NO_COLOR set to anything but the empty string (no-color.org).
    pub no_color: bool,
}

impl Terminal {
    pub fn detect() -> Terminal {
        Terminal {
            stdin: std::io::stdin().is_terminal(),
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
            dumb: std::env::var("TERM").is_ok_and(|t| t == "dumb"),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        }
    }

    /// The colour decision for a stream that is (`tty`) or is not a terminal.
    pub fn color(self, choice: ColorChoice, tty: bool) -> bool {
        match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !self.no_color && !self.dumb,
        }
    }

    /// Columns available on stdout. COLUMNS, when set, wins (it is how a script asks for a
    /// width when piped); then the terminal's own width. Some pseudo-terminals report 0
    /// columns: fall back, never draw into nothing.
    pub fn width(self) -> usize {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0);
        let terminal = self
            .stdout
            .then(|| console::Term::stdout().size_checked())
            .flatten()
            .map(|(_, cols)| usize::from(cols))
            .filter(|&c| c > 0);
        columns
            .or(terminal)
            .unwrap_or(FALLBACK_WIDTH)
            .max(MIN_WIDTH)
    }
}

impl Settings {
    /// Checks the command line once; what cannot be done is a usage error.
    pub fn from_cli(cli: Cli) -> Result<Settings, Usage> {
        if let Some(command) = &cli.command {
            check_no_assess_options(&cli.assess, command)?;
        }
        let term = Terminal::detect();
        let (choice, rubric_dirs) = (cli.global.color, rubric_dirs(&cli.global));
        let lang = language(cli.global.lang);
        // Every sentence from here on, a usage error's included, is in the reader's language.
        crate::text::set_lang(lang.lang);
        let (job, mut output) = job(cli, term)?;
        output.page = output.page && output.file.is_none() && term.stdout;
        // Colour is decided by where the report goes: an --output file is no terminal, so it
        // gets colour only with --color always.
        let look = Look {
            color: term.color(choice, term.stdout && output.file.is_none()),
            width: term.width(),
            ascii: term.dumb,
        };
        Ok(Settings {
            look,
            rubric_dirs,
            lang,
            output,
            job,
        })
    }
}

/// The language, from `--lang` and the environment read once here.
fn language(flag: Option<cli::LangChoice>) -> Choice {
    let var = |name| std::env::var(name).ok();
    let (pathfit_lang, lc_all, lc_messages, lang) = (
        var("PATHFIT_LANG"),
        var("LC_ALL"),
        var("LC_MESSAGES"),
        var("LANG"),
    );
    lang::choose(lang::Sources {
        flag: flag.map(|f| match f {
            cli::LangChoice::Ro => Lang::Ro,
            cli::LangChoice::Zh => Lang::Zh,
            cli::LangChoice::En => Lang::En,
        }),
        pathfit_lang: pathfit_lang.as_deref(),
        lc_all: lc_all.as_deref(),
        lc_messages: lc_messages.as_deref(),
        lang: lang.as_deref(),
    })
}

fn rubric_dirs(args: &GlobalArgs) -> Vec<PathBuf> {
    let mut dirs = args.rubric_dir.clone();
    if let Some(list) = std::env::var_os("PATHFIT_RUBRICS") {
        dirs.extend(std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()));
    }
    dirs
}

/// Options written before a command belong to the assessment; rather than ignore them, say so.
fn check_no_assess_options(assess: &cli::AssessArgs, command: &Command) -> Result<(), Usage> {
    use clap::Parser;
    if *assess == Cli::parse_from(["pathfit"]).assess {
        return Ok(());
    }
    Err(Usage::OptionsBeforeCommand {
        command: name(command),
    })
}

fn name(command: &Command) -> &'static str {
    match command {
        Command::Assess(_) => "assess",
        Command::Score(_) => "score",
        Command::Explain(_) => "explain",
        Command::Compare(_) => "compare",
        Command::Roles(_) => "roles",
        Command::Faq(_) => "faq",
        Command::Map(_) => "map",
        Command::Template(_) => "template",
        Command::Columns(_) => "columns",
        Command::Rubric(_) => "rubric",
        Command::Completions { .. } => "completions",
        Command::Man => "man",
    }
}

/// The command's checked settings, and where its report goes (`page`: whether it pages).
fn job(cli: Cli, term: Terminal) -> Result<(Job, Output), Usage> {
    let paged = |file: Option<PathBuf>, force| Output {
        file,
        force,
        page: true,
    };
    let plain = Output::default();
    Ok(match cli.command {
        None => assess(cli.assess, cli.global.color, term)?,
        Some(Command::Assess(a)) => assess(a, cli.global.color, term)?,
        Some(Command::Score(a)) => {
            // The first screen of a report is printed as it is; the whole one may page.
            let mut output = paged(a.report.output.clone(), a.force);
            output.page = pages(&report(&a.report)?);
            (Job::Score(score(a, term)?), output)
        }
        Some(Command::Explain(a)) => {
            let output = paged(a.sheet.output.clone(), a.sheet.force);
            let sheet = sheet(&a.sheet, "explain")?;
            (
                Job::Explain(Explain {
                    file: a.file,
                    sheet,
                }),
                output,
            )
        }
        Some(Command::Compare(a)) => {
            let output = paged(a.sheet.output.clone(), a.sheet.force);
            let sheet = sheet(&a.sheet, "compare")?;
            let (before, after) = (a.before, a.after);
            (
                Job::Compare(Compare {
                    before,
                    after,
                    sheet,
                }),
                output,
            )
        }
        Some(Command::Roles(a)) => (Job::Roles(sheet(&a, "roles")?), paged(a.output, a.force)),
        Some(Command::Faq(a)) => (Job::Faq(sheet(&a, "faq")?), paged(a.output, a.force)),
        Some(Command::Map(a)) => map(a),
        Some(Command::Template(a)) => (Job::Template { rubric: a.rubric }, plain),
        Some(Command::Columns(a)) => (columns(a)?, plain),
        Some(Command::Rubric(r)) => (rubric(r, term), plain),
        Some(Command::Completions { shell }) => (Job::Print(cli::completions(shell)), plain),
        Some(Command::Man) => (Job::Print(cli::man()), plain),
    })
}

fn assess(a: cli::AssessArgs, color: ColorChoice, term: Terminal) -> Result<(Job, Output), Usage> {
    // The assessment pages its own report: it comes after the questions.
    let output = Output {
        file: a.report.output.clone(),
        force: a.force,
        page: false,
    };
    let job = Job::Assess(Assess {
        page: a.report.output.is_none() && term.stdout && pages(&report(&a.report)?),
        report: ReportFlags {
            force: a.force,
            ..report(&a.report)?
        },
        rubric: a.rubric,
        save: a.save,
        no_save: a.no_save,
        force: a.force,
        resume: a.resume,
        switch_rubric: a.switch_rubric,
        no_autosave: a.no_autosave,
        respondent: a.respondent,
        ask_name: a.ask_name,
        no_report: a.no_report,
        prompt_color: term.color(color, term.stderr),
        interactive: term.stdin && term.stderr,
    });
    Ok((job, output))
}

/// The fewest respondents `--summary-only` reports on unless `--min-cohort` says otherwise.
const MIN_COHORT: usize = 5;

fn score(a: cli::ScoreArgs, term: Terminal) -> Result<Score, Usage> {
    let summary = match (a.summary, a.summary_only) {
        (_, true) => Summary::Only,
        (true, _) => Summary::Also,
        _ => Summary::Off,
    };
    let mut report = report(&a.report)?;
    report.force = a.force;
    if summary == Summary::Also
        && matches!(report.format, Format::Json | Format::Jsonl | Format::Csv)
    {
        return Err(Usage::SummaryFormat);
    }
    if a.answers
        && matches!(
            report.format,
            Format::Table | Format::Markdown | Format::Html
        )
    {
        return Err(Usage::AnswersFormat);
    }
    if report.calendar.is_some() && (summary == Summary::Only || !one_answer_file(&a.files)) {
        return Err(Usage::CalendarOne);
    }
    Ok(Score {
        files: a.files,
        stdin: match a.input_format {
            cli::InputFormat::Toml => StdinFormat::Toml,
            cli::InputFormat::Json => StdinFormat::Json,
            cli::InputFormat::Csv => StdinFormat::Csv,
        },
        survey: SurveyFlags {
            map: a.map,
            missing: a.missing,
            id_column: a.id_column,
            layout: a.layout.map(Into::into),
        },
        summary,
        answers: a.answers,
        min_cohort: a.min_cohort.unwrap_or(MIN_COHORT),
        rubric: a.rubric,
        report,
        progress: term.stderr && !term.dumb,
        respondents: a.respondent.iter().map(|r| r.trim().to_owned()).collect(),
    })
}

/// Whether `files` is one answer file: not standard input, a folder or a survey export.
fn one_answer_file(files: &[PathBuf]) -> bool {
    let [file] = files else { return false };
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let export = ["csv", "tsv", "xlsx"].contains(&ext.to_ascii_lowercase().as_str());
    file.as_os_str() != "-" && !file.is_dir() && !export
}

fn columns(a: cli::ColumnsArgs) -> Result<Job, Usage> {
    let sheet = Sheet {
        rubric: a.rubric,
        format: doc_format(a.format.into(), "columns")?,
    };
    let answers = a.answers;
    Ok(Job::Columns { sheet, answers })
}

/// `map`, and where `--write` puts the mapping file: as an --output, checked first and
/// written whole at the end.
fn map(a: cli::MapArgs) -> (Job, Output) {
    let output = Output {
        file: a.write.clone(),
        force: a.force,
        page: false,
    };
    (Job::Map(map_args(a)), output)
}

fn map_args(a: cli::MapArgs) -> Map {
    Map {
        write: a.write.is_some(),
        file: a.file,
        rubric: a.rubric,
        survey: SurveyFlags {
            map: a.map,
            missing: Vec::new(),
            id_column: a.id_column,
            layout: a.layout.map(Into::into),
        },
    }
}

fn rubric(command: RubricCommand, term: Terminal) -> Job {
    let stderr_width = term.stderr.then(|| term.width());
    match command {
        RubricCommand::List => Job::RubricList,
        RubricCommand::Show { rubric, raw } => Job::RubricShow { rubric, raw },
        RubricCommand::Check { files, lint } => Job::RubricCheck {
            files,
            lint,
            stderr_width,
        },
        RubricCommand::Lint { files } => Job::RubricCheck {
            files,
            lint: true,
            stderr_width,
        },
    }
}

fn sheet(a: &cli::SheetArgs, command: &'static str) -> Result<Sheet, Usage> {
    Ok(Sheet {
        rubric: a.rubric.clone(),
        format: doc_format(a.format.into(), command)?,
    })
}

fn report(a: &cli::ReportArgs) -> Result<ReportFlags, Usage> {
    let practice = a.practice.as_deref().map(|text| {
        crate::plan::Practice::parse(text).map_err(|e| {
            let words = crate::text::commands::assess::practice_flag(text, &e);
            Usage::Worded(anyhow::anyhow!(words))
        })
    });
    // An empty --partner says "nobody": the assessment does not ask.
    let partner = a.partner.as_deref().map(str::trim);
    Ok(ReportFlags {
        format: a.format.into(),
        target: a.target.clone(),
        start: a.start.map(start).transpose()?,
        gaps: a.gaps,
        sections: a.sections.iter().map(|&s| s.into()).collect(),
        full: a.full || !a.sections.is_empty(),
        practice: practice.transpose()?,
        partner: partner.map(|p| crate::base::neutral::line(p).into_owned()),
        calendar: a.calendar.clone(),
        force: false,
    })
}

/// Whether a report may go through the pager: all but the first screen of a table report.
fn pages(r: &ReportFlags) -> bool {
    r.full || r.format != Format::Table
}

/// The days of the plan from its start date: day 30 is 29 days after day 1 (`plan::plan`).
const PLAN_DAYS: u64 = 30;

/// The earliest and latest `--start`: years 1900 to 9999, and a plan that ends by 9999-12-31,
/// so that every date written has four digits.
pub fn start_range() -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|d| d.checked_sub_days(chrono::Days::new(PLAN_DAYS - 1)))
        .unwrap_or(NaiveDate::MAX);
    (first, last)
}

/// `--start` within [`start_range`].
fn start(date: NaiveDate) -> Result<NaiveDate, Usage> {
    let (first, last) = start_range();
    if (first..=last).contains(&date) {
        Ok(date)
    } else {
        Err(Usage::StartDate { date, first, last })
    }
}

mod convert;

#[cfg(test)]
mod tests {
    use super::*;

    fn term(no_color: bool, dumb: bool) -> Terminal {
        Terminal {
            stdin: true,
            stdout: true,
            stderr: true,
            dumb,
            no_color,
        }
    }

    #[test]
    fn auto_colour_needs_a_terminal_that_is_not_dumb_and_no_no_color() {
        assert!(term(false, false).color(ColorChoice::Auto, true));
        assert!(!term(false, false).color(ColorChoice::Auto, false));
        assert!(!term(true, false).color(ColorChoice::Auto, true));
        assert!(!term(false, true).color(ColorChoice::Auto, true));
        assert!(term(true, true).color(ColorChoice::Always, false));
        assert!(!term(false, false).color(ColorChoice::Never, true));
    }

    #[test]
    fn conflicting_report_flags_are_a_usage_error() {
        use clap::Parser;
        let cli = Cli::parse_from(["pathfit", "score", "--summary", "-f", "json", "a.toml"]);
        assert!(matches!(Settings::from_cli(cli), Err(Usage::SummaryFormat)));
        let cli = Cli::parse_from(["pathfit", "explain", "a.toml", "-f", "csv"]);
        assert!(matches!(
            Settings::from_cli(cli),
            Err(Usage::DocFormat { command: "explain" })
        ));
    }
}
