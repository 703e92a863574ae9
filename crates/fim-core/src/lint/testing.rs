//! Builders of small models for the rules' unit tests.

use super::{run_rules, LintContext, QsRule};
use crate::codes::*;
use crate::diagnostic::Diagnostic;
use crate::ids::{Anzahl, ElementId, Version};
use crate::model::*;
use crate::span::Span;

pub fn code<T: CodeValue>(s: &str) -> Option<Code<T>> {
    Some(Code::new(T::from_code(s), Span::default()))
}

pub fn angaben(id: &str, version: Option<&str>, name: &str) -> Angaben {
    Angaben {
        identifikation: Identifikation {
            id: Some(ElementId::new(id)),
            version: version.map(Version::new),
            span: Span::default(),
        },
        name: Some(name.to_owned()),
        ..Angaben::default()
    }
}

/// A v3 input text field with sensible defaults that passes most rules.
pub fn field(id: &str) -> Datenfeld {
    let mut a = angaben(id, Some("1.0.0"), "Feld");
    a.bezeichnung_eingabe = Some("Feld".into());
    a.bezeichnung_ausgabe = Some("Feld".into());
    a.schemaelementart = code("HAR");
    a.bezug = vec![Rechtsbezug {
        text: "§ 1 Gesetz".into(),
        link: None,
    }];
    a.freigabestatus = code("2");
    Datenfeld {
        angaben: a,
        feldart: code("input"),
        datentyp: code("text"),
        praezisierung: Some(Praezisierung {
            min_length: Some(1),
            max_length: Some(50),
            ..Praezisierung::default()
        }),
        ..Datenfeld::default()
    }
}

pub fn entry(e: Enthaelt, anzahl: &str) -> Struktur {
    Struktur {
        anzahl: Some(Anzahl::new(anzahl)),
        bezug: vec![],
        enthaelt: e,
        span: Span::default(),
    }
}

pub fn f(fd: Datenfeld) -> Enthaelt {
    Enthaelt::Field(Box::new(fd))
}

pub fn g(gr: Datenfeldgruppe) -> Enthaelt {
    Enthaelt::Group(Box::new(gr))
}

/// A v3 group with the given children (each `0:1`).
pub fn group(id: &str, children: Vec<Enthaelt>) -> Datenfeldgruppe {
    let mut a = angaben(id, Some("1.0.0"), "Gruppe");
    a.bezeichnung_eingabe = Some("Gruppe".into());
    a.bezeichnung_ausgabe = Some("Gruppe".into());
    a.schemaelementart = code("HAR");
    a.bezug = vec![Rechtsbezug {
        text: "§ 1 Gesetz".into(),
        link: None,
    }];
    a.freigabestatus = code("2");
    Datenfeldgruppe {
        angaben: a,
        struktur: children.into_iter().map(|c| entry(c, "0:1")).collect(),
        ..Datenfeldgruppe::default()
    }
}

/// A v3 schema with the given children (each `1:1`).
pub fn schema(children: Vec<Enthaelt>) -> Datenschema {
    let mut a = angaben("S60000000001", Some("1.0.0"), "Schema");
    a.bezug = vec![Rechtsbezug {
        text: "§ 1 Gesetz".into(),
        link: None,
    }];
    a.freigabestatus = code("2");
    Datenschema {
        angaben: a,
        bezeichnung: Some("Schema".into()),
        dokumentsteckbrief: Some(Identifikation {
            id: Some(ElementId::new("D60000000001")),
            version: Some(Version::new("1.0.0")),
            span: Span::default(),
        }),
        struktur: children.into_iter().map(|c| entry(c, "1:1")).collect(),
        ..Datenschema::default()
    }
}

pub fn message(version: XdfVersion, content: Content) -> Message {
    let kind = match &content {
        Content::Schema(_) => MessageKind::Stammdatenschema,
        Content::Group(_) => MessageKind::Datenfeldgruppe,
        Content::Field(_) => MessageKind::Datenfeld,
        Content::Dokumentsteckbrief(_) => MessageKind::Dokumentsteckbrief,
        _ => MessageKind::Codeliste,
    };
    Message::new(version, kind, Header::default(), content)
}

/// A v3 schema message around `children`.
pub fn v3(children: Vec<Enthaelt>) -> Message {
    message(XdfVersion::V3, Content::Schema(Box::new(schema(children))))
}

/// Runs one rule.
pub fn run(rule: &dyn QsRule, msg: &Message) -> Vec<Diagnostic> {
    run_rules(&LintContext::new(msg), &[rule])
}

/// Runs one rule with code lists.
pub fn run_with(
    rule: &dyn QsRule,
    msg: &Message,
    lists: &dyn super::CodeListLookup,
) -> Vec<Diagnostic> {
    run_rules(&LintContext::new(msg).with_codelists(lists), &[rule])
}

/// Elements (id) the rule reported, in order.
pub fn ids(rule: &dyn QsRule, msg: &Message) -> Vec<String> {
    run(rule, msg)
        .into_iter()
        .map(|d| d.location.element.map(|k| k.id).unwrap_or_default())
        .collect()
}

/// A Dokumentsteckbrief that passes the Dokumentsteckbrief rules.
pub fn good_dokumentsteckbrief() -> Dokumentsteckbrief {
    let mut a = angaben("D60000000001", Some("1.0.0"), "Antrag");
    a.definition = Some("Antrag auf etwas".into());
    a.bezug = vec![Rechtsbezug {
        text: "§ 1 Gesetz".into(),
        link: None,
    }];
    a.freigabestatus = code("6");
    a.status_gesetzt_am = Some("2024-01-01".into());
    Dokumentsteckbrief {
        angaben: a,
        ist_abstrakt: Some("false".into()),
        dokumentart: Some(Code::new("001".to_owned(), Span::default())),
        bezeichnung: Some("Antrag".into()),
        hilfetext: Some("Hilfe".into()),
        span: Span::default(),
    }
}

/// A v3 schema with one select field referring to code list `uri` in `version`.
pub fn with_list(uri: &str, version: &str) -> Message {
    let mut fd = field("F60000000001");
    fd.feldart = code("select");
    fd.codeliste_referenz = Some(CodelisteReferenz {
        canonical_identification: Some(uri.into()),
        version: Some(version.into()),
        ..Default::default()
    });
    v3(vec![f(fd)])
}
