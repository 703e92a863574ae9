//! Scores `fim blockers X X` against the hand labels of real schemas
//! (`$FIM_CORPUS/blockers/labels.json`, method in its README): per (element, kind), a
//! finding on a scored label is a true positive, on a `none` label or an unlabelled element
//! a false positive, a scored label without a finding a false negative. Labels with
//! `scored: false` (debatable) count neither way. Prints precision and recall per kind and
//! overall; every disagreement must be listed in [`DELIBERATE`] with its reason.
//!
//! The same schemas converted to XDatenfelder 3.0.0 (`v3-converted/`, ids widened) must give
//! the same findings: the detectors read meaning, not the version.
#![allow(clippy::unwrap_used)] // tests may unwrap

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Disagreements with the labels we keep on purpose: (file, element id, kind, reason).
/// Empty today: the detectors agree with every scored label.
const DELIBERATE: &[(&str, &str, &str, &str)] = &[];

/// The XDatenfelder 3.0.0 conversion of a labelled file, if the corpus has one.
const CONVERTED: &[(&str, &str)] = &[
    (
        "glykon_S00000009_xdatenfelder_original.xml",
        "glykon_S00000009_converted_xdf3.xml",
    ),
    (
        "glykon_S05000058V1.0_xdf2.xml",
        "glykon_S05000058_converted_xdf3.xml",
    ),
];

type Key = (String, String, String);

/// (element id, kind) of every blocker `fim blockers path path` reports.
fn findings(path: &Path) -> BTreeSet<(String, String)> {
    let p = path.to_str().unwrap();
    let (out, err, code) = common::fim(&["blockers", p, p, "--format", "json"]);
    assert!(matches!(code, Some(0 | 1)), "{p}: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    v["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let f = if b["baseline"].is_null() {
                &b["reference"]
            } else {
                &b["baseline"]
            };
            (
                f["subject"]["id"].as_str().unwrap_or("").to_owned(),
                b["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The 2.0 id of a 3.0.0 id widened by the converter (`F00000000044` -> `F00000044`).
fn narrow(id: &str) -> String {
    if id.len() == 12 && id.get(3..6) == Some("000") {
        format!("{}{}", id.get(..3).unwrap_or(""), id.get(6..).unwrap_or(""))
    } else {
        id.to_owned()
    }
}

#[test]
fn blockers_agree_with_hand_labels() {
    let Some(corpus) = common::corpus("blocker label scoring") else {
        return;
    };
    let labels: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("blockers/labels.json")).unwrap(),
    )
    .unwrap();
    let files: BTreeSet<String> = labels
        .iter()
        .map(|l| l["file"].as_str().unwrap().to_owned())
        .collect();
    let mut positive: BTreeSet<Key> = BTreeSet::new();
    let mut unscored: BTreeSet<Key> = BTreeSet::new();
    for l in &labels {
        let key = (
            l["file"].as_str().unwrap().to_owned(),
            l["element_id"].as_str().unwrap().to_owned(),
            l["kind"].as_str().unwrap().to_owned(),
        );
        if !l["scored"].as_bool().unwrap_or(false) {
            unscored.insert(key);
        } else if key.2 != "none" {
            positive.insert(key);
        }
    }
    let mut found: BTreeSet<Key> = BTreeSet::new();
    for file in &files {
        let path = corpus.join("xdatenfelder/v2").join(file);
        for (id, kind) in findings(&path) {
            found.insert((file.clone(), id, kind));
        }
        if let Some((_, conv)) = CONVERTED.iter().find(|(f, _)| f == file) {
            let v3: BTreeSet<(String, String)> =
                findings(&corpus.join("xdatenfelder/v3-converted").join(conv))
                    .into_iter()
                    .map(|(id, k)| (narrow(&id), k))
                    .collect();
            let v2: BTreeSet<(String, String)> = found
                .iter()
                .filter(|k| &k.0 == file)
                .map(|k| (k.1.clone(), k.2.clone()))
                .collect();
            assert_eq!(v2, v3, "{file}: 2.0 and its 3.0.0 conversion differ");
        }
    }
    let kinds = ["HEM-01", "HEM-02", "HEM-03", "HEM-04", "HEM-05"];
    let mut disagreements: Vec<(String, String, String, &str)> = Vec::new();
    let (mut tp_all, mut fp_all, mut fn_all) = (0usize, 0usize, 0usize);
    println!("kind    TP FP FN precision recall");
    for kind in kinds {
        let f: BTreeSet<&Key> = found
            .iter()
            .filter(|k| k.2 == kind && !unscored.contains(*k))
            .collect();
        let p: BTreeSet<&Key> = positive.iter().filter(|k| k.2 == kind).collect();
        let tp = f.intersection(&p).count();
        let fps: Vec<&&Key> = f.difference(&p).collect();
        let fns: Vec<&&Key> = p.difference(&f).collect();
        for k in &fps {
            disagreements.push((k.0.clone(), k.1.clone(), k.2.clone(), "false positive"));
        }
        for k in &fns {
            disagreements.push((k.0.clone(), k.1.clone(), k.2.clone(), "false negative"));
        }
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        println!(
            "{kind}  {tp:2} {:2} {:2} {:9.2} {:6.2}",
            fps.len(),
            fns.len(),
            ratio(tp, tp + fps.len()),
            ratio(tp, tp + fns.len())
        );
        tp_all += tp;
        fp_all += fps.len();
        fn_all += fns.len();
    }
    let precision = tp_all as f64 / (tp_all + fp_all).max(1) as f64;
    let recall = tp_all as f64 / (tp_all + fn_all).max(1) as f64;
    println!("overall {tp_all:2} {fp_all:2} {fn_all:2} {precision:9.2} {recall:6.2}");
    let flagged_unscored: Vec<&Key> = found.iter().filter(|k| unscored.contains(*k)).collect();
    println!("unscored (debatable) labels flagged: {flagged_unscored:?}");
    for (file, id, kind, what) in &disagreements {
        let listed = DELIBERATE
            .iter()
            .any(|d| d.0 == file && d.1 == id && d.2 == kind);
        assert!(
            listed,
            "{what} not listed in DELIBERATE: {file} {id} {kind}"
        );
    }
    for d in DELIBERATE {
        assert!(
            disagreements
                .iter()
                .any(|(f, i, k, _)| f == d.0 && i == d.1 && k == d.2),
            "DELIBERATE lists {} {} {}, which now agrees: remove it",
            d.0,
            d.1,
            d.2
        );
    }
    assert!(precision >= 0.9, "precision {precision:.2} < 0.9");
    assert!(recall >= 0.8, "recall {recall:.2} < 0.8");
}
