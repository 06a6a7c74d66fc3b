//! The thin binary: parse the command line, run, say any failure once, exit with its code.

use std::io::Write;
use std::process::ExitCode;

use pathfit::cli::ColorChoice;
use pathfit::error::{EXIT_DATA, EXIT_USAGE};
use pathfit::settings::Terminal;

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(clap_exit(&e)),
    };
    match pathfit::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            let said = failure.to_string();
            if !said.is_empty() {
                pathfit::base::say(&said);
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

/// The command line, its help wrapped to the width reports use (COLUMNS, else the terminal's,
/// else 80 when piped), at most 100 columns.
fn parse() -> Result<pathfit::cli::Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let width = Terminal::detect().width().min(100);
    let mut command = pathfit::cli::Cli::command().term_width(width);
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    pathfit::cli::Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// Help and version go to stdout (exit 0, or 1 when stdout cannot be written); usage errors
/// to stderr (exit 2).
fn clap_exit(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let styled = e.render();
        // --color is not parsed when help is asked for: the automatic choice.
        let term = Terminal::detect();
        let text = if term.color(ColorChoice::Auto, term.stdout) {
            styled.ansi().to_string()
        } else {
            styled.to_string()
        };
        let mut out = std::io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Ok(()) => 0,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(_) => EXIT_DATA,
        }
    } else {
        // clap decides the colour of its own messages from stderr; writing never panics.
        let _ = e.print();
        EXIT_USAGE
    }
}
