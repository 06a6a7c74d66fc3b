//! Names a person typed, matched against the names pathfit knows.

/// The known name closest to `name`, when one is close enough to be a likely typo.
pub fn did_you_mean<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (strsim::jaro_winkler(name, k), k))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_close_names_only() {
        let known = ["generalist", "specialist"];
        assert_eq!(
            did_you_mean("specalist", known.into_iter()),
            Some("specialist")
        );
        assert_eq!(did_you_mean("astronaut", known.into_iter()), None);
    }
}
