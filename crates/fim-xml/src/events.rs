//! The event layer under the reader: quick-xml events with byte offsets, namespace
//! resolution by URI (never by prefix), entity resolution and safety limits.

use crate::error::{ReadError, ReadErrorKind};
use fim_core::LineIndex;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::borrow::Cow;

/// Where an element's name lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// The document's XDatenfelder namespace.
    Xdf,
    /// No namespace (unprefixed, no default namespace in scope).
    None,
    /// Any other namespace, or an unbound prefix.
    Other,
}

/// An opened element.
pub(crate) struct El<'a> {
    /// Qualified name as written.
    pub qname: &'a str,
    /// Local part of the name.
    pub local: &'a str,
    /// Namespace class.
    pub ns: Ns,
    /// The namespace URI ("" when none), for error messages.
    pub ns_uri: &'a str,
    /// Byte offset of `<`.
    pub start: u32,
    /// The start tag, for its attributes.
    pub tag: BytesStart<'a>,
}

impl El<'_> {
    /// Whether this is the XDatenfelder element `local`.
    pub fn is(&self, local: &str) -> bool {
        self.ns == Ns::Xdf && self.local == local
    }

    /// The unescaped value of attribute `name` (unqualified), if present.
    ///
    /// `Err` carries the raw value when it holds an unknown entity reference.
    pub fn attr(&self, name: &str) -> Option<Result<String, String>> {
        if self.tag.attributes_raw().is_empty() {
            return None;
        }
        for attr in self.tag.attributes().with_checks(false).flatten() {
            if attr.key.0 == name {
                return Some(
                    match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                        Ok(v) => Ok(v.into_owned()),
                        Err(_) => Err(attr.value.into_owned()),
                    },
                );
            }
        }
        None
    }
}

impl El<'_> {
    /// Every attribute as (qualified name, unescaped value), in document order. A value with
    /// an unknown entity reference is kept raw.
    pub fn attributes(&self) -> Vec<(String, String)> {
        if self.tag.attributes_raw().is_empty() {
            return Vec::new();
        }
        self.tag
            .attributes()
            .with_checks(false)
            .flatten()
            .map(|attr| {
                let value = match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                    Ok(v) => v.into_owned(),
                    Err(_) => attr.value.clone().into_owned(),
                };
                (attr.key.0.to_owned(), value)
            })
            .collect()
    }
}

/// One event of the simplified stream.
pub(crate) enum Ev<'a> {
    /// An element starts (an empty element gives `Start` and then `End`).
    Start(El<'a>),
    /// The current element ends; the offset is one past its last byte.
    End(u32),
    /// Character data: a text piece, a CDATA section or a resolved reference.
    Text(Cow<'a, str>),
    /// End of input.
    Eof,
}

struct Binding<'a> {
    prefix: &'a str,
    uri: &'a str,
    depth: usize,
}

/// The event source.
pub(crate) struct Events<'a> {
    src: &'a str,
    reader: Reader<&'a [u8]>,
    depth: usize,
    max_depth: usize,
    bindings: Vec<Binding<'a>>,
    xdf_ns: &'a str,
    pending_end: Option<u32>,
    /// Length of a leading byte order mark, added to the reader's offsets.
    base: u32,
    /// Comments seen by [`Events::next`]: element depth, offset of `<!--`, raw text.
    pub comments: Vec<(usize, u32, &'a str)>,
}

impl<'a> Events<'a> {
    pub fn new(src: &'a str, max_depth: usize) -> Self {
        // quick-xml drops a byte order mark without counting it in its positions: hand it the
        // text after the mark and add the mark's length to every offset.
        let base = if src.starts_with('\u{feff}') { 3 } else { 0 };
        let mut reader = Reader::from_str(src.get(base..).unwrap_or(""));
        let config = reader.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = false;
        config.trim_text(false);
        Events {
            src,
            reader,
            depth: 0,
            max_depth,
            bindings: Vec::new(),
            xdf_ns: "\u{0}",
            pending_end: None,
            base: base as u32,
            comments: Vec::new(),
        }
    }

    /// Sets the namespace URI that counts as [`Ns::Xdf`].
    pub fn set_xdf_namespace(&mut self, uri: &'a str) {
        self.xdf_ns = uri;
    }

    /// The source text.
    pub fn src(&self) -> &'a str {
        self.src
    }

    /// A fatal error at `offset`.
    pub fn error(&self, kind: ReadErrorKind, offset: u32) -> ReadError {
        let lines = LineIndex::new(self.src);
        ReadError {
            kind,
            offset,
            position: lines.position(self.src, offset),
        }
    }

    /// Refuses the first character XML 1.0 forbids ([`forbidden_char`]), anywhere in the
    /// input: quick-xml passes them through in text and attribute values.
    pub fn check_chars(&self) -> Result<(), ReadError> {
        match forbidden_char(self.src) {
            Some((at, c)) => Err(self.error(
                ReadErrorKind::ForbiddenChar(c),
                u32::try_from(at).unwrap_or(u32::MAX),
            )),
            None => Ok(()),
        }
    }

    fn offset(&self) -> u32 {
        u32::try_from(self.reader.buffer_position())
            .unwrap_or(u32::MAX)
            .saturating_add(self.base)
    }

    /// The next event.
    pub fn next(&mut self) -> Result<Ev<'a>, ReadError> {
        if let Some(end) = self.pending_end.take() {
            self.close();
            return Ok(Ev::End(end));
        }
        loop {
            let pos = self.offset();
            let event = match self.reader.read_event() {
                Ok(e) => e,
                Err(e) => {
                    let at = u32::try_from(self.reader.error_position())
                        .map_or(pos, |p| p.saturating_add(self.base));
                    return Err(self.error(ReadErrorKind::Syntax(e.to_string()), at));
                }
            };
            let end = self.offset();
            return Ok(match event {
                Event::Start(tag) => Ev::Start(self.open(tag, pos)?),
                Event::Empty(tag) => {
                    let el = self.open(tag, pos)?;
                    self.pending_end = Some(end);
                    Ev::Start(el)
                }
                Event::End(_) => {
                    self.close();
                    Ev::End(end)
                }
                Event::Text(t) => Ev::Text(t.into_inner()),
                Event::CData(t) => Ev::Text(t.into_inner()),
                Event::GeneralRef(r) => {
                    if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) if is_xml_char(c) => Ev::Text(Cow::Owned(c.to_string())),
                            _ => {
                                return Err(
                                    self.error(ReadErrorKind::InvalidCharRef(r.to_string()), pos)
                                )
                            }
                        }
                    } else {
                        let s: &'static str = match &*r {
                            "lt" => "<",
                            "gt" => ">",
                            "amp" => "&",
                            "apos" => "'",
                            "quot" => "\"",
                            other => {
                                return Err(
                                    self.error(ReadErrorKind::UnknownEntity(other.to_owned()), pos)
                                )
                            }
                        };
                        Ev::Text(Cow::Borrowed(s))
                    }
                }
                Event::DocType(_) => return Err(self.error(ReadErrorKind::Doctype, pos)),
                Event::Comment(t) => {
                    // Borrowed from the source: recover the text as a slice of it.
                    let raw: &str = t.as_ref();
                    if let Some(text) = subslice(self.src, raw) {
                        self.comments.push((self.depth, pos, text));
                    }
                    continue;
                }
                Event::PI(_) | Event::Decl(_) => continue,
                Event::Eof => Ev::Eof,
            });
        }
    }

    fn open(&mut self, tag: BytesStart<'a>, pos: u32) -> Result<El<'a>, ReadError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(self.error(ReadErrorKind::TooDeep(self.max_depth), pos));
        }
        let name_len = tag.name().0.len();
        let from = pos as usize + 1;
        // The name as a slice of the source, so that it lives as long as the input.
        let qname = self.src.get(from..from + name_len).unwrap_or("");
        let raw_attrs = tag.attributes_raw();
        // Cheap pre-check: most elements have no attributes, and `str::contains` would set up
        // a substring searcher on every call.
        if !raw_attrs.is_empty() && raw_attrs.as_bytes().windows(5).any(|w| w == b"xmlns") {
            for attr in tag.attributes().with_checks(false).flatten() {
                let key = attr.key.0;
                let prefix = if key == "xmlns" {
                    ""
                } else if let Some(p) = key.strip_prefix("xmlns:") {
                    p
                } else {
                    continue;
                };
                // Key and value are borrowed from the source: recover them as slices of it,
                // with the input's lifetime (no search, so many declarations stay linear).
                let (Some(prefix), Some(uri)) =
                    (subslice(self.src, prefix), subslice(self.src, &attr.value))
                else {
                    continue;
                };
                if self.bindings.len() >= MAX_BINDINGS {
                    return Err(self.error(ReadErrorKind::TooManyNamespaces(MAX_BINDINGS), pos));
                }
                self.bindings.push(Binding {
                    prefix,
                    uri,
                    depth: self.depth,
                });
            }
        }
        let (prefix, local) = match qname.split_once(':') {
            Some((p, l)) => (p, l),
            None => ("", qname),
        };
        let uri = self
            .bindings
            .iter()
            .rev()
            .find(|b| b.prefix == prefix)
            .map(|b| b.uri);
        let ns = match uri {
            Some(u) if u == self.xdf_ns => Ns::Xdf,
            Some("") | None if prefix.is_empty() => Ns::None,
            _ => Ns::Other,
        };
        Ok(El {
            qname,
            local,
            ns,
            ns_uri: uri.unwrap_or(""),
            start: pos,
            tag,
        })
    }

    fn close(&mut self) {
        while self.bindings.last().is_some_and(|b| b.depth >= self.depth) {
            self.bindings.pop();
        }
        self.depth = self.depth.saturating_sub(1);
    }

    /// Consumes the rest of the current element (its start tag was the last event read) and
    /// returns the offset one past its end.
    pub fn skip(&mut self) -> Result<u32, ReadError> {
        let mut open = 1usize;
        loop {
            match self.next()? {
                Ev::Start(_) => open += 1,
                Ev::End(end) => {
                    open -= 1;
                    if open == 0 {
                        return Ok(end);
                    }
                }
                Ev::Text(_) => {}
                Ev::Eof => {
                    let at = u32::try_from(self.src.len()).unwrap_or(u32::MAX);
                    return Err(self.error(ReadErrorKind::UnexpectedEof, at));
                }
            }
        }
    }
}

/// Most namespace declarations in scope at once. Real files use a handful; the limit keeps the
/// per-element prefix lookup cheap on hostile input.
const MAX_BINDINGS: usize = 64;

/// `part` as a slice of `src` with `src`'s lifetime, if `part` lies inside `src`. An empty
/// `part` gives `""`.
fn subslice<'a>(src: &'a str, part: &str) -> Option<&'a str> {
    if part.is_empty() {
        return Some("");
    }
    let from = (part.as_ptr() as usize).checked_sub(src.as_ptr() as usize)?;
    src.get(from..from.checked_add(part.len())?)
}

/// The byte offset and code point of the first character of `src` that XML 1.0 forbids
/// (`Char` production): C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF (UTF-8
/// `EF BF BE`/`EF BF BF`). Surrogates cannot occur in a `str`. One pass over the bytes.
pub(crate) fn forbidden_char(src: &str) -> Option<(usize, u32)> {
    let b = src.as_bytes();
    let at = b.iter().enumerate().position(|(i, &c)| {
        (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || (c == 0xEF
                && b.get(i + 1) == Some(&0xBF)
                && matches!(b.get(i + 2), Some(0xBE | 0xBF)))
    })?;
    let c = src.get(at..)?.chars().next()?;
    Some((at, u32::from(c)))
}

/// Whether `c` is allowed in XML 1.0 documents.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}
