//! `fim inspect` on the bundled example: the rendered tree is snapshot-tested.

mod common;
use common::fim;

#[test]
fn inspect_bundled_example() {
    let (stdout, stderr, code) = fim(&["inspect", "fixtures/xdatenfelder/meldung_hund_v3.xml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn inspect_json_is_the_model() {
    let (stdout, _, code) = fim(&[
        "inspect",
        "--json",
        "fixtures/xdatenfelder/meldung_hund_v3.xml",
    ]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(v["version"], "3.0.0");
    assert_eq!(v["content"]["type"], "Schema");
    assert_eq!(
        v["content"]["angaben"]["identifikation"]["id"],
        "S99000000001"
    );
    assert_eq!(v["content"]["struktur"][1]["anzahl"], "1:*");
}

#[test]
fn unreadable_input_is_a_usage_error_with_position() {
    let dir = std::env::temp_dir().join(format!("fim-inspect-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let bad = dir.join("kaputt.xml");
    std::fs::write(&bad, "<xdatenfelder.datenfeld.0104 xmlns=\"urn:xoev-de:fim:standard:xdatenfelder_2\">\n  <b></c>\n</xdatenfelder.datenfeld.0104>").expect("write");
    let (_, stderr, code) = fim(&["inspect", bad.to_str().expect("utf-8 path")]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("kaputt.xml:2:"), "{stderr}");
    let (_, stderr, code) = fim(&["inspect", "does/not/exist.xml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("kann nicht gelesen werden"), "{stderr}");
}
