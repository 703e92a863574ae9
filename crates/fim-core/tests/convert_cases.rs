//! Hand-made cases of the v2 <-> v3 conversion: every value 2.0 cannot hold is named in a
//! German warning (snapshot), and the ids, versions, status and rule texts map as documented.

use fim_core::codes::{
    Datentyp, Feldart, Freigabestatus, Gruppenart, Praedikat, RegelParamTyp, Regeltyp,
    Schemaelementart, Status, Vorbefuellung,
};
use fim_core::convert::{to_v2, to_v3, ConvertError, ConvertOptions};
use fim_core::*;

fn ident(id: &str, version: Option<&str>) -> Identifikation {
    Identifikation {
        id: Some(ElementId::new(id)),
        version: version.map(Version::new),
        span: Span::default(),
    }
}

fn code<T: CodeValue>(v: T) -> Option<Code<T>> {
    Some(Code::new(v, Span::default()))
}

const TIME: &str = "2024-05-06T07:08:09Z";

fn v3_angaben(id: &str, version: &str) -> Angaben {
    Angaben {
        identifikation: ident(id, Some(version)),
        name: Some(format!("Name {id}")),
        freigabestatus: code(Freigabestatus::FachlichFreigegebenGold),
        status_gesetzt_am: Some("2024-01-02".into()),
        letzte_aenderung: Some(TIME.into()),
        ..Angaben::default()
    }
}

fn message(version: XdfVersion, kind: MessageKind, content: Content) -> Message {
    let header = Header {
        nachricht_id: Some("abc".into()),
        erstellungszeitpunkt: Some(TIME.into()),
        ..Header::default()
    };
    Message::new(version, kind, header, content)
}

/// A 3.0.0 group using nearly everything 2.0 lacks.
fn rich_v3_group() -> Message {
    let rule = Regel {
        angaben: Angaben {
            identifikation: ident("R60000000007", Some("1.0.0")),
            name: Some("Pflicht bei Auswahl".into()),
            letzte_aenderung: Some(TIME.into()),
            ..Angaben::default()
        },
        freitext_regel: Some("Wenn F60000000002 leer ist, ist G60000000001 Pflicht.".into()),
        typ: code(Regeltyp::Validierung),
        param: vec![RegelParameter {
            typ: code(RegelParamTyp::Objekt),
            element: Some("F60000000002".into()),
            name: Some("feld".into()),
        }],
        script: Some("pruefe(F60000000002)".into()),
        fehler: vec![Fehlermeldung {
            text: "Bitte ausfüllen.".into(),
            code: Some("1".into()),
        }],
        ..Regel::default()
    };
    let mut field_angaben = v3_angaben("F60000000002", "1.2.3");
    field_angaben.bezeichnung_eingabe = Some("Uhrzeit".into());
    field_angaben.schemaelementart = code(Schemaelementart::Harmonisiert);
    field_angaben.stichwort = vec![Stichwort {
        text: "Zeit".into(),
        uri: None,
    }];
    let field = Datenfeld {
        angaben: field_angaben,
        feldart: code(Feldart::Hidden),
        datentyp: code(Datentyp::Time),
        vorbefuellung: code(Vorbefuellung::Optional),
        werte: Some(vec![Wert {
            code: "1".into(),
            name: "früh".into(),
            hilfe: None,
        }]),
        media_type: vec!["image/png".into()],
        ..Datenfeld::default()
    };
    let mut group_angaben = v3_angaben("G60123000001", "2.0.0");
    group_angaben.bezeichnung_eingabe = Some("Termin".into());
    group_angaben.schemaelementart = code(Schemaelementart::Rechtsnormgebunden);
    group_angaben.bezug = vec![
        Rechtsbezug {
            text: "§ 1 FIMG".into(),
            link: Some("https://example.org/fimg".into()),
        },
        Rechtsbezug {
            text: "§ 2 FIMG".into(),
            link: None,
        },
    ];
    group_angaben.relation = vec![Relation {
        praedikat: code(Praedikat::Ersetzt),
        objekt: ident("G60000000009", Some("1.0.0")),
        span: Span::default(),
    }];
    group_angaben.letzte_aenderung = Some("2023-01-01T00:00:00Z".into());
    let group = Datenfeldgruppe {
        angaben: group_angaben,
        art: code(Gruppenart::Auswahl),
        regeln: vec![rule],
        struktur: vec![Struktur {
            anzahl: Some(Anzahl::new("0:1")),
            bezug: Vec::new(),
            enthaelt: Enthaelt::Field(Box::new(field)),
            span: Span::default(),
        }],
        span: Span::default(),
    };
    let mut m = message(
        XdfVersion::V3,
        MessageKind::Datenfeldgruppe,
        Content::Group(Box::new(group)),
    );
    m.header.produktbezeichnung = Some("Editor".into());
    m
}

#[test]
fn down_conversion_names_everything_2_0_cannot_hold() {
    let c = to_v2(&rich_v3_group(), &ConvertOptions::default()).expect("converts");
    let lines: Vec<String> = c.warnings.iter().map(ToString::to_string).collect();
    insta::assert_json_snapshot!(lines);

    let Content::Group(g) = &c.message.content else {
        panic!("group expected")
    };
    assert_eq!(g.angaben.identifikation.label(), "G60000001 V2.0");
    assert_eq!(
        g.angaben.status.as_ref().map(|s| &s.value),
        Some(&Status::Aktiv)
    );
    assert_eq!(g.angaben.freigabedatum.as_deref(), Some("2024-01-02"));
    assert_eq!(g.angaben.bezug.len(), 1);
    assert_eq!(g.angaben.bezug[0].text, "§ 1 FIMG; § 2 FIMG");
    let r = &g.regeln[0];
    assert_eq!(
        r.angaben.definition.as_deref(),
        Some("Wenn F60000002 leer ist, ist G60000001 Pflicht.")
    );
    assert_eq!(r.script.as_deref(), Some("pruefe(F60000002)"));
    let Enthaelt::Field(f) = &g.struktur[0].enthaelt else {
        panic!("field expected")
    };
    assert_eq!(f.angaben.identifikation.label(), "F60000002 V1.2");
    assert_eq!(f.feldart.as_ref().map(|c| &c.value), Some(&Feldart::Input));
    assert_eq!(f.datentyp.as_ref().map(|c| &c.value), Some(&Datentyp::Text));
    assert!(f.werte.is_none() && f.vorbefuellung.is_none());
}

#[test]
fn up_conversion_maps_ids_versions_status_and_rules() {
    let rule = Regel {
        angaben: Angaben {
            identifikation: ident("R05000281", Some("1.0")),
            name: Some("Regel".into()),
            definition: Some("Wenn F05001047 gewählt, dann G05000499 Pflicht.".into()),
            status: code(Status::Aktiv),
            ..Angaben::default()
        },
        script: Some("function script() { F05001047 }".into()),
        ..Regel::default()
    };
    let schema = Datenschema {
        angaben: Angaben {
            identifikation: ident("S05000058", Some("1.0")),
            name: Some("Bewohnerparken".into()),
            bezeichnung_eingabe: Some("Antrag".into()),
            bezug: vec![Rechtsbezug {
                text: "§ 45 StVO;\r\n  § 46 StVO".into(),
                link: None,
            }],
            status: code(Status::Aktiv),
            freigabedatum: Some("2021-10-20".into()),
            fachlicher_ersteller: Some("N. N.".into()),
            ..Angaben::default()
        },
        regeln: vec![rule],
        ..Datenschema::default()
    };
    let m = message(
        XdfVersion::V2,
        MessageKind::Stammdatenschema,
        Content::Schema(Box::new(schema)),
    );
    let options = ConvertOptions {
        unternummernkreis: "042".into(),
        dokumentsteckbrief: ElementId::new("D05042000001"),
        ..ConvertOptions::default()
    };
    let c = to_v3(&m, &options).expect("converts");
    let Content::Schema(s) = &c.message.content else {
        panic!("schema expected")
    };
    let a = &s.angaben;
    assert_eq!(a.identifikation.label(), "S05042000058 V1.0.0");
    assert_eq!(
        a.freigabestatus.as_ref().map(|c| &c.value),
        Some(&Freigabestatus::FachlichFreigegebenGold)
    );
    assert_eq!(a.status_gesetzt_am.as_deref(), Some("2021-10-20"));
    assert_eq!(a.status_gesetzt_durch.as_deref(), Some("N. N."));
    assert_eq!(a.letzte_aenderung.as_deref(), Some(TIME));
    let bezug: Vec<&str> = a.bezug.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(bezug, ["§ 45 StVO", "§ 46 StVO"]);
    assert_eq!(s.bezeichnung.as_deref(), Some("Antrag"));
    let d = s.dokumentsteckbrief.as_ref().map(Identifikation::label);
    assert_eq!(d.as_deref(), Some("D05042000001"));
    let r = &s.regeln[0];
    assert_eq!(
        r.freitext_regel.as_deref(),
        Some("Wenn F05042001047 gewählt, dann G05042000499 Pflicht.")
    );
    assert_eq!(
        r.script.as_deref(),
        Some("function script() { F05042001047 }")
    );
    assert_eq!(r.typ.as_ref().map(|t| &t.value), Some(&Regeltyp::Kontext));
    // The empty schema got the placeholder field, with a warning.
    let Enthaelt::Field(f) = &s.struktur[0].enthaelt else {
        panic!("placeholder expected")
    };
    assert_eq!(f.angaben.identifikation.label(), "F60000000001 V1.0.0");
    let lines: Vec<String> = c.warnings.iter().map(ToString::to_string).collect();
    insta::assert_json_snapshot!(lines);

    // Splitting the legal reference is optional.
    let whole = ConvertOptions {
        split_bezug: false,
        ..ConvertOptions::default()
    };
    let c = to_v3(&m, &whole).expect("converts");
    let bezug = c.message.root_angaben().map(|a| a.bezug.len());
    assert_eq!(bezug, Some(1));
}

#[test]
fn translations_do_not_go_down() {
    let raw = RawXml {
        name: "xdf:xdatenfelder.uebersetzung.0106".into(),
        xml: String::new(),
        span: Span::default(),
    };
    let m = message(
        XdfVersion::V3,
        MessageKind::Uebersetzung,
        Content::Uebersetzung(raw),
    );
    let e = to_v2(&m, &ConvertOptions::default()).expect_err("refused");
    assert_eq!(e, ConvertError::UebersetzungInV2);
    assert!(e.to_string().contains("2.0"));
}

#[test]
fn same_version_is_unchanged() {
    let m = rich_v3_group();
    let c = to_v3(&m, &ConvertOptions::default()).expect("converts");
    assert_eq!(c.message, m);
    assert!(c.warnings.is_empty());
}

#[test]
fn dokumentsteckbrief_and_codeliste_messages() {
    let d = Dokumentsteckbrief {
        angaben: Angaben {
            identifikation: ident("D05000012", Some("1.1")),
            name: Some("Antrag".into()),
            bezeichnung_eingabe: Some("Antrag auf Parkausweis".into()),
            status: code(Status::Inaktiv),
            ..Angaben::default()
        },
        ist_abstrakt: Some("false".into()),
        dokumentart: Some(Code::new("Antrag".to_owned(), Span::default())),
        ..Dokumentsteckbrief::default()
    };
    let m = message(
        XdfVersion::V2,
        MessageKind::Dokumentsteckbrief,
        Content::Dokumentsteckbrief(Box::new(d)),
    );
    let up = to_v3(&m, &ConvertOptions::default()).expect("converts");
    let Content::Dokumentsteckbrief(d3) = &up.message.content else {
        panic!("Dokumentsteckbrief expected")
    };
    assert_eq!(d3.angaben.identifikation.label(), "D05000000012 V1.1.0");
    assert_eq!(d3.bezeichnung.as_deref(), Some("Antrag auf Parkausweis"));
    assert_eq!(d3.angaben.bezeichnung_eingabe, None);
    assert_eq!(
        d3.angaben.freigabestatus.as_ref().map(|c| &c.value),
        Some(&Freigabestatus::Inaktiv)
    );
    assert!(up
        .warnings
        .iter()
        .any(|w| w.message.contains("Dokumentart")));
    let down = to_v2(&up.message, &ConvertOptions::default()).expect("converts");
    let Content::Dokumentsteckbrief(d2) = &down.message.content else {
        panic!("Dokumentsteckbrief expected")
    };
    assert_eq!(d2.angaben.identifikation.label(), "D05000012 V1.1");
    assert_eq!(
        d2.angaben.bezeichnung_eingabe.as_deref(),
        Some("Antrag auf Parkausweis")
    );
    assert_eq!(
        d2.dokumentart.as_ref().map(|c| c.value.as_str()),
        Some("Antrag")
    );
    assert!(down.warnings.is_empty(), "{:?}", down.warnings);

    let c = CodelisteMessage {
        angaben: Angaben {
            identifikation: ident("C05000073", Some("1.0")),
            name: Some("Zustimmung".into()),
            ..Angaben::default()
        },
        langname: Some("Zustimmung zur Datenverarbeitung".into()),
        genericode: Some(RawXml {
            name: "xdf:genericode".into(),
            xml: "<xdf:genericode/>".into(),
            span: Span::default(),
        }),
        ..CodelisteMessage::default()
    };
    let m = message(
        XdfVersion::V2,
        MessageKind::Codeliste,
        Content::Codeliste(Box::new(c)),
    );
    let up = to_v3(&m, &ConvertOptions::default()).expect("converts");
    assert_eq!(up.warnings.len(), 2, "{:?}", up.warnings);
    let Content::Codeliste(c3) = &up.message.content else {
        panic!("Codeliste expected")
    };
    assert!(c3.genericode.is_some() && c3.angaben.identifikation.id.is_none());
    let down = to_v2(&up.message, &ConvertOptions::default()).expect("converts");
    assert_eq!(down.warnings.len(), 1, "{:?}", down.warnings);
    assert_eq!(
        down.warnings[0].element.as_ref().map(|e| e.id.as_str()),
        Some("?")
    );
}
