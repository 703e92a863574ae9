//! `fim convert`: both directions on the bundled example, warnings, exit codes.

mod common;
use common::fim;

use std::path::PathBuf;

const EXAMPLE: &str = "fixtures/xdatenfelder/meldung_hund_v3.xml";

#[test]
fn down_and_up_again() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("convert");
    std::fs::create_dir_all(&dir).expect("dir");
    let v2 = dir.join("hund_v2.xml");
    let v2s = v2.to_str().expect("utf-8");
    let (stdout, stderr, code) = fim(&["convert", "--to", "2.0", EXAMPLE, "-o", v2s]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty());
    // What 2.0 cannot hold is named, with position and element.
    assert!(
        stderr.contains("meldung_hund_v3.xml:109:15: warnung: F99000000003 V1.0.0: Die Werteliste"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(&v2).expect("output");
    assert!(written.contains("xmlns:xdf=\"urn:xoev-de:fim:standard:xdatenfelder_2\""));
    assert!(written.contains("<xdf:id>F99000001</xdf:id>"));

    let (stdout, stderr, code) = fim(&["convert", "--to", "3.0.0", v2s, "--json-warnings"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("<xdf:id>F99000000001</xdf:id>"));
    for line in stderr.lines() {
        let w: serde_json::Value = serde_json::from_str(line).expect("JSON warning line");
        assert!(w["message"].is_string());
    }
}

#[test]
fn bad_target_and_bad_options_exit_2() {
    let (_, stderr, code) = fim(&["convert", "--to", "4.0", EXAMPLE]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("Zielversion"), "{stderr}");
    let (_, stderr, code) = fim(&[
        "convert",
        "--to",
        "2.0",
        "--unternummernkreis",
        "12",
        EXAMPLE,
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("Unternummernkreis"), "{stderr}");
}
