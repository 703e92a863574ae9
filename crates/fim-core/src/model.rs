//! The version-neutral model of XDatenfelder 2.0 and 3.0.0 messages.
//!
//! One set of types holds both versions: where the versions differ, the model holds the
//! union (for example [`Angaben::status`] for 2.0 and [`Angaben::freigabestatus`] for 3.0.0).
//! Texts are kept exactly as in the source (entities resolved, whitespace and CR/LF kept); an
//! element that was absent is `None`, an element that was present but empty is `Some("")`.
//! Every object carries the [`Span`] of its element in the source.

use crate::codes::{
    AbleitungRepraesentation, AbleitungStruktur, CodeValue, Datenqualitaet, Datentyp, Feldart,
    Freigabestatus, Gruppenart, Praedikat, RegelParamTyp, Regeltyp, Schemaelementart, Status,
    Vorbefuellung,
};
use crate::ids::{Anzahl, ElementId, IdKind, Version};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The XDatenfelder version of a message, detected from the root namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum XdfVersion {
    /// XDatenfelder 2.0 (`urn:xoev-de:fim:standard:xdatenfelder_2`).
    #[serde(rename = "2.0")]
    V2,
    /// XDatenfelder 3.0.0 (`urn:xoev-de:fim:standard:xdatenfelder_3.0.0`).
    #[serde(rename = "3.0.0")]
    V3,
}

impl XdfVersion {
    /// The namespace URI of this version.
    pub const fn namespace(self) -> &'static str {
        match self {
            XdfVersion::V2 => "urn:xoev-de:fim:standard:xdatenfelder_2",
            XdfVersion::V3 => "urn:xoev-de:fim:standard:xdatenfelder_3.0.0",
        }
    }

    /// The version as written in the standard's name (`2.0`, `3.0.0`).
    pub const fn as_str(self) -> &'static str {
        match self {
            XdfVersion::V2 => "2.0",
            XdfVersion::V3 => "3.0.0",
        }
    }

    /// Number of digits in the ids of this version (8 or 11).
    pub const fn id_digits(self) -> usize {
        match self {
            XdfVersion::V2 => 8,
            XdfVersion::V3 => 11,
        }
    }
}

impl std::fmt::Display for XdfVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of message, given by the root element's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageKind {
    /// `xdatenfelder.dokumentsteckbrief.0101`.
    Dokumentsteckbrief,
    /// `xdatenfelder.stammdatenschema.0102`.
    Stammdatenschema,
    /// `xdatenfelder.datenfeldgruppe.0103`.
    Datenfeldgruppe,
    /// `xdatenfelder.datenfeld.0104`.
    Datenfeld,
    /// `xdatenfelder.codeliste.0105`.
    Codeliste,
    /// `xdatenfelder.uebersetzung.0106` (3.0.0 only).
    Uebersetzung,
}

impl MessageKind {
    /// The root element's local name.
    pub const fn root_name(self) -> &'static str {
        match self {
            MessageKind::Dokumentsteckbrief => "xdatenfelder.dokumentsteckbrief.0101",
            MessageKind::Stammdatenschema => "xdatenfelder.stammdatenschema.0102",
            MessageKind::Datenfeldgruppe => "xdatenfelder.datenfeldgruppe.0103",
            MessageKind::Datenfeld => "xdatenfelder.datenfeld.0104",
            MessageKind::Codeliste => "xdatenfelder.codeliste.0105",
            MessageKind::Uebersetzung => "xdatenfelder.uebersetzung.0106",
        }
    }

    /// The kind for a root element's local name.
    pub fn from_root_name(name: &str) -> Option<Self> {
        Some(match name {
            "xdatenfelder.dokumentsteckbrief.0101" => MessageKind::Dokumentsteckbrief,
            "xdatenfelder.stammdatenschema.0102" => MessageKind::Stammdatenschema,
            "xdatenfelder.datenfeldgruppe.0103" => MessageKind::Datenfeldgruppe,
            "xdatenfelder.datenfeld.0104" => MessageKind::Datenfeld,
            "xdatenfelder.codeliste.0105" => MessageKind::Codeliste,
            "xdatenfelder.uebersetzung.0106" => MessageKind::Uebersetzung,
            _ => return None,
        })
    }
}

/// One XDatenfelder message: header and one top-level object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// The version the message was written in.
    pub version: XdfVersion,
    /// The message kind (root element).
    pub kind: MessageKind,
    /// The message header.
    pub header: Header,
    /// The top-level object.
    pub content: Content,
    /// Namespace declarations on the root element as written (`xmlns`, `xmlns:p`), so that
    /// a writer can keep bindings that kept fragments and attributes rely on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub namespaces: Vec<NamespaceDecl>,
    /// Other attributes of the root element as written (for example `xsi:schemaLocation`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub root_attributes: Vec<Attribute>,
    /// Document-level comments: before and after the root element, and inside it before the
    /// header (where generators put their notes). Comments deeper inside are not kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// Span of the root element.
    pub span: Span,
}

/// A namespace declaration: `xmlns="uri"` (prefix `None`) or `xmlns:prefix="uri"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamespaceDecl {
    /// The prefix; `None` for the default namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The namespace URI.
    pub uri: String,
}

/// An XML comment kept with the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Where the comment stands.
    pub place: CommentPlace,
    /// The text between `<!--` and `-->`, as written.
    pub text: String,
}

/// Where a kept comment stands in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommentPlace {
    /// Before the root element.
    Prolog,
    /// Inside the root element, before the header.
    RootStart,
    /// After the root element.
    Epilog,
}

/// An attribute: qualified name as written and unescaped value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    /// Qualified name, e.g. `xsi:schemaLocation`.
    pub name: String,
    /// The value, entities resolved.
    pub value: String,
}

/// The top-level object of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Content {
    /// A Datenschema (Stammdatenschema).
    Schema(Box<Datenschema>),
    /// A Datenfeldgruppe.
    Group(Box<Datenfeldgruppe>),
    /// A Datenfeld.
    Field(Box<Datenfeld>),
    /// A Dokumentsteckbrief.
    Dokumentsteckbrief(Box<Dokumentsteckbrief>),
    /// A code list message.
    Codeliste(Box<CodelisteMessage>),
    /// A translation message (3.0.0), kept as raw XML.
    Uebersetzung(RawXml),
    /// The message's object was missing (reported as a diagnostic).
    Missing,
}

/// Message header.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// `nachrichtID`.
    pub nachricht_id: Option<String>,
    /// `erstellungszeitpunkt` (xs:dateTime, as written).
    pub erstellungszeitpunkt: Option<String>,
    /// `referenzID`.
    pub referenz_id: Option<String>,
    /// `produktbezeichnung` (3.0.0).
    pub produktbezeichnung: Option<String>,
    /// `produkthersteller` (3.0.0).
    pub produkthersteller: Option<String>,
    /// `produktversion` (3.0.0).
    pub produktversion: Option<String>,
    /// `datenqualitaet` (3.0.0).
    pub datenqualitaet: Option<Code<Datenqualitaet>>,
    /// Span of the `header` element.
    pub span: Span,
}

/// A coded value (`<x listURI=".." listVersionID=".."><code>..</code></x>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Code<T> {
    /// The value.
    pub value: T,
    /// `listURI` attribute, if present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_uri: Option<String>,
    /// `listVersionID` attribute, if present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_version_id: Option<String>,
    /// Span of the element.
    pub span: Span,
}

impl<T: CodeValue> Code<T> {
    /// A code with no list attributes.
    pub fn new(value: T, span: Span) -> Self {
        Code {
            value,
            list_uri: None,
            list_version_id: None,
            span,
        }
    }
}

/// An unrecognised element kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawXml {
    /// The element's qualified name as written.
    pub name: String,
    /// The source text of the whole element.
    pub xml: String,
    /// Span of the element.
    pub span: Span,
}

/// `identifikation`: id and optional version.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifikation {
    /// The id; `None` when the `id` element is missing.
    pub id: Option<ElementId>,
    /// The version; `None` when absent (allowed in 2.0).
    pub version: Option<Version>,
    /// Span of the `identifikation` element.
    pub span: Span,
}

impl Identifikation {
    /// `id` or `id Vversion`, for messages; `?` for a missing id.
    pub fn label(&self) -> String {
        let id = self.id.as_ref().map_or("?", ElementId::as_str);
        match &self.version {
            Some(v) => format!("{id} V{v}"),
            None => id.to_owned(),
        }
    }
}

/// A legal reference (`bezug`); in 3.0.0 with an optional `link`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rechtsbezug {
    /// The reference text.
    pub text: String,
    /// `link` attribute (3.0.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// A relation to another object (3.0.0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// The predicate.
    pub praedikat: Option<Code<Praedikat>>,
    /// The related object.
    pub objekt: Identifikation,
    /// Span of the `relation` element.
    pub span: Span,
}

/// A keyword (3.0.0 `stichwort`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stichwort {
    /// The keyword.
    pub text: String,
    /// `uri` attribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

/// The general information every object carries (AllgemeineAngaben and
/// Schemaelementangaben of both versions, as one union).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Angaben {
    /// `identifikation`.
    pub identifikation: Identifikation,
    /// `name`.
    pub name: Option<String>,
    /// `bezeichnungEingabe`.
    pub bezeichnung_eingabe: Option<String>,
    /// `bezeichnungAusgabe`.
    pub bezeichnung_ausgabe: Option<String>,
    /// `beschreibung`.
    pub beschreibung: Option<String>,
    /// `definition`.
    pub definition: Option<String>,
    /// `bezug` (one in 2.0, any number in 3.0.0).
    pub bezug: Vec<Rechtsbezug>,
    /// `status` (2.0).
    pub status: Option<Code<Status>>,
    /// `freigabestatus` (3.0.0).
    pub freigabestatus: Option<Code<Freigabestatus>>,
    /// `statusGesetztAm` (3.0.0).
    pub status_gesetzt_am: Option<String>,
    /// `statusGesetztDurch` (3.0.0).
    pub status_gesetzt_durch: Option<String>,
    /// `gueltigAb`.
    pub gueltig_ab: Option<String>,
    /// `gueltigBis`.
    pub gueltig_bis: Option<String>,
    /// `fachlicherErsteller`.
    pub fachlicher_ersteller: Option<String>,
    /// `versionshinweis`.
    pub versionshinweis: Option<String>,
    /// `freigabedatum` (2.0).
    pub freigabedatum: Option<String>,
    /// `veroeffentlichungsdatum`.
    pub veroeffentlichungsdatum: Option<String>,
    /// `letzteAenderung` (3.0.0).
    pub letzte_aenderung: Option<String>,
    /// `relation` (3.0.0).
    pub relation: Vec<Relation>,
    /// `stichwort` (3.0.0).
    pub stichwort: Vec<Stichwort>,
    /// `schemaelementart` (groups and fields).
    pub schemaelementart: Option<Code<Schemaelementart>>,
    /// `hilfetextEingabe` (groups and fields).
    pub hilfetext_eingabe: Option<String>,
    /// `hilfetextAusgabe` (groups and fields).
    pub hilfetext_ausgabe: Option<String>,
    /// Child elements the reader did not recognise, kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<RawXml>,
}

impl Angaben {
    /// The id, if present.
    pub fn id(&self) -> Option<&ElementId> {
        self.identifikation.id.as_ref()
    }

    /// The version, if present.
    pub fn version(&self) -> Option<&Version> {
        self.identifikation.version.as_ref()
    }

    /// The name, or `""` when absent.
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }
}

/// A Datenschema (Stammdatenschema): the data of one service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Datenschema {
    /// General information.
    pub angaben: Angaben,
    /// `bezeichnung` (3.0.0).
    pub bezeichnung: Option<String>,
    /// `hilfetext`.
    pub hilfetext: Option<String>,
    /// `ableitungsmodifikationenStruktur`.
    pub ableitungsmodifikationen_struktur: Option<Code<AbleitungStruktur>>,
    /// `ableitungsmodifikationenRepraesentation`.
    pub ableitungsmodifikationen_repraesentation: Option<Code<AbleitungRepraesentation>>,
    /// `dokumentsteckbrief` reference (3.0.0).
    pub dokumentsteckbrief: Option<Identifikation>,
    /// Rules.
    pub regeln: Vec<Regel>,
    /// Structure entries, in order.
    pub struktur: Vec<Struktur>,
    /// Span of the element.
    pub span: Span,
}

/// A Datenfeldgruppe: a named, nested collection of groups and fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Datenfeldgruppe {
    /// General information.
    pub angaben: Angaben,
    /// `art` (3.0.0): `X` for an Auswahlgruppe.
    pub art: Option<Code<Gruppenart>>,
    /// Rules.
    pub regeln: Vec<Regel>,
    /// Structure entries, in order.
    pub struktur: Vec<Struktur>,
    /// Span of the element.
    pub span: Span,
}

/// One `struktur` entry: a child group or field with its multiplicity and legal reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Struktur {
    /// `anzahl`; `None` when missing.
    pub anzahl: Option<Anzahl>,
    /// `bezug` for this use.
    pub bezug: Vec<Rechtsbezug>,
    /// The contained element.
    pub enthaelt: Enthaelt,
    /// Span of the `struktur` element.
    pub span: Span,
}

/// What a structure entry contains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Enthaelt {
    /// A group.
    Group(Box<Datenfeldgruppe>),
    /// A field.
    Field(Box<Datenfeld>),
    /// Nothing usable was found (reported as a diagnostic).
    Missing,
}

/// A Datenfeld: one piece of data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Datenfeld {
    /// General information.
    pub angaben: Angaben,
    /// `feldart`.
    pub feldart: Option<Code<Feldart>>,
    /// `datentyp`.
    pub datentyp: Option<Code<Datentyp>>,
    /// `praezisierung`.
    pub praezisierung: Option<Praezisierung>,
    /// `inhalt`: default or fixed content.
    pub inhalt: Option<String>,
    /// `vorbefuellung` (3.0.0).
    pub vorbefuellung: Option<Code<Vorbefuellung>>,
    /// Inline value list `werte` (3.0.0).
    pub werte: Option<Vec<Wert>>,
    /// Code list reference.
    pub codeliste_referenz: Option<CodelisteReferenz>,
    /// `codeKey` (3.0.0).
    pub code_key: Option<String>,
    /// `nameKey` (3.0.0).
    pub name_key: Option<String>,
    /// `helpKey` (3.0.0).
    pub help_key: Option<String>,
    /// Rules.
    pub regeln: Vec<Regel>,
    /// `maxSize` (3.0.0), as written.
    pub max_size: Option<String>,
    /// `mediaType` (3.0.0).
    pub media_type: Vec<String>,
    /// Span of the element.
    pub span: Span,
}

/// `praezisierung`: constraints on a field's value, one typed form for both versions.
///
/// In 2.0 it is a JSON string (`{"minLength":"1","maxLength":"50"}`), kept in `raw`; in 3.0.0
/// it is a set of attributes (and `raw` holds the element's text, normally empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Praezisierung {
    /// The element text as written (the JSON string in 2.0).
    pub raw: String,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minValue`, as written (a number or a date).
    pub min_value: Option<String>,
    /// `maxValue`, as written.
    pub max_value: Option<String>,
    /// `pattern` (XSD regular expression).
    pub pattern: Option<String>,
    /// Entries that could not be given a typed meaning (name, value), kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unparsed: Vec<(String, String)>,
    /// Span of the element.
    pub span: Span,
}

impl Praezisierung {
    /// Whether no constraint is set.
    pub fn is_empty(&self) -> bool {
        self.min_length.is_none()
            && self.max_length.is_none()
            && self.min_value.is_none()
            && self.max_value.is_none()
            && self.pattern.is_none()
            && self.unparsed.is_empty()
    }
}

/// One entry of an inline value list (3.0.0 `werte/wert`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wert {
    /// `code`.
    pub code: String,
    /// `name`.
    pub name: String,
    /// `hilfe`.
    pub hilfe: Option<String>,
}

/// A reference to a genericode code list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodelisteReferenz {
    /// `identifikation` of the code list object (2.0 only: `C` id).
    pub identifikation: Option<Identifikation>,
    /// `canonicalIdentification` (a URN).
    pub canonical_identification: Option<String>,
    /// `version` of the code list.
    pub version: Option<String>,
    /// `canonicalVersionUri`.
    pub canonical_version_uri: Option<String>,
    /// Span of the reference element.
    pub span: Span,
}

/// A Regel (rule).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Regel {
    /// General information.
    pub angaben: Angaben,
    /// `freitextRegel` (3.0.0).
    pub freitext_regel: Option<String>,
    /// `typ` (3.0.0).
    pub typ: Option<Code<Regeltyp>>,
    /// `param` (3.0.0).
    pub param: Vec<RegelParameter>,
    /// `ziel` (3.0.0).
    pub ziel: Vec<RegelZiel>,
    /// The script: `script` in 2.0, `skript` in 3.0.0.
    pub script: Option<String>,
    /// `fehler` (3.0.0).
    pub fehler: Vec<Fehlermeldung>,
    /// Span of the element.
    pub span: Span,
}

/// A rule parameter (3.0.0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegelParameter {
    /// `typ`.
    pub typ: Option<Code<RegelParamTyp>>,
    /// `element` attribute.
    pub element: Option<String>,
    /// `name` attribute.
    pub name: Option<String>,
}

/// A rule target (3.0.0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegelZiel {
    /// `element` attribute.
    pub element: Option<String>,
    /// `name` attribute.
    pub name: Option<String>,
}

/// An error message of a rule (3.0.0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fehlermeldung {
    /// The message text.
    pub text: String,
    /// `code` attribute.
    pub code: Option<String>,
}

/// A Dokumentsteckbrief: the document a schema belongs to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dokumentsteckbrief {
    /// General information.
    pub angaben: Angaben,
    /// `isReferenz` (2.0) / `istAbstrakt` (3.0.0), as written.
    pub ist_abstrakt: Option<String>,
    /// `dokumentart`: 2.0 free text (no list attributes); 3.0.0 a code of the Dokumentart
    /// list with `listURI`/`listVersionID`.
    pub dokumentart: Option<Code<String>>,
    /// `bezeichnung` (3.0.0).
    pub bezeichnung: Option<String>,
    /// `hilfetext`.
    pub hilfetext: Option<String>,
    /// Span of the element.
    pub span: Span,
}

/// The content of a code list message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CodelisteMessage {
    /// General information (2.0 `codeliste` object; empty in 3.0.0).
    pub angaben: Angaben,
    /// `genericodeIdentification` (2.0).
    pub referenz: Option<CodelisteReferenz>,
    /// `langname` (2.0).
    pub langname: Option<String>,
    /// The embedded genericode document, kept verbatim.
    pub genericode: Option<RawXml>,
    /// Span of the element.
    pub span: Span,
}

/// A group or field, borrowed: what a structure entry points at.
#[derive(Debug, Clone, Copy)]
pub enum ElementRef<'a> {
    /// A schema.
    Schema(&'a Datenschema),
    /// A group.
    Group(&'a Datenfeldgruppe),
    /// A field.
    Field(&'a Datenfeld),
    /// A rule.
    Rule(&'a Regel),
}

impl<'a> ElementRef<'a> {
    /// The general information of the element.
    pub fn angaben(self) -> &'a Angaben {
        match self {
            ElementRef::Schema(s) => &s.angaben,
            ElementRef::Group(g) => &g.angaben,
            ElementRef::Field(f) => &f.angaben,
            ElementRef::Rule(r) => &r.angaben,
        }
    }

    /// The element's span.
    pub fn span(self) -> Span {
        match self {
            ElementRef::Schema(s) => s.span,
            ElementRef::Group(g) => g.span,
            ElementRef::Field(f) => f.span,
            ElementRef::Rule(r) => r.span,
        }
    }

    /// The kind of object this element is.
    pub fn kind(self) -> IdKind {
        match self {
            ElementRef::Schema(_) => IdKind::Schema,
            ElementRef::Group(_) => IdKind::Group,
            ElementRef::Field(_) => IdKind::Field,
            ElementRef::Rule(_) => IdKind::Rule,
        }
    }
}

impl Message {
    /// A message without source: no spans, no root namespace declarations, attributes or
    /// comments. For models built in code.
    pub fn new(version: XdfVersion, kind: MessageKind, header: Header, content: Content) -> Self {
        Message {
            version,
            kind,
            header,
            content,
            namespaces: Vec::new(),
            root_attributes: Vec::new(),
            comments: Vec::new(),
            span: Span::default(),
        }
    }

    /// The top object, if it is a schema, group or field.
    pub fn root(&self) -> Option<ElementRef<'_>> {
        match &self.content {
            Content::Schema(s) => Some(ElementRef::Schema(s)),
            Content::Group(g) => Some(ElementRef::Group(g)),
            Content::Field(f) => Some(ElementRef::Field(f)),
            _ => None,
        }
    }

    /// The top object's general information, for every kind that has one.
    pub fn root_angaben(&self) -> Option<&Angaben> {
        match &self.content {
            Content::Schema(s) => Some(&s.angaben),
            Content::Group(g) => Some(&g.angaben),
            Content::Field(f) => Some(&f.angaben),
            Content::Dokumentsteckbrief(d) => Some(&d.angaben),
            Content::Codeliste(c) => Some(&c.angaben),
            Content::Uebersetzung(_) | Content::Missing => None,
        }
    }
}
