//! The JSON outputs of `fim diff` and `fim blockers` follow their JSON Schemas in
//! `schemas/` (validated with the `jsonschema` crate, draft 2020-12): schema and output
//! cannot drift apart.
#![allow(clippy::unwrap_used)] // tests may unwrap

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The first violations of `v` against `schema`, if any (the `jsonschema` crate, draft
/// 2020-12).
fn errors(schema: &Value, v: &Value) -> Vec<String> {
    jsonschema::meta::validate(schema).unwrap();
    let validator = jsonschema::draft202012::options().build(schema).unwrap();
    validator
        .iter_errors(v)
        .take(5)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn schema_of(schema_file: &str) -> Value {
    let text = std::fs::read_to_string(root().join("schemas").join(schema_file)).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn validate(schema_file: &str, v: &Value) {
    let e = errors(&schema_of(schema_file), v);
    assert!(e.is_empty(), "{schema_file}: {e:?}");
}

fn fim_json(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_fim"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

const SERVICES: [&str; 3] = ["gewerbeanmeldung", "ummeldung", "elterngeld"];

#[test]
fn diff_json_follows_its_schema() {
    for s in SERVICES {
        let b = format!("fixtures/services/{s}/baseline.xml");
        let r = format!("fixtures/services/{s}/reference.xml");
        for level in ["all", "no-meta", "user-visible", "structure"] {
            let v = fim_json(&["diff", "--format", "json", "--level", level, &b, &r]);
            validate("fim-diff.schema.json", &v);
        }
    }
}

#[test]
fn blockers_json_follows_its_schema() {
    for s in SERVICES {
        let b = format!("fixtures/services/{s}/baseline.xml");
        let r = format!("fixtures/services/{s}/reference.xml");
        let v = fim_json(&["blockers", "--format", "json", &b, &r]);
        validate("fim-blockers.schema.json", &v);
    }
}

#[test]
fn the_validator_rejects() {
    let v = fim_json(&[
        "blockers",
        "--format",
        "json",
        "fixtures/services/ummeldung/baseline.xml",
        "fixtures/services/ummeldung/reference.xml",
    ]);
    let schema = schema_of("fim-blockers.schema.json");
    let mut bad = v.clone();
    bad["blockers"][0]["status"] = "vielleicht".into();
    assert!(!errors(&schema, &bad).is_empty());
    let mut bad = v.clone();
    bad["extra"] = 1.into();
    assert!(!errors(&schema, &bad).is_empty());
    let mut bad = v.clone();
    bad["maturity_target"]["level"] = 5.into();
    assert!(!errors(&schema, &bad).is_empty());
    let mut bad = v;
    bad["blockers"][0]["change"]["kind"] = "irgendwie".into();
    assert!(!errors(&schema, &bad).is_empty());
}

#[test]
fn blockers_json_with_process_follows_its_schema() {
    for s in SERVICES {
        let d = format!("fixtures/services/{s}");
        let v = fim_json(&[
            "blockers",
            "--format",
            "json",
            &format!("{d}/baseline.xml"),
            &format!("{d}/reference.xml"),
            "--base-process",
            &format!("{d}/baseline.bpmn"),
            "--ref-process",
            &format!("{d}/reference.bpmn"),
        ]);
        assert!(v["process"].is_object(), "{s}: process section");
        validate("fim-blockers.schema.json", &v);
    }
}

#[test]
fn process_diff_json_follows_its_schema() {
    for s in SERVICES {
        let d = format!("fixtures/services/{s}");
        let v = fim_json(&[
            "diff",
            "--format",
            "json",
            &format!("{d}/baseline.bpmn"),
            &format!("{d}/reference.bpmn"),
        ]);
        validate("fim-process-diff.schema.json", &v);
    }
}
