//! Scored rows encoded on worker threads, but for what only their place in the file tells (the
//! row number, and a respondent that is the row number): the sink puts those in, in order.

use std::io;

use super::{Csv, Fixed, field, put_answers, put_quality, put_scores, rest};
use crate::render::Sheet;
use crate::rubric::Rubric;

/// Makes scored rows' bytes on any thread, but for the source, the row number and a
/// respondent that is the row number ("row N"): [`crate::render::Sink::encoded_row`] puts
/// those in.
#[derive(Clone)]
pub struct RowEncoder {
    fixed: Fixed,
    answers: bool,
}

impl RowEncoder {
    /// Appends a scored row from its respondent (when `named`) to its line end.
    pub fn encode(&self, sheet: Sheet, named: bool, line: &mut Vec<u8>) -> io::Result<()> {
        if named {
            field(sheet.responses.respondent.as_deref().unwrap_or(""), line)?;
        }
        rest(&self.fixed, sheet, line);
        put_scores(&self.fixed, sheet.scores, line);
        if self.answers {
            put_answers(sheet, line);
        }
        put_quality(sheet, line);
        Ok(())
    }
}

impl Csv<'_> {
    /// A row encoded by [`RowEncoder`]: the source, the row number and (`named` false) the
    /// respondent put in before its bytes, the header written before the first.
    pub(super) fn row(
        &mut self,
        (source, row): (&str, usize),
        rubric: &Rubric,
        named: bool,
        bytes: &[u8],
    ) -> io::Result<()> {
        if self.columns_for.is_none() {
            self.header(rubric)?;
        }
        if self.source.0 != source {
            let mut quoted = Vec::new();
            field(source, &mut quoted)?;
            self.source = (source.to_owned(), quoted);
        }
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        line.extend_from_slice(&self.source.1);
        let mut ints = itoa::Buffer::new();
        let number = ints.format(row).as_bytes();
        line.push(b',');
        line.extend_from_slice(number);
        line.push(b',');
        if !named {
            line.extend_from_slice(b"row ");
            line.extend_from_slice(number);
        }
        line.extend_from_slice(bytes);
        let done = self.out.write_all(&line);
        self.line = line;
        done
    }

    /// The encoder of `rubric`'s scored rows, unless the columns are another rubric's.
    pub(super) fn row_encoder(&self, rubric: &Rubric) -> Option<RowEncoder> {
        if self
            .columns_for
            .as_ref()
            .is_some_and(|h| *h != rubric.key.hash)
        {
            return None;
        }
        Some(RowEncoder {
            fixed: Fixed::of(rubric).ok()?,
            answers: self.answers,
        })
    }
}
