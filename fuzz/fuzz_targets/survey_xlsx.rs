//! The survey export reader (.xlsx) on any bytes, against the default rubric.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathfit::answers::survey::{Options, read_xlsx};

fuzz_target!(|data: &[u8]| {
    let rubric = std::sync::Arc::clone(&pathfit::rubric::catalog::embedded()[0]);
    let Ok(mut file) = tempfile::tempfile() else {
        return;
    };
    use std::io::{Seek, Write};
    if file.write_all(data).and_then(|()| file.rewind()).is_err() {
        return;
    }
    let mut each = |_: usize, _: pathfit::answers::survey::Outcome<'_>| Ok(());
    let _ = read_xlsx(
        "fuzz.xlsx",
        std::io::BufReader::new(file),
        &rubric,
        &Options::default(),
        &mut each,
    );
});
