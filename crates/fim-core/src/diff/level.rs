//! Comparison levels and the classes of compared properties.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How much of an element a comparison looks at, as FIM experts compare schemas.
///
/// Every level ignores whitespace and formatting: texts are compared after collapsing runs of
/// whitespace (CR and LF included) into one space and trimming. Every level reports added,
/// removed and moved elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Everything: content, texts, legal references and status/history metadata.
    #[default]
    All,
    /// Everything except status and history metadata (version, status, freigabestatus,
    /// dates, fachlicherErsteller, versionshinweis, relation, dokumentsteckbrief).
    NoMeta,
    /// Only what end users see: labels, help texts, multiplicity, types, constraints, values,
    /// rule error messages, and everything of [`Level::Structure`].
    UserVisible,
    /// Only structure and types: which groups, fields and rules exist where, multiplicity,
    /// feldart, datentyp, group art, and the logic of rules (freitextRegel, skript, typ,
    /// param, ziel).
    Structure,
}

impl Level {
    /// All levels, widest first.
    pub const ALL: [Level; 4] = [
        Level::All,
        Level::NoMeta,
        Level::UserVisible,
        Level::Structure,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::All => "all",
            Level::NoMeta => "no-meta",
            Level::UserVisible => "user-visible",
            Level::Structure => "structure",
        }
    }

    /// Parses a level name (`all`, `no-meta`, `user-visible`/`user`, `structure`).
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "all" => Level::All,
            "no-meta" | "nometa" => Level::NoMeta,
            "user-visible" | "user" => Level::UserVisible,
            "structure" => Level::Structure,
            _ => return None,
        })
    }

    /// German description for human output.
    pub const fn german(self) -> &'static str {
        match self {
            Level::All => "alles",
            Level::NoMeta => "ohne Status- und Historienangaben",
            Level::UserVisible => "nur für Nutzende Sichtbares",
            Level::Structure => "nur Struktur und Typen",
        }
    }

    /// Whether properties of `class` are compared at this level.
    pub const fn includes(self, class: PropClass) -> bool {
        match self {
            Level::All => true,
            Level::NoMeta => !matches!(class, PropClass::Meta),
            Level::UserVisible => matches!(class, PropClass::Visible | PropClass::Structure),
            Level::Structure => matches!(class, PropClass::Structure),
        }
    }

    /// Whether rules take part in the comparison at this level (at every level: a rule
    /// added or removed changes which fields apply).
    pub const fn compares_rules(self) -> bool {
        true
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of information a compared property is; decides at which [`Level`] it counts.
///
/// The properties of each class, exactly:
///
/// | class | properties |
/// |---|---|
/// | `meta` | version, status, freigabestatus, statusGesetztAm, statusGesetztDurch, gueltigAb, gueltigBis, fachlicherErsteller, versionshinweis, freigabedatum, veroeffentlichungsdatum, letzteAenderung, relation, dokumentsteckbrief |
/// | `content` | beschreibung, definition (not of rules), bezug, struktur.bezug, schemaelementart, stichwort, unknown elements, ableitungsmodifikationenStruktur/-Repraesentation, codeKey, nameKey, helpKey |
/// | `visible` | name, bezeichnungEingabe/-Ausgabe, hilfetextEingabe/-Ausgabe, bezeichnung and hilfetext (schema), praezisierung, inhalt, vorbefuellung, werte, codeliste, maxSize, mediaType, fehler (rules) |
/// | `structure` | struktur.anzahl, feldart, datentyp, art (group), and of rules: freitextRegel, definition (2.0), typ, skript, param, ziel |
///
/// Every level also reports elements (rules included) added, removed and moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PropClass {
    /// Status and history metadata (version, status, dates, relations).
    Meta,
    /// Content that end users do not see: descriptions, definitions, legal references,
    /// schemaelementart, keywords.
    Content,
    /// What end users see: labels, help texts, constraints, values, default content.
    Visible,
    /// Structure and types: multiplicity, feldart, datentyp, group art, rule logic.
    Structure,
}
