//! The rubric reader on any text: problems or a rubric, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pathfit::rubric::Rubric::parse("fuzz.toml", text);
    }
});
