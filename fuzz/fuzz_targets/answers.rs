//! TOML and JSON answer files on any text, decoded against the default rubric.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathfit::answers::{FileFormat, decode_partial, parse_raw};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rubric = &pathfit::rubric::catalog::embedded()[0];
    for format in [FileFormat::Toml, FileFormat::Json] {
        if let Ok(raw) = parse_raw("fuzz", format, text) {
            let _ = decode_partial(raw, rubric);
        }
    }
});
