//! `fim schema` and `fim validate` on the form fixture (`fixtures/form/`): snapshots of the
//! JSON Schema, the UI hints and the German error list; exit codes; and the generated schema
//! checked with the `jsonschema` crate against the same fixture data.

#![allow(clippy::unwrap_used)] // tests may unwrap

use std::process::Command;

const SCHEMA: &str = "fixtures/form/antrag_v3.xml";
const LISTS: &str = "fixtures/form/codelisten";
const VALID: &str = "fixtures/form/antrag_gueltig.json";
const INVALID: &str = "fixtures/form/antrag_ungueltig.json";

fn fim(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_fim"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("fim runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

fn fixture(rel: &str) -> serde_json::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../").to_owned() + rel;
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn schema_with_codelists_is_valid_json_schema_and_snapshotted() {
    let (stdout, stderr, code) = fim(&["schema", SCHEMA, "--codelists", LISTS]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty(), "no notes expected: {stderr}");
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    jsonschema::meta::validate(&schema).unwrap();
    let v = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    assert!(v.is_valid(&fixture(VALID)));
    assert!(!v.is_valid(&fixture(INVALID)));
    insta::assert_json_snapshot!("antrag_schema", schema);
}

#[test]
fn schema_without_codelists_notes_the_missing_list() {
    let (stdout, stderr, code) = fim(&["schema", SCHEMA]);
    assert_eq!(code, Some(0));
    assert!(
        stderr.contains("hinweis:") && stderr.contains("Codeliste"),
        "{stderr}"
    );
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        schema["properties"]["F99000000106"]["x-fim-codeliste"]["canonicalUri"],
        "urn:de:fim-beispiel:codeliste:farbe"
    );
}

#[test]
fn ui_hints_snapshot() {
    let (stdout, stderr, code) = fim(&["schema", "--hints", SCHEMA, "--codelists", LISTS]);
    assert_eq!(code, Some(0), "{stderr}");
    let hints: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    insta::assert_json_snapshot!("antrag_hints", hints);
}

#[test]
fn validate_valid_data_exits_0() {
    let (stdout, stderr, code) = fim(&["validate", SCHEMA, VALID, "--codelists", LISTS]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.is_empty());
}

#[test]
fn validate_invalid_data_lists_german_errors_and_exits_1() {
    let (stdout, _, code) = fim(&["validate", SCHEMA, INVALID, "--codelists", LISTS]);
    assert_eq!(code, Some(1));
    insta::assert_snapshot!("antrag_errors", stdout);
    let (json, _, code) = fim(&["validate", "--json", SCHEMA, INVALID, "--codelists", LISTS]);
    assert_eq!(code, Some(1));
    let list: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(list.len(), stdout.lines().count());
    assert_eq!(list[0]["path"], "/G99000000101/F99000000102");
    assert_eq!(list[0]["id"], "F99000000102");
    assert_eq!(list[0]["name"], "Familienname");
}

#[test]
fn validate_without_codelists_does_not_check_codes() {
    let (stdout, _, code) = fim(&["validate", SCHEMA, INVALID]);
    assert_eq!(code, Some(1));
    assert!(
        !stdout.contains("Werteliste` ") && !stdout.contains("`X`"),
        "{stdout}"
    );
}

#[test]
fn unreadable_inputs_exit_2() {
    let (_, stderr, code) = fim(&["validate", SCHEMA, "fixtures/form/fehlt.json"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("kann nicht gelesen werden"), "{stderr}");
    let (_, stderr, code) = fim(&["validate", SCHEMA, SCHEMA]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("kein gültiges JSON"), "{stderr}");
    let (_, _, code) = fim(&["schema", "fixtures/form/fehlt.xml"]);
    assert_eq!(code, Some(2));
}
