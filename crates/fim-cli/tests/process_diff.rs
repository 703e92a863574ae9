//! `fim diff` on processes: dispatch by the root namespace, German and JSON output, exit
//! codes; the fixture diffs are snapshot-tested.
#![allow(clippy::unwrap_used)] // tests may unwrap

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn fim(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_fim"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("fim runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

const GEWERBE_B: &str = "fixtures/services/gewerbeanmeldung/baseline.bpmn";
const GEWERBE_R: &str = "fixtures/services/gewerbeanmeldung/reference.bpmn";

#[test]
fn process_diff_human_snapshot() {
    let (out, err, code) = fim(&["diff", GEWERBE_B, GEWERBE_R]);
    assert_eq!(code, Some(1), "{err}");
    insta::assert_snapshot!("process_diff_gewerbeanmeldung", out);
}

#[test]
fn process_diff_json_snapshot() {
    let (out, err, code) = fim(&[
        "diff",
        "--format",
        "json",
        "fixtures/services/ummeldung/baseline.bpmn",
        "fixtures/services/ummeldung/reference.bpmn",
    ]);
    assert_eq!(code, Some(1), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // m_confirm changes lane: who does what.
    let lane_change = v["changes"].as_array().unwrap().iter().any(|c| {
        c["reference"]["id"] == "m_confirm"
            && c["fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["property"] == "Lane" && f["after"] == "Onlinedienst")
    });
    assert!(lane_change);
    insta::assert_json_snapshot!("process_diff_ummeldung_json", v);
}

#[test]
fn same_process_is_unchanged() {
    for f in [
        GEWERBE_B,
        "fixtures/bpmn/process/antrag.bpmn",
        "fixtures/bpmn/xprozess/hundehaltung.xprozess.xml",
    ] {
        let (out, err, code) = fim(&["diff", f, f]);
        assert_eq!(code, Some(0), "{f}: {err}");
        assert!(out.contains("Keine Änderung am Ablauf."), "{f}: {out}");
    }
}

#[test]
fn schema_against_process_is_a_usage_error() {
    let (_, err, code) = fim(&[
        "diff",
        "fixtures/services/gewerbeanmeldung/baseline.xml",
        GEWERBE_R,
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("beide Dateien müssen Prozesse"), "{err}");
}

#[test]
fn schemas_still_diff_as_schemas() {
    let (out, err, code) = fim(&[
        "diff",
        "fixtures/services/gewerbeanmeldung/baseline.xml",
        "fixtures/services/gewerbeanmeldung/reference.xml",
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.contains("XDatenfelder"), "{out}");
}
