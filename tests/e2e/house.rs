//! The shape of the house, held by tests: layers import only downwards, no import cycle, short
//! functions and files, a `//!` line on every module, and every sentence in `text` (or in
//! clap's help in `cli.rs`). `bench/house.py` prints the same measures as figures.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::repo;

/// The layers, bottom first: a module may name modules of its own layer or below.
const LAYERS: &[&[&str]] = &[
    &["base"],
    &["problem", "error"],
    &["rubric"],
    &["answers"],
    &[
        "scoring", "decide", "explain", "compare", "plan", "quality", "summary", "report",
    ],
    &["text"],
    &["render"],
    &["interview", "commands"],
    &["settings", "cli"],
    &["lib"],
    &["main"],
];

/// Files whose two-word strings are data, not sentences, and why.
const DATA: &[(&str, &str)] = &[
    // The words survey tools write in headers and cells ("Respondent ID", "Prefer not to
    // say"), matched against what an export holds, and the tools' own names.
    (
        "src/answers/survey/columns.rs",
        "header words of survey tools",
    ),
    (
        "src/answers/survey/layout.rs",
        "header words and names of survey tools",
    ),
    (
        "src/rubric/not_answered.rs",
        "cell words that mean no answer",
    ),
    // serde's `expecting` phrases become part of serde_json's own message, which text words
    // as a parser message; " at line " is cut from serde_json's message.
    ("src/answers/read/from_json.rs", "serde's expecting phrases"),
];

const MAX_FUNCTION_LINES: usize = 60;
const MAX_FILE_LINES: usize = 500;

struct Source {
    path: PathBuf,
    /// The top-level module the file belongs to (`answers` for src/answers/survey/reader.rs).
    module: String,
    text: String,
}

/// Whether a file is a test module of its own (`tests.rs`).
fn is_tests(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "tests.rs")
}

fn sources() -> Vec<Source> {
    let src = repo().join("src");
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap();
            let first = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let module = first.trim_end_matches(".rs").to_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            Source { path, module, text }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its `#[cfg(test)]` part (tests may reach anywhere).
fn code(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The top-level modules a file names as `crate::x`, `crate::{x, y::z}` or `pathfit::x`.
fn named_modules(text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    for prefix in ["crate::", "pathfit::"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(prefix) {
            let start = from + i + prefix.len();
            from = start;
            if start > prefix.len() && is_ident(bytes[start - prefix.len() - 1]) {
                continue; // `$crate::` and the like are fine; `xcrate::` is not a path
            }
            let names: Vec<&str> = if bytes.get(start) == Some(&b'{') {
                let end = text[start..].find('}').map_or(text.len(), |e| start + e);
                text[start + 1..end].split(',').collect()
            } else {
                vec![&text[start..]]
            };
            for name in names {
                let name = name.trim_start();
                let len = name.bytes().take_while(|&b| is_ident(b)).count();
                if known.contains(&name[..len]) {
                    out.insert(name[..len].to_owned());
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources();
    let known: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in &sources {
        let names = named_modules(code(&s.text), &known);
        let edges = graph.entry(s.module.clone()).or_default();
        edges.extend(names.into_iter().filter(|n| *n != s.module));
    }
    graph
}

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn every_module_has_a_layer_and_imports_only_downwards() {
    let graph = graph();
    let mut upward = Vec::new();
    for (module, names) in &graph {
        let Some(own) = layer(module) else {
            panic!("src/{module} is in no layer of tests/e2e/house.rs");
        };
        for name in names {
            if layer(name).is_some_and(|l| l > own) {
                upward.push(format!("{module} -> {name}"));
            }
        }
    }
    assert!(upward.is_empty(), "upward imports: {upward:?}");
}

#[test]
fn no_import_cycle() {
    let graph = graph();
    // Take away modules that name none of the rest, and modules none of the rest names, until
    // nothing changes: what remains lies on cycles.
    let mut left: BTreeMap<&str, BTreeSet<&str>> = graph
        .iter()
        .map(|(m, n)| (m.as_str(), n.iter().map(String::as_str).collect()))
        .collect();
    loop {
        let named: BTreeSet<&str> = left.values().flatten().copied().collect();
        let gone: Vec<&str> = left
            .iter()
            .filter(|(m, n)| n.is_empty() || !named.contains(*m))
            .map(|(m, _)| *m)
            .collect();
        if gone.is_empty() {
            break;
        }
        for m in gone {
            left.remove(m);
            for names in left.values_mut() {
                names.remove(m);
            }
        }
    }
    assert!(
        left.is_empty(),
        "modules in import cycles: {:?}",
        left.keys()
    );
}

/// (name, lines) of each function in `text` longer than the limit.
fn long_functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let after = ["pub(crate) ", "pub(super) ", "pub "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p))
            .unwrap_or(trimmed);
        let after = after.strip_prefix("const ").unwrap_or(after);
        let Some(rest) = after.strip_prefix("fn ") else {
            continue;
        };
        if line.trim_end().ends_with(';') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let close = format!("{}}}", " ".repeat(indent));
        let end = lines[i + 1..]
            .iter()
            .position(|l| l.starts_with(&close) && l.len() - l.trim_start().len() == indent)
            .map_or(lines.len(), |e| i + 1 + e);
        let n = end - i + 1;
        if n > MAX_FUNCTION_LINES {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((name, n));
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_sixty_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|s| !is_tests(&s.path))
        .flat_map(|s| {
            long_functions(code(&s.text))
                .into_iter()
                .map(move |(f, n)| format!("{} {f}: {n}", s.path.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines: {long:#?}"
    );
}

#[test]
fn no_file_is_longer_than_five_hundred_lines_and_each_says_what_it_is_for() {
    for s in sources() {
        let n = s.text.lines().count();
        assert!(n <= MAX_FILE_LINES, "{}: {n} lines", s.path.display());
        assert!(
            s.text.starts_with("//!"),
            "{}: no //! line first",
            s.path.display()
        );
    }
}

/// String literals of two or more words in the code of a file (outside tests, comments and
/// attributes): the sentences a person may read.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in code(text).lines() {
        let t = line.trim_start();
        if t.starts_with("//") || t.starts_with("#[") {
            continue;
        }
        let mut rest = line;
        while let Some(open) = rest.find('"') {
            let body = &rest[open + 1..];
            let mut end = None;
            let mut escaped = false;
            for (j, c) in body.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(j);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let literal = &body[..end];
            if two_words(literal) {
                out.push(literal.to_owned());
            }
            rest = &body[end + 1..];
        }
    }
    out
}

/// Two words of letters next to each other: "not valid", "{n} more problems".
fn two_words(literal: &str) -> bool {
    let mut words = 0;
    for part in literal.split(|c: char| c.is_whitespace()) {
        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !part.contains('{') && !part.contains("::") {
            words += 1;
            if words == 2 {
                return true;
            }
        } else {
            words = 0;
        }
    }
    false
}

#[test]
fn every_sentence_a_person_reads_is_in_text() {
    for (file, why) in DATA {
        assert!(
            repo().join(file).exists(),
            "{file} ({why}) is listed in DATA but gone"
        );
    }
    let outside: Vec<String> = sources()
        .iter()
        .filter(|s| s.module != "text" && s.module != "cli" && !is_tests(&s.path))
        .filter(|s| !DATA.iter().any(|(file, _)| s.path.ends_with(file)))
        .flat_map(|s| {
            sentences(&s.text)
                .into_iter()
                .map(move |l| format!("{}: {l}", s.path.display()))
        })
        .collect();
    assert!(
        outside.is_empty(),
        "{} sentences outside src/text: {outside:#?}",
        outside.len()
    );
}

#[test]
fn the_measures_catch_what_they_name() {
    let known: BTreeSet<String> = ["render", "rubric"].map(String::from).into();
    let text = "use crate::{render::Look, rubric};\nfn f() { $crate::x; }\n";
    assert_eq!(named_modules(text, &known), known);
    let long = format!(
        "pub fn big() {{\n{}}}\nfn small() {{\n}}\n",
        "    x();\n".repeat(60)
    );
    assert_eq!(long_functions(&long), [("big".to_owned(), 62)]);
    assert_eq!(
        sentences("let a = \"no such file\"; let b = \"csv\";"),
        ["no such file"]
    );
    assert!(sentences("#[cfg(test)]\nfn t() { \"two words\" }").is_empty());
}
