# Where a report's answers come from, when not from a file (commands/assess.rs).

source-interactive = interactive session
