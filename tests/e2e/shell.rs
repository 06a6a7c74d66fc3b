//! Shell completions and the manual page, made from the command line's own definition.

use crate::run;

const SUBCOMMANDS: [&str; 11] = [
    "assess",
    "score",
    "explain",
    "compare",
    "roles",
    "faq",
    "map",
    "template",
    "rubric",
    "completions",
    "man",
];

#[test]
fn bash_completions_define_a_completion_for_pathfit_naming_the_subcommands() {
    let (out, _) = run(&["completions", "bash"], 0);
    assert!(out.contains("complete -F _pathfit"), "{out}");
    for name in SUBCOMMANDS {
        assert!(out.contains(&format!("pathfit__subcmd__{name}")), "{name}");
    }
    for shell in ["zsh", "fish", "powershell"] {
        let (out, _) = run(&["completions", shell], 0);
        assert!(
            out.contains("pathfit") && out.contains("explain"),
            "{shell}"
        );
    }
    let (_, err) = run(&["completions", "tcsh"], 2);
    assert!(err.contains("tcsh"), "{err}");
}

#[test]
fn the_man_page_is_roff_and_lists_the_subcommands() {
    let (out, _) = run(&["man"], 0);
    assert!(out.lines().any(|l| l.starts_with(".TH PATHFIT 1")), "{out}");
    assert!(out.contains(".SH SUBCOMMANDS"), "{out}");
    for name in SUBCOMMANDS {
        assert!(out.contains(&format!("pathfit\\-{name}(1)")), "{name}");
    }
}
