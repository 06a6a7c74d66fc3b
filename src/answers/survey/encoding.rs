//! The text encoding of a CSV or TSV export, found as it streams: UTF-16 by its byte order
//! mark; UTF-8 while the bytes are UTF-8; at the first bytes that are not (with nothing but
//! ASCII before them), the legacy encoding chardetng guesses from them (Mac Roman by its
//! letters), from there on. Everything past this reader is UTF-8.

use std::io::Read;
use std::sync::{Arc, OnceLock};

use encoding_rs::Encoding;

/// The encoding chosen, when not UTF-8: shared with the side that warns.
pub type Chosen = Arc<OnceLock<&'static Encoding>>;

/// Bytes read from the input at a time.
const CHUNK: usize = 16 * 1024;

/// A reader that hands out the input as UTF-8.
pub(super) struct Transcoder<R> {
    inner: R,
    state: State,
    /// Bytes read from the input, reused.
    raw: Vec<u8>,
    /// UTF-8 not yet handed out, from `at`.
    out: Vec<u8>,
    at: usize,
    /// The start of a UTF-8 sequence the last read cut off.
    carry: Vec<u8>,
    /// Whether UTF-8 beyond ASCII has been seen: bytes that are not UTF-8 after it make a
    /// mixed file, passed on as it is (its cells are read one by one).
    wide: bool,
    started: bool,
    done: bool,
    pub(super) chosen: Chosen,
}

enum State {
    Utf8,
    /// UTF-8 and other bytes mixed: passed on as they are.
    Mixed,
    Decode(encoding_rs::Decoder),
}

impl<R: Read> Transcoder<R> {
    pub(super) fn new(inner: R) -> Transcoder<R> {
        Transcoder {
            inner,
            state: State::Utf8,
            raw: vec![0; CHUNK],
            out: Vec::new(),
            at: 0,
            carry: Vec::new(),
            wide: false,
            started: false,
            done: false,
            chosen: Arc::new(OnceLock::new()),
        }
    }

    /// Starts decoding in `encoding` (the chosen one).
    fn switch(&mut self, encoding: &'static Encoding, bom: bool) {
        let _ = self.chosen.set(encoding);
        self.state = State::Decode(if bom {
            encoding.new_decoder_with_bom_removal()
        } else {
            encoding.new_decoder_without_bom_handling()
        });
    }

    /// Turns `n` bytes of `raw` into UTF-8 in `out`.
    fn take(&mut self, n: usize) {
        let mut bytes = std::mem::take(&mut self.raw);
        if !self.started {
            self.started = true;
            if bytes[..n].starts_with(b"\xff\xfe") {
                self.switch(encoding_rs::UTF_16LE, true);
            } else if bytes[..n].starts_with(b"\xfe\xff") {
                self.switch(encoding_rs::UTF_16BE, true);
            }
        }
        match &mut self.state {
            State::Decode(d) => decode(d, &bytes[..n], &mut self.out, false),
            State::Mixed => self.out.extend_from_slice(&bytes[..n]),
            State::Utf8 => {
                self.carry.extend_from_slice(&bytes[..n]);
                let data = std::mem::take(&mut self.carry);
                self.utf8(&data);
            }
        }
        self.raw = std::mem::take(&mut bytes);
    }

    /// UTF-8 so far: passes on what is UTF-8, keeps a cut sequence for the next read, and
    /// chooses an encoding at the first bytes that are not UTF-8.
    fn utf8(&mut self, data: &[u8]) {
        let (valid, invalid) = match std::str::from_utf8(data) {
            Ok(_) => (data.len(), false),
            Err(e) => (e.valid_up_to(), e.error_len().is_some()),
        };
        self.wide |= !data[..valid].is_ascii();
        self.out.extend_from_slice(&data[..valid]);
        let rest = &data[valid..];
        if !invalid {
            self.carry.extend_from_slice(rest);
        } else if self.wide {
            self.state = State::Mixed;
            self.out.extend_from_slice(rest);
        } else {
            self.switch(guess(rest), false);
            if let State::Decode(d) = &mut self.state {
                decode(d, rest, &mut self.out, false);
            }
        }
    }

    /// The input has ended.
    fn finish(&mut self) {
        self.done = true;
        match &mut self.state {
            State::Decode(d) => decode(d, &[], &mut self.out, true),
            _ => self.out.append(&mut self.carry),
        }
    }
}

impl<R: Read> Read for Transcoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.at < self.out.len() {
                let n = buf.len().min(self.out.len() - self.at);
                buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
                self.at += n;
                return Ok(n);
            }
            if self.done || buf.is_empty() {
                return Ok(0);
            }
            self.out.clear();
            self.at = 0;
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                self.finish();
            } else {
                self.take(n);
            }
        }
    }
}

/// Decodes `src` onto the end of `out`.
fn decode(d: &mut encoding_rs::Decoder, src: &[u8], out: &mut Vec<u8>, last: bool) {
    let start = out.len();
    let room = d
        .max_utf8_buffer_length(src.len())
        .unwrap_or(src.len() * 3 + 16);
    out.resize(start + room, 0);
    let (_, _, written, _) = d.decode_to_utf8(src, &mut out[start..], last);
    out.truncate(start + written);
}

/// The legacy encoding of `bytes` (which are not UTF-8): chardetng's guess, or Mac Roman
/// where a Latin guess would make most letters C1 controls or rare signs.
pub(super) fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, false);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let latin = [
        encoding_rs::WINDOWS_1252,
        encoding_rs::WINDOWS_1250,
        encoding_rs::ISO_8859_2,
    ];
    // Mac Roman's small accented letters are 0x87 to 0x9F; the Latin encodings' are above 0xDF.
    let low = bytes.iter().filter(|b| (0x80..0xa0).contains(*b)).count();
    let high = bytes.iter().filter(|&&b| b >= 0xa0).count();
    if latin.contains(&guess) && low > high {
        encoding_rs::MACINTOSH
    } else {
        guess
    }
}

/// A cell as text: UTF-8, or else Windows-1252 (`fallback` is set so the caller can warn);
/// made inert on one line as it is read (see [`crate::base::neutral`]), since headers and ids
/// reach the output.
pub(super) fn text<'a>(bytes: &'a [u8], fallback: &mut bool) -> std::borrow::Cow<'a, str> {
    use crate::base::neutral::line;
    match std::str::from_utf8(bytes) {
        Ok(t) => line(t),
        Err(_) => {
            *fallback = true;
            line(&encoding_rs::WINDOWS_1252.decode(bytes).0)
                .into_owned()
                .into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(bytes: &[u8], chunk: usize) -> (String, Option<&'static str>) {
        struct Slow<'a>(&'a [u8], usize);
        impl Read for Slow<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(self.0.len()).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut t = Transcoder::new(Slow(bytes, chunk));
        let mut out = String::new();
        t.read_to_string(&mut out).unwrap();
        (out, t.chosen.get().map(|e| e.name()))
    }

    #[test]
    fn utf8_passes_and_other_encodings_are_decoded() {
        assert_eq!(
            through("ID,caf\u{e9}\n".as_bytes(), 1),
            ("ID,caf\u{e9}\n".into(), None)
        );
        let (text, chosen) = through(b"ID,x\nJos\xe9,5\nRen\xe9e,4\n", 3);
        assert_eq!(text, "ID,x\nJos\u{e9},5\nRen\u{e9}e,4\n");
        assert_eq!(chosen, Some("windows-1252"));
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(
                "ID\tx\n\u{e9}\t5\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        assert_eq!(
            through(&utf16, 5),
            ("ID\tx\n\u{e9}\t5\n".into(), Some("UTF-16LE"))
        );
        let mac = b"ID,x\nJos\x8e,5\nFran\x8dois,4\nM\x9fller,3\n";
        assert_eq!(through(mac, 4).1, Some("macintosh"));
    }
}
