//! Conversion of a [`Message`] between XDatenfelder 2.0 and 3.0.0.
//!
//! The model is version-neutral; conversion is the set of rules for what changes between the
//! versions. [`to_v3`] and [`to_v2`] return the converted message and a list of
//! [`ConvertWarning`]s (German) for everything the target cannot hold or that had to be
//! guessed: nothing is dropped silently.
//!
//! Up to 3.0.0 (the rules of the public converter `XDF2_2_XDF3` of the FIM-XSLT collection,
//! except where noted):
//! - ids widened from 8 to 11 digits by inserting the Unternummernkreis after the
//!   Nummernkreis (`F60000227` -> `F60000000227` with the default `000`), also inside rule
//!   texts and scripts (`F`/`G` ids);
//! - versions `x.y` -> `x.y.0`;
//! - `status` -> `freigabestatus`: `inaktiv` -> 7, `inVorbereitung` -> 2, `aktiv` -> 6 when the
//!   element has a version and a `freigabedatum`, else 2; `freigabedatum` -> `statusGesetztAm`,
//!   `fachlicherErsteller` -> `statusGesetztDurch` (rules keep `fachlicherErsteller`);
//! - `letzteAenderung` (required in 3.0.0) from the header's `erstellungszeitpunkt`;
//! - empty optional texts are left out; `bezug` is split on `;` (option) and
//!   whitespace-normalised;
//! - `praezisierung` JSON -> attributes; `vorbefuellung` `keine`;
//! - schema: `bezeichnungEingabe` -> `bezeichnung`, a Dokumentsteckbrief reference (option);
//! - rules: `definition` -> `freitextRegel`, `script` -> `skript` (the public converter puts
//!   the script into the description instead), `typ` `K`;
//! - an empty schema or group gets the FIM placeholder field `F60000000001`, as 3.0.0 requires
//!   at least one structure entry;
//! - code list references stay references (the public converter replaces them by inline
//!   value lists it downloads, or by an error entry when offline);
//! - code attributes `listURI`/`listVersionID` get the target version's fixed values.
//!
//! Down to 2.0 the inverse, and a warning for every value 2.0 cannot hold or that would not
//! come back unchanged when converting up again (relations, keywords, value lists, `art`,
//! the 3.0.0-only field kinds and data types, rule parameters, ...).
//!
//! ```
//! use fim_core::convert::{to_v3, ConvertOptions};
//! use fim_core::{Content, Datenfeld, Header, Message, MessageKind, Span, XdfVersion};
//! use fim_core::{ElementId, Identifikation, Version};
//! let mut field = Datenfeld::default();
//! field.angaben.identifikation = Identifikation {
//!     id: Some(ElementId::new("F60000227")),
//!     version: Some(Version::new("1.2")),
//!     span: Span::default(),
//! };
//! let message = Message {
//!     version: XdfVersion::V2,
//!     kind: MessageKind::Datenfeld,
//!     header: Header::default(),
//!     content: Content::Field(Box::new(field)),
//!     span: Span::default(),
//! };
//! let done = to_v3(&message, &ConvertOptions::default()).unwrap();
//! let id = done.message.root_angaben().unwrap().identifikation.label();
//! assert_eq!(id, "F60000000227 V1.2.0");
//! ```

use crate::codes::{
    AbleitungRepraesentation, AbleitungStruktur, CodeValue, Datentyp, Feldart, Freigabestatus,
    Regeltyp, Schemaelementart, Status, Vorbefuellung,
};
use crate::diagnostic::ElementKey;
use crate::ids::{ElementId, Version};
use crate::model::{
    Angaben, Code, CodelisteMessage, CodelisteReferenz, Content, Datenfeld, Datenfeldgruppe,
    Datenschema, Dokumentsteckbrief, Enthaelt, Header, Identifikation, Message, MessageKind,
    Praezisierung, Rechtsbezug, Regel, Struktur, XdfVersion,
};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Settings of a conversion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConvertOptions {
    /// The three digits inserted into (up) or removed from (down) every id after the
    /// Nummernkreis. Default `000`.
    pub unternummernkreis: String,
    /// Up: split a 2.0 `bezug` on `;` into several 3.0.0 `bezug` elements (each
    /// whitespace-normalised). Default `true`, as the public converter does. Down, several
    /// are always joined with `"; "`.
    pub split_bezug: bool,
    /// Up: the Dokumentsteckbrief a converted schema refers to (3.0.0 requires one). Default
    /// `D99000000001`.
    pub dokumentsteckbrief: ElementId,
    /// Up: a group or field without its own `freigabedatum`/`veroeffentlichungsdatum` takes
    /// its parent's (the public converter does so). Default `false`: dates are not invented.
    pub inherit_dates: bool,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            unternummernkreis: "000".to_owned(),
            split_bezug: true,
            dokumentsteckbrief: ElementId::new("D99000000001"),
            inherit_dates: false,
        }
    }
}

/// A converted message and what the conversion had to change, guess or leave out.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The message in the target version.
    pub message: Message,
    /// Warnings in document order.
    pub warnings: Vec<ConvertWarning>,
}

/// Something the target version cannot hold, or a value the conversion had to make up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConvertWarning {
    /// The element in the source (id and version as in the source; id `?` when it has none);
    /// `None` for the message header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<ElementKey>,
    /// Span of that element in the source.
    pub span: Span,
    /// What was lost or changed, in German.
    pub message: String,
}

impl fmt::Display for ConvertWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.element {
            Some(e) => write!(f, "{e}: {}", self.message),
            None => write!(f, "Nachrichtenkopf: {}", self.message),
        }
    }
}

/// Why a message cannot be converted at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    /// The Unternummernkreis is not three digits.
    #[error("Der Unternummernkreis muss aus genau drei Ziffern bestehen, nicht `{0}`.")]
    InvalidUnternummernkreis(String),
    /// A translation message has no 2.0 counterpart.
    #[error("Übersetzungsnachrichten (xdatenfelder.uebersetzung.0106) gibt es in XDatenfelder 2.0 nicht.")]
    UebersetzungInV2,
}

/// Converts `message` to `target` (a message already in `target` is returned unchanged).
pub fn convert(
    message: &Message,
    target: XdfVersion,
    options: &ConvertOptions,
) -> Result<Conversion, ConvertError> {
    match target {
        XdfVersion::V2 => to_v2(message, options),
        XdfVersion::V3 => to_v3(message, options),
    }
}

/// Converts a 2.0 message to 3.0.0 (a 3.0.0 message is returned unchanged).
pub fn to_v3(message: &Message, options: &ConvertOptions) -> Result<Conversion, ConvertError> {
    check_options(options)?;
    if message.version == XdfVersion::V3 {
        return Ok(Conversion {
            message: message.clone(),
            warnings: Vec::new(),
        });
    }
    let mut up = Up {
        o: options,
        letzte_aenderung: message.header.erstellungszeitpunkt.clone(),
        warnings: Vec::new(),
    };
    let header = Header {
        nachricht_id: message.header.nachricht_id.clone(),
        erstellungszeitpunkt: message.header.erstellungszeitpunkt.clone(),
        referenz_id: message.header.referenz_id.clone(),
        span: message.header.span,
        ..Header::default()
    };
    if header.erstellungszeitpunkt.is_none() {
        header_warning(
            &mut up.warnings,
            "Der Nachrichtenkopf hat keinen Erstellungszeitpunkt; `letzteAenderung`, das 3.0.0 \
             für jedes Element verlangt, bleibt daher leer.",
        );
    }
    let content = match &message.content {
        Content::Schema(s) => Content::Schema(Box::new(up.schema(s))),
        Content::Group(g) => Content::Group(Box::new(up.group(g, &Dates::default()))),
        Content::Field(f) => Content::Field(Box::new(up.field(f, &Dates::default()))),
        Content::Dokumentsteckbrief(d) => {
            Content::Dokumentsteckbrief(Box::new(up.dokumentsteckbrief(d)))
        }
        Content::Codeliste(c) => Content::Codeliste(Box::new(up.codeliste(c))),
        Content::Uebersetzung(raw) => Content::Uebersetzung(raw.clone()),
        Content::Missing => Content::Missing,
    };
    Ok(Conversion {
        message: Message {
            version: XdfVersion::V3,
            kind: message.kind,
            header,
            content,
            span: message.span,
        },
        warnings: dedup(up.warnings),
    })
}

/// Converts a 3.0.0 message to 2.0 (a 2.0 message is returned unchanged).
pub fn to_v2(message: &Message, options: &ConvertOptions) -> Result<Conversion, ConvertError> {
    check_options(options)?;
    if message.version == XdfVersion::V2 {
        return Ok(Conversion {
            message: message.clone(),
            warnings: Vec::new(),
        });
    }
    if message.kind == MessageKind::Uebersetzung {
        return Err(ConvertError::UebersetzungInV2);
    }
    let mut down = Down {
        o: options,
        erstellungszeitpunkt: message.header.erstellungszeitpunkt.clone(),
        warnings: Vec::new(),
    };
    let h = &message.header;
    let lost = [
        ("produktbezeichnung", h.produktbezeichnung.is_some()),
        ("produkthersteller", h.produkthersteller.is_some()),
        ("produktversion", h.produktversion.is_some()),
        ("datenqualitaet", h.datenqualitaet.is_some()),
    ];
    for (name, present) in lost {
        if present {
            header_warning(
                &mut down.warnings,
                &format!("`{name}` gibt es im 2.0-Nachrichtenkopf nicht und entfällt."),
            );
        }
    }
    let header = Header {
        nachricht_id: h.nachricht_id.clone(),
        erstellungszeitpunkt: h.erstellungszeitpunkt.clone(),
        referenz_id: h.referenz_id.clone(),
        span: h.span,
        ..Header::default()
    };
    let content = match &message.content {
        Content::Schema(s) => Content::Schema(Box::new(down.schema(s))),
        Content::Group(g) => Content::Group(Box::new(down.group(g))),
        Content::Field(f) => Content::Field(Box::new(down.field(f))),
        Content::Dokumentsteckbrief(d) => {
            Content::Dokumentsteckbrief(Box::new(down.dokumentsteckbrief(d)))
        }
        Content::Codeliste(c) => Content::Codeliste(Box::new(down.codeliste(c))),
        Content::Uebersetzung(_) => return Err(ConvertError::UebersetzungInV2),
        Content::Missing => Content::Missing,
    };
    Ok(Conversion {
        message: Message {
            version: XdfVersion::V2,
            kind: message.kind,
            header,
            content,
            span: message.span,
        },
        warnings: dedup(down.warnings),
    })
}

/// Drops repeated warnings (an element reused in several places is converted each time).
fn dedup(warnings: Vec<ConvertWarning>) -> Vec<ConvertWarning> {
    let mut seen = std::collections::HashSet::new();
    warnings
        .into_iter()
        .filter(|w| seen.insert((w.element.clone(), w.message.clone())))
        .collect()
}

fn check_options(o: &ConvertOptions) -> Result<(), ConvertError> {
    let u = &o.unternummernkreis;
    if u.len() == 3 && u.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ConvertError::InvalidUnternummernkreis(u.clone()))
    }
}

/// Widens a 2.0 id to 3.0.0 by inserting `unternummernkreis` after the letter and the
/// two-digit Nummernkreis (`F60000227` -> `F60000000227`). An id that already has 11 digits,
/// or is shorter than 3 characters, is returned unchanged.
pub fn widen_id(id: &str, unternummernkreis: &str) -> String {
    if ElementId::new(id).digit_count() == Some(11) {
        return id.to_owned();
    }
    match id.char_indices().nth(3) {
        Some((at, _)) => format!("{}{unternummernkreis}{}", &id[..at], &id[at..]),
        None if id.chars().count() == 3 => format!("{id}{unternummernkreis}"),
        None => id.to_owned(),
    }
}

/// Narrows a 3.0.0 id to 2.0 by removing the three digits after the Nummernkreis
/// (`F60000000227` -> `F60000227`). Returns the new id and the removed digits when they
/// differ from `unternummernkreis` (information that 2.0 cannot hold). 8-digit ids stay;
/// ids of other shapes lose `unternummernkreis` at that place if it is there, else stay unchanged.
pub fn narrow_id(id: &str, unternummernkreis: &str) -> (String, Option<String>) {
    let parsed = ElementId::new(id);
    if parsed.digit_count() == Some(11) {
        // All ASCII: byte offsets are character offsets.
        let removed = &id[3..6];
        let narrowed = format!("{}{}", &id[..3], &id[6..]);
        let lost = (removed != unternummernkreis).then(|| removed.to_owned());
        return (narrowed, lost);
    }
    if parsed.digit_count() == Some(8) {
        return (id.to_owned(), None);
    }
    let mut chars = id.char_indices().skip(3);
    if let (Some((start, _)), Some(end)) = (chars.next(), id.char_indices().nth(6)) {
        if id.get(start..end.0) == Some(unternummernkreis) {
            return (format!("{}{}", &id[..start], &id[end.0..]), None);
        }
    }
    (id.to_owned(), None)
}

/// Rewrites the `F`/`G` ids inside a rule text: `widen` turns 8-digit ids into 11-digit ones,
/// else 11-digit ids with the given Unternummernkreis become 8-digit ones. An id is a letter
/// `F` or `G` not preceded by a letter or digit, followed by exactly 8 (or 11) digits.
pub fn rewrite_ids_in_text(text: &str, unternummernkreis: &str, widen: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if (b == b'F' || b == b'G') && boundary {
            let digits = bytes[i + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let start = i + 1;
            if widen && digits == 8 {
                out.push_str(&text[copied..start + 2]);
                out.push_str(unternummernkreis);
                copied = start + 2;
            } else if !widen
                && digits == 11
                && text.get(start + 2..start + 5) == Some(unternummernkreis)
            {
                out.push_str(&text[copied..start + 2]);
                copied = start + 5;
            }
            i = start + digits;
            continue;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The 3.0.0 `freigabestatus` for a 2.0 `status`, given whether the element has a version
/// and a `freigabedatum` (the public converter's rule).
pub fn freigabestatus_for(status: &Status, versioned: bool, freigegeben: bool) -> Freigabestatus {
    match status {
        Status::Inaktiv => Freigabestatus::Inaktiv,
        Status::Aktiv if versioned && freigegeben => Freigabestatus::FachlichFreigegebenGold,
        _ => Freigabestatus::InBearbeitung,
    }
}

/// The 2.0 `status` for a 3.0.0 `freigabestatus`: 1-3 `inVorbereitung`, 4-6 `aktiv`, 7-8
/// `inaktiv` (unknown codes: `inVorbereitung`).
pub fn status_for(freigabestatus: &Freigabestatus) -> Status {
    use Freigabestatus::*;
    match freigabestatus {
        MethodischFreigegeben | FachlichFreigegebenSilber | FachlichFreigegebenGold => {
            Status::Aktiv
        }
        Inaktiv | VorgesehenZumLoeschen => Status::Inaktiv,
        InPlanung | InBearbeitung | Entwurf | Freigabestatus::Unknown(_) => Status::InVorbereitung,
    }
}

/// Collapses runs of XML whitespace to one space and trims (XPath `normalize-space`).
fn normalize_space(s: &str) -> String {
    s.split([' ', '\t', '\r', '\n'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The 3.0.0 `bezug` list for 2.0 `bezug` texts.
fn bezug_up(bezug: &[Rechtsbezug], split: bool) -> Vec<Rechtsbezug> {
    let mut out = Vec::new();
    for b in bezug {
        let parts: Vec<&str> = if split {
            b.text.split(';').collect()
        } else {
            vec![b.text.as_str()]
        };
        for p in parts {
            let text = normalize_space(p);
            if !text.is_empty() {
                out.push(Rechtsbezug {
                    text,
                    link: b.link.clone(),
                });
            }
        }
    }
    out
}

fn blank(s: &str) -> bool {
    s.trim_matches([' ', '\t', '\r', '\n']).is_empty()
}

/// Optional text: kept unless empty or whitespace only.
fn opt_text(t: &Option<String>) -> Option<String> {
    t.as_ref().filter(|s| !blank(s)).cloned()
}

/// Required 2.0 text: absent becomes empty.
fn req_text(t: &Option<String>) -> Option<String> {
    Some(t.clone().unwrap_or_default())
}

fn with_list<T: Clone>(c: &Code<T>, uri: &str, version: &str) -> Code<T> {
    Code {
        value: c.value.clone(),
        list_uri: Some(uri.to_owned()),
        list_version_id: Some(version.to_owned()),
        span: c.span,
    }
}

/// The key naming an element in warnings (`?` for a missing id).
fn key(a: &Angaben) -> Option<ElementKey> {
    let i = &a.identifikation;
    let id = i.id.as_ref().map_or("?", ElementId::as_str);
    Some(ElementKey::new(id, i.version.as_ref().map(Version::as_str)))
}

const FREIGABESTATUS_URI: &str = "urn:xoev-de:xprozess:codeliste:status";
const FREIGABESTATUS_VERSION: &str = "2020-03-19";
const STATUS_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.status";
const SCHEMAELEMENTART_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart";
const FELDART_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.feldart";
const DATENTYP_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.datentyp";
const VORBEFUELLUNG_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung";
const REGELTYP_URI: &str = "urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp";
const STRUKTUR_URI: &str =
    "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur";
const REPRAESENTATION_URI: &str =
    "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation";

/// A warning about the message header.
fn header_warning(out: &mut Vec<ConvertWarning>, message: &str) {
    out.push(ConvertWarning {
        element: None,
        span: Span::default(),
        message: message.to_owned(),
    });
}

/// What kind of object an [`Angaben`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Schema,
    Group,
    Field,
    Rule,
    Dokumentsteckbrief,
    Codeliste,
}

impl Kind {
    fn is_element(self) -> bool {
        matches!(self, Kind::Group | Kind::Field)
    }
}

/// Dates a group or field may take from its parent (option `inherit_dates`).
#[derive(Debug, Clone, Default)]
struct Dates {
    freigabedatum: Option<String>,
    veroeffentlichungsdatum: Option<String>,
}

/// Conversion 2.0 -> 3.0.0.
struct Up<'o> {
    o: &'o ConvertOptions,
    letzte_aenderung: Option<String>,
    warnings: Vec<ConvertWarning>,
}

impl Up<'_> {
    fn warn(&mut self, a: &Angaben, span: Span, message: String) {
        self.warnings.push(ConvertWarning {
            element: key(a),
            span,
            message,
        });
    }

    fn identifikation(
        &mut self,
        i: &Identifikation,
        owner: &Angaben,
        span: Span,
    ) -> Identifikation {
        let id = i.id.as_ref().map(|id| {
            let widened = widen_id(id.as_str(), &self.o.unternummernkreis);
            if id.kind().is_none() || id.digit_count() != Some(8) {
                let what = if widened == id.as_str() {
                    "sie bleibt unverändert".to_owned()
                } else {
                    format!("der Unternummernkreis wurde trotzdem eingefügt (`{widened}`)")
                };
                self.warn(
                    owner,
                    span,
                    format!(
                        "Die Id `{id}` hat nicht die Form einer 2.0-Id (Buchstabe und 8 \
                         Ziffern); {what}."
                    ),
                );
            }
            ElementId::new(widened)
        });
        let version = i.version.as_ref().map(|v| match v.number() {
            Some(n) if n.patch.is_none() => Version::new(format!("{}.0", v.as_str())),
            Some(_) => v.clone(),
            None => {
                self.warn(
                    owner,
                    span,
                    format!("Die Version `{v}` ist keine Versionsnummer und bleibt unverändert."),
                );
                v.clone()
            }
        });
        Identifikation {
            id,
            version,
            span: i.span,
        }
    }

    /// The 3.0.0 general information for a 2.0 one of an object of `kind`.
    fn angaben(&mut self, a: &Angaben, kind: Kind, span: Span, dates: &Dates) -> Angaben {
        let mut n = Angaben {
            identifikation: self.identifikation(&a.identifikation, a, span),
            name: a.name.clone(),
            beschreibung: opt_text(&a.beschreibung),
            bezug: bezug_up(&a.bezug, self.o.split_bezug),
            // 3.0.0-only values a non-conforming 2.0 model may hold are kept.
            letzte_aenderung: a
                .letzte_aenderung
                .clone()
                .or_else(|| self.letzte_aenderung.clone()),
            relation: a.relation.clone(),
            stichwort: a.stichwort.clone(),
            ..Angaben::default()
        };
        if n.name.is_none() {
            n.name = Some(String::new());
        }
        let mut lost: Vec<(&str, &Option<String>)> = Vec::new();
        match kind {
            Kind::Rule => {
                // `definition` becomes `freitextRegel` (done by the caller).
                n.fachlicher_ersteller = opt_text(&a.fachlicher_ersteller);
                lost.extend([
                    ("bezeichnungEingabe", &a.bezeichnung_eingabe),
                    ("bezeichnungAusgabe", &a.bezeichnung_ausgabe),
                    ("gueltigAb", &a.gueltig_ab),
                    ("gueltigBis", &a.gueltig_bis),
                    ("versionshinweis", &a.versionshinweis),
                    ("freigabedatum", &a.freigabedatum),
                    ("veroeffentlichungsdatum", &a.veroeffentlichungsdatum),
                ]);
                if let Some(s) = &a.status {
                    if s.value != Status::Aktiv {
                        self.warn(
                            a,
                            span,
                            format!(
                                "Regeln haben in 3.0.0 keinen Status; der Status `{}` entfällt.",
                                s.value
                            ),
                        );
                    }
                }
            }
            _ => {
                n.definition = opt_text(&a.definition);
                n.status_gesetzt_am = opt_text(&a.status_gesetzt_am)
                    .or_else(|| opt_text(&a.freigabedatum))
                    .or_else(|| self.inherit(&dates.freigabedatum));
                n.status_gesetzt_durch =
                    opt_text(&a.status_gesetzt_durch).or_else(|| opt_text(&a.fachlicher_ersteller));
                n.gueltig_ab = opt_text(&a.gueltig_ab);
                n.gueltig_bis = opt_text(&a.gueltig_bis);
                n.versionshinweis = opt_text(&a.versionshinweis);
                n.veroeffentlichungsdatum = opt_text(&a.veroeffentlichungsdatum)
                    .or_else(|| self.inherit(&dates.veroeffentlichungsdatum));
                let status = match (&a.freigabestatus, &a.status) {
                    (Some(f), _) => f.clone(),
                    (None, Some(s)) => {
                        if !s.value.is_known() {
                            self.warn(
                                a,
                                span,
                                format!(
                                    "Der Status `{}` ist unbekannt; als Freigabestatus wird 2 \
                                     (in Bearbeitung) gesetzt.",
                                    s.value
                                ),
                            );
                        }
                        let fs = freigabestatus_for(
                            &s.value,
                            a.identifikation.version.is_some(),
                            opt_text(&a.freigabedatum).is_some(),
                        );
                        if s.value == Status::Aktiv && fs != Freigabestatus::FachlichFreigegebenGold
                        {
                            self.warn(
                                a,
                                span,
                                "Der Status `aktiv` ohne Version und Freigabedatum wird zum \
                                 Freigabestatus 2 (in Bearbeitung), zurück nach 2.0 zu \
                                 `inVorbereitung`."
                                    .to_owned(),
                            );
                        }
                        Code::new(fs, s.span)
                    }
                    (None, None) => {
                        self.warn(
                            a,
                            span,
                            "Der Status fehlt; als Freigabestatus wird 2 (in Bearbeitung) gesetzt."
                                .to_owned(),
                        );
                        Code::new(Freigabestatus::InBearbeitung, Span::default())
                    }
                };
                n.freigabestatus = Some(with_list(
                    &status,
                    FREIGABESTATUS_URI,
                    FREIGABESTATUS_VERSION,
                ));
                if kind.is_element() {
                    n.bezeichnung_eingabe = req_text(&a.bezeichnung_eingabe);
                    n.bezeichnung_ausgabe = opt_text(&a.bezeichnung_ausgabe);
                    n.hilfetext_eingabe = opt_text(&a.hilfetext_eingabe);
                    n.hilfetext_ausgabe = opt_text(&a.hilfetext_ausgabe);
                    n.schemaelementart = a
                        .schemaelementart
                        .as_ref()
                        .map(|c| with_list(c, SCHEMAELEMENTART_URI, "1.0"));
                } else {
                    // Schema and Dokumentsteckbrief: `bezeichnungEingabe` becomes
                    // `bezeichnung` (done by the caller).
                    lost.extend([
                        ("bezeichnungAusgabe", &a.bezeichnung_ausgabe),
                        ("hilfetextEingabe", &a.hilfetext_eingabe),
                        ("hilfetextAusgabe", &a.hilfetext_ausgabe),
                    ]);
                    if kind == Kind::Codeliste {
                        lost.push(("bezeichnungEingabe", &a.bezeichnung_eingabe));
                    }
                    if let Some(art) = &a.schemaelementart {
                        self.warn(
                            a,
                            span,
                            format!("Die Schemaelementart {} entfällt hier in 3.0.0.", art.value),
                        );
                    }
                }
            }
        }
        for (name, value) in lost {
            if let Some(v) = opt_text(value) {
                self.warn(
                    a,
                    span,
                    format!("`{name}` gibt es hier in 3.0.0 nicht; der Wert „{v}“ entfällt."),
                );
            }
        }
        for raw in &a.unknown {
            self.warn(
                a,
                span,
                format!(
                    "Das unbekannte Element `{}` wird nicht übernommen.",
                    raw.name
                ),
            );
        }
        n
    }

    fn inherit(&self, parent: &Option<String>) -> Option<String> {
        if self.o.inherit_dates {
            parent.clone()
        } else {
            None
        }
    }

    fn schema(&mut self, s: &Datenschema) -> Datenschema {
        let a = &s.angaben;
        let angaben = self.angaben(a, Kind::Schema, s.span, &Dates::default());
        let dates = Dates {
            freigabedatum: opt_text(&a.freigabedatum),
            veroeffentlichungsdatum: opt_text(&a.veroeffentlichungsdatum),
        };
        let mut struktur = self.strukturen(&s.struktur, &dates);
        if struktur.is_empty() {
            self.warn(a, s.span, placeholder_note("Ein Datenschema"));
            struktur.push(self.placeholder());
        }
        Datenschema {
            angaben,
            bezeichnung: s
                .bezeichnung
                .clone()
                .or_else(|| req_text(&a.bezeichnung_eingabe)),
            hilfetext: opt_text(&s.hilfetext),
            ableitungsmodifikationen_struktur: s
                .ableitungsmodifikationen_struktur
                .as_ref()
                .map(|c| with_list::<AbleitungStruktur>(c, STRUKTUR_URI, "1.0")),
            ableitungsmodifikationen_repraesentation: s
                .ableitungsmodifikationen_repraesentation
                .as_ref()
                .map(|c| with_list::<AbleitungRepraesentation>(c, REPRAESENTATION_URI, "1.0")),
            dokumentsteckbrief: Some(s.dokumentsteckbrief.clone().unwrap_or(Identifikation {
                id: Some(self.o.dokumentsteckbrief.clone()),
                version: None,
                span: Span::default(),
            })),
            regeln: s.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur,
            span: s.span,
        }
    }

    fn strukturen(&mut self, s: &[Struktur], dates: &Dates) -> Vec<Struktur> {
        s.iter()
            .map(|e| Struktur {
                anzahl: e.anzahl.clone(),
                bezug: bezug_up(&e.bezug, self.o.split_bezug),
                enthaelt: match &e.enthaelt {
                    Enthaelt::Group(g) => Enthaelt::Group(Box::new(self.group(g, dates))),
                    Enthaelt::Field(f) => Enthaelt::Field(Box::new(self.field(f, dates))),
                    Enthaelt::Missing => Enthaelt::Missing,
                },
                span: e.span,
            })
            .collect()
    }

    /// The dates a child of an element with `a` inherits.
    fn child_dates(&self, a: &Angaben, parent: &Dates) -> Dates {
        Dates {
            freigabedatum: opt_text(&a.freigabedatum).or_else(|| parent.freigabedatum.clone()),
            veroeffentlichungsdatum: opt_text(&a.veroeffentlichungsdatum)
                .or_else(|| parent.veroeffentlichungsdatum.clone()),
        }
    }

    fn group(&mut self, g: &Datenfeldgruppe, dates: &Dates) -> Datenfeldgruppe {
        let angaben = self.angaben(&g.angaben, Kind::Group, g.span, dates);
        let child = self.child_dates(&g.angaben, dates);
        let regeln = g.regeln.iter().map(|r| self.rule(r)).collect();
        let mut struktur = self.strukturen(&g.struktur, &child);
        if struktur.is_empty() {
            self.warn(&g.angaben, g.span, placeholder_note("Eine Datenfeldgruppe"));
            struktur.push(self.placeholder());
        }
        Datenfeldgruppe {
            angaben,
            art: g.art.clone(),
            regeln,
            struktur,
            span: g.span,
        }
    }

    fn field(&mut self, f: &Datenfeld, dates: &Dates) -> Datenfeld {
        let a = &f.angaben;
        let angaben = self.angaben(a, Kind::Field, f.span, dates);
        let praezisierung = f.praezisierung.as_ref().and_then(|p| {
            let mut n = Praezisierung {
                raw: String::new(),
                min_length: p.min_length,
                max_length: p.max_length,
                min_value: p.min_value.clone(),
                max_value: p.max_value.clone(),
                pattern: p.pattern.clone(),
                unparsed: Vec::new(),
                span: p.span,
            };
            if n.max_length == Some(0) {
                self.warn(
                    a,
                    f.span,
                    "`maxLength` 0 ist in 3.0.0 nicht erlaubt (positive Zahl verlangt) und \
                     entfällt."
                        .to_owned(),
                );
                n.max_length = None;
            }
            for (k, v) in &p.unparsed {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Präzisierung `{k}`: `{v}` hat in 3.0.0 kein Attribut und entfällt."
                    ),
                );
            }
            if p.is_empty() && !blank(&p.raw) && p.unparsed.is_empty() {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Präzisierung „{}“ enthält keine verwertbare Angabe und entfällt.",
                        p.raw.trim()
                    ),
                );
            }
            (!n.is_empty()).then_some(n)
        });
        let codeliste_referenz = f.codeliste_referenz.as_ref().map(|c| {
            if let Some(i) = &c.identifikation {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Kennung `{}` der Codeliste gibt es in 3.0.0 nicht; die Codeliste \
                         bleibt über ihre URN referenziert.",
                        i.label()
                    ),
                );
            }
            CodelisteReferenz {
                identifikation: None,
                ..c.clone()
            }
        });
        Datenfeld {
            angaben,
            feldart: f
                .feldart
                .as_ref()
                .map(|c| with_list::<Feldart>(c, FELDART_URI, "2.0")),
            datentyp: f
                .datentyp
                .as_ref()
                .map(|c| with_list::<Datentyp>(c, DATENTYP_URI, "2.0")),
            praezisierung,
            inhalt: opt_text(&f.inhalt),
            vorbefuellung: Some(with_list(
                f.vorbefuellung
                    .as_ref()
                    .unwrap_or(&Code::new(Vorbefuellung::Keine, Span::default())),
                VORBEFUELLUNG_URI,
                "1.0",
            )),
            werte: f.werte.clone(),
            codeliste_referenz,
            code_key: f.code_key.clone(),
            name_key: f.name_key.clone(),
            help_key: f.help_key.clone(),
            regeln: f.regeln.iter().map(|r| self.rule(r)).collect(),
            max_size: f.max_size.clone(),
            media_type: f.media_type.clone(),
            span: f.span,
        }
    }

    fn rule(&mut self, r: &Regel) -> Regel {
        let a = &r.angaben;
        let angaben = self.angaben(a, Kind::Rule, r.span, &Dates::default());
        let unk = &self.o.unternummernkreis;
        let freitext_regel = opt_text(&r.freitext_regel)
            .or_else(|| opt_text(&a.definition))
            .map(|d| rewrite_ids_in_text(&d, unk, true));
        let script = opt_text(&r.script).map(|s| rewrite_ids_in_text(&s, unk, true));
        Regel {
            angaben,
            freitext_regel,
            typ: Some(with_list(
                r.typ
                    .as_ref()
                    .unwrap_or(&Code::new(Regeltyp::Kontext, Span::default())),
                REGELTYP_URI,
                "1.0",
            )),
            param: r.param.clone(),
            ziel: r.ziel.clone(),
            script,
            fehler: r.fehler.clone(),
            span: r.span,
        }
    }

    fn dokumentsteckbrief(&mut self, d: &Dokumentsteckbrief) -> Dokumentsteckbrief {
        let a = &d.angaben;
        let angaben = self.angaben(a, Kind::Dokumentsteckbrief, d.span, &Dates::default());
        if let Some(art) = &d.dokumentart {
            self.warn(
                a,
                d.span,
                format!(
                    "Die Dokumentart ist in 2.0 ein freier Text („{art}“), in 3.0.0 ein Code der \
                     Codeliste `urn:xoev-de:fim-datenfelder:codeliste:dokumentart`; bitte prüfen."
                ),
            );
        }
        Dokumentsteckbrief {
            angaben,
            ist_abstrakt: d.ist_abstrakt.clone(),
            dokumentart: d.dokumentart.clone(),
            bezeichnung: d
                .bezeichnung
                .clone()
                .or_else(|| req_text(&a.bezeichnung_eingabe)),
            hilfetext: opt_text(&d.hilfetext),
            span: d.span,
        }
    }

    fn codeliste(&mut self, c: &CodelisteMessage) -> CodelisteMessage {
        let a = &c.angaben;
        if a.identifikation.id.is_some() || a.name.is_some() {
            self.warn(
                a,
                c.span,
                "Eine 3.0.0-Codelisten-Nachricht enthält nur das genericode-Dokument; Kennung, \
                 Name und die übrigen Angaben der Codeliste entfallen."
                    .to_owned(),
            );
        }
        if let Some(l) = opt_text(&c.langname) {
            self.warn(
                a,
                c.span,
                format!("Der Langname „{l}“ entfällt (in 3.0.0 steht er im genericode-Dokument)."),
            );
        }
        CodelisteMessage {
            genericode: c.genericode.clone(),
            span: c.span,
            ..CodelisteMessage::default()
        }
    }

    /// The FIM placeholder field `F60000000001` that fills an otherwise empty structure.
    fn placeholder(&self) -> Struktur {
        let angaben = Angaben {
            identifikation: Identifikation {
                id: Some(ElementId::new("F60000000001")),
                version: Some(Version::new("1.0.0")),
                span: Span::default(),
            },
            name: Some("Default-Datenfeld".to_owned()),
            beschreibung: Some(
                "Platzhalter für eine noch leere Datenfeldgruppe oder ein noch leeres \
                 Datenschema, eingefügt bei der Umwandlung von XDatenfelder 2.0 nach 3.0.0."
                    .to_owned(),
            ),
            freigabestatus: Some(with_list(
                &Code::new(Freigabestatus::FachlichFreigegebenGold, Span::default()),
                FREIGABESTATUS_URI,
                FREIGABESTATUS_VERSION,
            )),
            letzte_aenderung: self.letzte_aenderung.clone(),
            bezeichnung_eingabe: Some("Default-Datenfeld".to_owned()),
            schemaelementart: Some(with_list(
                &Code::new(Schemaelementart::Harmonisiert, Span::default()),
                SCHEMAELEMENTART_URI,
                "1.0",
            )),
            ..Angaben::default()
        };
        let field = Datenfeld {
            angaben,
            feldart: Some(with_list(
                &Code::new(Feldart::Hidden, Span::default()),
                FELDART_URI,
                "2.0",
            )),
            datentyp: Some(with_list(
                &Code::new(Datentyp::Text, Span::default()),
                DATENTYP_URI,
                "2.0",
            )),
            vorbefuellung: Some(with_list(
                &Code::new(Vorbefuellung::Keine, Span::default()),
                VORBEFUELLUNG_URI,
                "1.0",
            )),
            ..Datenfeld::default()
        };
        Struktur {
            anzahl: Some(crate::ids::Anzahl::new("1:1")),
            bezug: Vec::new(),
            enthaelt: Enthaelt::Field(Box::new(field)),
            span: Span::default(),
        }
    }
}

fn placeholder_note(what: &str) -> String {
    format!(
        "{what} muss in 3.0.0 mindestens ein Unterelement haben; das Platzhalter-Datenfeld \
         F60000000001 (Default-Datenfeld) wurde eingefügt."
    )
}

/// Conversion 3.0.0 -> 2.0.
struct Down<'o> {
    o: &'o ConvertOptions,
    erstellungszeitpunkt: Option<String>,
    warnings: Vec<ConvertWarning>,
}

impl Down<'_> {
    fn warn(&mut self, a: &Angaben, span: Span, message: String) {
        self.warnings.push(ConvertWarning {
            element: key(a),
            span,
            message,
        });
    }

    fn identifikation(
        &mut self,
        i: &Identifikation,
        owner: &Angaben,
        span: Span,
    ) -> Identifikation {
        let id = i.id.as_ref().map(|id| {
            let (narrowed, lost) = narrow_id(id.as_str(), &self.o.unternummernkreis);
            if let Some(lost) = lost {
                self.warn(
                    owner,
                    span,
                    format!(
                        "Der Unternummernkreis `{lost}` der Id `{id}` passt in keine 2.0-Id und \
                         entfällt (`{narrowed}`); verschiedene Elemente können so dieselbe Id \
                         erhalten."
                    ),
                );
            }
            ElementId::new(narrowed)
        });
        let version = i.version.as_ref().map(|v| match v.number() {
            Some(n) => {
                let short = Version::new(format!("{}.{}", n.major, n.minor));
                match n.patch {
                    Some(0) => match v.as_str().rsplit_once('.') {
                        Some((head, _)) => Version::new(head),
                        None => short,
                    },
                    Some(p) => {
                        self.warn(
                            owner,
                            span,
                            format!(
                                "Die Version `{v}` hat einen dritten Teil ({p}), den 2.0 nicht \
                                 kennt; sie wird zu `{short}`."
                            ),
                        );
                        short
                    }
                    None => v.clone(),
                }
            }
            None => {
                self.warn(
                    owner,
                    span,
                    format!("Die Version `{v}` ist keine Versionsnummer und bleibt unverändert."),
                );
                v.clone()
            }
        });
        Identifikation {
            id,
            version,
            span: i.span,
        }
    }

    fn bezug(&mut self, bezug: &[Rechtsbezug], owner: &Angaben, span: Span) -> Vec<Rechtsbezug> {
        for b in bezug {
            if let Some(link) = &b.link {
                self.warn(
                    owner,
                    span,
                    format!(
                        "Der Link `{link}` des Rechtsbezugs „{}“ entfällt (2.0 kennt keine \
                         Links).",
                        b.text
                    ),
                );
            }
        }
        let text = bezug
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let out = vec![Rechtsbezug { text, link: None }];
        let back = bezug_up(&out, self.o.split_bezug);
        let unlinked: Vec<Rechtsbezug> = bezug
            .iter()
            .map(|b| Rechtsbezug {
                text: b.text.clone(),
                link: None,
            })
            .collect();
        if back != unlinked {
            let list = unlinked
                .iter()
                .map(|b| format!("„{}“", b.text))
                .collect::<Vec<_>>()
                .join(", ");
            self.warn(
                owner,
                span,
                format!(
                    "Die Rechtsbezüge {list} werden in 2.0 zu einem Text zusammengefasst, der \
                     sich nicht wieder genau so aufteilen lässt."
                ),
            );
        }
        out
    }

    fn angaben(&mut self, a: &Angaben, kind: Kind, span: Span) -> Angaben {
        let mut n = Angaben {
            identifikation: self.identifikation(&a.identifikation, a, span),
            name: req_text(&a.name),
            bezeichnung_eingabe: Some(String::new()),
            bezeichnung_ausgabe: opt_text(&a.bezeichnung_ausgabe),
            beschreibung: req_text(&a.beschreibung),
            definition: req_text(&a.definition),
            gueltig_ab: a.gueltig_ab.clone(),
            gueltig_bis: a.gueltig_bis.clone(),
            versionshinweis: a.versionshinweis.clone(),
            veroeffentlichungsdatum: a.veroeffentlichungsdatum.clone(),
            ..Angaben::default()
        };
        n.bezug = self.bezug(&a.bezug, a, span);
        match kind {
            Kind::Rule => {
                n.fachlicher_ersteller = a.fachlicher_ersteller.clone();
                n.status = Some(with_list(
                    &Code::new(Status::Aktiv, Span::default()),
                    STATUS_URI,
                    "1.0",
                ));
            }
            _ => {
                n.fachlicher_ersteller = a.status_gesetzt_durch.clone();
                n.freigabedatum = a
                    .status_gesetzt_am
                    .clone()
                    .or_else(|| a.freigabedatum.clone());
                if a.fachlicher_ersteller.is_some() {
                    self.lost(a, span, "fachlicherErsteller", &a.fachlicher_ersteller);
                }
                let fs = a.freigabestatus.as_ref();
                let status = fs.map_or(Status::InVorbereitung, |c| status_for(&c.value));
                let back = freigabestatus_for(
                    &status,
                    n.identifikation.version.is_some(),
                    opt_text(&n.freigabedatum).is_some(),
                );
                match fs {
                    Some(c) if c.value != back => self.warn(
                        a,
                        span,
                        format!(
                            "Den Freigabestatus {} ({}) kennt 2.0 nicht; er wird zum Status \
                             `{status}` (zurück nach 3.0.0 ergibt das {back}).",
                            c.value,
                            freigabestatus_name(&c.value)
                        ),
                    ),
                    Some(_) => {}
                    None => self.warn(
                        a,
                        span,
                        "Der Freigabestatus fehlt; als Status wird `inVorbereitung` gesetzt."
                            .to_owned(),
                    ),
                }
                let span_fs = fs.map_or(Span::default(), |c| c.span);
                n.status = Some(with_list(&Code::new(status, span_fs), STATUS_URI, "1.0"));
                if kind.is_element() {
                    n.bezeichnung_eingabe = req_text(&a.bezeichnung_eingabe);
                    n.hilfetext_eingabe = req_text(&a.hilfetext_eingabe);
                    n.hilfetext_ausgabe = req_text(&a.hilfetext_ausgabe);
                    n.schemaelementart = a
                        .schemaelementart
                        .as_ref()
                        .map(|c| with_list(c, SCHEMAELEMENTART_URI, "1.0"));
                }
            }
        }
        if kind == Kind::Rule {
            for (name, v) in [
                ("statusGesetztAm", &a.status_gesetzt_am),
                ("statusGesetztDurch", &a.status_gesetzt_durch),
                ("definition", &a.definition),
            ] {
                self.lost(a, span, name, v);
            }
            if let Some(fs) = &a.freigabestatus {
                self.warn(
                    a,
                    span,
                    format!(
                        "Der Freigabestatus {} einer Regel entfällt (2.0: Status `aktiv`).",
                        fs.value
                    ),
                );
            }
        }
        if let Some(l) = &a.letzte_aenderung {
            if Some(l) != self.erstellungszeitpunkt.as_ref() {
                self.warn(
                    a,
                    span,
                    format!(
                        "`letzteAenderung` ({l}) gibt es in 2.0 nicht und entfällt (zurück \
                         nach 3.0.0 gilt der Erstellungszeitpunkt der Nachricht)."
                    ),
                );
            }
        }
        for r in &a.relation {
            let praedikat = r.praedikat.as_ref().map_or("?", |p| p.value.code());
            self.warn(
                a,
                span,
                format!(
                    "Die Relation {praedikat} zu {} entfällt (2.0 kennt keine Relationen).",
                    r.objekt.label()
                ),
            );
        }
        for s in &a.stichwort {
            self.warn(
                a,
                span,
                format!(
                    "Das Stichwort „{}“ entfällt (2.0 kennt keine Stichwörter).",
                    s.text
                ),
            );
        }
        if !kind.is_element() {
            for (name, v) in [
                ("bezeichnungEingabe", &a.bezeichnung_eingabe),
                ("hilfetextEingabe", &a.hilfetext_eingabe),
                ("hilfetextAusgabe", &a.hilfetext_ausgabe),
            ] {
                self.lost(a, span, name, v);
            }
            if let Some(art) = &a.schemaelementart {
                self.warn(
                    a,
                    span,
                    format!("Die Schemaelementart {} entfällt hier in 2.0.", art.value),
                );
            }
        }
        for raw in &a.unknown {
            self.warn(
                a,
                span,
                format!(
                    "Das unbekannte Element `{}` wird nicht übernommen.",
                    raw.name
                ),
            );
        }
        n
    }

    fn lost(&mut self, a: &Angaben, span: Span, name: &str, value: &Option<String>) {
        if let Some(v) = opt_text(value) {
            self.warn(
                a,
                span,
                format!("`{name}` gibt es hier in 2.0 nicht; der Wert „{v}“ entfällt."),
            );
        }
    }

    fn schema(&mut self, s: &Datenschema) -> Datenschema {
        let a = &s.angaben;
        let mut angaben = self.angaben(a, Kind::Schema, s.span);
        angaben.bezeichnung_eingabe = req_text(&s.bezeichnung);
        if let Some(d) = &s.dokumentsteckbrief {
            let default = d.id.as_ref() == Some(&self.o.dokumentsteckbrief) && d.version.is_none();
            if !default {
                self.warn(
                    a,
                    s.span,
                    format!(
                        "Der Verweis auf den Dokumentsteckbrief {} entfällt (2.0 kennt ihn \
                         nicht).",
                        d.label()
                    ),
                );
            }
        }
        Datenschema {
            angaben,
            bezeichnung: None,
            hilfetext: s.hilfetext.clone(),
            ableitungsmodifikationen_struktur: s
                .ableitungsmodifikationen_struktur
                .as_ref()
                .map(|c| with_list(c, STRUKTUR_URI, "1.0")),
            ableitungsmodifikationen_repraesentation: s
                .ableitungsmodifikationen_repraesentation
                .as_ref()
                .map(|c| with_list(c, REPRAESENTATION_URI, "1.0")),
            dokumentsteckbrief: None,
            regeln: s.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur: self.strukturen(&s.struktur, a, s.span),
            span: s.span,
        }
    }

    fn strukturen(&mut self, s: &[Struktur], owner: &Angaben, span: Span) -> Vec<Struktur> {
        s.iter()
            .map(|e| Struktur {
                anzahl: e.anzahl.clone(),
                bezug: self.bezug(&e.bezug, owner, span),
                enthaelt: match &e.enthaelt {
                    Enthaelt::Group(g) => Enthaelt::Group(Box::new(self.group(g))),
                    Enthaelt::Field(f) => Enthaelt::Field(Box::new(self.field(f))),
                    Enthaelt::Missing => Enthaelt::Missing,
                },
                span: e.span,
            })
            .collect()
    }

    fn group(&mut self, g: &Datenfeldgruppe) -> Datenfeldgruppe {
        let angaben = self.angaben(&g.angaben, Kind::Group, g.span);
        if let Some(art) = &g.art {
            self.warn(
                &g.angaben,
                g.span,
                format!(
                    "Die Gruppenart {} (Auswahlgruppe: genau ein Unterelement) gibt es in 2.0 \
                     nicht und entfällt.",
                    art.value
                ),
            );
        }
        Datenfeldgruppe {
            angaben,
            art: None,
            regeln: g.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur: self.strukturen(&g.struktur, &g.angaben, g.span),
            span: g.span,
        }
    }

    fn field(&mut self, f: &Datenfeld) -> Datenfeld {
        let a = &f.angaben;
        let angaben = self.angaben(a, Kind::Field, f.span);
        let feldart = f.feldart.as_ref().map(|c| {
            let value = match &c.value {
                Feldart::Hidden | Feldart::Locked => {
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "Die Feldart `{}` gibt es in 2.0 nicht; sie wird zu `input`.",
                            c.value
                        ),
                    );
                    Feldart::Input
                }
                other => other.clone(),
            };
            with_list(&Code::new(value, c.span), FELDART_URI, "1.0")
        });
        let datentyp = f.datentyp.as_ref().map(|c| {
            let value = match &c.value {
                Datentyp::TextLatin | Datentyp::Time | Datentyp::DateTime => {
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "Den Datentyp `{}` gibt es in 2.0 nicht; er wird zu `text`.",
                            c.value
                        ),
                    );
                    Datentyp::Text
                }
                other => other.clone(),
            };
            with_list(&Code::new(value, c.span), DATENTYP_URI, "1.0")
        });
        let praezisierung = match &f.praezisierung {
            Some(p) => {
                if !blank(&p.raw) {
                    self.warn(
                        a,
                        f.span,
                        format!("Der Text „{}“ der Präzisierung entfällt.", p.raw.trim()),
                    );
                }
                for (k, v) in &p.unparsed {
                    self.warn(
                        a,
                        f.span,
                        format!("Die Präzisierung `{k}`: `{v}` entfällt."),
                    );
                }
                let mut n = Praezisierung {
                    unparsed: Vec::new(),
                    ..p.clone()
                };
                n.raw = praezisierung_json(&n);
                n
            }
            None => Praezisierung::default(),
        };
        if let Some(v) = &f.vorbefuellung {
            if v.value != Vorbefuellung::Keine {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Vorbefüllung `{}` gibt es in 2.0 nicht und entfällt.",
                        v.value
                    ),
                );
            }
        }
        if let Some(werte) = &f.werte {
            let list = werte
                .iter()
                .map(|w| format!("{}={}", w.code, w.name))
                .collect::<Vec<_>>()
                .join(", ");
            let count = match werte.len() {
                1 => "1 Eintrag".to_owned(),
                n => format!("{n} Einträge"),
            };
            self.warn(
                a,
                f.span,
                format!(
                    "Die Werteliste ({count}: {list}) gibt es in 2.0 nicht und entfällt; 2.0 \
                     verlangt dafür eine Codeliste."
                ),
            );
        }
        let codeliste_referenz = f.codeliste_referenz.as_ref().map(|c| {
            let mut n = CodelisteReferenz {
                identifikation: c.identifikation.clone(),
                ..c.clone()
            };
            if n.identifikation.is_none() {
                self.warn(
                    a,
                    f.span,
                    "2.0 verlangt für die Codeliste eine Kennung (C-Id), die 3.0.0 nicht kennt; \
                     sie fehlt."
                        .to_owned(),
                );
            }
            if n.canonical_version_uri.is_none() {
                if let (Some(urn), Some(v)) = (&n.canonical_identification, &n.version) {
                    let uri = format!("{urn}_{v}");
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "2.0 verlangt die `canonicalVersionUri` der Codeliste; sie wurde als \
                             `{uri}` ergänzt."
                        ),
                    );
                    n.canonical_version_uri = Some(uri);
                }
            }
            if n.canonical_identification.is_none() || n.version.is_none() {
                self.warn(
                    a,
                    f.span,
                    "2.0 verlangt URN und Version der Codeliste; sie fehlen.".to_owned(),
                );
            }
            n
        });
        for (name, v) in [
            ("codeKey", &f.code_key),
            ("nameKey", &f.name_key),
            ("helpKey", &f.help_key),
            ("maxSize", &f.max_size),
        ] {
            self.lost(a, f.span, name, v);
        }
        for m in &f.media_type {
            self.warn(
                a,
                f.span,
                format!("Der Medientyp `{m}` entfällt (2.0 kennt keine Medientypen)."),
            );
        }
        Datenfeld {
            angaben,
            feldart,
            datentyp,
            praezisierung: Some(praezisierung),
            inhalt: req_text(&f.inhalt),
            codeliste_referenz,
            regeln: f.regeln.iter().map(|r| self.rule(r)).collect(),
            span: f.span,
            ..Datenfeld::default()
        }
    }

    fn rule(&mut self, r: &Regel) -> Regel {
        let a = &r.angaben;
        let mut angaben = self.angaben(a, Kind::Rule, r.span);
        let unk = &self.o.unternummernkreis;
        angaben.definition = Some(
            r.freitext_regel
                .as_deref()
                .map(|t| rewrite_ids_in_text(t, unk, false))
                .unwrap_or_default(),
        );
        let script = r
            .script
            .as_deref()
            .map(|t| rewrite_ids_in_text(t, unk, false))
            .unwrap_or_default();
        if let Some(t) = &r.typ {
            if t.value != Regeltyp::Kontext {
                self.warn(
                    a,
                    r.span,
                    format!(
                        "Der Regeltyp {} entfällt (2.0 kennt keine Regeltypen).",
                        t.value
                    ),
                );
            }
        }
        for p in &r.param {
            self.warn(
                a,
                r.span,
                format!(
                    "Der Parameter `{}` ({}) entfällt (2.0 kennt keine Regelparameter).",
                    p.name.as_deref().unwrap_or("?"),
                    p.element.as_deref().unwrap_or("?")
                ),
            );
        }
        for z in &r.ziel {
            self.warn(
                a,
                r.span,
                format!(
                    "Das Ziel `{}` ({}) entfällt (2.0 kennt keine Regelziele).",
                    z.name.as_deref().unwrap_or("?"),
                    z.element.as_deref().unwrap_or("?")
                ),
            );
        }
        for e in &r.fehler {
            self.warn(
                a,
                r.span,
                format!(
                    "Die Fehlermeldung „{}“ entfällt (2.0 kennt keine Fehlermeldungen).",
                    e.text
                ),
            );
        }
        Regel {
            angaben,
            script: Some(script),
            span: r.span,
            ..Regel::default()
        }
    }

    fn dokumentsteckbrief(&mut self, d: &Dokumentsteckbrief) -> Dokumentsteckbrief {
        let a = &d.angaben;
        let mut angaben = self.angaben(a, Kind::Dokumentsteckbrief, d.span);
        angaben.bezeichnung_eingabe = req_text(&d.bezeichnung);
        Dokumentsteckbrief {
            angaben,
            ist_abstrakt: d.ist_abstrakt.clone(),
            dokumentart: d.dokumentart.clone(),
            bezeichnung: None,
            hilfetext: d.hilfetext.clone(),
            span: d.span,
        }
    }

    fn codeliste(&mut self, c: &CodelisteMessage) -> CodelisteMessage {
        self.warn(
            &c.angaben,
            c.span,
            "Eine 2.0-Codelisten-Nachricht verlangt Kennung, Name, Status und \
             genericode-Identifikation der Codeliste; 3.0.0 hat nur das genericode-Dokument, \
             diese Angaben fehlen."
                .to_owned(),
        );
        CodelisteMessage {
            genericode: c.genericode.clone(),
            span: c.span,
            ..CodelisteMessage::default()
        }
    }
}

/// The German name of a Freigabestatus code.
fn freigabestatus_name(f: &Freigabestatus) -> &'static str {
    use Freigabestatus::*;
    match f {
        InPlanung => "in Planung",
        InBearbeitung => "in Bearbeitung",
        Entwurf => "Entwurf",
        MethodischFreigegeben => "methodisch freigegeben",
        FachlichFreigegebenSilber => "fachlich freigegeben (silber)",
        FachlichFreigegebenGold => "fachlich freigegeben (gold)",
        Inaktiv => "inaktiv",
        VorgesehenZumLoeschen => "vorgesehen zum Löschen",
        Unknown(_) => "unbekannt",
    }
}

/// The 2.0 JSON text of a praezisierung: `{"minLength":"1","maxLength":"50",...}`, values as
/// strings, in the order minLength, maxLength, minValue, maxValue, pattern; `""` when empty.
pub fn praezisierung_json(p: &Praezisierung) -> String {
    let entries = [
        ("minLength", p.min_length.map(|n| n.to_string())),
        ("maxLength", p.max_length.map(|n| n.to_string())),
        ("minValue", p.min_value.clone()),
        ("maxValue", p.max_value.clone()),
        ("pattern", p.pattern.clone()),
    ];
    let json = entries
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("\"{k}\":{}", serde_json::Value::String(v))))
        .collect::<Vec<_>>();
    if json.is_empty() {
        String::new()
    } else {
        format!("{{{}}}", json.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_widen_and_narrow() {
        assert_eq!(widen_id("F60000227", "000"), "F60000000227");
        assert_eq!(widen_id("G05000499", "123"), "G05123000499");
        assert_eq!(widen_id("F60000000227", "000"), "F60000000227");
        assert_eq!(
            widen_id("F00-4cb0dd14", "000"),
            "F00000-4cb0dd14",
            "malformed ids are widened at the same place"
        );
        assert_eq!(widen_id("F1", "000"), "F1");
        assert_eq!(narrow_id("F60000000227", "000"), ("F60000227".into(), None));
        assert_eq!(
            narrow_id("F60123000227", "000"),
            ("F60000227".into(), Some("123".into()))
        );
        assert_eq!(narrow_id("F00000-4cb0dd14", "000").0, "F00-4cb0dd14");
        assert_eq!(narrow_id("F60000227", "000").0, "F60000227");
        assert_eq!(narrow_id("Ä", "000").0, "Ä");
    }

    #[test]
    fn ids_in_texts() {
        let t = "Wenn F05001047 gesetzt, dann G05000499 Pflicht; F050010470 und XF05001047 nicht.";
        let wide = rewrite_ids_in_text(t, "000", true);
        assert_eq!(
            wide,
            "Wenn F05000001047 gesetzt, dann G05000000499 Pflicht; F050010470 und XF05001047 nicht."
        );
        assert_eq!(rewrite_ids_in_text(&wide, "000", false), t);
        assert_eq!(rewrite_ids_in_text("F", "000", true), "F");
        assert_eq!(
            rewrite_ids_in_text("äF12345678ü", "000", true),
            "äF12000345678ü"
        );
    }

    #[test]
    fn status_mapping() {
        use Freigabestatus as F;
        assert_eq!(
            freigabestatus_for(&Status::Aktiv, true, true),
            F::FachlichFreigegebenGold
        );
        assert_eq!(
            freigabestatus_for(&Status::Aktiv, false, true),
            F::InBearbeitung
        );
        assert_eq!(freigabestatus_for(&Status::Inaktiv, true, true), F::Inaktiv);
        assert_eq!(
            freigabestatus_for(&Status::InVorbereitung, true, true),
            F::InBearbeitung
        );
        for f in F::KNOWN {
            let back = freigabestatus_for(&status_for(f), true, true);
            let exact = matches!(
                f,
                F::InBearbeitung | F::FachlichFreigegebenGold | F::Inaktiv
            );
            assert_eq!(back == *f, exact, "{f}");
        }
    }

    #[test]
    fn bezug_split_and_normalised() {
        let b = [Rechtsbezug {
            text: " § 1 FIMG;\r\n  § 2\tFIMG ; ".into(),
            link: None,
        }];
        let up = bezug_up(&b, true);
        let texts: Vec<&str> = up.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["§ 1 FIMG", "§ 2 FIMG"]);
        assert_eq!(bezug_up(&b, false).len(), 1);
    }

    #[test]
    fn praezisierung_as_json() {
        let p = Praezisierung {
            min_length: Some(1),
            max_length: Some(50),
            pattern: Some("[\\p{L}]\"".into()),
            ..Praezisierung::default()
        };
        assert_eq!(
            praezisierung_json(&p),
            r#"{"minLength":"1","maxLength":"50","pattern":"[\\p{L}]\""}"#
        );
        assert_eq!(praezisierung_json(&Praezisierung::default()), "");
    }

    #[test]
    fn bad_unternummernkreis_is_refused() {
        let o = ConvertOptions {
            unternummernkreis: "12".into(),
            ..ConvertOptions::default()
        };
        let m = Message {
            version: XdfVersion::V2,
            kind: MessageKind::Datenfeld,
            header: Header::default(),
            content: Content::Missing,
            span: Span::default(),
        };
        assert!(matches!(
            to_v3(&m, &o),
            Err(ConvertError::InvalidUnternummernkreis(_))
        ));
    }
}
