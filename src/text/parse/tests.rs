//! The parser messages said in Romanian and Chinese, one test per kind.

use super::*;
use crate::text::l10n::{Lang, with_lang};

fn ro(message: &str, source: Source) -> String {
    with_lang(Lang::Ro, || said(message, source))
}

fn zh(message: &str, source: Source) -> String {
    with_lang(Lang::Zh, || said(message, source))
}

const TOML: Source = Source::Rubric;
const JSON: Source = Source::JsonSyntax;

#[test]
fn serde_kinds_are_said_with_their_names_in_backticks() {
    let m = "missing field `version`";
    assert_eq!(ro(m, TOML), "lipsește cheia `version`");
    assert_eq!(zh(m, TOML), "缺少键 `version`");
    let m = "unknown field `colour`, expected one of `id`, `version`, `title`";
    assert_eq!(
        ro(m, TOML),
        "cheie necunoscută: `colour` (cheile posibile aici: `id`, `version` și `title`)"
    );
    assert_eq!(
        zh(m, TOML),
        "未知的键 `colour`（此处可用的键：`id`、`version`和`title`）"
    );
    let m = "unknown field `x`, there are no fields";
    assert_eq!(ro(m, TOML), "cheie necunoscută: `x`");
    let m = "duplicate field `rubric`";
    assert_eq!(zh(m, Source::AnswerJson), "键 `rubric` 出现了两次");
    let m = "unknown variant `blue`, expected `red` or `green`";
    assert_eq!(
        ro(m, TOML),
        "valoare necunoscută: `blue` (valorile posibile aici: `red` și `green`)"
    );
}

#[test]
fn found_and_needed_shapes_are_said_in_the_language() {
    let m = "invalid type: string \"heavy\", expected f64";
    assert_eq!(
        ro(m, TOML),
        "tip greșit: aici trebuie să fie un număr, nu textul \"heavy\""
    );
    assert_eq!(zh(m, TOML), "类型错误：此处应为数字，实际为文本 \"heavy\"");
    let m = "invalid type: integer `3`, expected struct RawMeta";
    assert_eq!(
        ro(m, TOML),
        "tip greșit: aici trebuie să fie un tabel, nu numărul întreg `3`"
    );
    let m = "invalid type: map, expected a sequence";
    assert_eq!(zh(m, TOML), "类型错误：此处应为列表，实际为表");
    let m = "invalid type: sequence, expected something odd";
    assert_eq!(ro(m, TOML), "tip greșit: aici nu poate fi o listă");
    let m = "invalid value: integer `-1`, expected u32";
    assert_eq!(zh(m, TOML), "值无效：此处应为整数，实际为整数 `-1`");
    let m = "invalid length 2, expected a tuple of size 3";
    assert_eq!(
        ro(m, TOML),
        "lista de aici nu are numărul de elemente cerut de fișier"
    );
}

#[test]
fn syntax_errors_keep_the_expected_marks() {
    assert_eq!(
        ro("duplicate key", TOML),
        "cheie repetată: aceeași cheie apare deja mai sus"
    );
    let m = "unclosed array, expected `]`";
    assert_eq!(
        ro(m, TOML),
        "sintaxă TOML nevalidă în acest loc (se aștepta `]`)"
    );
    let m = "extra assignment between key-value pairs, expected `,` or `}`";
    assert_eq!(zh(m, TOML), "此处的 TOML 语法无效（应为 `,` 或 `}`）");
    assert_eq!(
        zh("trailing characters", JSON),
        "JSON 数据结束之后还有多余的字符"
    );
    assert_eq!(
        ro("EOF while parsing an object", JSON),
        "fișierul se termină înainte ca datele să fie complete"
    );
    assert_eq!(ro("expected value", JSON), "aici lipsește o valoare");
    assert_eq!(zh("expected `:`", JSON), "此处的 JSON 语法无效（应为 `:`）");
    assert_eq!(
        ro("trailing comma", JSON),
        "o virgulă în plus înaintea semnului de închidere"
    );
    assert_eq!(
        zh("key must be a string", JSON),
        "JSON 的键必须写在双引号里"
    );
    assert_eq!(
        ro("number out of range", JSON),
        "numărul este prea mare sau prea mic"
    );
    assert_eq!(zh("invalid number", JSON), "数字格式无效");
    assert_eq!(
        ro("invalid escape", JSON),
        "secvență de escape nevalidă într-un text"
    );
    let m = "control character (\\u0000-\\u001F) found while parsing a string";
    assert_eq!(
        zh(m, JSON),
        "文本中含有控制字符；请删除，或改用 `\\n` 这类转义序列"
    );
}

#[test]
fn an_unknown_message_is_a_generic_sentence_without_english() {
    let m = "string values must be quoted, expected literal string";
    assert_eq!(
        ro(m, Source::AnswerToml),
        "sintaxă TOML nevalidă în acest loc"
    );
    assert_eq!(zh(m, Source::Mapping), "此处的 TOML 语法无效");
    assert_eq!(zh("recursion limit exceeded", JSON), "此处的 JSON 语法无效");
    assert_eq!(
        ro("something new", Source::AnswerJson),
        "datele JSON nu au aici forma cerută de fișier"
    );
    assert_eq!(
        ro("missing field without ticks", TOML),
        "sintaxă TOML nevalidă în acest loc"
    );
}
