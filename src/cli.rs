//! The command line, as clap derive types, with clap's own value enums: nothing here is read by
//! the domain code; `settings` turns it into checked plain settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Choose between two career paths with a weighted self-assessment, then act on the choice.
///
/// With no command, pathfit runs the interactive assessment on the default rubric
/// (Office Secretary vs Specialist).
#[derive(Debug, Parser)]
#[command(
    name = "pathfit",
    version,
    about,
    after_help = "Exit codes: 0 success; 1 bad data (a file that cannot be read or scored, a failed \
                  check); 2 usage error (a bad option or value, no terminal for the assessment); \
                  129, 130, 143 stopped by SIGHUP, Ctrl-C, SIGTERM.",
    max_term_width = 100,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// With no command: the assessment's options
    #[command(flatten)]
    pub assess: AssessArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command understands.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// When to use colours: auto means stdout is a terminal and NO_COLOR is unset
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Extra folder of rubric files (*.toml); $PATHFIT_RUBRICS may list more, separated by ':'
    #[arg(long, value_name = "DIR", global = true)]
    pub rubric_dir: Vec<PathBuf>,

    /// The language of the rubric's texts (questions, paths, plan); else $PATHFIT_LANG, else
    /// LC_ALL, LC_MESSAGES, LANG, else English
    #[arg(long, value_enum, value_name = "LANG", global = true)]
    pub lang: Option<LangChoice>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questions interactively, then see the fit table and the 30-day plan
    Assess(AssessArgs),
    /// Score one or more answer files and print the fit table and the 30-day proof plan
    Score(ScoreArgs),
    /// Explain a result answer by answer: each answer's share of the margin, and the fewest
    /// answer changes that would change the verdict
    Explain(ExplainArgs),
    /// Compare two answer files of one person, such as before and after the 30 days
    Compare(CompareArgs),
    /// The paths side by side: a day, who you work with, what you deliver, how you are judged,
    /// example and next roles, certifications
    Roles(SheetArgs),
    /// Questions people ask about the choice, with answers
    Faq(SheetArgs),
    /// Show how a survey export's columns match the rubric's questions, to write a --map file
    Map(MapArgs),
    /// Print a ready-to-fill answer file for a rubric
    Template(TemplateArgs),
    /// The data dictionary of `score -f csv`: every column, its type and its meaning
    Columns(ColumnsArgs),
    /// List, show or check rubrics
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Print a shell completion script to standard output (install lines in the README)
    Completions {
        /// The shell the script is for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff) to standard output, e.g. `pathfit man | man -l -`
    Man,
}

/// The shells `completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// The completion script for `shell`, from the command line's own definition.
pub fn completions(shell: Shell) -> Vec<u8> {
    use clap::CommandFactory;
    use clap_complete::Shell as S;
    let shell = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pathfit", &mut out);
    out
}

/// The manual page, in roff, from the command line's own definition.
pub fn man() -> Vec<u8> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = clap_mangen::Man::new(Cli::command())
        .title("PATHFIT")
        .render(&mut out);
    out
}

#[derive(Debug, Args, PartialEq)]
pub struct AssessArgs {
    /// Rubric id or path to a rubric file
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,

    /// Save the answers to FILE (TOML) at the end, without asking
    #[arg(long, value_name = "FILE", conflicts_with = "no_save")]
    pub save: Option<PathBuf>,

    /// Do not offer to save the answers at the end
    #[arg(long)]
    pub no_save: bool,

    /// Replace the --save, --output and --calendar files if they exist
    #[arg(long)]
    pub force: bool,

    /// Continue from an autosave file or any answer file; only open questions are asked
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,

    /// With --resume and --rubric: carry the answers over to another rubric (matched by
    /// question id; answers to questions it lacks are kept in the saved file)
    #[arg(long, requires_all = ["resume", "rubric"])]
    pub switch_rubric: bool,

    /// Do not write the autosave file after each answer (a stop then loses the answers)
    #[arg(long)]
    pub no_autosave: bool,

    /// A name or initials to record in the answer file
    #[arg(long, value_name = "NAME", conflicts_with = "ask_name")]
    pub respondent: Option<String>,

    /// Ask for a name or initials before the first question (a coach's session)
    #[arg(long)]
    pub ask_name: bool,

    /// Save the answers without showing the result (a coach shows it later with `score`);
    /// needs --save
    #[arg(long, requires = "save")]
    pub no_report: bool,

    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answer files (TOML or JSON), survey exports (.csv, .tsv, .xlsx), folders of them, or -
    /// for standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// The format of standard input (`-`)
    #[arg(long, value_enum, default_value_t = InputFormat::Toml, value_name = "FORMAT")]
    pub input_format: InputFormat,

    /// A TOML file of `"column header" = "question_id"` lines for survey exports
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,

    /// A value that means "not answered" in survey exports (repeatable), e.g. --missing -99
    #[arg(long, value_name = "CODE", allow_hyphen_values = true)]
    pub missing: Vec<String>,

    /// The survey column that names a respondent (default: the tool's id column, else the row)
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,

    /// The survey tool that wrote the exports (default: detected from the header)
    #[arg(long, value_enum, value_name = "TOOL")]
    pub layout: Option<Layout>,

    /// After the reports, a cohort report: verdicts, mean and median fits, margins, common
    /// gaps, coverage (table, markdown and html; with json, jsonl or csv use --summary-only)
    #[arg(long)]
    pub summary: bool,

    /// Only the cohort report, no per-person rows: what can be shared without naming anyone
    #[arg(long, conflicts_with = "summary")]
    pub summary_only: bool,

    /// The fewest respondents --summary-only reports on (default 5): a smaller cohort's
    /// figures can name a person; lower it only knowingly
    #[arg(long, value_name = "N", requires = "summary_only")]
    pub min_cohort: Option<usize>,

    /// Add each respondent's answers, as scale values: `q:<question id>` columns in csv, an
    /// `answers` object in json and jsonl
    #[arg(long, conflicts_with = "summary_only")]
    pub answers: bool,

    /// Rubric id or path to a rubric file; by default the rubric the answer file names
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,

    /// Only the respondent named NAME (repeatable): an answer file's `respondent`, or the id
    /// column of an export; a name that matches nobody is an error
    #[arg(long, value_name = "NAME", conflicts_with_all = ["summary", "summary_only"])]
    pub respondent: Vec<String>,

    /// Replace the --output and --calendar files if they exist
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub report: ReportArgs,
}

/// How a report is shaped; shared by every command that prints one.
#[derive(Debug, Args, Clone, PartialEq)]
pub struct ReportArgs {
    /// Output format
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Plan for this career path instead of the best-fitting one: the path's id in the rubric
    /// (see `pathfit rubric show`), not a file
    #[arg(long, value_name = "PATH_ID")]
    pub target: Option<String>,

    /// Put calendar dates on the plan, counting day 1 from this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<chrono::NaiveDate>,

    /// How many skill gaps the plan works on
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub gaps: usize,

    /// The days and time of the plan's work blocks: English day names, then a 24-hour time,
    /// e.g. "Tue,Thu 19:00" (the default; the assessment asks)
    #[arg(long, value_name = "DAYS HH:MM")]
    pub practice: Option<String>,

    /// Who you tell your progress each week: named in the plan's weekly check-ins (the
    /// assessment asks; "" for nobody)
    #[arg(long, value_name = "NAME")]
    pub partner: Option<String>,

    /// Also write the plan as an iCalendar file (mode 0600): each work block, check-in and day
    /// 30 as an event at the practice time, with a reminder; --force replaces it
    #[arg(long, value_name = "FILE.ics")]
    pub calendar: Option<PathBuf>,

    /// Write the report to FILE (mode 0600, all at once at the end) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The report sections to show, comma-separated (default: all that have content); the
    /// fit table and the verdict are always shown
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LIST")]
    pub sections: Vec<SectionName>,

    /// The whole report on the terminal (table format): by default it shows one screen, the
    /// fit table, the verdict, the answers that weighed most, the largest gaps and this
    /// week's first actions; Markdown, JSON and CSV always carry everything
    #[arg(long)]
    pub full: bool,
}

/// Options of the commands that write one document: explain, compare, roles, faq.
#[derive(Debug, Args)]
pub struct SheetArgs {
    /// Rubric id or path to a rubric file; by default the rubric the answer file names
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Write the report to FILE (mode 0600, all at once at the end) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the --output file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// An answer file (TOML or JSON)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    #[command(flatten)]
    pub sheet: SheetArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier answer file
    #[arg(value_name = "BEFORE")]
    pub before: PathBuf,

    /// The later answer file, on the same rubric
    #[arg(value_name = "AFTER")]
    pub after: PathBuf,

    #[command(flatten)]
    pub sheet: SheetArgs,
}

#[derive(Debug, Args)]
pub struct MapArgs {
    /// A survey export (.csv, .tsv or .xlsx)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Rubric id or path to a rubric file (default: the default rubric)
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,

    /// A mapping file to try (`"column header" = "question_id"` lines)
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,

    /// The column that names a respondent
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,

    /// The survey tool that wrote the export (default: detected from the header)
    #[arg(long, value_enum, value_name = "TOOL")]
    pub layout: Option<Layout>,

    /// Write a complete mapping file to edit: every column, matched ones filled in, the others
    /// commented out
    #[arg(long, value_name = "MAP")]
    pub write: Option<PathBuf>,

    /// Replace the --write file if it exists
    #[arg(long, requires = "write")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ColumnsArgs {
    /// Rubric id or path to a rubric file (default: the default rubric)
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,

    /// With the `q:<question id>` columns `score --answers` adds
    #[arg(long)]
    pub answers: bool,

    /// Output format: table, markdown, html or json
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Rubric id or path to a rubric file
    #[arg(long, short, value_name = "ID|PATH")]
    pub rubric: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// List the embedded rubrics and those found in --rubric-dir / $PATHFIT_RUBRICS
    List,
    /// Show a rubric's paths, dimensions and questions
    Show {
        /// Rubric id or path to a rubric file
        #[arg(value_name = "ID|PATH", default_value = crate::rubric::DEFAULT_ID)]
        rubric: String,
        /// Print the rubric's TOML source instead, e.g. to start a custom rubric from it
        #[arg(long)]
        raw: bool,
    },
    /// Validate rubric files; exit 0 when all are valid, 1 when any is not
    Check {
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,
        /// Also hold each rubric to the item-writing standard (see `rubric lint`)
        #[arg(long)]
        lint: bool,
    },
    /// Check rubric items: keying balance, twins, the swing of one answer, length and reading
    /// grade, near-duplicates, uniform sheets; exit 0 when clean, 1 with warnings
    Lint {
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,
    },
}

/// The output formats of every command that prints a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Markdown,
    /// One self-contained page to hand out, read on a phone or print (inline CSS, no script).
    Html,
    Json,
    /// One JSON object per line.
    Jsonl,
    /// One row per answer sheet, for spreadsheets; columns in docs/batch.md.
    Csv,
}

/// The survey tools whose exports pathfit knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    /// `Timestamp`, often `Email Address`, then one column per question title.
    GoogleForms,
    /// `ID, Start time, Completion time, Email, Name`, then the questions.
    MicrosoftForms,
    /// Field ids, then question texts, then `{"ImportId": ...}`; `Finished` and `Progress`.
    Qualtrics,
    /// Questions, then a row of `Response` or option labels; `Respondent ID`.
    Surveymonkey,
    /// Answer codes or texts; `submitdate` is empty for an unfinished response.
    Limesurvey,
    /// One header row of question ids or texts.
    Plain,
}

/// The parts of a report that `--sections` can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SectionName {
    Strengths,
    Gaps,
    Close,
    Deciders,
    Plan,
    Reflections,
    Day,
    Hiring,
    Language,
    Bullets,
    RedFlags,
    Checklist,
    Quality,
    Limits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Toml,
    Json,
    Csv,
}

/// The languages `--lang` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    /// Romanian
    Ro,
    /// Simplified Chinese
    Zh,
    /// English
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
