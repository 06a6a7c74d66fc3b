//! Figures, not assertions: `cargo bench --bench score` prints the median and spread of each
//! step, and (through divan's allocation profiler) how many allocations one run makes.
//!
//! - `parse_default_rubric`: read and validate the default rubric's TOML.
//! - `decode_and_score`: numbers -> answer points -> scores (fits, verdict, contributions), with
//!   the buffers of a batch reused: the scoring step must not allocate.
//! - `full_report`: scores, gaps, strengths, plan tasks, contributions and deciders for one sheet.
//! - `large_rubric_report`: the same on a synthetic 2,000-question rubric.

use divan::{AllocProfiler, Bencher, black_box};

use pathfit::answers::Responses;
use pathfit::report::{self, Options};
use pathfit::rubric::{Catalog, DEFAULT_ID, Rubric, catalog};
use pathfit::scoring::{self, Scores};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// Deterministic pseudo-random scale values, every question answered.
fn values(n: usize, seed: u64) -> Vec<i64> {
    let mut state = seed | 1;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            1 + (state % 5) as i64
        })
        .collect()
}

fn default_rubric() -> std::sync::Arc<Rubric> {
    Catalog::new(Vec::new())
        .resolve(DEFAULT_ID)
        .expect("default rubric")
}

#[divan::bench]
fn parse_default_rubric() -> Rubric {
    let text = catalog::embedded_text(DEFAULT_ID).expect("default rubric");
    Rubric::parse("bench.toml", black_box(text)).expect("valid")
}

#[divan::bench(sample_size = 10_000, sample_count = 200)]
fn decode_and_score(bencher: Bencher) {
    let rubric = default_rubric();
    let key = &rubric.key;
    let sheets: Vec<Vec<i64>> = (0..1024).map(|i| values(key.questions(), i)).collect();
    let mut points = vec![scoring::MISSING; key.questions()];
    let mut scores = Scores::new(key);
    let mut i = 0;
    bencher.bench_local(|| {
        let sheet = &sheets[i & 1023];
        i += 1;
        for (p, &v) in points.iter_mut().zip(sheet) {
            *p = key.point(v).unwrap_or(scoring::MISSING);
        }
        scoring::score_into(key, &points, &mut scores);
        black_box(scores.margin)
    });
}

fn responses(rubric: &Rubric, seed: u64) -> Responses {
    let mut r = Responses::empty(rubric);
    for (p, v) in r
        .points
        .iter_mut()
        .zip(values(rubric.key.questions(), seed))
    {
        *p = rubric.key.point(v).unwrap_or(scoring::MISSING);
    }
    r
}

#[divan::bench(sample_size = 100, sample_count = 200)]
fn full_report(bencher: Bencher) {
    let rubric = default_rubric();
    let sheets: Vec<Responses> = (0..256).map(|i| responses(&rubric, i)).collect();
    let options = Options {
        gaps: 3,
        ..Options::default()
    };
    let mut i = 0;
    bencher.bench_local(|| {
        i += 1;
        report::build(&rubric, &sheets[i % sheets.len()], &options)
    });
}

/// A rubric of `n` questions over the default rubric's paths and dimensions.
fn large_rubric(n: usize) -> Rubric {
    let mut text = String::from(
        "[rubric]\nid = \"large\"\nversion = \"1\"\ntitle = \"Large\"\nlanguage = \"en\"\n\
         [scale]\nmin = 1\nmax = 5\nlabels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n\
         [[paths]]\nid = \"a\"\nname = \"A\"\nsummary = \"\"\n\
         [[paths]]\nid = \"b\"\nname = \"B\"\nsummary = \"\"\n",
    );
    for d in 0..3 {
        text.push_str(&format!(
            "[[dimensions]]\nid = \"d{d}\"\nname = \"D{d}\"\nweight = {}\n",
            d + 1
        ));
    }
    for s in 0..20 {
        text.push_str(&format!(
            "[[skills]]\nid = \"s{s}\"\nname = \"S{s}\"\npractice = \"p\"\napply = \"a\"\nevidence = \"e\"\n"
        ));
    }
    for q in 0..n {
        text.push_str(&format!(
            "[[questions]]\nid = \"q{q}\"\ndimension = \"d{}\"\ntext = \"Question {q}\"\nfavors = \"{}\"\nreverse = {}\nskill = \"s{}\"\n",
            q % 3,
            if q % 2 == 0 { "a" } else { "b" },
            q % 4 == 1,
            q % 20
        ));
    }
    Rubric::parse("large.toml", &text).expect("valid large rubric")
}

#[divan::bench]
fn large_rubric_report(bencher: Bencher) {
    let rubric = large_rubric(2000);
    // Answers that leave no clear lean, so the deciders are searched.
    let mut sheet = responses(&rubric, 7);
    for (q, p) in sheet.points.iter_mut().enumerate() {
        *p = if q % 7 == 0 { 3 } else { 2 };
    }
    let options = Options {
        gaps: 3,
        ..Options::default()
    };
    bencher.bench_local(|| report::build(&rubric, &sheet, &options));
}

#[divan::bench(sample_size = 10_000, sample_count = 200)]
fn decode_only(bencher: Bencher) {
    let rubric = default_rubric();
    let key = &rubric.key;
    let sheets: Vec<Vec<i64>> = (0..1024).map(|i| values(key.questions(), i)).collect();
    let mut points = vec![scoring::MISSING; key.questions()];
    let mut i = 0;
    bencher.bench_local(|| {
        let sheet = &sheets[i & 1023];
        i += 1;
        for (p, &v) in points.iter_mut().zip(sheet) {
            *p = key.point(v).unwrap_or(scoring::MISSING);
        }
        black_box(&points);
    });
}
