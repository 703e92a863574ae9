//! The JSON outputs of `fim diff` and `fim blockers` follow their JSON Schemas in
//! `schemas/`. A small validator for the keywords those schemas use (type, enum, const,
//! required, properties, additionalProperties, items, minItems, anyOf, $ref, minimum,
//! maximum) keeps schema and output from drifting apart.
#![allow(clippy::unwrap_used)] // tests may unwrap

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        _ => false,
    }
}

/// Returns the first violation, as a JSON pointer and a reason.
fn check(schema: &Value, defs: &Value, v: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return check(&defs[name], defs, v, at);
    }
    if let Some(t) = schema.get("type") {
        let ok = match t {
            Value::String(t) => type_ok(t, v),
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(|t| type_ok(t, v)),
            _ => false,
        };
        if !ok {
            return Err(format!("{at}: expected type {t}, got {v}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return Err(format!("{at}: {v} not in {e:?}"));
        }
    }
    if let Some(c) = schema.get("const") {
        if c != v {
            return Err(format!("{at}: {v} != {c}"));
        }
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        if !any.iter().any(|s| check(s, defs, v, at).is_ok()) {
            return Err(format!("{at}: matches no anyOf branch"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_i64), v.as_i64()) {
        if n < min {
            return Err(format!("{at}: {n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (schema.get("maximum").and_then(Value::as_i64), v.as_i64()) {
        if n > max {
            return Err(format!("{at}: {n} > {max}"));
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap();
            if !obj.contains_key(r) {
                return Err(format!("{at}: missing {r}"));
            }
        }
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => check(s, defs, x, &format!("{at}/{k}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{at}: unexpected property {k}"));
                }
                None => {}
            }
        }
    }
    if let Some(arr) = v.as_array() {
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if (arr.len() as u64) < min {
                return Err(format!("{at}: fewer than {min} items"));
            }
        }
        if let Some(items) = schema.get("items") {
            for (i, x) in arr.iter().enumerate() {
                check(items, defs, x, &format!("{at}/{i}"))?;
            }
        }
    }
    Ok(())
}

fn validate(schema_file: &str, v: &Value) {
    let text = std::fs::read_to_string(root().join("schemas").join(schema_file)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    if let Err(e) = check(&schema, &schema["$defs"], v, "") {
        panic!("{schema_file}: {e}");
    }
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
    let text = std::fs::read_to_string(root().join("schemas/fim-blockers.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let mut bad = v.clone();
    bad["blockers"][0]["status"] = "vielleicht".into();
    assert!(check(&schema, &schema["$defs"], &bad, "").is_err());
    let mut bad = v.clone();
    bad["extra"] = 1.into();
    assert!(check(&schema, &schema["$defs"], &bad, "").is_err());
    let mut bad = v;
    bad["maturity_target"]["level"] = 5.into();
    assert!(check(&schema, &schema["$defs"], &bad, "").is_err());
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
