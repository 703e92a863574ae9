//! Blocker detection over the service fixtures (`fixtures/services/*`): every expected
//! blocker is found and nothing else; reports are snapshot-tested; the CLI's exit codes.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::blockers::{analyse, render, BlockerKind, BlockerStatus, Report, Subject};
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn report(service: &str) -> Report {
    let dir = root().join("fixtures/services").join(service);
    let b = std::fs::read_to_string(dir.join("baseline.xml")).unwrap();
    let r = std::fs::read_to_string(dir.join("reference.xml")).unwrap();
    let b = fim_xml::read(&b).unwrap();
    let r = fim_xml::read(&r).unwrap();
    assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    analyse(
        &b.message,
        &r.message,
        "baseline.xml".into(),
        "reference.xml".into(),
    )
}

use BlockerKind::*;
use BlockerStatus::*;

/// (service, kind, element id, status), as in `fixtures/services/<service>/expected.md`.
const EXPECTED: &[(&str, BlockerKind, &str, BlockerStatus)] = &[
    ("gewerbeanmeldung", OnceOnly, "F99000000113", Resolved),
    (
        "gewerbeanmeldung",
        OriginalEvidence,
        "F99000000114",
        Remains,
    ),
    ("gewerbeanmeldung", MediaBreak, "F99000000115", Resolved),
    ("gewerbeanmeldung", WrittenForm, "F99000000116", Resolved),
    ("ummeldung", OriginalEvidence, "F99000000220", Resolved),
    ("ummeldung", OnceOnly, "F99000000221", Remains),
    ("ummeldung", PersonalAppearance, "F99000000222", Resolved),
    ("ummeldung", WrittenForm, "F99000000223", Resolved),
    ("ummeldung", MediaBreak, "F99000000225", ReferenceOnly),
    ("elterngeld", WrittenForm, "S99000000300", Resolved),
    ("elterngeld", OriginalEvidence, "F99000000312", Resolved),
    ("elterngeld", OnceOnly, "F99000000312", Resolved),
    ("elterngeld", OnceOnly, "F99000000321", Remains),
    ("elterngeld", OnceOnly, "F99000000322", Resolved),
    ("elterngeld", WrittenForm, "F99000000330", Resolved),
    ("elterngeld", MediaBreak, "F99000000331", Resolved),
];

/// (service, target maturity, maturity under current law).
const MATURITY: &[(&str, u8, u8)] = &[
    ("gewerbeanmeldung", 2, 2),
    // The confirmation by post is an output-side media break: it caps at 3, not 2.
    ("ummeldung", 3, 2),
    ("elterngeld", 3, 2),
];

fn element_id(s: &Subject) -> String {
    match s {
        Subject::DataElement(e) => e.id.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

#[test]
fn every_expected_blocker_and_nothing_else() {
    for &(service, target, law) in MATURITY {
        let r = report(service);
        let found: Vec<(BlockerKind, String, BlockerStatus)> = r
            .blockers
            .iter()
            .map(|b| (b.kind, element_id(&b.finding().unwrap().subject), b.status))
            .collect();
        let expected: Vec<(BlockerKind, String, BlockerStatus)> = EXPECTED
            .iter()
            .filter(|e| e.0 == service)
            .map(|e| (e.1, e.2.to_owned(), e.3))
            .collect();
        assert_eq!(found, expected, "{service}");
        assert_eq!(r.maturity_target.level, target, "{service} target");
        assert_eq!(r.maturity_current_law.level, law, "{service} current law");
        for b in &r.blockers {
            let f = b.finding().unwrap();
            assert!(!f.why.is_empty() && !b.why.is_empty());
            assert!(
                !f.bezug.is_empty(),
                "{service}: every fixture finding has a bezug"
            );
            assert!(!f.evidence.is_empty());
        }
    }
}

#[test]
fn relation_pairs_replaced_signature_field() {
    let r = report("elterngeld");
    let b = r
        .blockers
        .iter()
        .find(|b| {
            b.finding()
                .is_some_and(|f| element_id(&f.subject) == "F99000000330")
        })
        .unwrap();
    assert_eq!(b.status, Resolved);
    assert!(b.why.contains("behalten das Element"), "{}", b.why);
    assert!(r.diff_summary.matched_by_relation >= 1);
}

#[test]
fn markdown_report_snapshot() {
    for service in ["gewerbeanmeldung", "ummeldung", "elterngeld"] {
        let r = report(service);
        insta::assert_snapshot!(format!("markdown_{service}"), render::markdown(&r));
    }
}

#[test]
fn json_report_snapshot() {
    let r = report("elterngeld");
    let json: serde_json::Value = serde_json::from_str(&render::json(&r).unwrap()).unwrap();
    insta::assert_json_snapshot!("json_elterngeld", json);
}

#[test]
fn html_report_is_self_contained() {
    let r = report("ummeldung");
    let html = render::html(&r);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("<link"));
    // every blocker is highlighted in the side-by-side view and listed
    for i in 1..=r.blockers.len() {
        assert!(html.contains(&format!("href=\"#h{i}\"")), "badge {i}");
        assert!(html.contains(&format!("id=\"h{i}\"")), "entry {i}");
    }
    assert!(
        html.contains("hinzugefuegt hemmnis"),
        "reference-only row highlighted"
    );
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

#[test]
fn cli_blockers_exit_codes_and_formats() {
    let b = "fixtures/services/gewerbeanmeldung/baseline.xml";
    let r = "fixtures/services/gewerbeanmeldung/reference.xml";
    let (out, err, code) = fim(&["blockers", b, r, "--format", "json"]);
    assert_eq!(code, Some(1), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["blockers"].as_array().map(Vec::len), Some(4));
    let (out, _, code) = fim(&["blockers", b, r, "--format", "html"]);
    assert_eq!(code, Some(1));
    assert!(out.contains("<table>"));
    // Same file on both sides: no blocker that needs a legal change; the ones there remain.
    let (out, _, code) = fim(&["blockers", r, r, "--format", "md"]);
    assert_eq!(code, Some(1));
    assert!(!out.contains("Rechtsänderung nötig |"));
    let (_, err, code) = fim(&["blockers", b, "fixtures/services/fehlt.xml"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("kann nicht gelesen werden"), "{err}");
    let (_, _, code) = fim(&[
        "blockers",
        "fixtures/xdatenfelder/meldung_hund_v3.xml",
        "fixtures/xdatenfelder/meldung_hund_v3.xml",
    ]);
    assert_eq!(code, Some(0), "no blocker in the dog registration");
}

#[test]
fn fixtures_validate_against_the_xsd() {
    let Some(corpus) = std::env::var_os("FIM_CORPUS").map(PathBuf::from) else {
        assert!(
            std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
            "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
        );
        eprintln!("notice: FIM_CORPUS not set, XSD check skipped");
        return;
    };
    let xsd = corpus.join("xsd/xdatenfelder/3.0.0/xdatenfelder.xsd");
    for service in ["gewerbeanmeldung", "ummeldung", "elterngeld"] {
        for side in ["baseline.xml", "reference.xml"] {
            let file = root().join("fixtures/services").join(service).join(side);
            let out = match Command::new("xmllint")
                .arg("--noout")
                .arg("--schema")
                .arg(&xsd)
                .arg(&file)
                .output()
            {
                Ok(out) => out,
                Err(e) => {
                    eprintln!("notice: xmllint not available ({e}), XSD check skipped");
                    return;
                }
            };
            assert!(
                out.status.success(),
                "{}: {}",
                file.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn corpus_gewerbeanmeldung_signature_field_remains_across_formats() {
    let Some(corpus) = std::env::var_os("FIM_CORPUS").map(PathBuf::from) else {
        eprintln!("notice: FIM_CORPUS not set, corpus test skipped");
        return;
    };
    let dir = corpus.join("xdatenfelder");
    let load = |rel: &str| fim_xml::read(&std::fs::read_to_string(dir.join(rel)).unwrap()).unwrap();
    let orig = load("v2/glykon_S00000009_xdatenfelder_original.xml");
    for other in [
        "v2/glykon_S00000009_xdatenfelder_reformatted.xml",
        "v3-converted/glykon_S00000009_converted_xdf3.xml",
    ] {
        let o = load(other);
        let r = analyse(&orig.message, &o.message, "a".into(), "b".into());
        // Same content: nothing needs a legal change, nothing is new.
        assert!(r.blockers.iter().all(|b| b.status == Remains), "{other}");
        // The real export's `Unterschrift` field (F00000044) is found.
        let sig = r
            .blockers
            .iter()
            .find(|b| b.kind == WrittenForm)
            .expect("signature field");
        assert_eq!(
            element_id(&sig.baseline.as_ref().unwrap().subject),
            "F00000044"
        );
        // A contact fax number is not a media break.
        assert!(r.blockers.iter().all(|b| b.kind != MediaBreak), "{other}");
    }
}

#[test]
fn catalogue_docs_are_current() {
    let path = root().join("docs/blocker-catalogue.md");
    let want = render::catalogue_markdown();
    if std::env::var_os("FIM_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/blocker-catalogue.md is stale: run FIM_UPDATE_DOCS=1 cargo test -p fim-cli --test blockers"
    );
}

// ---- processes (`baseline.bpmn`, `reference.bpmn`) ---------------------------------------

fn report_with_process(service: &str) -> Report {
    let mut r = report(service);
    let dir = root().join("fixtures/services").join(service);
    let b = std::fs::read_to_string(dir.join("baseline.bpmn")).unwrap();
    let f = std::fs::read_to_string(dir.join("reference.bpmn")).unwrap();
    let b = fim_process::read(&b).unwrap();
    let f = fim_process::read(&f).unwrap();
    let (bi, fi) = (
        fim_process::blockers::ProcessInput {
            file: "baseline.bpmn",
            format: "bpmn",
            definitions: &b.definitions,
            meta: None,
        },
        fim_process::blockers::ProcessInput {
            file: "reference.bpmn",
            format: "bpmn",
            definitions: &f.definitions,
            meta: None,
        },
    );
    fim_process::blockers::extend_report(&mut r, &bi, &fi);
    r
}

/// (service, kind, BPMN element id, status), as in `fixtures/services/<service>/expected.md`
/// (section "Process"). The data-field blockers of [`EXPECTED`] come first in the report.
const EXPECTED_PROCESS: &[(&str, BlockerKind, &str, BlockerStatus)] = &[
    ("gewerbeanmeldung", WrittenForm, "g_sign", Resolved),
    ("gewerbeanmeldung", OriginalEvidence, "g_orig", Remains),
    ("gewerbeanmeldung", MediaBreak, "g_send", Resolved),
    ("gewerbeanmeldung", MediaBreak, "g_pay", Resolved),
    ("gewerbeanmeldung", MediaBreak, "b_cash", Resolved),
    ("gewerbeanmeldung", MediaBreak, "mf_anmeldung", Resolved),
    ("ummeldung", PersonalAppearance, "u_appear", Resolved),
    ("ummeldung", OriginalEvidence, "u_hand", Resolved),
    ("ummeldung", MediaBreak, "m_sticker", Remains),
    ("ummeldung", PersonalAppearance, "mf_vorsprache", Resolved),
    ("elterngeld", WrittenForm, "a_sign", Resolved),
    ("elterngeld", MediaBreak, "a_send", Resolved),
    ("elterngeld", MediaBreak, "mf_antrag", Resolved),
    ("elterngeld", MediaBreak, "mf_bescheid", Resolved),
];

#[test]
fn every_expected_process_blocker_and_nothing_else() {
    for &(service, target, law) in MATURITY {
        let r = report_with_process(service);
        let found: Vec<(BlockerKind, String, BlockerStatus)> = r
            .blockers
            .iter()
            .map(|b| (b.kind, element_id(&b.finding().unwrap().subject), b.status))
            .collect();
        let proc_id = |s: &Subject| match s {
            Subject::ProcessElement(p) => p.id.clone(),
            _ => String::new(),
        };
        let expected: Vec<(BlockerKind, String, BlockerStatus)> = EXPECTED
            .iter()
            .filter(|e| e.0 == service)
            .map(|e| (e.1, e.2.to_owned(), e.3))
            .chain(
                EXPECTED_PROCESS
                    .iter()
                    .filter(|e| e.0 == service)
                    .map(|e| (e.1, String::new(), e.3)),
            )
            .collect();
        assert_eq!(found, expected, "{service}: kinds and statuses");
        let process_ids: Vec<String> = r
            .blockers
            .iter()
            .map(|b| proc_id(&b.finding().unwrap().subject))
            .filter(|id| !id.is_empty())
            .collect();
        let want: Vec<&str> = EXPECTED_PROCESS
            .iter()
            .filter(|e| e.0 == service)
            .map(|e| e.2)
            .collect();
        assert_eq!(process_ids, want, "{service}: process elements");
        // The fixtures' processes do not lower the maturity the data fields allow.
        assert_eq!(r.maturity_target.level, target, "{service} target");
        assert_eq!(r.maturity_current_law.level, law, "{service} current law");
        assert!(r.maturity_target.assumption.contains("Prozess"));
        for b in &r.blockers {
            let f = b.finding().unwrap();
            assert!(!f.why.is_empty() && !f.evidence.is_empty());
            assert!(
                !f.bezug.is_empty(),
                "{service}: {} has a bezug",
                f.subject.label()
            );
        }
        let p = r.process.as_ref().unwrap();
        assert!(matches!(
            p.drawing,
            Some(fim_core::blockers::Drawing::Svg(_))
        ));
        // Every process blocker is shown on a row of the side-by-side view.
        for i in (r.blockers.len() - want.len())..r.blockers.len() {
            assert!(
                p.rows.iter().any(|row| row.blockers.contains(&i)),
                "{service}: blocker {i} on a row"
            );
        }
    }
}

#[test]
fn process_metric_deltas() {
    let r = report_with_process("gewerbeanmeldung");
    let p = r.process.unwrap();
    let m = |key: &str| {
        p.metrics
            .iter()
            .find(|m| m.key == key)
            .map(|m| (m.baseline, m.reference))
            .unwrap()
    };
    assert_eq!(m("media_breaks"), (Some(4), Some(0)));
    assert_eq!(m("activities.pool.Antragsteller"), (Some(5), Some(4)));
    assert_eq!(m("handovers"), (Some(2), Some(2)));
    assert_eq!(m("path.longest.Antragsteller"), (Some(8), Some(7)));
    assert_eq!(p.summary.removed, 2);
    assert_eq!(p.summary.added, 1);
    assert_eq!(p.summary.reordered, 4);
}

#[test]
fn markdown_and_json_report_with_process_snapshot() {
    for service in ["gewerbeanmeldung", "ummeldung", "elterngeld"] {
        let r = report_with_process(service);
        insta::assert_snapshot!(format!("markdown_process_{service}"), render::markdown(&r));
    }
    let r = report_with_process("ummeldung");
    let json: serde_json::Value = serde_json::from_str(&render::json(&r).unwrap()).unwrap();
    insta::assert_json_snapshot!("json_process_ummeldung", json);
}

#[test]
fn html_report_draws_the_reference_process() {
    let r = report_with_process("ummeldung");
    let html = render::html(&r);
    assert!(html.contains("<h2>Prozess</h2>"));
    assert!(html.contains("<svg"), "reference drawn from DI");
    // m_sticker's media break stays: its step is outlined in the drawing, and only it.
    assert_eq!(html.matches("stroke=\"#c00\"").count(), 1);
    assert!(!html.contains("<script"));
    for i in 1..=r.blockers.len() {
        assert!(html.contains(&format!("href=\"#h{i}\"")), "badge {i}");
    }
}

#[test]
fn cli_blockers_with_process() {
    let d = "fixtures/services/elterngeld";
    let (out, err, code) = fim(&[
        "blockers",
        &format!("{d}/baseline.xml"),
        &format!("{d}/reference.xml"),
        "--base-process",
        &format!("{d}/baseline.bpmn"),
        "--ref-process",
        &format!("{d}/reference.bpmn"),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.contains("## Prozess"));
    assert!(out.contains("Nachrichtenfluss mf_antrag"));
    // --base-process needs --ref-process
    let (_, _, code) = fim(&[
        "blockers",
        &format!("{d}/baseline.xml"),
        &format!("{d}/reference.xml"),
        "--base-process",
        &format!("{d}/baseline.bpmn"),
    ]);
    assert_eq!(code, Some(2));
}

#[test]
fn remaining_process_blockers_cap_the_target() {
    // Elterngeld's data fields allow level 3; with the baseline process unchanged in the
    // reference, its signature step and postal steps remain and cap the target at 2.
    let mut r = report("elterngeld");
    assert_eq!(r.maturity_target.level, 3);
    let dir = root().join("fixtures/services/elterngeld");
    let b =
        fim_process::read(&std::fs::read_to_string(dir.join("baseline.bpmn")).unwrap()).unwrap();
    let input = fim_process::blockers::ProcessInput {
        file: "baseline.bpmn",
        format: "bpmn",
        definitions: &b.definitions,
        meta: None,
    };
    fim_process::blockers::extend_report(&mut r, &input, &input);
    assert_eq!(r.maturity_target.level, 2);
    let caps: Vec<BlockerKind> = r.maturity_target.caps.iter().map(|c| c.kind).collect();
    // The notice by post is on the output side: a cap of its own, at 3.
    assert_eq!(caps, [WrittenForm, MediaBreak, MediaBreak, OnceOnly]);
    let p = r.process.unwrap();
    assert!(p.summary.is_unchanged());
    assert!(p.metrics.iter().all(|m| m.delta() == 0));
}
