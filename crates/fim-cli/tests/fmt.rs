//! `fim fmt`: canonical rewriting, `--check` and `--write`, exit codes.

mod common;
use common::fim;

use std::path::PathBuf;

const EXAMPLE: &str = "fixtures/xdatenfelder/meldung_hund_v3.xml";

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fmt");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

#[test]
fn bundled_example_is_canonical() {
    let (stdout, stderr, code) = fim(&["fmt", "--check", EXAMPLE]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty());
    let (stdout, _, code) = fim(&["fmt", EXAMPLE]);
    assert_eq!(code, Some(0));
    let original = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(EXAMPLE),
    )
    .expect("example");
    assert_eq!(stdout, original);
}

#[test]
fn check_finds_and_write_fixes_a_file_in_another_form() {
    let original = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(EXAMPLE),
    )
    .expect("example");
    // The same content on fewer lines, with another prefix.
    let squashed = original
        .replace("\n  ", "\n")
        .replace("xdf:", "x:")
        .replace("xmlns:xdf", "xmlns:x");
    let path = scratch("squashed.xml");
    std::fs::write(&path, &squashed).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let (_, stderr, code) = fim(&["fmt", "--check", p]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("nicht im kanonischen Format"), "{stderr}");
    let (_, stderr, code) = fim(&["fmt", "--write", p]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).expect("read back"), original);
}

#[test]
fn prefix_option_and_read_errors() {
    let (stdout, _, code) = fim(&["fmt", "--prefix", "xdf3", EXAMPLE]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("<xdf3:datenfeld>"));
    let (_, stderr, code) = fim(&["fmt", "--prefix", "9", EXAMPLE]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("Präfix"), "{stderr}");
    let path = scratch("broken.xml");
    std::fs::write(
        &path,
        "<x:xdatenfelder.datenfeld.0104 xmlns:x=\"urn:xoev-de:fim:standard:xdatenfelder_3.0.0\">\n  <x:header></x:kopf>",
    )
    .expect("write");
    let (_, stderr, code) = fim(&["fmt", path.to_str().expect("utf-8")]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("broken.xml:2:"), "{stderr}");
}
