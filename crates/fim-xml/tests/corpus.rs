//! Reads every XDatenfelder file of the shared corpus (`$FIM_CORPUS/xdatenfelder`).
//!
//! Without `FIM_CORPUS` these tests print a notice and pass (a fresh clone has no corpus);
//! with `FIM_REQUIRE_CORPUS` set (CI) a missing corpus fails.

mod common;

use fim_core::walk::{counts, walk};
use fim_core::{ElementRef, MessageKind, XdfVersion};
use fim_xml::{read, DiagnosticKind, Document, ReadErrorKind};
use serde_json::Value;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    common::corpus("corpus test")
}

fn load(rel: &str) -> Option<(String, Result<Document, fim_xml::ReadError>)> {
    let dir = corpus()?;
    let path = dir.join("xdatenfelder").join(rel);
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let doc = read(&src);
    Some((src, doc))
}

fn ok(rel: &str) -> Option<(String, Document)> {
    let (src, doc) = load(rel)?;
    match doc {
        Ok(d) => Some((src, d)),
        Err(e) => panic!("{rel}: {e}"),
    }
}

/// Short names of the diagnostics of a document, for table assertions.
fn diag_names(doc: &Document) -> Vec<String> {
    doc.diagnostics
        .iter()
        .map(|d| match &d.kind {
            DiagnosticKind::UnexpectedElement { name, .. } => format!("unexpected:{name}"),
            DiagnosticKind::UnexpectedText { parent } => format!("text:{parent}"),
            DiagnosticKind::MissingElement { name, .. } => format!("missing:{name}"),
            DiagnosticKind::DuplicateElement { name } => format!("duplicate:{name}"),
            DiagnosticKind::EmptyValue { name } => format!("empty:{name}"),
            DiagnosticKind::InvalidPraezisierung { .. } => "praezisierung".to_owned(),
            DiagnosticKind::InvalidAttribute { name, .. } => format!("attribute:{name}"),
            DiagnosticKind::GroupCycle { id, .. } => format!("cycle:{id}"),
            _ => "other".to_owned(),
        })
        .collect()
}

/// One line per corpus file: version, message kind, (groups, fields, rules) occurrences and the
/// diagnostics expected. Counts were taken independently with xmllint, e.g.
/// `xmllint --xpath "count(//*[local-name()='datenfeldgruppe'])" FILE` (same for
/// `datenfeld` and `regel`).
#[allow(clippy::type_complexity)]
const CASES: &[(
    &str,
    XdfVersion,
    MessageKind,
    (usize, usize, usize),
    &[&str],
)] = {
    use MessageKind::*;
    use XdfVersion::*;
    &[
        (
            "v2/flxbe-ts_v2_simple_T1234.xml",
            V2,
            Stammdatenschema,
            (1, 1, 0),
            &[],
        ),
        (
            "v2/flxbe_v2_data-field-rule.xml",
            V2,
            Stammdatenschema,
            (0, 1, 1),
            &[],
        ),
        // Negative fixture: `name` twice.
        (
            "v2/flxbe_v2_duplicate-required-value.xml",
            V2,
            Stammdatenschema,
            (0, 0, 0),
            &["duplicate:name"],
        ),
        (
            "v2/flxbe_v2_minimal.xml",
            V2,
            Stammdatenschema,
            (0, 0, 0),
            &[],
        ),
        ("v2/flxbe_v2_rule.xml", V2, Stammdatenschema, (0, 0, 1), &[]),
        (
            "v2/flxbe_v2_simple.xml",
            V2,
            Stammdatenschema,
            (1, 1, 1),
            &[],
        ),
        (
            "v2/gerps_S00000094V1.0_xdf2_export2022.xml",
            V2,
            Stammdatenschema,
            (16, 44, 13),
            &[],
        ),
        (
            "v2/gerps_S00000094V1.0_xdf2_export2023.xml",
            V2,
            Stammdatenschema,
            (16, 44, 13),
            &[],
        ),
        // Real export: twelve praezisierung values are not JSON (`1..12` and `1..31` three
        // times each, `5` six times; `grep -o '<xdf:praezisierung>[^<{][^<]*<' FILE`).
        (
            "v2/glykon_S00000009_xdatenfelder_original.xml",
            V2,
            Stammdatenschema,
            (54, 132, 0),
            &["praezisierung"; 12],
        ),
        (
            "v2/glykon_S00000009_xdatenfelder_reformatted.xml",
            V2,
            Stammdatenschema,
            (54, 132, 0),
            &["praezisierung"; 12],
        ),
        (
            "v2/glykon_S05000058V1.0_xdf2.xml",
            V2,
            Stammdatenschema,
            (8, 33, 2),
            &[],
        ),
        (
            "v3/flxbe-ts_v3_simple_full_2023-02-24.xml",
            V3,
            Datenfeldgruppe,
            (3, 8, 1),
            &[],
        ),
        // Negative fixture: two `id` elements.
        (
            "v3/flxbe_v3_duplicate-id-node.xml",
            V3,
            Datenfeldgruppe,
            (1, 0, 0),
            &["duplicate:id"],
        ),
        // Negative fixture: `<id/>`.
        (
            "v3/flxbe_v3_empty-id-node.xml",
            V3,
            Datenfeldgruppe,
            (1, 0, 0),
            &["empty:id"],
        ),
        // `inhalt` appears twice in this fixture (XSD allows one).
        (
            "v3/flxbe_v3_input.xml",
            V3,
            Datenfeldgruppe,
            (1, 1, 0),
            &["duplicate:inhalt"],
        ),
        // Negative fixture: `identifikation` without `id`.
        (
            "v3/flxbe_v3_missing-id-node.xml",
            V3,
            Datenfeldgruppe,
            (1, 0, 0),
            &["missing:id"],
        ),
        (
            "v3/flxbe_v3_simple_G60000000088.xml",
            V3,
            Datenfeldgruppe,
            (2, 1, 2),
            &[],
        ),
        // Negative fixture: `<xdf:unknown>` inside `identifikation`.
        (
            "v3/flxbe_v3_unexpected-node.xml",
            V3,
            Datenfeldgruppe,
            (1, 0, 0),
            &["unexpected:xdf:unknown"],
        ),
        (
            "v3-converted/glykon_S00000009_converted_xdf3.xml",
            V3,
            Stammdatenschema,
            (54, 132, 0),
            &[],
        ),
        (
            "v3-converted/glykon_S05000058_converted_xdf3.xml",
            V3,
            Stammdatenschema,
            (8, 33, 2),
            &[],
        ),
    ]
};

#[test]
fn every_corpus_file_reads_with_expected_counts_and_diagnostics() {
    let Some(dir) = corpus() else { return };
    let mut listed: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    listed.push("v2/flxbe_v2_unknown-namespace.xml");
    listed.push("v1/ozg_WaBeKa_S00000036_xdf1.xml");
    // Every file in the folders is covered by a case.
    for sub in ["v1", "v2", "v3", "v3-converted"] {
        for entry in std::fs::read_dir(dir.join("xdatenfelder").join(sub))
            .into_iter()
            .flatten()
        {
            let name = format!(
                "{sub}/{}",
                entry
                    .map(|e| e.file_name())
                    .unwrap_or_default()
                    .to_string_lossy()
            );
            assert!(listed.contains(&name.as_str()), "no test case for {name}");
        }
    }
    for &(file, version, kind, (g, f, r), diags) in CASES {
        let Some((_, doc)) = ok(file) else { return };
        assert_eq!(doc.message.version, version, "{file}");
        assert_eq!(doc.message.kind, kind, "{file}");
        let root = doc
            .message
            .root()
            .unwrap_or_else(|| panic!("{file}: no root"));
        let c = counts(root);
        assert_eq!((c.groups, c.fields, c.rules), (g, f, r), "{file}");
        assert_eq!(c.cycles, 0, "{file}");
        assert_eq!(diag_names(&doc), diags, "{file}");
    }
}

#[test]
fn unknown_namespace_is_refused() {
    let Some((_, doc)) = load("v2/flxbe_v2_unknown-namespace.xml") else {
        return;
    };
    let err = doc.expect_err("must be refused");
    assert!(
        matches!(&err.kind, ReadErrorKind::UnknownNamespace { namespace, .. }
            if namespace == "urn:xoev-de:fim:standard:xdatenfelder_unknown"),
        "{err:?}"
    );
    assert_eq!((err.position.line, err.position.column), (2, 1));
}

#[test]
fn xdatenfelder_1_is_unsupported() {
    let Some((_, doc)) = load("v1/ozg_WaBeKa_S00000036_xdf1.xml") else {
        return;
    };
    let err = doc.expect_err("must be refused");
    assert!(
        matches!(&err.kind, ReadErrorKind::UnsupportedVersion { namespace }
            if namespace == "urn:xoev-de:fim:standard:xdatenfelder_1"),
        "{err:?}"
    );
    assert!(err.to_string().contains("nicht unterstützt"));
}

/// The model as JSON without spans, with texts whitespace-normalised and without the root's
/// `xsi:schemaLocation` (the two exports point at the XSD by different relative paths): what
/// must be equal between two formattings of the same content.
fn normalized(doc: &Document) -> Value {
    let mut v = common::model_json(&doc.message, true);
    if let Some(root) = v.as_object_mut() {
        root.remove("root_attributes");
    }
    v
}

#[test]
fn original_and_reformatted_export_give_equal_models() {
    let Some((_, a)) = ok("v2/glykon_S00000009_xdatenfelder_original.xml") else {
        return;
    };
    let Some((_, b)) = ok("v2/glykon_S00000009_xdatenfelder_reformatted.xml") else {
        return;
    };
    // Sanity: the original really carries `&#13;` (resolved to CR) and the copy does not.
    let mut crs = 0;
    walk(a.message.root().expect("root"), |v| {
        crs += v
            .element
            .angaben()
            .beschreibung
            .as_deref()
            .unwrap_or("")
            .matches('\r')
            .count();
    });
    assert!(crs > 0, "expected CR characters from &#13; in the original");
    assert_eq!(normalized(&a), normalized(&b));
    // ... and spans do differ, so the comparison above really ignored them.
    assert_ne!(a.message.span, b.message.span);
}

/// Finds the element with `id` (first occurrence) and returns the line and column of its span.
fn position_of(src: &str, doc: &Document, id: &str) -> (u32, u32) {
    let mut found = None;
    walk(doc.message.root().expect("root"), |v| {
        if found.is_none() && v.element.angaben().id().is_some_and(|i| i.as_str() == id) {
            found = Some(v.element.span());
        }
    });
    let span = found.unwrap_or_else(|| panic!("{id} not found"));
    let p = doc.position(src, span.start);
    (p.line, p.column)
}

#[test]
fn positions_are_exact_lines_and_character_columns() {
    // Expected values computed independently (Python: line = newlines before the byte
    // offset + 1, column = characters between line start and offset + 1). The 2022 export is
    // compact, so columns run into the thousands, after many multi-byte characters: e.g.
    // F60000246 starts at byte column 5280 but character column 5253 (27 umlaut bytes).
    let Some((src, doc)) = ok("v2/gerps_S00000094V1.0_xdf2_export2022.xml") else {
        return;
    };
    for (id, line, column) in [
        ("F60000319", 7, 1152),
        ("F60000243", 16, 1320),
        ("F60000244", 16, 2870),
        ("F60000246", 16, 5253),
        ("G00000253", 7, 106),
        ("G00001914", 36, 3720),
        ("G00000258", 95, 3212),
        ("R00000849", 4, 723),
        ("R60000019", 14, 2546), // first of its copies
    ] {
        assert_eq!(position_of(&src, &doc, id), (line, column), "{id}");
    }
    let Some((src, doc)) = ok("v2/glykon_S05000058V1.0_xdf2.xml") else {
        return;
    };
    assert_eq!(
        position_of(&src, &doc, "F00-4cb0dd14-629c-4661-9435-4e9eadc43e07"),
        (73, 9)
    );
    assert_eq!(position_of(&src, &doc, "F05001062"), (1126, 15));
}

#[test]
fn model_keeps_v3_details() {
    let Some((_, doc)) = ok("v3/flxbe_v3_simple_G60000000088.xml") else {
        return;
    };
    let fim_core::Content::Group(g) = &doc.message.content else {
        panic!("group")
    };
    let a = &g.angaben;
    assert_eq!(
        a.freigabestatus.as_ref().map(|c| c.value.clone()),
        Some(fim_core::codes::Freigabestatus::FachlichFreigegebenGold)
    );
    assert_eq!(a.relation.len(), 1);
    assert_eq!(a.relation[0].objekt.label(), "G60000000088 V1.1.0");
    assert_eq!(a.stichwort[0].uri.as_deref(), Some("some reference"));
    let rule = &g.regeln[0];
    assert_eq!(rule.script.as_deref(), Some("some script content"));
    assert_eq!(
        rule.angaben.bezug[0].link.as_deref(),
        Some("some reference link")
    );
    let mut field = None;
    walk(ElementRef::Group(g), |v| {
        if let ElementRef::Field(f) = v.element {
            field = Some(f.clone());
        }
    });
    let field = field.expect("one field");
    let p = field.praezisierung.as_ref().expect("praezisierung");
    assert_eq!((p.min_length, p.max_length), (Some(1), Some(55)));
    // `&lt;` resolved in text.
    assert!(field
        .angaben
        .beschreibung
        .as_deref()
        .unwrap_or("")
        .contains("<= 55"));
}
