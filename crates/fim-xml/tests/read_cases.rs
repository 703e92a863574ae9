//! Hand-written inputs: what the reader accepts, what it reports and what it refuses.

use fim_core::walk::counts;
use fim_core::{Content, Enthaelt, XdfVersion};
use fim_xml::{read, read_with, DiagnosticKind, ReadErrorKind, ReadOptions};

const V2: &str = "urn:xoev-de:fim:standard:xdatenfelder_2";
const V3: &str = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

fn field_message(ns: &str, body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<x:xdatenfelder.datenfeld.0104 xmlns:x="{ns}">
  <x:header><x:nachrichtID>1</x:nachrichtID><x:erstellungszeitpunkt>2024-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header>
  <x:datenfeld>
    <x:identifikation><x:id>F60000000001</x:id><x:version>1.0.0</x:version></x:identifikation>
    {body}
  </x:datenfeld>
</x:xdatenfelder.datenfeld.0104>"#
    )
}

fn err_kind(src: &str) -> ReadErrorKind {
    match read(src) {
        Ok(_) => panic!("expected an error for:\n{src}"),
        Err(e) => e.kind,
    }
}

#[test]
fn character_references_and_crlf_are_kept() {
    let src = field_message(
        V3,
        "<x:name>a&#13;\nb&#xD;&#x0A;c &amp; &lt;d&gt; &quot;e&apos;</x:name>\r\n",
    );
    let doc = read(&src).expect("reads");
    let name = doc.message.root_angaben().map(|a| a.name().to_owned());
    assert_eq!(name.as_deref(), Some("a\r\nb\r\nc & <d> \"e'"));
}

#[test]
fn cdata_is_text() {
    let src = field_message(V3, "<x:name><![CDATA[<b>fett</b>]]> &amp; mehr</x:name>");
    let doc = read(&src).expect("reads");
    assert_eq!(
        doc.message.root_angaben().map(|a| a.name()),
        Some("<b>fett</b> & mehr")
    );
}

#[test]
fn namespaces_are_matched_by_uri_not_prefix() {
    // Default namespace for XDatenfelder elements; `code` must then be put in no namespace
    // explicitly (xmlns="").
    let src = format!(
        r#"<xdatenfelder.datenfeld.0104 xmlns="{V2}">
  <header><nachrichtID>1</nachrichtID></header>
  <datenfeld>
    <identifikation><id>F60000001</id></identifikation>
    <name>N</name>
    <feldart><code xmlns="">select</code></feldart>
    <datentyp><code xmlns="">text</code></datentyp>
  </datenfeld>
</xdatenfelder.datenfeld.0104>"#
    );
    let doc = read(&src).expect("reads");
    assert_eq!(doc.message.version, XdfVersion::V2);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    let Content::Field(f) = &doc.message.content else {
        panic!("field")
    };
    assert_eq!(
        f.feldart.as_ref().map(|c| c.value.clone()),
        Some(fim_core::codes::Feldart::Select)
    );

    // A prefix bound to a foreign namespace is not XDatenfelder, even if it is called `xdf`.
    let foreign = field_message(
        V3,
        r#"<xdf:name xmlns:xdf="urn:other">fremd</xdf:name><x:name>eigen</x:name>"#,
    );
    let doc = read(&foreign).expect("reads");
    assert_eq!(doc.message.root_angaben().map(|a| a.name()), Some("eigen"));
    assert!(
        matches!(&doc.diagnostics[0].kind, DiagnosticKind::UnexpectedElement { name, .. } if name == "xdf:name")
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let src = format!("\u{feff}{}", field_message(V3, "<x:name>N</x:name>"));
    assert!(read(&src).is_ok());
}

#[test]
fn doctype_and_entities_are_refused() {
    let src = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n{}",
        field_message(V3, "<x:name>&a;</x:name>")
    );
    let e = read(&src).expect_err("refused");
    assert_eq!(e.kind, ReadErrorKind::Doctype);
    assert_eq!((e.position.line, e.position.column), (2, 1));

    let src = field_message(V3, "<x:name>&lol;</x:name>");
    let e = read(&src).expect_err("refused");
    assert_eq!(e.kind, ReadErrorKind::UnknownEntity("lol".into()));
    assert_eq!((e.position.line, e.position.column), (6, 13));

    assert!(matches!(
        err_kind(&field_message(V3, "<x:name>&#0;</x:name>")),
        ReadErrorKind::InvalidCharRef(_)
    ));
    assert!(matches!(
        err_kind(&field_message(V3, "<x:name>&#xD800;</x:name>")),
        ReadErrorKind::InvalidCharRef(_)
    ));
}

#[test]
fn malformed_xml_gives_line_and_column() {
    // Mismatched end tag on line 6.
    let src = field_message(V3, "<x:name>N</x:nam>");
    let e = read(&src).expect_err("malformed");
    assert!(matches!(e.kind, ReadErrorKind::Syntax(_)), "{e:?}");
    assert_eq!(e.position.line, 6);
    assert!(e.to_string().starts_with("6:"), "{e}");

    // Unclosed root.
    let src = format!(r#"<x:xdatenfelder.datenfeld.0104 xmlns:x="{V3}"><x:header>"#);
    assert!(read(&src).is_err());
    // Nothing at all.
    assert_eq!(err_kind(""), ReadErrorKind::NoRoot);
    assert_eq!(err_kind("  <!-- c -->  "), ReadErrorKind::NoRoot);
    // Two roots.
    let two = format!("{0}\n{0}", field_message(V3, ""));
    assert!(matches!(err_kind(&two), ReadErrorKind::Syntax(_)));
}

#[test]
fn unknown_message_and_namespace() {
    let src = format!(r#"<x:xdatenfelder.foo.0199 xmlns:x="{V3}"/>"#);
    assert_eq!(
        err_kind(&src),
        ReadErrorKind::UnknownMessage("xdatenfelder.foo.0199".into())
    );
    let src = r#"<xdatenfelder.datenfeld.0104/>"#;
    assert!(
        matches!(err_kind(src), ReadErrorKind::UnknownNamespace { namespace, .. } if namespace.is_empty())
    );
}

/// Nested groups: `depth` levels of `struktur/enthaelt/datenfeldgruppe`.
fn nested_groups(depth: usize, same_id: bool) -> String {
    let mut s = format!(r#"<x:xdatenfelder.datenfeldgruppe.0103 xmlns:x="{V3}"><x:header/>"#);
    for i in 0..depth {
        let id = if same_id { 1 } else { i + 1 };
        s.push_str(&format!(
            "<x:datenfeldgruppe><x:identifikation><x:id>G{id:011}</x:id><x:version>1.0.0</x:version></x:identifikation><x:name>g{i}</x:name>"
        ));
        if i + 1 < depth {
            s.push_str("<x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt>");
        }
    }
    for i in (0..depth).rev() {
        s.push_str("</x:datenfeldgruppe>");
        if i > 0 {
            s.push_str("</x:enthaelt></x:struktur>");
        }
    }
    s.push_str("</x:xdatenfelder.datenfeldgruppe.0103>");
    s
}

#[test]
fn a_group_containing_itself_is_reported() {
    let doc = read(&nested_groups(3, true)).expect("reads");
    let cycles: Vec<_> = doc
        .diagnostics
        .iter()
        .filter_map(|d| match &d.kind {
            DiagnosticKind::GroupCycle { id, ancestor } => Some((id.clone(), *ancestor, d.span)),
            _ => None,
        })
        .collect();
    // Level 2 repeats level 1, level 3 repeats levels 1 and 2: reported once per group.
    assert_eq!(cycles.len(), 2, "{cycles:?}");
    assert_eq!(cycles[0].0, "G00000000001 V1.0.0");
    assert!(cycles[0].1.start < cycles[0].2.start);
    let root = doc.message.root().expect("root");
    let c = counts(root);
    assert_eq!(
        (c.groups, c.cycles),
        (2, 1),
        "the walk stops at the first repeat"
    );
    assert!(read(&nested_groups(3, false))
        .expect("reads")
        .diagnostics
        .is_empty());
}

#[test]
fn nesting_depth_is_capped() {
    // 3 XML levels per group level plus root and group: 100 levels exceed a cap of 64.
    let e =
        read_with(&nested_groups(100, false), ReadOptions { max_depth: 64 }).expect_err("too deep");
    assert_eq!(e.kind, ReadErrorKind::TooDeep(64));
    // The default cap allows realistic depth ...
    assert!(read(&nested_groups(40, false)).is_ok());
    // ... and refuses hostile depth without exhausting the stack.
    let deep = format!(
        r#"<x:xdatenfelder.datenfeld.0104 xmlns:x="{V3}">{}"#,
        "<a>".repeat(100_000)
    );
    assert!(matches!(err_kind(&deep), ReadErrorKind::TooDeep(_)));
}

#[test]
fn missing_and_unexpected_content_is_reported_and_kept() {
    let src = field_message(
        V3,
        "<x:name>N</x:name><x:bogus a=\"1\">x<x:y/></x:bogus>stray<x:feldart><code>input</code><other/></x:feldart>",
    );
    let doc = read(&src).expect("reads");
    let kinds: Vec<String> = doc.diagnostics.iter().map(|d| d.kind.to_string()).collect();
    assert!(
        kinds
            .iter()
            .any(|k| k.contains("unerwartetes Element `x:bogus`")),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|k| k.contains("unerwarteter Text")),
        "{kinds:?}"
    );
    assert!(kinds.iter().any(|k| k.contains("`other`")), "{kinds:?}");
    assert!(
        kinds.iter().any(|k| k.contains("`datentyp` fehlt")),
        "{kinds:?}"
    );
    let Content::Field(f) = &doc.message.content else {
        panic!("field")
    };
    assert_eq!(f.angaben.unknown.len(), 1);
    assert_eq!(
        f.angaben.unknown[0].xml,
        "<x:bogus a=\"1\">x<x:y/></x:bogus>"
    );
}

#[test]
fn struktur_without_enthaelt_is_missing() {
    let src = format!(
        r#"<x:xdatenfelder.datenfeldgruppe.0103 xmlns:x="{V3}"><x:header/><x:datenfeldgruppe>
<x:identifikation><x:id>G60000000001</x:id></x:identifikation><x:name>g</x:name>
<x:struktur><x:anzahl>1:1</x:anzahl></x:struktur></x:datenfeldgruppe></x:xdatenfelder.datenfeldgruppe.0103>"#
    );
    let doc = read(&src).expect("reads");
    let Content::Group(g) = &doc.message.content else {
        panic!("group")
    };
    assert!(matches!(g.struktur[0].enthaelt, Enthaelt::Missing));
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.kind.to_string().contains("`enthaelt` fehlt")));
}

#[test]
fn v2_praezisierung_json_and_v3_attributes_meet_in_one_form() {
    let v2 = field_message(
        V2,
        r#"<x:name>N</x:name><x:praezisierung>{"minLength":"1","maxLength":50,"pattern":"[0-9]{5}","minValue":"0"}</x:praezisierung>"#,
    );
    let v3 = field_message(
        V3,
        r#"<x:name>N</x:name><x:praezisierung minLength="1" maxLength="50" pattern="[0-9]{5}" minValue="0"/>"#,
    );
    let get = |src: &str| {
        let doc = read(src).expect("reads");
        let Content::Field(f) = doc.message.content else {
            panic!("field")
        };
        let mut p = f.praezisierung.expect("praezisierung");
        p.raw.clear();
        p.span = Default::default();
        p
    };
    let (a, b) = (get(&v2), get(&v3));
    assert_eq!(a, b);
    assert_eq!(
        (a.min_length, a.max_length, a.pattern.as_deref()),
        (Some(1), Some(50), Some("[0-9]{5}"))
    );

    let bad = field_message(
        V2,
        r#"<x:name>N</x:name><x:praezisierung>{"maxLength":"viele"}</x:praezisierung>"#,
    );
    let doc = read(&bad).expect("reads");
    assert!(matches!(
        doc.diagnostics[0].kind,
        DiagnosticKind::InvalidPraezisierung { .. }
    ));
}

#[test]
fn byte_order_mark_error_positions_still_count_from_the_file_start() {
    let src = format!("\u{feff}{}", field_message(V3, "<x:name>&bad;</x:name>"));
    let e = read(&src).expect_err("entity");
    assert_eq!((e.position.line, e.position.column), (6, 13));
}
