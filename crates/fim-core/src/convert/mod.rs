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
//! let content = Content::Field(Box::new(field));
//! let message = Message::new(XdfVersion::V2, MessageKind::Datenfeld, Header::default(), content);
//! let done = to_v3(&message, &ConvertOptions::default()).unwrap();
//! let id = done.message.root_angaben().unwrap().identifikation.label();
//! assert_eq!(id, "F60000000227 V1.2.0");
//! ```

use crate::diagnostic::ElementKey;
use crate::ids::{ElementId, Version};
use crate::model::{Angaben, Attribute, Code, Message, NamespaceDecl, XdfVersion};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

mod down;
mod up;
mod values;

pub use down::to_v2;
pub use up::to_v3;
pub use values::{
    freigabestatus_for, narrow_id, praezisierung_json, rewrite_ids_in_text, status_for, widen_id,
};

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

/// The root's namespace declarations without those of either XDatenfelder namespace (the
/// writer declares the target's own).
fn root_namespaces(message: &Message) -> Vec<NamespaceDecl> {
    message
        .namespaces
        .iter()
        .filter(|n| n.uri != XdfVersion::V2.namespace() && n.uri != XdfVersion::V3.namespace())
        .cloned()
        .collect()
}

/// The root's attributes without `xsi:schemaLocation`, which names the source version's
/// namespace and XSD (a warning says so).
fn root_attributes(message: &Message, warnings: &mut Vec<ConvertWarning>) -> Vec<Attribute> {
    let mut kept = Vec::new();
    for a in &message.root_attributes {
        if a.name.ends_with(":schemaLocation") || a.name == "schemaLocation" {
            header_warning(
                warnings,
                &format!(
                    "`{}` verweist auf das XSD der Ausgangsversion („{}“) und wurde entfernt.",
                    a.name, a.value
                ),
            );
        } else {
            kept.push(a.clone());
        }
    }
    kept
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Content, Header, MessageKind};

    #[test]
    fn bad_unternummernkreis_is_refused() {
        let o = ConvertOptions {
            unternummernkreis: "12".into(),
            ..ConvertOptions::default()
        };
        let m = Message::new(
            XdfVersion::V2,
            MessageKind::Datenfeld,
            Header::default(),
            Content::Missing,
        );
        assert!(matches!(
            to_v3(&m, &o),
            Err(ConvertError::InvalidUnternummernkreis(_))
        ));
    }
}
