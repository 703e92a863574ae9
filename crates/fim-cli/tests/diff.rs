//! `fim diff`: the must-show corpus pairs, the service fixtures, levels and exit codes.
#![allow(clippy::unwrap_used)] // tests may unwrap

mod common;

use fim_core::diff::{diff, ChangeKind, Level, MatchedBy};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn corpus() -> Option<PathBuf> {
    common::corpus("diff corpus test").map(|c| c.join("xdatenfelder"))
}

fn read(path: PathBuf) -> fim_xml::Document {
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    fim_xml::read(&src).unwrap()
}

use common::fim;

#[test]
fn glykon_original_vs_reformatted_no_change_at_every_level() {
    let Some(c) = corpus() else { return };
    let a = read(c.join("v2/glykon_S00000009_xdatenfelder_original.xml"));
    let b = read(c.join("v2/glykon_S00000009_xdatenfelder_reformatted.xml"));
    for level in Level::ALL {
        let d = diff(&a.message, &b.message, level);
        assert!(d.is_unchanged(), "{level}: {:#?}", d.changes.first());
        assert!(d.summary.matched > 150, "{}", d.summary.matched);
    }
    let orig = c.join("v2/glykon_S00000009_xdatenfelder_original.xml");
    let refo = c.join("v2/glykon_S00000009_xdatenfelder_reformatted.xml");
    let (out, err, code) = fim(&["diff", orig.to_str().unwrap(), refo.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("Keine Änderung."), "{out}");
}

#[test]
fn glykon_v2_vs_v3_converted_no_change_at_structure_level() {
    let Some(c) = corpus() else { return };
    let v2 = read(c.join("v2/glykon_S00000009_xdatenfelder_original.xml"));
    let v3 = read(c.join("v3-converted/glykon_S00000009_converted_xdf3.xml"));
    let d = diff(&v2.message, &v3.message, Level::Structure);
    assert!(d.is_unchanged(), "{:#?}", d.changes.first());
    // Every element was paired by its widened id (F00000152 = F00000000152), none added.
    assert_eq!(d.summary.matched, d.baseline.elements);
    assert_eq!(d.summary.matched, d.reference.elements);
    assert_eq!(d.summary.matched_by_relation, 0);
    // The conversion is not invisible at the wider levels (texts, versions, statuses).
    let all = diff(&v2.message, &v3.message, Level::All);
    assert!(!all.is_unchanged());
    assert_eq!((all.summary.added, all.summary.removed), (0, 0));
    let v2p = c.join("v2/glykon_S00000009_xdatenfelder_original.xml");
    let v3p = c.join("v3-converted/glykon_S00000009_converted_xdf3.xml");
    let (out, _, code) = fim(&[
        "diff",
        "--level",
        "structure",
        v2p.to_str().unwrap(),
        v3p.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn gerps_exports_a_year_apart_differ() {
    let Some(c) = corpus() else { return };
    let a = read(c.join("v2/gerps_S00000094V1.0_xdf2_export2022.xml"));
    let b = read(c.join("v2/gerps_S00000094V1.0_xdf2_export2023.xml"));
    let d = diff(&a.message, &b.message, Level::NoMeta);
    assert!(!d.is_unchanged());
    assert!(d.summary.added > 0 && d.summary.removed > 0 && d.summary.changed > 0);
    // Structure only: descriptions and help texts disappear; rules added, removed and
    // reworded stay (a rule's statement decides which fields apply).
    let s = diff(&a.message, &b.message, Level::Structure);
    assert!(s.summary.changed <= d.summary.changed);
    assert_eq!((s.summary.added, s.summary.removed), (3, 3));
    let rule_changed = |id: &str| {
        s.changes.iter().any(|c| {
            c.reference.as_ref().and_then(|e| e.id.as_deref()) == Some(id)
                && c.fields.iter().any(|f| f.property == "definition")
        })
    };
    assert!(rule_changed("R00001223"));
    // FIM versioning: the schema and the rule keep id and version although their content
    // changed.
    for level in Level::ALL {
        let v = diff(&a.message, &b.message, level).versioning;
        for id in ["S00000094", "R00001223"] {
            assert!(
                v.iter().any(|f| f.element.id.as_deref() == Some(id)
                    && f.issue == fim_core::diff::VersionIssue::SameVersionChanged),
                "{level}: {id}"
            );
        }
    }
    let a = c.join("v2/gerps_S00000094V1.0_xdf2_export2022.xml");
    let b = c.join("v2/gerps_S00000094V1.0_xdf2_export2023.xml");
    let (out, _, code) = fim(&[
        "diff",
        "--level",
        "structure",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    insta::assert_snapshot!("gerps_2022_2023_structure", out);
}

#[test]
fn fixture_diff_human_snapshot() {
    let (out, err, code) = fim(&[
        "diff",
        "--level",
        "no-meta",
        "fixtures/services/elterngeld/baseline.xml",
        "fixtures/services/elterngeld/reference.xml",
    ]);
    assert_eq!(code, Some(1), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn fixture_diff_json_and_relation_match() {
    let base = read(root().join("fixtures/services/gewerbeanmeldung/baseline.xml"));
    let refr = read(root().join("fixtures/services/gewerbeanmeldung/reference.xml"));
    let d = diff(&base.message, &refr.message, Level::All);
    let rel = d
        .changes
        .iter()
        .find(|c| c.matched_by == Some(MatchedBy::Relation))
        .expect("F99000000120 ABL F99000000110");
    assert_eq!(
        rel.baseline.as_ref().unwrap().id.as_deref(),
        Some("F99000000110")
    );
    assert_eq!(
        rel.reference.as_ref().unwrap().id.as_deref(),
        Some("F99000000120")
    );
    let removed: Vec<_> = d
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Removed)
        .filter_map(|c| c.baseline.as_ref()?.id.clone())
        .collect();
    assert_eq!(removed, ["F99000000113", "F99000000116"]);
    let added: Vec<_> = d
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Added)
        .filter_map(|c| c.reference.as_ref()?.id.clone())
        .collect();
    assert_eq!(added, ["F99000000121"]);
    let (out, _, code) = fim(&[
        "diff",
        "--format",
        "json",
        "fixtures/services/gewerbeanmeldung/baseline.xml",
        "fixtures/services/gewerbeanmeldung/reference.xml",
    ]);
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["level"], "all");
    assert_eq!(v["summary"]["added"], 1);
    assert_eq!(v["summary"]["removed"], 2);
}

#[test]
fn same_file_no_change_and_usage_errors() {
    let f = "fixtures/xdatenfelder/meldung_hund_v3.xml";
    let (out, _, code) = fim(&["diff", f, f]);
    assert_eq!(code, Some(0));
    assert!(out.contains("Keine Änderung."));
    let (_, _, code) = fim(&["diff", f, f, "--level", "bogus"]);
    assert_eq!(code, Some(2));
    let (_, err, code) = fim(&["diff", f, "fixtures/fehlt.xml"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("fehler:"), "{err}");
}
