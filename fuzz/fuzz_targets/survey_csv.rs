//! The survey export reader (CSV) on any bytes, against the default rubric.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathfit::answers::survey::{Kind, Options, read};

fuzz_target!(|data: &[u8]| {
    let rubric = std::sync::Arc::clone(&pathfit::rubric::catalog::embedded()[0]);
    let input = std::io::Cursor::new(data.to_vec());
    let mut rows = 0usize;
    let mut each = |_: usize, _: pathfit::answers::survey::Outcome<'_>| {
        rows += 1;
        Ok(())
    };
    let _ = read("fuzz.csv", input, Kind::Csv, &rubric, &Options::default(), &mut each);
});
