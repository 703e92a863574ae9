#![allow(clippy::unwrap_used)] // tests may unwrap

use super::*;
use crate::codes::{CodeValue, Datentyp, Freigabestatus};
use crate::ids::{Anzahl, ElementId, Version};
use crate::model::{
    Angaben, Code, Content, Datenfeld, Datenfeldgruppe, Datenschema, Enthaelt, Header,
    Identifikation, MessageKind, Relation, Struktur,
};
use crate::span::Span;

fn angaben(id: &str, version: &str, name: &str) -> Angaben {
    Angaben {
        identifikation: Identifikation {
            id: Some(ElementId::new(id)),
            version: Some(Version::new(version)),
            span: Span::default(),
        },
        name: Some(name.to_owned()),
        ..Default::default()
    }
}

fn field(id: &str, name: &str, datentyp: &str) -> Datenfeld {
    Datenfeld {
        angaben: angaben(id, "1.0.0", name),
        datentyp: Some(Code::new(Datentyp::from_code(datentyp), Span::default())),
        ..Default::default()
    }
}

fn entry(e: Enthaelt, anzahl: &str) -> Struktur {
    Struktur {
        anzahl: Some(Anzahl::new(anzahl)),
        bezug: vec![],
        enthaelt: e,
        span: Span::default(),
    }
}

fn f(d: Datenfeld) -> Enthaelt {
    Enthaelt::Field(Box::new(d))
}

fn g(id: &str, name: &str, children: Vec<Struktur>) -> Enthaelt {
    Enthaelt::Group(Box::new(Datenfeldgruppe {
        angaben: angaben(id, "1.0.0", name),
        struktur: children,
        ..Default::default()
    }))
}

fn message(children: Vec<Struktur>) -> Message {
    Message {
        version: XdfVersion::V3,
        kind: MessageKind::Stammdatenschema,
        header: Header::default(),
        content: Content::Schema(Box::new(Datenschema {
            angaben: angaben("S99000000001", "1.0.0", "Schema"),
            struktur: children,
            ..Default::default()
        })),
        namespaces: Vec::new(),
        root_attributes: Vec::new(),
        comments: Vec::new(),
        span: Span::default(),
    }
}

/// S -> G1 (F1 text, F2 date), F3 text
fn base() -> Message {
    message(vec![
        entry(
            g(
                "G99000000001",
                "Person",
                vec![
                    entry(f(field("F99000000001", "Name", "text")), "1:1"),
                    entry(f(field("F99000000002", "Geburtsdatum", "date")), "1:1"),
                ],
            ),
            "1:1",
        ),
        entry(f(field("F99000000003", "Ort", "text")), "0:1"),
    ])
}

#[test]
fn widening_follows_the_converter() {
    assert_eq!(canonical_id(&ElementId::new("F60000227")), "F60000000227");
    assert_eq!(canonical_id(&ElementId::new("S00000009")), "S00000000009");
    assert_eq!(
        canonical_id(&ElementId::new("F60000000227")),
        "F60000000227"
    );
    assert_eq!(canonical_id(&ElementId::new(" X1 ")), "X1");
    assert_eq!(normalize_version("1.0"), "1.0.0");
    assert_eq!(normalize_version("1.2.3"), "1.2.3");
    assert_eq!(normalize(" a\r\n\t b  "), "a b");
}

#[test]
fn identical_and_whitespace_only_changes_are_no_change() {
    let a = base();
    for level in Level::ALL {
        assert!(diff(&a, &a, level).is_unchanged());
    }
    let mut b = base();
    if let Content::Schema(s) = &mut b.content {
        if let Enthaelt::Field(fd) = &mut s.struktur[1].enthaelt {
            fd.angaben.name = Some("  Ort\r\n".into());
            fd.angaben.identifikation.version = Some(Version::new("1.0.0"));
        }
        s.struktur[1].anzahl = Some(Anzahl::new(" 0:1 "));
    }
    assert!(diff(&a, &b, Level::All).is_unchanged());
}

#[test]
fn added_removed_moved_changed() {
    let a = base();
    // F3 moves into G1, F2 becomes text and optional, F1 removed, F4 added at root.
    let mut f2 = field("F99000000002", "Geburtsdatum", "text");
    f2.angaben.freigabestatus = Some(Code::new(Freigabestatus::Entwurf, Span::default()));
    let b = message(vec![
        entry(
            g(
                "G99000000001",
                "Person",
                vec![
                    entry(f(f2), "0:1"),
                    entry(f(field("F99000000003", "Ort", "text")), "0:1"),
                ],
            ),
            "1:1",
        ),
        entry(f(field("F99000000004", "Neu", "bool")), "1:1"),
    ]);
    let d = diff(&a, &b, Level::All);
    assert_eq!(d.summary.added, 1);
    assert_eq!(d.summary.removed, 1);
    assert_eq!(d.summary.moved, 1);
    assert_eq!(d.summary.changed, 1);
    let f2c = d
        .changes
        .iter()
        .find(|c| c.baseline.as_ref().and_then(|e| e.id.as_deref()) == Some("F99000000002"))
        .unwrap();
    let props: Vec<&str> = f2c.fields.iter().map(|f| f.property.as_str()).collect();
    assert_eq!(props, ["freigabestatus", "struktur.anzahl", "datentyp"]);
    let moved = d
        .changes
        .iter()
        .find(|c| c.moved.is_some())
        .and_then(|c| c.moved.clone())
        .unwrap();
    assert!(moved.parent_changed);
    assert_eq!(moved.from_parent.as_deref(), Some("S99000000001"));
    assert_eq!(moved.to_parent.as_deref(), Some("G99000000001"));
    // Without metadata the status change is gone; structure keeps anzahl and datentyp.
    let nm = diff(&a, &b, Level::NoMeta);
    let f2c = nm.changes.iter().find(|c| !c.fields.is_empty()).unwrap();
    assert_eq!(f2c.fields.len(), 2);
    let st = diff(&a, &b, Level::Structure);
    assert_eq!(st.summary.changed, 1);
}

#[test]
fn levels_filter_properties() {
    let a = base();
    let mut b = base();
    if let Content::Schema(s) = &mut b.content {
        s.angaben.beschreibung = Some("neu".into());
        if let Enthaelt::Field(fd) = &mut s.struktur[1].enthaelt {
            fd.angaben.name = Some("Wohnort".into());
        }
    }
    assert_eq!(diff(&a, &b, Level::All).summary.changed, 2);
    assert_eq!(diff(&a, &b, Level::NoMeta).summary.changed, 2);
    assert_eq!(diff(&a, &b, Level::UserVisible).summary.changed, 1);
    assert!(diff(&a, &b, Level::Structure).is_unchanged());
}

#[test]
fn reorder_marks_only_the_elements_out_of_order() {
    let fields = |order: &[u8]| {
        message(
            order
                .iter()
                .map(|i| entry(f(field(&format!("F9900000001{i}"), "x", "text")), "1:1"))
                .collect(),
        )
    };
    let a = fields(&[0, 1, 2, 3, 4]);
    let b = fields(&[0, 2, 3, 4, 1]);
    let d = diff(&a, &b, Level::All);
    assert_eq!(d.summary.moved, 1);
    let moved = d.changes.iter().find(|c| c.moved.is_some()).unwrap();
    assert_eq!(
        moved.reference.as_ref().unwrap().id.as_deref(),
        Some("F99000000011")
    );
    // Removing one element does not move the others.
    let c = fields(&[0, 2, 3, 4]);
    let d = diff(&a, &c, Level::All);
    assert_eq!((d.summary.moved, d.summary.removed), (0, 1));
}

#[test]
fn relation_matches_when_ids_differ() {
    let a = base();
    let mut f5 = field("F99000000005", "Wohnort", "text");
    f5.angaben.relation.push(Relation {
        praedikat: Some(Code::new(Praedikat::Ersetzt, Span::default())),
        objekt: Identifikation {
            id: Some(ElementId::new("F99000003")), // a v2-width id, widened
            version: None,
            span: Span::default(),
        },
        span: Span::default(),
    });
    let mut b = base();
    if let Content::Schema(s) = &mut b.content {
        s.struktur[1] = entry(f(f5), "0:1");
    }
    let d = diff(&a, &b, Level::NoMeta);
    assert_eq!(d.summary.matched_by_relation, 1);
    assert_eq!((d.summary.added, d.summary.removed), (0, 0));
    // VKN (verknüpft) is not an identity.
    if let Content::Schema(s) = &mut b.content {
        if let Enthaelt::Field(fd) = &mut s.struktur[1].enthaelt {
            fd.angaben.relation[0].praedikat =
                Some(Code::new(Praedikat::Verknuepft, Span::default()));
        }
    }
    let d = diff(&a, &b, Level::NoMeta);
    assert_eq!((d.summary.added, d.summary.removed), (1, 1));
}

#[test]
fn removed_group_counts_its_descendants_once() {
    let a = base();
    let b = message(vec![entry(f(field("F99000000003", "Ort", "text")), "0:1")]);
    let d = diff(&a, &b, Level::All);
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.changes[0].kind, ChangeKind::Removed);
    assert_eq!(d.changes[0].descendants, 2);
    assert_eq!(d.summary.removed, 3);
    // Reversed: an added group.
    let d = diff(&b, &a, Level::All);
    assert_eq!(d.changes.len(), 1);
    assert_eq!(
        (d.changes[0].kind, d.changes[0].descendants),
        (ChangeKind::Added, 2)
    );
}

#[test]
fn repeated_ids_pair_under_the_same_parent() {
    // A harmonised field used in two groups; only the second use changes.
    let make = |second: &str| {
        message(vec![
            entry(
                g(
                    "G99000000001",
                    "A",
                    vec![entry(f(field("F99000000009", "PLZ", "text")), "1:1")],
                ),
                "1:1",
            ),
            entry(
                g(
                    "G99000000002",
                    "B",
                    vec![entry(f(field("F99000000009", "PLZ", "text")), second)],
                ),
                "1:1",
            ),
        ])
    };
    let d = diff(&make("1:1"), &make("0:1"), Level::All);
    assert_eq!(d.summary.changed, 1);
    assert_eq!(d.summary.moved, 0);
    let c = &d.changes[0];
    assert_eq!(
        c.reference.as_ref().unwrap().path,
        ["S99000000001", "G99000000002"]
    );
}

#[test]
fn a_group_containing_itself_ends() {
    let inner = g(
        "G99000000001",
        "Schleife",
        vec![entry(f(field("F99000000001", "x", "text")), "1:1")],
    );
    let outer = g("G99000000001", "Schleife", vec![entry(inner, "1:1")]);
    let a = message(vec![entry(outer, "1:1")]);
    let d = diff(&a, &a, Level::All);
    assert!(d.is_unchanged());
    // the cyclic group is listed, its children are not
    assert_eq!(d.baseline.elements, 3);
}

#[test]
fn lis_is_deterministic() {
    assert_eq!(lis(&[0, 1, 2]), [true, true, true]);
    assert_eq!(lis(&[2, 0, 1]), [false, true, true]);
    assert_eq!(lis(&[]), Vec::<bool>::new());
}

#[test]
fn an_id_match_wins_over_an_earlier_relation() {
    // Reference: F5 (ABL F3) comes first, F3 itself is still there: F3 pairs with F3 by id,
    // F5 is new.
    let a = base();
    let mut f5 = field("F99000000005", "Abgeleitet", "text");
    f5.angaben.relation.push(Relation {
        praedikat: Some(Code::new(Praedikat::AbgeleitetVon, Span::default())),
        objekt: Identifikation {
            id: Some(ElementId::new("F99000000003")),
            version: None,
            span: Span::default(),
        },
        span: Span::default(),
    });
    let mut b = base();
    if let Content::Schema(s) = &mut b.content {
        s.struktur.insert(0, entry(f(f5), "0:1"));
    }
    let d = diff(&a, &b, Level::All);
    assert_eq!(d.summary.matched_by_relation, 0);
    assert_eq!((d.summary.added, d.summary.removed), (1, 0));
}

#[test]
fn malformed_ids_pair_by_kind_and_name() {
    let b = message(vec![entry(
        f(field("F00-4cb0dd14", "Einwilligung", "bool")),
        "1:1",
    )]);
    let r = message(vec![entry(
        f(field("F00000-4cb0dd14", "Einwilligung", "bool")),
        "1:1",
    )]);
    let d = diff(&b, &r, Level::All);
    assert_eq!((d.summary.added, d.summary.removed), (0, 0), "{d:#?}");
    // A well-formed id that differs is no match by name.
    let r = message(vec![entry(
        f(field("F99000000077", "Einwilligung", "bool")),
        "1:1",
    )]);
    let d = diff(
        &message(vec![entry(
            f(field("F99000000076", "Einwilligung", "bool")),
            "1:1",
        )]),
        &r,
        Level::All,
    );
    assert_eq!((d.summary.added, d.summary.removed), (1, 1));
}

#[test]
fn versioning_same_version_changed_and_version_decreased() {
    let b = base();
    let mut r = base();
    if let Content::Schema(s) = &mut r.content {
        // F3 changes its data type but keeps V1.0.0; the schema keeps V1.0.0 too.
        if let Some(Enthaelt::Field(f3)) = s.struktur.get_mut(1).map(|e| &mut e.enthaelt) {
            f3.datentyp = Some(Code::new(Datentyp::Date, Span::default()));
        }
    }
    let d = diff(&b, &r, Level::Structure);
    let ids: Vec<(&str, VersionIssue)> = d
        .versioning
        .iter()
        .map(|v| (v.element.id.as_deref().unwrap_or(""), v.issue))
        .collect();
    assert!(
        ids.contains(&("S99000000001", VersionIssue::SameVersionChanged)),
        "{ids:?}"
    );
    assert!(
        ids.contains(&("F99000000003", VersionIssue::SameVersionChanged)),
        "{ids:?}"
    );
    // A lower version is a finding of its own.
    let mut low = base();
    if let Content::Schema(s) = &mut low.content {
        s.angaben.identifikation.version = Some(Version::new("0.9.0"));
    }
    let d = diff(&b, &low, Level::All);
    assert!(d
        .versioning
        .iter()
        .any(|v| v.issue == VersionIssue::VersionDecreased));
    // Nothing changed: nothing to report.
    assert!(diff(&b, &b, Level::All).versioning.is_empty());
}
