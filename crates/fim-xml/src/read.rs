//! The XDatenfelder reader: quick-xml events into the `fim-core` model.
//!
//! One recursive-descent reader serves both versions; elements are recognised by namespace
//! URI and local name. Problems in well-formed input are reported as diagnostics and reading
//! goes on; only malformed XML, an unsupported version or a safety limit stops it.

use crate::error::{DiagnosticKind, ReadDiagnostic, ReadError, ReadErrorKind};
use crate::events::{El, Ev, Events, Ns};
use fim_core::codes::CodeValue;
use fim_core::model::*;
use fim_core::{Anzahl, ElementId, LineIndex, Span, Version};
use std::borrow::Cow;

/// Namespace of XDatenfelder 1 (refused as unsupported).
const XDF1_NS: &str = "urn:xoev-de:fim:standard:xdatenfelder_1";

/// Reader settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Maximum element nesting depth; deeper input is refused with
    /// [`ReadErrorKind::TooDeep`]. Default 128: real schemas stay below 40 (a group level takes
    /// three element levels), and the recursive reader then fits a 2 MiB thread stack even
    /// in debug builds.
    pub max_depth: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_depth: 128 }
    }
}

/// A message that was read, with the problems found and a line index for positions.
#[derive(Debug, Clone)]
pub struct Document {
    /// The message.
    pub message: Message,
    /// Recoverable problems, in document order.
    pub diagnostics: Vec<ReadDiagnostic>,
    /// Line index of the source text, for [`Document::position`].
    pub lines: LineIndex,
    /// Comments inside elements below the root's start, which the model does not keep
    /// (document-level comments are kept in [`Message::comments`]).
    pub comments_dropped: usize,
}

impl Document {
    /// Line and column of byte `offset` in `src` (the text this document was read from).
    pub fn position(&self, src: &str, offset: u32) -> fim_core::Position {
        self.lines.position(src, offset)
    }
}

/// Reads an XDatenfelder 2.0 or 3.0.0 message with default options.
///
/// ```
/// let xml = r#"<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
///   <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>
///   <xdf:datenfeld><xdf:identifikation><xdf:id>F60000000001</xdf:id></xdf:identifikation>
///   <xdf:name>Größe &amp; Gewicht</xdf:name></xdf:datenfeld>
/// </xdf:xdatenfelder.datenfeld.0104>"#;
/// let doc = fim_xml::read(xml).unwrap();
/// assert_eq!(doc.message.version, fim_core::XdfVersion::V3);
/// let angaben = doc.message.root_angaben().unwrap();
/// assert_eq!(angaben.name(), "Größe & Gewicht");
/// ```
pub fn read(src: &str) -> Result<Document, ReadError> {
    read_with(src, ReadOptions::default())
}

/// Reads an XDatenfelder 2.0 or 3.0.0 message.
pub fn read_with(src: &str, options: ReadOptions) -> Result<Document, ReadError> {
    let mut r = Reader {
        ev: Events::new(src, options.max_depth),
        version: XdfVersion::V2,
        diags: Vec::new(),
        groups: Vec::new(),
    };
    if u32::try_from(src.len()).is_err() {
        return Err(r.ev.error(ReadErrorKind::TooLarge, 0));
    }
    r.ev.check_chars()?;
    let mut message = r.message()?;
    let header_start = if message.header.span.is_empty() {
        message.span.end
    } else {
        message.header.span.start
    };
    let mut comments_dropped = 0;
    for &(depth, at, text) in &r.ev.comments {
        let place = match depth {
            0 if at < message.span.start => CommentPlace::Prolog,
            0 => CommentPlace::Epilog,
            1 if at < header_start => CommentPlace::RootStart,
            _ => {
                comments_dropped += 1;
                continue;
            }
        };
        message.comments.push(Comment {
            place,
            text: text.to_owned(),
        });
    }
    Ok(Document {
        message,
        diagnostics: r.diags,
        lines: LineIndex::new(src),
        comments_dropped,
    })
}

struct Reader<'a> {
    ev: Events<'a>,
    version: XdfVersion,
    diags: Vec<ReadDiagnostic>,
    /// Ancestor groups: id, version, span start.
    groups: Vec<(ElementId, Option<Version>, u32)>,
}

/// Stores `$val` in `$slot` unless it is already set; a repeat is reported and kept verbatim.
macro_rules! put {
    ($r:ident, $slot:expr, $val:expr, $el:ident, $unknown:expr) => {{
        let value = $val;
        let end = $r.last_end;
        if $slot.is_some() {
            $r.reader.duplicate(&$el, end, &mut $unknown);
        } else {
            $slot = Some(value);
        }
    }};
}

/// A value read from an element, with the offset one past the element's end.
struct Cx<'r, 'a> {
    reader: &'r mut Reader<'a>,
    last_end: u32,
}

impl<'a> Reader<'a> {
    /// A context for reading one child element.
    fn cx(&mut self) -> Cx<'_, 'a> {
        Cx {
            reader: self,
            last_end: 0,
        }
    }

    fn diag(&mut self, kind: DiagnosticKind, span: Span) {
        self.diags.push(ReadDiagnostic { kind, span });
    }

    fn eof_error(&self) -> ReadError {
        let at = u32::try_from(self.ev.src().len()).unwrap_or(u32::MAX);
        self.ev.error(ReadErrorKind::UnexpectedEof, at)
    }

    /// Reports an element that does not belong, keeps it verbatim in `unknown`.
    fn unexpected(
        &mut self,
        el: El<'a>,
        parent: &str,
        unknown: &mut Vec<RawXml>,
    ) -> Result<u32, ReadError> {
        let end = self.ev.skip()?;
        let span = Span::new(el.start, end);
        self.diag(
            DiagnosticKind::UnexpectedElement {
                name: el.qname.to_owned(),
                parent: parent.to_owned(),
            },
            span,
        );
        unknown.push(self.raw(&el, end));
        Ok(end)
    }

    /// Reports and skips an element that does not belong where nothing can keep it.
    fn unexpected_dropped(&mut self, el: El<'a>, parent: &str) -> Result<u32, ReadError> {
        let mut sink = Vec::new();
        self.unexpected(el, parent, &mut sink)
    }

    fn raw(&self, el: &El<'a>, end: u32) -> RawXml {
        let span = Span::new(el.start, end);
        RawXml {
            name: el.qname.to_owned(),
            xml: self.ev.src().get(span.range()).unwrap_or("").to_owned(),
            span,
        }
    }

    fn duplicate(&mut self, el: &El<'a>, end: u32, unknown: &mut Vec<RawXml>) {
        self.diag(
            DiagnosticKind::DuplicateElement {
                name: el.local.to_owned(),
            },
            Span::new(el.start, end),
        );
        unknown.push(self.raw(el, end));
    }

    fn text_noise(&mut self, text: &str, parent: &str, at: u32, reported: &mut bool) {
        if !*reported && !is_blank(text) {
            *reported = true;
            self.diag(
                DiagnosticKind::UnexpectedText {
                    parent: parent.to_owned(),
                },
                Span::new(at, at),
            );
        }
    }

    /// Reads the text content of the element just opened; returns it and the end offset.
    fn text(&mut self, el: &El<'a>) -> Result<(String, u32), ReadError> {
        let mut acc: Option<Cow<'a, str>> = None;
        loop {
            match self.ev.next()? {
                Ev::Text(t) => match &mut acc {
                    None => acc = Some(t),
                    Some(a) => a.to_mut().push_str(&t),
                },
                Ev::End(end) => return Ok((acc.map(Cow::into_owned).unwrap_or_default(), end)),
                Ev::Start(child) => {
                    self.unexpected_dropped(child, el.local)?;
                }
                Ev::Eof => return Err(self.eof_error()),
            }
        }
    }

    /// Text content with surrounding whitespace removed (for `xs:token` values).
    fn token(&mut self, el: &El<'a>) -> Result<(String, u32), ReadError> {
        let (mut t, end) = self.text(el)?;
        let trimmed = t.trim_matches(is_xml_space);
        if trimmed.len() != t.len() {
            t = trimmed.to_owned();
        }
        Ok((t, end))
    }

    fn attr(&mut self, el: &El<'a>, name: &str) -> Option<String> {
        match el.attr(name)? {
            Ok(v) => Some(v),
            Err(raw) => {
                self.diag(
                    DiagnosticKind::InvalidAttribute {
                        name: name.to_owned(),
                        detail: "unbekannte Entität".to_owned(),
                    },
                    Span::new(el.start, el.start),
                );
                Some(raw)
            }
        }
    }

    /// Reads a coded value `<x listURI=.. listVersionID=..><code>..</code></x>`.
    fn code<T: CodeValue>(&mut self, el: &El<'a>) -> Result<(Code<T>, u32), ReadError> {
        let list_uri = self.attr(el, "listURI");
        let list_version_id = self.attr(el, "listVersionID");
        let mut value: Option<String> = None;
        let mut noise = false;
        loop {
            match self.ev.next()? {
                Ev::Start(child) if child.local == "code" && child.ns != Ns::Other => {
                    let (v, end) = self.token(&child)?;
                    if value.is_some() {
                        self.diag(
                            DiagnosticKind::DuplicateElement {
                                name: "code".to_owned(),
                            },
                            Span::new(child.start, end),
                        );
                    } else {
                        value = Some(v);
                    }
                }
                Ev::Start(child) => {
                    self.unexpected_dropped(child, el.local)?;
                }
                Ev::Text(t) => self.text_noise(&t, el.local, el.start, &mut noise),
                Ev::End(end) => {
                    let span = Span::new(el.start, end);
                    let value = match value {
                        Some(v) => v,
                        None => {
                            self.diag(
                                DiagnosticKind::MissingElement {
                                    name: "code".to_owned(),
                                    parent: el.local.to_owned(),
                                },
                                span,
                            );
                            String::new()
                        }
                    };
                    return Ok((
                        Code {
                            value: T::from_code(&value),
                            list_uri,
                            list_version_id,
                            span,
                        },
                        end,
                    ));
                }
                Ev::Eof => return Err(self.eof_error()),
            }
        }
    }

    /// Generic loop over the children of `el`: calls `child` for each child element, which
    /// returns the end offset of what it consumed. Returns the span of `el`.
    fn children(
        &mut self,
        el: &El<'a>,
        mut child: impl FnMut(&mut Self, El<'a>) -> Result<(), ReadError>,
    ) -> Result<Span, ReadError> {
        let mut noise = false;
        loop {
            match self.ev.next()? {
                Ev::Start(c) => child(self, c)?,
                Ev::Text(t) => self.text_noise(&t, el.local, el.start, &mut noise),
                Ev::End(end) => return Ok(Span::new(el.start, end)),
                Ev::Eof => return Err(self.eof_error()),
            }
        }
    }

    fn message(&mut self) -> Result<Message, ReadError> {
        // Prolog: find the root element.
        let root = loop {
            match self.ev.next()? {
                Ev::Start(el) => break el,
                // A byte order mark may start the document.
                Ev::Text(t) if is_blank(t.trim_start_matches('\u{feff}')) => {}
                Ev::Text(_) => {
                    return Err(self.ev.error(
                        ReadErrorKind::Syntax("Text vor dem Wurzelelement".to_owned()),
                        0,
                    ))
                }
                Ev::End(at) => {
                    return Err(self
                        .ev
                        .error(ReadErrorKind::Syntax("unerwartetes End-Tag".to_owned()), at))
                }
                Ev::Eof => return Err(self.ev.error(ReadErrorKind::NoRoot, 0)),
            }
        };
        let version = match root.ns_uri {
            u if u == XdfVersion::V2.namespace() => XdfVersion::V2,
            u if u == XdfVersion::V3.namespace() => XdfVersion::V3,
            XDF1_NS => {
                return Err(self.ev.error(
                    ReadErrorKind::UnsupportedVersion {
                        namespace: XDF1_NS.to_owned(),
                    },
                    root.start,
                ))
            }
            other => {
                return Err(self.ev.error(
                    ReadErrorKind::UnknownNamespace {
                        root: root.qname.to_owned(),
                        namespace: other.to_owned(),
                    },
                    root.start,
                ))
            }
        };
        self.version = version;
        self.ev.set_xdf_namespace(version.namespace());
        let kind = match MessageKind::from_root_name(root.local) {
            Some(k) => k,
            None => {
                return Err(self.ev.error(
                    ReadErrorKind::UnknownMessage(root.local.to_owned()),
                    root.start,
                ))
            }
        };
        let mut namespaces = Vec::new();
        let mut root_attributes = Vec::new();
        // The binding of the root's own prefix is the writer's choice, not content.
        let own = match root.qname.split_once(':') {
            Some((p, _)) => format!("xmlns:{p}"),
            None => "xmlns".to_owned(),
        };
        for (name, value) in root.attributes() {
            if name == own {
                continue;
            } else if name == "xmlns" {
                namespaces.push(NamespaceDecl {
                    prefix: None,
                    uri: value,
                });
            } else if let Some(prefix) = name.strip_prefix("xmlns:") {
                namespaces.push(NamespaceDecl {
                    prefix: Some(prefix.to_owned()),
                    uri: value,
                });
            } else {
                root_attributes.push(Attribute { name, value });
            }
        }
        let mut header: Option<Header> = None;
        let mut content = Content::Missing;
        let span = self.children(&root, |r, el| {
            let mut cx = r.cx();
            cx.root_child(el, kind, &mut header, &mut content)
        })?;
        if kind == MessageKind::Uebersetzung {
            content = Content::Uebersetzung(self.raw(&root, span.end));
        }
        if header.is_none() {
            self.diag(
                DiagnosticKind::MissingElement {
                    name: "header".to_owned(),
                    parent: root.local.to_owned(),
                },
                span,
            );
        }
        if matches!(content, Content::Missing) {
            self.diag(
                DiagnosticKind::MissingElement {
                    name: "Inhalt der Nachricht".to_owned(),
                    parent: root.local.to_owned(),
                },
                span,
            );
        }
        // Epilog: only comments and whitespace may follow.
        loop {
            match self.ev.next()? {
                Ev::Eof => break,
                Ev::Text(t) if is_blank(&t) => {}
                Ev::Start(el) => {
                    return Err(self.ev.error(
                        ReadErrorKind::Syntax("mehr als ein Wurzelelement".to_owned()),
                        el.start,
                    ))
                }
                Ev::Text(_) | Ev::End(_) => {
                    return Err(self.ev.error(
                        ReadErrorKind::Syntax("Inhalt nach dem Wurzelelement".to_owned()),
                        span.end,
                    ))
                }
            }
        }
        Ok(Message {
            version,
            kind,
            header: header.unwrap_or_default(),
            content,
            namespaces,
            root_attributes,
            comments: Vec::new(),
            span,
        })
    }

    fn identifikation(&mut self, el: &El<'a>) -> Result<Identifikation, ReadError> {
        let mut id: Option<ElementId> = None;
        let mut version: Option<Version> = None;
        let mut dropped = Vec::new();
        let span = self.children(el, |r, c| {
            if c.is("id") {
                let (t, end) = r.token(&c)?;
                if t.is_empty() {
                    r.diag(
                        DiagnosticKind::EmptyValue {
                            name: "id".to_owned(),
                        },
                        Span::new(c.start, end),
                    );
                }
                let cx = Cx {
                    reader: r,
                    last_end: end,
                };
                put!(cx, id, ElementId::new(t), c, dropped);
            } else if c.is("version") {
                let (t, end) = r.token(&c)?;
                let cx = Cx {
                    reader: r,
                    last_end: end,
                };
                put!(cx, version, Version::new(t), c, dropped);
            } else {
                r.unexpected(c, "identifikation", &mut dropped)?;
            }
            Ok(())
        })?;
        if id.is_none() {
            self.diag(
                DiagnosticKind::MissingElement {
                    name: "id".to_owned(),
                    parent: el.local.to_owned(),
                },
                span,
            );
        }
        Ok(Identifikation { id, version, span })
    }

    fn rechtsbezug(&mut self, el: &El<'a>) -> Result<(Rechtsbezug, u32), ReadError> {
        let link = self.attr(el, "link");
        let (text, end) = self.text(el)?;
        Ok((Rechtsbezug { text, link }, end))
    }

    /// Pushes the group's key on the ancestor stack after reporting a cycle.
    fn enter_group(&mut self, ident: &Identifikation, start: u32) -> bool {
        let Some(id) = ident.id.clone() else {
            return false;
        };
        if let Some((_, _, ancestor)) = self
            .groups
            .iter()
            .find(|(gid, gv, _)| *gid == id && *gv == ident.version)
        {
            let ancestor = Span::new(*ancestor, *ancestor);
            self.diag(
                DiagnosticKind::GroupCycle {
                    id: ident.label(),
                    ancestor,
                },
                Span::new(start, ident.span.end),
            );
        }
        self.groups.push((id, ident.version.clone(), start));
        true
    }
}

impl<'a> Cx<'_, 'a> {
    fn text(&mut self, el: &El<'a>) -> Result<String, ReadError> {
        let (t, end) = self.reader.text(el)?;
        self.last_end = end;
        Ok(t)
    }

    fn token(&mut self, el: &El<'a>) -> Result<String, ReadError> {
        let (t, end) = self.reader.token(el)?;
        self.last_end = end;
        Ok(t)
    }

    fn code<T: CodeValue>(&mut self, el: &El<'a>) -> Result<Code<T>, ReadError> {
        let (c, end) = self.reader.code(el)?;
        self.last_end = end;
        Ok(c)
    }

    fn identifikation(&mut self, el: &El<'a>) -> Result<Identifikation, ReadError> {
        let i = self.reader.identifikation(el)?;
        self.last_end = i.span.end;
        Ok(i)
    }

    fn root_child(
        &mut self,
        el: El<'a>,
        kind: MessageKind,
        header: &mut Option<Header>,
        content: &mut Content,
    ) -> Result<(), ReadError> {
        if el.ns != Ns::Xdf {
            self.reader.unexpected_dropped(el, "Nachricht")?;
            return Ok(());
        }
        let filled = !matches!(content, Content::Missing);
        let new = match (kind, el.local) {
            (_, "header") => {
                let h = self.header(&el)?;
                if header.is_some() {
                    let mut sink = Vec::new();
                    self.reader.duplicate(&el, h.span.end, &mut sink);
                } else {
                    *header = Some(h);
                }
                return Ok(());
            }
            (MessageKind::Stammdatenschema, "stammdatenschema") => {
                Content::Schema(Box::new(self.schema(&el)?))
            }
            (MessageKind::Datenfeldgruppe, "datenfeldgruppe") => {
                Content::Group(Box::new(self.group(&el)?))
            }
            (MessageKind::Datenfeld, "datenfeld") => Content::Field(Box::new(self.field(&el)?)),
            (MessageKind::Dokumentsteckbrief, "dokumentsteckbrief" | "dokumentensteckbrief") => {
                Content::Dokumentsteckbrief(Box::new(self.dokumentsteckbrief(&el)?))
            }
            (MessageKind::Codeliste, "codeliste") => {
                Content::Codeliste(Box::new(self.codeliste(&el)?))
            }
            (MessageKind::Codeliste, "genericode") => {
                let end = self.reader.ev.skip()?;
                let span = Span::new(el.start, end);
                Content::Codeliste(Box::new(CodelisteMessage {
                    genericode: Some(self.reader.raw(&el, end)),
                    span,
                    ..Default::default()
                }))
            }
            (MessageKind::Uebersetzung, "uebersetzt" | "sprache") => {
                // Kept as raw XML of the whole message by the caller.
                self.reader.ev.skip()?;
                return Ok(());
            }
            _ => {
                self.reader.unexpected_dropped(el, kind.root_name())?;
                return Ok(());
            }
        };
        if filled {
            let end = self.last_end;
            let mut sink = Vec::new();
            self.reader.duplicate(&el, end, &mut sink);
        } else {
            *content = new;
        }
        Ok(())
    }

    fn header(&mut self, el: &El<'a>) -> Result<Header, ReadError> {
        let mut h = Header::default();
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            match (c.ns, c.local) {
                (Ns::Xdf, "nachrichtID") => put!(cx, h.nachricht_id, cx.token(&c)?, c, sink),
                (Ns::Xdf, "erstellungszeitpunkt") => {
                    put!(cx, h.erstellungszeitpunkt, cx.token(&c)?, c, sink)
                }
                (Ns::Xdf, "referenzID") => put!(cx, h.referenz_id, cx.token(&c)?, c, sink),
                (Ns::Xdf, "produktbezeichnung") => {
                    put!(cx, h.produktbezeichnung, cx.text(&c)?, c, sink)
                }
                (Ns::Xdf, "produkthersteller") => {
                    put!(cx, h.produkthersteller, cx.text(&c)?, c, sink)
                }
                (Ns::Xdf, "produktversion") => put!(cx, h.produktversion, cx.text(&c)?, c, sink),
                (Ns::Xdf, "datenqualitaet") => {
                    put!(cx, h.datenqualitaet, cx.code(&c)?, c, sink)
                }
                _ => {
                    r.unexpected(c, "header", &mut sink)?;
                }
            }
            Ok(())
        })?;
        h.span = span;
        Ok(h)
    }

    /// Handles a child that belongs to the general information of every object. Returns
    /// the element back when it is not one of them.
    fn angaben_child(&mut self, c: El<'a>, a: &mut Angaben) -> Result<Option<El<'a>>, ReadError> {
        if c.ns != Ns::Xdf {
            return Ok(Some(c));
        }
        match c.local {
            "identifikation" => {
                let i = self.identifikation(&c)?;
                if a.identifikation.span.is_empty() {
                    a.identifikation = i;
                } else {
                    self.reader.duplicate(&c, i.span.end, &mut a.unknown);
                }
            }
            "name" => put!(self, a.name, self.text(&c)?, c, a.unknown),
            "bezeichnungEingabe" => put!(self, a.bezeichnung_eingabe, self.text(&c)?, c, a.unknown),
            "bezeichnungAusgabe" => put!(self, a.bezeichnung_ausgabe, self.text(&c)?, c, a.unknown),
            "beschreibung" => put!(self, a.beschreibung, self.text(&c)?, c, a.unknown),
            "definition" => put!(self, a.definition, self.text(&c)?, c, a.unknown),
            "bezug" => {
                let (b, end) = self.reader.rechtsbezug(&c)?;
                self.last_end = end;
                if self.reader.version == XdfVersion::V2 && !a.bezug.is_empty() {
                    self.reader.duplicate(&c, end, &mut a.unknown);
                } else {
                    a.bezug.push(b);
                }
            }
            "status" => put!(self, a.status, self.code(&c)?, c, a.unknown),
            "freigabestatus" => put!(self, a.freigabestatus, self.code(&c)?, c, a.unknown),
            "statusGesetztAm" => put!(self, a.status_gesetzt_am, self.token(&c)?, c, a.unknown),
            "statusGesetztDurch" => {
                put!(self, a.status_gesetzt_durch, self.text(&c)?, c, a.unknown)
            }
            "gueltigAb" => put!(self, a.gueltig_ab, self.token(&c)?, c, a.unknown),
            "gueltigBis" => put!(self, a.gueltig_bis, self.token(&c)?, c, a.unknown),
            "fachlicherErsteller" => {
                put!(self, a.fachlicher_ersteller, self.text(&c)?, c, a.unknown)
            }
            "versionshinweis" => put!(self, a.versionshinweis, self.text(&c)?, c, a.unknown),
            "freigabedatum" => put!(self, a.freigabedatum, self.token(&c)?, c, a.unknown),
            "veroeffentlichungsdatum" => {
                put!(
                    self,
                    a.veroeffentlichungsdatum,
                    self.token(&c)?,
                    c,
                    a.unknown
                )
            }
            "letzteAenderung" => put!(self, a.letzte_aenderung, self.token(&c)?, c, a.unknown),
            "relation" => {
                let rel = self.relation(&c)?;
                a.relation.push(rel);
            }
            "stichwort" => {
                let uri = self.reader.attr(&c, "uri");
                let text = self.text(&c)?;
                a.stichwort.push(Stichwort { text, uri });
            }
            "schemaelementart" => put!(self, a.schemaelementart, self.code(&c)?, c, a.unknown),
            "hilfetextEingabe" => put!(self, a.hilfetext_eingabe, self.text(&c)?, c, a.unknown),
            "hilfetextAusgabe" => put!(self, a.hilfetext_ausgabe, self.text(&c)?, c, a.unknown),
            _ => return Ok(Some(c)),
        }
        Ok(None)
    }

    fn relation(&mut self, el: &El<'a>) -> Result<Relation, ReadError> {
        let mut praedikat = None;
        let mut objekt = None;
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            if c.is("praedikat") {
                put!(cx, praedikat, cx.code(&c)?, c, sink);
            } else if c.is("objekt") {
                put!(cx, objekt, cx.identifikation(&c)?, c, sink);
            } else {
                r.unexpected(c, "relation", &mut sink)?;
            }
            Ok(())
        })?;
        self.last_end = span.end;
        Ok(Relation {
            praedikat,
            objekt: objekt.unwrap_or_default(),
            span,
        })
    }

    /// Reports a missing required child.
    fn require<T>(&mut self, slot: &Option<T>, name: &str, parent: &str, span: Span) {
        if slot.is_none() {
            self.reader.diag(
                DiagnosticKind::MissingElement {
                    name: name.to_owned(),
                    parent: parent.to_owned(),
                },
                span,
            );
        }
    }

    fn require_angaben(&mut self, a: &Angaben, parent: &str, span: Span) {
        if a.identifikation.span.is_empty() {
            self.require(&None::<()>, "identifikation", parent, span);
        }
        self.require(&a.name, "name", parent, span);
    }

    fn schema(&mut self, el: &El<'a>) -> Result<Datenschema, ReadError> {
        let mut s = Datenschema::default();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let Some(c) = cx.angaben_child(c, &mut s.angaben)? else {
                return Ok(());
            };
            let u = &mut s.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "bezeichnung") => put!(cx, s.bezeichnung, cx.text(&c)?, c, *u),
                (Ns::Xdf, "hilfetext") => put!(cx, s.hilfetext, cx.text(&c)?, c, *u),
                (Ns::Xdf, "ableitungsmodifikationenStruktur") => {
                    put!(cx, s.ableitungsmodifikationen_struktur, cx.code(&c)?, c, *u)
                }
                (Ns::Xdf, "ableitungsmodifikationenRepraesentation") => put!(
                    cx,
                    s.ableitungsmodifikationen_repraesentation,
                    cx.code(&c)?,
                    c,
                    *u
                ),
                (Ns::Xdf, "dokumentsteckbrief") => {
                    put!(cx, s.dokumentsteckbrief, cx.identifikation(&c)?, c, *u)
                }
                (Ns::Xdf, "regel") => s.regeln.push(cx.regel(&c)?),
                (Ns::Xdf, "struktur") => s.struktur.push(cx.struktur(&c)?),
                _ => {
                    r.unexpected(c, "stammdatenschema", u)?;
                }
            }
            Ok(())
        })?;
        s.span = span;
        self.last_end = span.end;
        self.require_angaben(&s.angaben, "stammdatenschema", span);
        Ok(s)
    }

    fn group(&mut self, el: &El<'a>) -> Result<Datenfeldgruppe, ReadError> {
        let mut g = Datenfeldgruppe::default();
        let mut entered = false;
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let is_ident = c.is("identifikation");
            let Some(c) = cx.angaben_child(c, &mut g.angaben)? else {
                if is_ident && !entered {
                    entered = r.enter_group(&g.angaben.identifikation, el.start);
                }
                return Ok(());
            };
            let u = &mut g.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "art") => put!(cx, g.art, cx.code(&c)?, c, *u),
                (Ns::Xdf, "regel") => g.regeln.push(cx.regel(&c)?),
                (Ns::Xdf, "struktur") => g.struktur.push(cx.struktur(&c)?),
                _ => {
                    r.unexpected(c, "datenfeldgruppe", u)?;
                }
            }
            Ok(())
        })?;
        if entered {
            self.reader.groups.pop();
        }
        g.span = span;
        self.last_end = span.end;
        self.require_angaben(&g.angaben, "datenfeldgruppe", span);
        Ok(g)
    }

    fn struktur(&mut self, el: &El<'a>) -> Result<Struktur, ReadError> {
        let mut anzahl = None;
        let mut bezug = Vec::new();
        let mut enthaelt: Option<Enthaelt> = None;
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            match (c.ns, c.local) {
                (Ns::Xdf, "anzahl") => put!(cx, anzahl, Anzahl::new(cx.token(&c)?), c, sink),
                (Ns::Xdf, "bezug") => {
                    let (b, _) = r.rechtsbezug(&c)?;
                    bezug.push(b);
                }
                (Ns::Xdf, "enthaelt") => {
                    let e = cx.enthaelt(&c)?;
                    put!(cx, enthaelt, e, c, sink)
                }
                _ => {
                    r.unexpected(c, "struktur", &mut sink)?;
                }
            }
            Ok(())
        })?;
        self.last_end = span.end;
        self.require(&anzahl, "anzahl", "struktur", span);
        self.require(&enthaelt, "enthaelt", "struktur", span);
        Ok(Struktur {
            anzahl,
            bezug,
            enthaelt: enthaelt.unwrap_or(Enthaelt::Missing),
            span,
        })
    }

    fn enthaelt(&mut self, el: &El<'a>) -> Result<Enthaelt, ReadError> {
        let mut found: Option<Enthaelt> = None;
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            match (c.ns, c.local) {
                (Ns::Xdf, "datenfeldgruppe") => {
                    let g = Enthaelt::Group(Box::new(cx.group(&c)?));
                    put!(cx, found, g, c, sink)
                }
                (Ns::Xdf, "datenfeld") => {
                    let f = Enthaelt::Field(Box::new(cx.field(&c)?));
                    put!(cx, found, f, c, sink)
                }
                _ => {
                    r.unexpected(c, "enthaelt", &mut sink)?;
                }
            }
            Ok(())
        })?;
        self.last_end = span.end;
        Ok(found.unwrap_or(Enthaelt::Missing))
    }

    fn field(&mut self, el: &El<'a>) -> Result<Datenfeld, ReadError> {
        let mut f = Datenfeld::default();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let Some(c) = cx.angaben_child(c, &mut f.angaben)? else {
                return Ok(());
            };
            let u = &mut f.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "feldart") => put!(cx, f.feldart, cx.code(&c)?, c, *u),
                (Ns::Xdf, "datentyp") => put!(cx, f.datentyp, cx.code(&c)?, c, *u),
                (Ns::Xdf, "praezisierung") => {
                    put!(cx, f.praezisierung, cx.praezisierung(&c)?, c, *u)
                }
                (Ns::Xdf, "inhalt") => put!(cx, f.inhalt, cx.text(&c)?, c, *u),
                (Ns::Xdf, "vorbefuellung") => put!(cx, f.vorbefuellung, cx.code(&c)?, c, *u),
                (Ns::Xdf, "werte") => put!(cx, f.werte, cx.werte(&c)?, c, *u),
                (Ns::Xdf, "codelisteReferenz") => {
                    let mut reference = CodelisteReferenz::default();
                    cx.codeliste_referenz(&c, &mut reference)?;
                    put!(cx, f.codeliste_referenz, reference, c, *u)
                }
                (Ns::Xdf, "codeKey") => put!(cx, f.code_key, cx.token(&c)?, c, *u),
                (Ns::Xdf, "nameKey") => put!(cx, f.name_key, cx.token(&c)?, c, *u),
                (Ns::Xdf, "helpKey") => put!(cx, f.help_key, cx.token(&c)?, c, *u),
                (Ns::Xdf, "regel") => f.regeln.push(cx.regel(&c)?),
                (Ns::Xdf, "maxSize") => put!(cx, f.max_size, cx.token(&c)?, c, *u),
                (Ns::Xdf, "mediaType") => f.media_type.push(cx.token(&c)?),
                _ => {
                    r.unexpected(c, "datenfeld", u)?;
                }
            }
            Ok(())
        })?;
        f.span = span;
        self.last_end = span.end;
        self.require_angaben(&f.angaben, "datenfeld", span);
        self.require(&f.feldart, "feldart", "datenfeld", span);
        self.require(&f.datentyp, "datentyp", "datenfeld", span);
        Ok(f)
    }

    fn praezisierung(&mut self, el: &El<'a>) -> Result<Praezisierung, ReadError> {
        let mut p = Praezisierung::default();
        let attrs = ["minLength", "maxLength", "minValue", "maxValue", "pattern"];
        let mut from_attrs: Vec<(&str, String)> = Vec::new();
        for name in attrs {
            if let Some(v) = self.reader.attr(el, name) {
                from_attrs.push((name, v));
            }
        }
        let (raw, end) = self.reader.text(el)?;
        self.last_end = end;
        p.span = Span::new(el.start, end);
        let mut problems = Vec::new();
        for (name, value) in from_attrs {
            set_constraint(&mut p, name, value, &mut problems);
        }
        // 2.0 carries the constraints as a JSON string; 3.0.0 as attributes (the text is free).
        let json = raw.trim();
        if self.reader.version == XdfVersion::V2 && !json.is_empty() {
            match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json) {
                Ok(map) => {
                    for (k, v) in map {
                        let value = match v {
                            serde_json::Value::String(s) => s,
                            serde_json::Value::Null => continue,
                            other => other.to_string(),
                        };
                        set_constraint(&mut p, &k, value, &mut problems);
                    }
                }
                Err(e) => problems.push(format!("kein gültiges JSON-Objekt ({e})")),
            }
        }
        p.raw = raw;
        for detail in problems {
            self.reader
                .diag(DiagnosticKind::InvalidPraezisierung { detail }, p.span);
        }
        Ok(p)
    }

    fn werte(&mut self, el: &El<'a>) -> Result<Vec<Wert>, ReadError> {
        let mut werte = Vec::new();
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            if !c.is("wert") {
                r.unexpected(c, "werte", &mut sink)?;
                return Ok(());
            }
            let (mut code, mut name, mut hilfe) = (None, None, None);
            let wspan = r.children(&c, |r2, w| {
                let mut cx = r2.cx();
                match (w.ns, w.local) {
                    (Ns::Xdf | Ns::None, "code") => put!(cx, code, cx.token(&w)?, w, sink),
                    (Ns::Xdf | Ns::None, "name") => put!(cx, name, cx.text(&w)?, w, sink),
                    (Ns::Xdf | Ns::None, "hilfe") => put!(cx, hilfe, cx.text(&w)?, w, sink),
                    _ => {
                        r2.unexpected(w, "wert", &mut sink)?;
                    }
                }
                Ok(())
            })?;
            let mut cx = r.cx();
            cx.require(&code, "code", "wert", wspan);
            cx.require(&name, "name", "wert", wspan);
            werte.push(Wert {
                code: code.unwrap_or_default(),
                name: name.unwrap_or_default(),
                hilfe,
            });
            Ok(())
        })?;
        self.last_end = span.end;
        Ok(werte)
    }

    /// Reads a code list reference; handles the 2.0 nesting (`identifikation` +
    /// `genericodeIdentification`) and the flat 3.0.0 form into one value.
    fn codeliste_referenz(
        &mut self,
        el: &El<'a>,
        into: &mut CodelisteReferenz,
    ) -> Result<(), ReadError> {
        let mut sink = Vec::new();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            match (c.ns, c.local) {
                (Ns::Xdf, "identifikation") => {
                    put!(cx, into.identifikation, cx.identifikation(&c)?, c, sink)
                }
                (Ns::Xdf, "genericodeIdentification") => {
                    let saved = into.span;
                    cx.codeliste_referenz(&c, into)?;
                    into.span = saved;
                }
                (Ns::Xdf, "canonicalIdentification") => {
                    put!(cx, into.canonical_identification, cx.token(&c)?, c, sink)
                }
                (Ns::Xdf, "version") => put!(cx, into.version, cx.token(&c)?, c, sink),
                (Ns::Xdf, "canonicalVersionUri") => {
                    put!(cx, into.canonical_version_uri, cx.token(&c)?, c, sink)
                }
                _ => {
                    r.unexpected(c, "codelisteReferenz", &mut sink)?;
                }
            }
            Ok(())
        })?;
        into.span = span;
        self.last_end = span.end;
        Ok(())
    }

    fn regel(&mut self, el: &El<'a>) -> Result<Regel, ReadError> {
        let mut g = Regel::default();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let Some(c) = cx.angaben_child(c, &mut g.angaben)? else {
                return Ok(());
            };
            let u = &mut g.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "freitextRegel") => put!(cx, g.freitext_regel, cx.text(&c)?, c, *u),
                (Ns::Xdf, "typ") => put!(cx, g.typ, cx.code(&c)?, c, *u),
                (Ns::Xdf, "script" | "skript") => put!(cx, g.script, cx.text(&c)?, c, *u),
                (Ns::Xdf, "param") => {
                    let element = r.attr(&c, "element");
                    let name = r.attr(&c, "name");
                    let mut typ = None;
                    let mut sink = Vec::new();
                    r.children(&c, |r2, t| {
                        if t.is("typ") {
                            let (v, end) = r2.token(&t)?;
                            let code = Code::new(CodeValue::from_code(&v), Span::new(t.start, end));
                            let cx2 = Cx {
                                reader: r2,
                                last_end: end,
                            };
                            put!(cx2, typ, code, t, sink);
                        } else {
                            r2.unexpected(t, "param", &mut sink)?;
                        }
                        Ok(())
                    })?;
                    g.param.push(RegelParameter { typ, element, name });
                }
                (Ns::Xdf, "ziel") => {
                    let element = r.attr(&c, "element");
                    let name = r.attr(&c, "name");
                    r.ev.skip()?;
                    g.ziel.push(RegelZiel { element, name });
                }
                (Ns::Xdf, "fehler") => {
                    let code = cx.reader.attr(&c, "code");
                    let text = cx.text(&c)?;
                    g.fehler.push(Fehlermeldung { text, code });
                }
                _ => {
                    r.unexpected(c, "regel", u)?;
                }
            }
            Ok(())
        })?;
        g.span = span;
        self.last_end = span.end;
        self.require_angaben(&g.angaben, "regel", span);
        Ok(g)
    }

    fn dokumentsteckbrief(&mut self, el: &El<'a>) -> Result<Dokumentsteckbrief, ReadError> {
        let mut d = Dokumentsteckbrief::default();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let Some(c) = cx.angaben_child(c, &mut d.angaben)? else {
                return Ok(());
            };
            let u = &mut d.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "isReferenz" | "istAbstrakt") => {
                    put!(cx, d.ist_abstrakt, cx.token(&c)?, c, *u)
                }
                (Ns::Xdf, "dokumentart") => {
                    let art = if cx.reader.version == XdfVersion::V3 {
                        cx.code::<String>(&c)?
                    } else {
                        let text = cx.text(&c)?;
                        Code::new(text, Span::new(c.start, cx.last_end))
                    };
                    put!(cx, d.dokumentart, art, c, *u)
                }
                (Ns::Xdf, "bezeichnung") => put!(cx, d.bezeichnung, cx.text(&c)?, c, *u),
                (Ns::Xdf, "hilfetext") => put!(cx, d.hilfetext, cx.text(&c)?, c, *u),
                _ => {
                    r.unexpected(c, "dokumentsteckbrief", u)?;
                }
            }
            Ok(())
        })?;
        d.span = span;
        self.last_end = span.end;
        self.require_angaben(&d.angaben, "dokumentsteckbrief", span);
        Ok(d)
    }

    fn codeliste(&mut self, el: &El<'a>) -> Result<CodelisteMessage, ReadError> {
        let mut m = CodelisteMessage::default();
        let span = self.reader.children(el, |r, c| {
            let mut cx = r.cx();
            let Some(c) = cx.angaben_child(c, &mut m.angaben)? else {
                return Ok(());
            };
            let u = &mut m.angaben.unknown;
            match (c.ns, c.local) {
                (Ns::Xdf, "genericodeIdentification") => {
                    let mut reference = CodelisteReferenz::default();
                    cx.codeliste_referenz(&c, &mut reference)?;
                    put!(cx, m.referenz, reference, c, *u)
                }
                (Ns::Xdf, "langname") => put!(cx, m.langname, cx.text(&c)?, c, *u),
                (Ns::Xdf, "genericode") => {
                    let end = cx.reader.ev.skip()?;
                    let raw = cx.reader.raw(&c, end);
                    cx.last_end = end;
                    put!(cx, m.genericode, raw, c, *u)
                }
                _ => {
                    r.unexpected(c, "codeliste", u)?;
                }
            }
            Ok(())
        })?;
        m.span = span;
        self.last_end = span.end;
        Ok(m)
    }
}

/// The 3.0.0 `dokumentart` code: an open token list, kept as text.
/// Sets one constraint of a praezisierung from its name and textual value.
fn set_constraint(p: &mut Praezisierung, name: &str, value: String, problems: &mut Vec<String>) {
    match name {
        "minLength" | "maxLength" => match value.trim().parse::<u64>() {
            Ok(n) => {
                if name == "minLength" {
                    p.min_length = Some(n);
                } else {
                    p.max_length = Some(n);
                }
            }
            Err(_) => {
                problems.push(format!(
                    "`{name}` ist keine nichtnegative ganze Zahl: `{value}`"
                ));
                p.unparsed.push((name.to_owned(), value));
            }
        },
        "minValue" => p.min_value = Some(value),
        "maxValue" => p.max_value = Some(value),
        "pattern" => p.pattern = Some(value),
        _ => p.unparsed.push((name.to_owned(), value)),
    }
}

/// XML whitespace: space, tab, CR, LF (and nothing else, unlike `char::is_whitespace`).
fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Whether `s` is empty or XML whitespace only. Byte-wise: this runs between all elements.
fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}
