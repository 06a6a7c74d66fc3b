//! Embeds every overlay in `rubrics/` (`<rubric>.<lang>.toml`, a rubric's texts in another
//! language): a file added there is shipped without a line of code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=rubrics");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|read| {
            read.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| {
                    n.strip_suffix(".toml")
                        .is_some_and(|stem| stem.rsplit_once('.').is_some())
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from("&[\n");
    for name in &names {
        let path = dir.join(name);
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("overlays.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
