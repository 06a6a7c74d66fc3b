//! The reason the operating system gives for a failed read or write, in the reader's
//! language: English keeps the system's own words (`No such file or directory (os error 2)`);
//! Romanian and Chinese say the reason by its kind, and one they have no words for as a generic
//! reason with the system's error number.

use std::error::Error;
use std::io::{self, ErrorKind};

use crate::t;
use crate::text::l10n::{self, Lang};

/// The reason of `e` in the current language.
pub fn reason(e: &io::Error) -> String {
    if l10n::lang() == Lang::En {
        return e.to_string();
    }
    if let Some(id) = id(e.kind()) {
        return t!(id);
    }
    match (e.raw_os_error(), e.get_ref()) {
        (Some(code), _) => t!("os-other", code = code),
        // An error made inside pathfit, around a cause of its own: that cause's words.
        (None, Some(inner)) => said(inner),
        (None, None) => t!("os-other-plain"),
    }
}

/// `e` in words: an operating system's reason as [`reason`] says it, any other as it says itself.
pub fn said(e: &(dyn Error + 'static)) -> String {
    match e.downcast_ref::<io::Error>() {
        Some(io) => reason(io),
        None => e.to_string(),
    }
}

/// `err` and its causes, ": "-separated as `{:#}` writes an `anyhow` chain (`：` in Chinese),
/// each reason of the operating system in the current language.
pub fn chain(err: &anyhow::Error) -> String {
    let mut out = String::new();
    let then = t!("os-then");
    for (i, e) in err.chain().enumerate() {
        if i > 0 {
            out.push_str(&then);
        }
        out.push_str(&said(e));
    }
    out
}

/// The message for a kind of failure, when the catalogs have one.
fn id(kind: ErrorKind) -> Option<&'static str> {
    use ErrorKind as K;
    Some(match kind {
        K::NotFound => "os-not-found",
        K::PermissionDenied => "os-permission-denied",
        K::AlreadyExists => "os-already-exists",
        K::IsADirectory => "os-is-a-directory",
        K::NotADirectory => "os-not-a-directory",
        K::DirectoryNotEmpty => "os-directory-not-empty",
        K::StorageFull => "os-storage-full",
        K::QuotaExceeded => "os-quota-exceeded",
        K::ReadOnlyFilesystem => "os-read-only",
        K::InvalidData => "os-invalid-data",
        K::InvalidInput => "os-invalid-input",
        K::InvalidFilename => "os-invalid-filename",
        K::Interrupted => "os-interrupted",
        K::BrokenPipe => "os-broken-pipe",
        K::WouldBlock => "os-would-block",
        K::TimedOut => "os-timed-out",
        K::FileTooLarge => "os-file-too-large",
        K::UnexpectedEof => "os-unexpected-eof",
        K::ResourceBusy | K::ExecutableFileBusy => "os-busy",
        K::CrossesDevices => "os-crosses-devices",
        K::TooManyLinks => "os-too-many-links",
        K::OutOfMemory => "os-out-of-memory",
        K::Unsupported => "os-unsupported",
        K::StaleNetworkFileHandle => "os-stale-handle",
        K::WriteZero => "os-write-zero",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::l10n::with_lang;

    #[test]
    fn english_keeps_the_system_words_other_languages_say_the_kind() {
        let missing = io::Error::from_raw_os_error(2);
        assert_eq!(
            with_lang(Lang::En, || reason(&missing)),
            missing.to_string()
        );
        assert_eq!(
            with_lang(Lang::Ro, || reason(&missing)),
            "fișierul sau folderul nu există"
        );
        assert_eq!(
            with_lang(Lang::Zh, || reason(&missing)),
            "文件或文件夹不存在"
        );
        let denied = io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(with_lang(Lang::Zh, || reason(&denied)), "没有访问权限");
    }

    #[test]
    fn an_unknown_kind_is_a_generic_reason_with_its_number() {
        // EPROTO (71 on Linux): a protocol error, which has no kind of its own.
        let odd = io::Error::from_raw_os_error(71);
        assert_eq!(id(odd.kind()), None, "{:?}", odd.kind());
        let ro = with_lang(Lang::Ro, || reason(&odd));
        assert_eq!(ro, "eroare a sistemului de operare (os error 71)");
        let zh = with_lang(Lang::Zh, || reason(&odd));
        assert_eq!(zh, "操作系统错误（错误码 71）");
        let made = io::Error::other("stopped");
        assert_eq!(with_lang(Lang::Ro, || reason(&made)), "stopped");
    }

    #[test]
    fn a_chain_reads_as_anyhow_writes_it() {
        let err = anyhow::Error::from(io::Error::from_raw_os_error(2)).context("cannot read a");
        assert_eq!(with_lang(Lang::En, || chain(&err)), format!("{err:#}"));
        assert_eq!(
            with_lang(Lang::Zh, || chain(&err)),
            "cannot read a：文件或文件夹不存在"
        );
    }
}
