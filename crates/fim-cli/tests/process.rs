//! `fim process check|metrics|render` on the project's fixtures: output snapshots and exit codes.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

mod common;
use common::fim;

#[test]
fn check_clean_example_exits_zero() {
    let (stdout, stderr, code) = fim(&["process", "check", "fixtures/bpmn/process/antrag.bpmn"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
}

#[test]
fn check_reports_findings_with_positions() {
    let (stdout, stderr, code) =
        fim(&["process", "check", "fixtures/bpmn/soundness/deadlock.bpmn"]);
    assert_eq!(code, Some(1), "{stderr}");
    insta::assert_snapshot!("process-check-deadlock", stdout);
}

#[test]
fn check_json_is_diagnostics() {
    let (stdout, _, code) = fim(&[
        "process",
        "check",
        "--json",
        "fixtures/bpmn/soundness/lack_of_sync.bpmn",
    ]);
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let codes: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"P202"), "{codes:?}");
    assert!(codes.contains(&"P024"), "{codes:?}");
}

#[test]
fn metrics_and_render() {
    let (stdout, _, code) = fim(&["process", "metrics", "fixtures/bpmn/process/antrag.bpmn"]);
    assert_eq!(code, Some(0));
    insta::assert_snapshot!("process-metrics-antrag", stdout);
    let (stdout, _, code) = fim(&[
        "process",
        "render",
        "--format",
        "mermaid",
        "fixtures/bpmn/process/antrag.bpmn",
    ]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("flowchart LR"));
    let (stdout, _, code) = fim(&[
        "process",
        "render",
        "--format",
        "svg",
        "fixtures/bpmn/process/antrag.bpmn",
    ]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("<svg"));
}

#[test]
fn unreadable_input_exits_two() {
    let (_, stderr, code) = fim(&[
        "process",
        "check",
        "fixtures/xdatenfelder/meldung_hund_v3.xml",
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("keine BPMN-2.0-Datei"), "{stderr}");
    let (_, stderr, code) = fim(&[
        "process",
        "render",
        "--format",
        "svg",
        "fixtures/bpmn/soundness/deadlock.bpmn",
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("kein Diagramm"), "{stderr}");
}

#[test]
fn check_xprozess_with_embedded_model() {
    let (stdout, stderr, code) = fim(&[
        "process",
        "check",
        "fixtures/bpmn/xprozess/hundehaltung.xprozess.xml",
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.contains("Fehler[P102]"), "{stdout}");
    insta::assert_snapshot!("process-check-xprozess", stdout);
}
