//! The words for problems in input files, with their places.

use std::fmt;

use crate::base::printable::printable;
use crate::problem::{Kind, Problem, Problems};

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Legacy(message) => f.write_str(message),
            Kind::Rubric(p) => write!(f, "{p}"),
            Kind::Answer(p) => write!(f, "{p}"),
            Kind::More(more) => write!(f, "and {more} more problems; fix the ones above first"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the file name or the parser's message hold.
        let file = printable(&self.file);
        let message = self.kind.to_string();
        let message = printable(&message);
        match self.at {
            Some((line, col)) => write!(f, "{file}:{line}:{col}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}
