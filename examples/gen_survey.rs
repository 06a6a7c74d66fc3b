//! Writes benchmark inputs: `gen_survey csv N FILE` (or `tsv`, tab-separated) writes N
//! respondents in the Google Forms layout (Timestamp, Email Address, one column per question title, option labels as answers);
//! `gen_survey toml N DIR` writes N answer files. Answers come from a fixed xorshift sequence,
//! so every run writes the same bytes.

use std::io::BufWriter;

use pathfit::rubric::{Catalog, DEFAULT_ID};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, n, target] = args.as_slice() else {
        anyhow::bail!("usage: gen_survey csv|tsv|toml N FILE|DIR");
    };
    let n: usize = n.parse()?;
    let rubric = Catalog::new(Vec::new()).resolve(DEFAULT_ID)?;
    let points = rubric.key.points as u64;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    match kind.as_str() {
        "csv" | "tsv" => {
            let mut out = BufWriter::new(std::fs::File::create(target)?);
            let delimiter = if kind == "tsv" { b'\t' } else { b',' };
            let mut w = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(&mut out);
            let mut header = vec!["Timestamp".to_owned(), "Email Address".to_owned()];
            header.extend(rubric.texts.questions.iter().cloned());
            w.write_record(&header)?;
            for i in 0..n {
                w.write_field(format!("2026/11/{:02} 10:{:02}:00", 1 + i % 28, i % 60))?;
                w.write_field(format!("person{i}@example.com"))?;
                for _ in 0..rubric.key.questions() {
                    w.write_field(rubric.label((next() % points) as u8))?;
                }
                w.write_record(None::<&[u8]>)?;
            }
            w.flush()?;
        }
        "toml" => {
            std::fs::create_dir_all(target)?;
            for i in 0..n {
                let mut text = format!("rubric = \"{}\"\n\n[answers]\n", rubric.id);
                for id in &rubric.ids.questions {
                    let v = rubric.key.value((next() % points) as u8);
                    text.push_str(&format!("{id} = {v}\n"));
                }
                std::fs::write(format!("{target}/{i:05}.toml"), text)?;
            }
        }
        _ => anyhow::bail!("usage: gen_survey csv|tsv|toml N FILE|DIR"),
    }
    Ok(())
}
