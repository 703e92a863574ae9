//! Bytes to text: the character encodings an XML file of the FIM world may come in.
//!
//! [`decode`] follows the XML 1.0 rules for detecting the encoding (appendix F): a byte order
//! mark wins; without one, UTF-16 is recognised by the `<` (or white space) next to a zero
//! byte; otherwise the `encoding` of the XML declaration decides, UTF-8 when there is none.
//!
//! Supported: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM or detected), and the
//! single-byte encodings declared as `ISO-8859-1`/`Latin1`/`US-ASCII`/`Windows-1252` (all read
//! as Windows-1252, the WHATWG practice: bytes 0x80-0x9F labelled Latin-1 are almost always
//! Windows-1252 punctuation) and `ISO-8859-15`/`Latin9`. Any other declared encoding is
//! refused with an error naming it.
//!
//! UTF-8 input is returned borrowed and unchanged (a BOM stays; the readers skip it). Other
//! encodings are converted, and the BOM is dropped. Positions the readers report afterwards
//! (lines, columns in characters, byte spans) refer to the decoded text; lines and columns
//! agree with what an editor shows for the original file except that the BOM of UTF-16 input
//! is not counted.

use fim_core::Position;
use std::borrow::Cow;
use thiserror::Error;

/// Why bytes could not be turned into text, and where (in the text decoded so far).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{position}: {kind}")]
pub struct DecodeError {
    /// What is wrong.
    pub kind: DecodeErrorKind,
    /// 1-based line and column (in characters) of the problem.
    pub position: Position,
}

/// The kinds of [`DecodeError`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The input is read as UTF-8 but holds a byte sequence that is not UTF-8.
    #[error("ungültiges UTF-8 (Byte 0x{0:02X}); die XML-Deklaration nennt keine andere Zeichenkodierung (etwa encoding=\"ISO-8859-1\")")]
    InvalidUtf8(u8),
    /// UTF-16 input with an odd number of bytes or an unpaired surrogate (German detail).
    #[error("ungültiges UTF-16 ({0})")]
    InvalidUtf16(&'static str),
    /// The XML declaration names an encoding this library does not read.
    #[error("Zeichenkodierung „{0}“ wird nicht unterstützt (unterstützt: UTF-8, UTF-16, ISO-8859-1, ISO-8859-15, Windows-1252)")]
    Unsupported(String),
    /// The declaration says UTF-16 but the bytes are not UTF-16 (no BOM, no zero bytes).
    #[error("die XML-Deklaration gibt „{0}“ an, die Datei ist aber nicht UTF-16-kodiert (kein Byte-Order-Mark)")]
    NotUtf16(String),
}

fn error(kind: DecodeErrorKind, (line, column): (u32, u32)) -> DecodeError {
    DecodeError {
        kind,
        position: Position { line, column },
    }
}

/// Turns the bytes of an XML file into text; see the [module documentation](self).
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return utf8(bytes),
        [0xFF, 0xFE, rest @ ..] => return utf16(rest, u16::from_le_bytes).map(Cow::Owned),
        [0xFE, 0xFF, rest @ ..] => return utf16(rest, u16::from_be_bytes).map(Cow::Owned),
        [a, 0, ..] if is_xml_start(*a) => return utf16(bytes, u16::from_le_bytes).map(Cow::Owned),
        [0, b, ..] if is_xml_start(*b) => return utf16(bytes, u16::from_be_bytes).map(Cow::Owned),
        _ => {}
    }
    let Some((name, column)) = declared_encoding(bytes) else {
        return utf8(bytes);
    };
    let label = name.to_ascii_lowercase();
    match label.as_str() {
        "utf-8" | "utf8" => utf8(bytes),
        "iso-8859-1" | "iso8859-1" | "iso_8859-1" | "latin1" | "latin-1" | "l1" | "iso-ir-100"
        | "cp819" | "ibm819" | "us-ascii" | "ascii" | "windows-1252" | "cp1252" | "x-cp1252" => {
            Ok(single_byte(bytes, windows_1252))
        }
        "iso-8859-15" | "iso8859-15" | "iso_8859-15" | "latin9" | "latin-9" | "l9" => {
            Ok(single_byte(bytes, iso_8859_15))
        }
        "utf-16" | "utf-16le" | "utf-16be" | "utf16" => Err(error(
            DecodeErrorKind::NotUtf16(name.to_owned()),
            (1, column),
        )),
        _ => Err(error(
            DecodeErrorKind::Unsupported(name.to_owned()),
            (1, column),
        )),
    }
}

/// A first byte of an XML document: `<` or white space.
fn is_xml_start(b: u8) -> bool {
    matches!(b, b'<' | b' ' | b'\t' | b'\n' | b'\r')
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(good).unwrap_or_default();
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(error(
                DecodeErrorKind::InvalidUtf8(byte),
                line_column(prefix),
            ))
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(error(
                    DecodeErrorKind::InvalidUtf16("einzelnes Surrogat"),
                    line_column(&out),
                ));
            }
        }
    }
    if bytes.len() % 2 != 0 {
        return Err(error(
            DecodeErrorKind::InvalidUtf16("ungerade Anzahl von Bytes"),
            line_column(&out),
        ));
    }
    Ok(out)
}

/// Line and column just after `text`.
fn line_column(text: &str) -> (u32, u32) {
    let line = text.bytes().filter(|&b| b == b'\n').count() + 1;
    let last = text.rfind('\n').map_or(0, |i| i + 1);
    let column = text.get(last..).map_or(0, |l| l.chars().count()) + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The `encoding` pseudo-attribute of an XML declaration at the very start (after a UTF-8
/// BOM) and the 1-based column of its value. Only the first 1 KiB is looked at.
fn declared_encoding(bytes: &[u8]) -> Option<(&str, u32)> {
    let head = bytes.get(..bytes.len().min(1024))?;
    let start = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let decl = head.get(start..)?.strip_prefix(b"<?xml")?;
    if !decl.first().is_some_and(u8::is_ascii_whitespace) {
        return None;
    }
    let end = decl.windows(2).position(|w| w == b"?>")?;
    let decl = decl.get(..end)?;
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let mut i = at + 8;
    while decl.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    if decl.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while decl.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    let quote = *decl.get(i).filter(|q| matches!(q, b'"' | b'\''))?;
    let value = decl.get(i + 1..)?;
    let len = value.iter().position(|&b| b == quote)?;
    let name = std::str::from_utf8(value.get(..len)?).ok()?;
    // "<?xml" is 5 bytes; columns are characters, and the declaration is ASCII.
    let column = u32::try_from(5 + i + 2).unwrap_or(u32::MAX);
    Some((name, column))
}

fn single_byte(bytes: &[u8], map: fn(u8) -> char) -> Cow<'static, str> {
    Cow::Owned(bytes.iter().map(|&b| map(b)).collect())
}

/// Windows-1252 (WHATWG): Latin-1 with printable characters in 0x80-0x9F; the five
/// unassigned bytes map to the C1 control of the same value.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// ISO-8859-15: Latin-1 with eight positions replaced (euro sign, Š, Ž, Œ, Ÿ and their
/// lower-case forms).
fn iso_8859_15(b: u8) -> char {
    match b {
        0xA4 => '€',
        0xA6 => 'Š',
        0xA8 => 'š',
        0xB4 => 'Ž',
        0xB8 => 'ž',
        0xBC => 'Œ',
        0xBD => 'œ',
        0xBE => 'Ÿ',
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    fn utf16be(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFE, 0xFF] } else { Vec::new() };
        v.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        v
    }

    #[test]
    fn utf8_is_borrowed_unchanged() {
        let s = "\u{FEFF}<?xml version=\"1.0\"?><a>ä</a>";
        assert!(matches!(decode(s.as_bytes()), Ok(Cow::Borrowed(x)) if x == s));
        let s = "<a>ä</a>";
        assert!(matches!(decode(s.as_bytes()), Ok(Cow::Borrowed(x)) if x == s));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let s = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>äß€𝄞</a>";
        for bytes in [
            utf16le(s, true),
            utf16le(s, false),
            utf16be(s, true),
            utf16be(s, false),
        ] {
            assert_eq!(decode(&bytes).unwrap(), s);
        }
    }

    #[test]
    fn broken_utf16_has_a_position() {
        let mut b = utf16le("<a>\nx", true);
        b.push(0x41);
        let e = decode(&b).unwrap_err();
        assert_eq!(
            e.to_string(),
            "2:2: ungültiges UTF-16 (ungerade Anzahl von Bytes)"
        );
        let mut b = utf16le("<a>", false);
        b.extend([0x00, 0xD8, 0x41, 0x00]);
        let e = decode(&b).unwrap_err();
        assert_eq!((e.position.line, e.position.column), (1, 4));
    }

    #[test]
    fn declared_single_byte_encodings() {
        let mut b = b"<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>".to_vec();
        b.extend([0xE4, 0xDF, 0x80, 0xA4]);
        assert_eq!(
            decode(&b).unwrap(),
            "<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>äß€¤"
        );
        let mut b = b"<?xml version=\"1.0\" encoding = \"iso-8859-15\" ?><a>".to_vec();
        b.extend([0xA4, 0xBD]);
        assert!(decode(&b).unwrap().ends_with("<a>€œ"));
    }

    #[test]
    fn unknown_encoding_is_named() {
        let b = b"<?xml version=\"1.0\" encoding=\"EBCDIC-DE\"?><a/>";
        let e = decode(b).unwrap_err();
        assert_eq!(e.kind, DecodeErrorKind::Unsupported("EBCDIC-DE".into()));
        assert!(e
            .to_string()
            .starts_with("1:31: Zeichenkodierung „EBCDIC-DE“"));
        let b = b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>";
        assert!(matches!(
            decode(b).map_err(|e| e.kind),
            Err(DecodeErrorKind::NotUtf16(_))
        ));
    }

    #[test]
    fn invalid_utf8_has_line_and_column() {
        let mut b = "<a>\n  <b>ä".as_bytes().to_vec();
        b.push(0xE4);
        let e = decode(&b).unwrap_err();
        assert_eq!(e.kind, DecodeErrorKind::InvalidUtf8(0xE4));
        assert!(e.to_string().starts_with("2:7: ungültiges UTF-8"));
    }
}
