//! The guarded XML layer under the BPMN and XProzess readers: a linear pre-scan that enforces
//! the resource limits, `roxmltree` without DTDs, and German errors with real positions.
//!
//! Resource policy (see `ARCHITECTURE.md`, *Resource policy*):
//! - input size: [`MAX_INPUT_BYTES`] per document (BPMN, XProzess, and the BPMN embedded in
//!   an XProzess message);
//! - nesting depth: [`MAX_DEPTH`] element levels;
//! - attributes per element: [`MAX_ATTRIBUTES`];
//! - DTDs and custom entities: none (a `<!DOCTYPE` is refused before parsing, and `roxmltree`
//!   runs with `allow_dtd: false` as a second guard), so nothing expands: what the pre-scan
//!   counts is what the parser builds;
//! - characters XML 1.0 forbids (NUL and other C0 controls, U+FFFE, U+FFFF): refused by
//!   `roxmltree`, reported here with position.
//!
//! The limits are constants: real BPMN files stay far below them.

use fim_core::LineIndex;

/// Inputs larger than this are refused (spans are `u32`; the limit keeps memory bounded).
pub const MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// Deepest element nesting accepted (real BPMN files stay below 30 levels); the reader and
/// the analyses recurse into sub-processes and lanes, so this bounds their stack use.
pub const MAX_DEPTH: usize = 256;

/// Most attributes (namespace declarations included) accepted on one element. Real BPMN
/// elements carry fewer than 50 (the corpus maximum is 43, namespace declarations of a root); the limit keeps the parser's duplicate-attribute check,
/// which is quadratic in the attributes of one element, cheap.
pub const MAX_ATTRIBUTES: usize = 128;

/// An XML document that could not be read, with the 1-based line and column (in characters;
/// `\n`, `\r\n` and a lone `\r` end lines) and the byte offset where the problem lies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} (Zeile {line}, Spalte {column})")]
pub struct XmlError {
    /// What went wrong.
    pub kind: XmlErrorKind,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Byte offset of the problem.
    pub offset: u32,
}

/// The kinds of [`XmlError`]: safety refusals first, then well-formedness errors (translated
/// from `roxmltree`'s error kinds).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum XmlErrorKind {
    /// A DOCTYPE declaration: DTDs and custom entities are refused.
    #[error(
        "DOCTYPE-Deklarationen (DTD, eigene Entitäten) werden aus Sicherheitsgründen abgelehnt"
    )]
    Doctype,
    /// Elements nest deeper than [`MAX_DEPTH`]; the position is the first element too deep.
    #[error("die Elemente sind tiefer als {0} Ebenen verschachtelt")]
    TooDeep(usize),
    /// An element has more than [`MAX_ATTRIBUTES`] attributes.
    #[error("das Element `{name}` hat mehr als {limit} Attribute")]
    TooManyAttributes {
        /// The element's qualified name.
        name: String,
        /// The limit.
        limit: usize,
    },
    /// The input ends inside an element; the position is the end of the input.
    #[error("kein wohlgeformtes XML: unerwartetes Dateiende, das Element `{name}` (Zeile {line}, Spalte {column}) ist nicht geschlossen")]
    Unclosed {
        /// Qualified name of the innermost unclosed element.
        name: String,
        /// Its line.
        line: u32,
        /// Its column.
        column: u32,
    },
    /// The input ends too early (inside markup, or before any element).
    #[error("kein wohlgeformtes XML: unerwartetes Dateiende")]
    UnexpectedEof,
    /// The document has no root element.
    #[error("kein wohlgeformtes XML: das Dokument enthält kein Wurzelelement")]
    NoRoot,
    /// A character XML 1.0 forbids (NUL, other C0 controls, U+FFFE, U+FFFF).
    #[error("kein wohlgeformtes XML: das Zeichen U+{0:04X} ist in XML 1.0 nicht erlaubt")]
    ForbiddenChar(u32),
    /// An end tag that does not match the open element.
    #[error("kein wohlgeformtes XML: `</{found}>` schließt das offene Element `{expected}` nicht")]
    MismatchedEndTag {
        /// The open element.
        expected: String,
        /// The end tag found.
        found: String,
    },
    /// A reference to an entity other than the five predefined ones.
    #[error("kein wohlgeformtes XML: unbekannte Entität `&{0};` (nur &lt; &gt; &amp; &apos; &quot; und Zeichenreferenzen sind erlaubt)")]
    UnknownEntity(String),
    /// A malformed entity or character reference.
    #[error("kein wohlgeformtes XML: fehlerhafte Entitäts- oder Zeichenreferenz")]
    MalformedReference,
    /// An unescaped `<` in an attribute value.
    #[error("kein wohlgeformtes XML: unmaskiertes `<` in einem Attributwert")]
    LtInAttributeValue,
    /// An attribute given twice on one element.
    #[error("kein wohlgeformtes XML: das Attribut `{0}` ist doppelt angegeben")]
    DuplicateAttribute(String),
    /// A namespace prefix used but not declared.
    #[error("kein wohlgeformtes XML: das Namensraum-Präfix `{0}` ist nicht deklariert")]
    UnknownPrefix(String),
    /// A namespace prefix declared twice on one element.
    #[error("kein wohlgeformtes XML: das Namensraum-Präfix `{0}` ist doppelt deklariert")]
    DuplicatePrefix(String),
    /// A misuse of the reserved `xml`/`xmlns` prefixes or namespace URIs.
    #[error("kein wohlgeformtes XML: reservierter Namensraum `xml` oder `xmlns` falsch verwendet")]
    ReservedNamespace,
    /// An XML declaration that is not at the very start.
    #[error("kein wohlgeformtes XML: die XML-Deklaration ist nur einmal ganz am Anfang erlaubt")]
    MisplacedDeclaration,
    /// An invalid element or attribute name.
    #[error("kein wohlgeformtes XML: ungültiger Name")]
    InvalidName,
    /// An unexpected character where something else was expected.
    #[error("kein wohlgeformtes XML: {expected} erwartet, `{}` gefunden", found.escape_debug())]
    Expected {
        /// What the parser expected (German, literal markup in backticks).
        expected: String,
        /// The character found.
        found: char,
    },
    /// A comment containing `--` or ending in `-`.
    #[error("kein wohlgeformtes XML: ein Kommentar darf `--` nicht enthalten")]
    InvalidComment,
    /// `]]>` in text.
    #[error("kein wohlgeformtes XML: `]]>` ist in Text nicht erlaubt")]
    InvalidCharacterData,
    /// Markup the parser does not recognise.
    #[error("kein wohlgeformtes XML: unbekanntes Konstrukt")]
    UnknownToken,
    /// A parser limit (nodes, attributes, namespaces in the whole document) was reached.
    #[error("die Datei überschreitet eine Grenze des XML-Parsers ({0})")]
    ParserLimit(&'static str),
}

/// What the pre-scan learned: the start offsets of the elements still open at the end (the
/// last one is the innermost), for the position of an unexpected end of input.
struct Scan {
    open: Vec<usize>,
}

/// Parses `text` with the limits of this module.
///
/// # Errors
/// [`XmlError`] for a refused or malformed document.
pub(crate) fn parse(text: &str) -> Result<roxmltree::Document<'_>, XmlError> {
    let scan = prescan(text)?;
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, opts).map_err(|e| translate(text, &scan, e))
}

/// An [`XmlError`] of `kind` at byte `offset` of `text`.
pub(crate) fn error_at(text: &str, kind: XmlErrorKind, offset: usize) -> XmlError {
    let offset = u32::try_from(offset).unwrap_or(u32::MAX);
    let pos = LineIndex::new(text).position(text, offset);
    XmlError {
        kind,
        line: pos.line,
        column: pos.column,
        offset,
    }
}

/// The qualified name of the start tag at `at` (`<` included).
fn tag_name(text: &str, at: usize) -> String {
    let rest = text.get(at + 1..).unwrap_or("");
    let end = rest
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .unwrap_or(rest.len());
    rest[..end].chars().take(200).collect()
}

/// One linear byte scan over `text`, skipping comments, CDATA and processing instructions:
/// refuses a DOCTYPE, nesting deeper than [`MAX_DEPTH`] and more than [`MAX_ATTRIBUTES`]
/// attributes on an element, each with the position of the offending markup. On malformed
/// XML the counts are estimates; the parser reports the malformation.
fn prescan(text: &str) -> Result<Scan, XmlError> {
    let b = text.as_bytes();
    let mut i = 0usize;
    let mut open: Vec<usize> = Vec::new();
    let skip_to = |from: usize, pat: &[u8]| {
        b.get(from..)
            .and_then(|rest| memchr::memmem::find(rest, pat))
            .map_or(b.len(), |p| from + p + pat.len())
    };
    while let Some(p) = b.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        i += p;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = skip_to(i + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_to(i + 9, b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_to(i + 2, b"?>");
        } else if rest.starts_with(b"<!") {
            // A DOCTYPE (or other declaration): the only way to declare entities.
            return Err(error_at(text, XmlErrorKind::Doctype, i));
        } else if rest.starts_with(b"</") {
            open.pop();
            i = skip_to(i + 2, b">");
        } else {
            // A start tag: find its `>` outside quoted attribute values; every attribute has
            // exactly one `=` outside quotes.
            let (mut quote, mut attrs, mut end) = (0u8, 0usize, b.len());
            for (k, &c) in b.iter().enumerate().skip(i + 1) {
                match c {
                    b'"' | b'\'' if quote == 0 => quote = c,
                    c if c == quote => quote = 0,
                    b'=' if quote == 0 => attrs += 1,
                    b'>' if quote == 0 => {
                        end = k + 1;
                        break;
                    }
                    _ => {}
                }
            }
            if attrs > MAX_ATTRIBUTES {
                let kind = XmlErrorKind::TooManyAttributes {
                    name: tag_name(text, i),
                    limit: MAX_ATTRIBUTES,
                };
                return Err(error_at(text, kind, i));
            }
            // A tag cut off by the end of the input is not open: the innermost complete
            // start tag is the one to name.
            let complete = end >= 2 && end <= b.len() && b[end - 1] == b'>';
            if complete && b[end - 2] != b'/' {
                open.push(i);
                if open.len() > MAX_DEPTH {
                    return Err(error_at(text, XmlErrorKind::TooDeep(MAX_DEPTH), i));
                }
            }
            i = end;
        }
    }
    Ok(Scan { open })
}

/// Byte offset of `roxmltree`'s 1-based row and column (rows end at `\n` only, columns
/// count characters).
fn offset_of(text: &str, pos: roxmltree::TextPos) -> usize {
    let mut start = 0usize;
    for _ in 1..pos.row {
        match memchr::memchr(b'\n', &text.as_bytes()[start..]) {
            Some(p) => start += p + 1,
            None => return text.len(),
        }
    }
    let skip = pos.col.saturating_sub(1) as usize;
    text[start..]
        .char_indices()
        .nth(skip)
        .map_or(text.len(), |(k, _)| start + k)
}

/// `roxmltree`'s English description of what it expected, in German.
fn german_expectation(expected: &str) -> String {
    match expected {
        "a whitespace" => "Leerraum".to_owned(),
        "a quote" => "ein Anführungszeichen".to_owned(),
        "a quote, SYSTEM or PUBLIC" => "ein Anführungszeichen, SYSTEM oder PUBLIC".to_owned(),
        other => other.replace('\'', "`").replace(" or ", " oder "),
    }
}

/// Translates a `roxmltree` error into an [`XmlError`] with our positions.
fn translate(text: &str, scan: &Scan, e: roxmltree::Error) -> XmlError {
    use roxmltree::Error as E;
    use XmlErrorKind as K;
    let at = offset_of(text, e.pos());
    let (kind, offset) = match e {
        E::UnexpectedEndOfStream | E::UnclosedRootNode => {
            let kind = match scan.open.last() {
                Some(&start) => {
                    let p = LineIndex::new(text)
                        .position(text, u32::try_from(start).unwrap_or(u32::MAX));
                    K::Unclosed {
                        name: tag_name(text, start),
                        line: p.line,
                        column: p.column,
                    }
                }
                None => K::UnexpectedEof,
            };
            (kind, text.len())
        }
        E::NoRootNode => (K::NoRoot, text.len()),
        E::DtdDetected => (K::Doctype, text.find("<!").unwrap_or(0)),
        E::NodesLimitReached => (K::ParserLimit("Knoten"), 0),
        E::AttributesLimitReached => (K::ParserLimit("Attribute"), 0),
        E::NamespacesLimitReached => (K::ParserLimit("Namensräume"), 0),
        E::InvalidXmlPrefixUri(_)
        | E::UnexpectedXmlUri(_)
        | E::UnexpectedXmlnsUri(_)
        | E::InvalidElementNamePrefix(_) => (K::ReservedNamespace, at),
        E::DuplicatedNamespace(p, _) => (K::DuplicatePrefix(p), at),
        E::UnknownNamespace(p, _) => (K::UnknownPrefix(p), at),
        E::UnexpectedCloseTag(expected, found, _) => (K::MismatchedEndTag { expected, found }, at),
        // Without a DTD there are no entity declarations: these cannot occur, but say so.
        E::UnexpectedEntityCloseTag(_) | E::EntityReferenceLoop(_) | E::InvalidExternalID(_) => {
            (K::Doctype, at)
        }
        E::UnknownEntityReference(name, _) => (K::UnknownEntity(name), at),
        E::MalformedEntityReference(_) => (K::MalformedReference, at),
        E::InvalidAttributeValue(_) => (K::LtInAttributeValue, at),
        E::DuplicatedAttribute(name, _) => (K::DuplicateAttribute(name), at),
        E::UnexpectedDeclaration(_) => (K::MisplacedDeclaration, at),
        E::InvalidName(_) => (K::InvalidName, at),
        E::NonXmlChar(c, _) => (K::ForbiddenChar(u32::from(c)), at),
        E::InvalidChar(expected, found, _) => (
            K::Expected {
                expected: format!("`{}`", char::from(expected)),
                found: char::from(found),
            },
            at,
        ),
        E::InvalidChar2(expected, found, _) => (
            K::Expected {
                expected: german_expectation(expected),
                found: char::from(found),
            },
            at,
        ),
        E::InvalidString(expected, _) => (
            K::Expected {
                expected: format!("`{expected}`"),
                found: text[at.min(text.len())..].chars().next().unwrap_or(' '),
            },
            at,
        ),
        E::InvalidComment(_) => (K::InvalidComment, at),
        E::InvalidCharacterData(_) => (K::InvalidCharacterData, at),
        E::UnknownToken(_) => (K::UnknownToken, at),
    };
    error_at(text, kind, offset)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests: a panic is a failure with its message.
mod tests {
    use super::*;

    #[test]
    fn offsets_of_roxmltree_positions() {
        let text = "ab\näöc\r\nx";
        let at = |row, col| offset_of(text, roxmltree::TextPos::new(row, col));
        assert_eq!(at(1, 1), 0);
        assert_eq!(at(2, 3), 7);
        assert_eq!(at(3, 1), 10);
        assert_eq!(at(9, 1), text.len());
    }

    #[test]
    fn parser_errors_are_german_with_positions() {
        let cases = [
            (
                "<a>\n<b x='1' x='2'/></a>",
                "das Attribut `x` ist doppelt angegeben (Zeile 2, Spalte 10)",
            ),
            (
                "<a>\n</b>",
                "`</b>` schließt das offene Element `a` nicht (Zeile 2, Spalte 1)",
            ),
            (
                "<a x='1'y='2'/>",
                "Leerraum erwartet, `y` gefunden (Zeile 1, Spalte 9)",
            ),
            (
                "<a x=1/>",
                "ein Anführungszeichen erwartet, `1` gefunden (Zeile 1, Spalte 6)",
            ),
            (
                "<p:a/>",
                "das Namensraum-Präfix `p` ist nicht deklariert (Zeile 1, Spalte 2)",
            ),
            (
                "<a>&#0;</a>",
                "fehlerhafte Entitäts- oder Zeichenreferenz (Zeile 1, Spalte 4)",
            ),
            (
                "<a><!-- a -- b --></a>",
                "ein Kommentar darf `--` nicht enthalten (Zeile 1, Spalte 4)",
            ),
            (
                "",
                "das Dokument enthält kein Wurzelelement (Zeile 1, Spalte 1)",
            ),
        ];
        for (src, want) in cases {
            let e = parse(src).err().unwrap();
            let msg = e.to_string();
            assert!(
                msg.starts_with("kein wohlgeformtes XML: "),
                "{src:?}: {msg}"
            );
            assert!(msg.ends_with(want), "{src:?}: {msg}");
        }
    }

    #[test]
    fn prescan_counts_attributes_outside_quotes() {
        let ok = format!("<a {}/>", "x='a=b' ".repeat(MAX_ATTRIBUTES));
        assert!(prescan(&ok).is_ok());
        let bad = format!("<a>\n <b {}/></a>", "x='1' ".repeat(MAX_ATTRIBUTES + 1));
        let e = prescan(&bad).err().unwrap();
        assert_eq!((e.line, e.column), (2, 2));
        assert!(matches!(e.kind, XmlErrorKind::TooManyAttributes { ref name, .. } if name == "b"));
    }
}
