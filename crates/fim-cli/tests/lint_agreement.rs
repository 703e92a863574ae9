//! Agreement of `fim lint` with the public QS implementation (FIM-XSLT) on the corpus.
//!
//! For every `$FIM_CORPUS/qs/expected/*.qs.json` with `ok: true`, the findings of the peer
//! and ours are compared as multisets of (code, element): in 2.0 the element is `ID` + `V` +
//! version, as the peer's report names it; the peer's 3.0.0 report names no ids, only the
//! section (`SchemaDetails` for the top object, `RegelDetails` for rules, `ElementDetails`
//! for the rest), so 3.0.0 findings are compared by section. Only codes we implement count;
//! deliberate deviations are excluded by name in [`DEVIATIONS`] (the rule docs say why).
//!
//! Run with `FIM_CORPUS=/path/to/corpus cargo test -p fim-cli --test lint_agreement -- --nocapture`
//! to see the table per code.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.

mod common;

use fim_core::lint::{lint, LintConfig, LintContext, Preset, RULES};
use fim_core::{Diagnostic, XdfVersion};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// (file, code, reason): findings of the peer we deliberately do not reproduce, or ours the
/// peer does not have. Each is explained in the rule's docs under "Deviations".
const DEVIATIONS: &[(&str, &str, &str)] = &[
    (
        "flxbe_v3_simple_G60000000088.xml",
        "1101",
        "the peer's 3.0.0 sheet does not report the nested HAR group G60000000086 with an empty bezug; its 2.0 sheet reports such groups, and so do we",
    ),
    (
        "flxbe-ts_v3_simple_full_2023-02-24.xml",
        "1101",
        "same as above: nested HAR groups G60000000086/G60000000088 without bezug",
    ),
    (
        "glykon_S05000058V1.0_xdf2.xml",
        "1048",
        "the URN of C60000016 ends in a line break; canonicalIdentification is whitespace-collapsed by its XSD type, the reader trims it, and the URN is fine",
    ),
    (
        "glykon_S05000058V1.0_xdf2.xml",
        "1035",
        "F00000054 V1.2 has a valid JSON praezisierung preceded by a line break; the peer reports it as old format, we parse it",
    ),
];

fn corpus() -> Option<PathBuf> {
    common::corpus("agreement test")
}

fn find_source(corpus: &Path, file: &str) -> PathBuf {
    for sub in ["v2", "v3", "v3-converted"] {
        let p = corpus.join("xdatenfelder").join(sub).join(file);
        if p.is_file() {
            return p;
        }
    }
    panic!("corpus file {file} not found");
}

fn our_label(d: &Diagnostic, version: XdfVersion, root: Option<&fim_core::ElementKey>) -> String {
    let Some(k) = &d.location.element else {
        // No id: the top object has an empty path, everything else sits below it.
        return match (version, d.location.path.is_empty()) {
            (XdfVersion::V3, true) => "SchemaDetails".into(),
            (XdfVersion::V3, false) => "ElementDetails".into(),
            (XdfVersion::V2, _) => "?".into(),
        };
    };
    match version {
        XdfVersion::V2 => format!(
            "{}{}",
            k.id,
            k.version
                .as_deref()
                .map(|v| format!("V{v}"))
                .unwrap_or_default()
        ),
        XdfVersion::V3 => {
            if Some(k) == root {
                "SchemaDetails".into()
            } else if k.id.starts_with('R') {
                "RegelDetails".into()
            } else {
                "ElementDetails".into()
            }
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

#[test]
fn agreement_with_qs_reference() {
    let Some(corpus) = corpus() else { return };
    let implemented: BTreeSet<&str> = RULES.iter().map(|r| r.meta().code).collect();
    let config = LintConfig {
        preset: Preset::All,
        ..LintConfig::default()
    }
    .resolve()
    .unwrap();
    let mut per_code: BTreeMap<String, Tally> = BTreeMap::new();
    let mut details = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(corpus.join("qs/expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".qs.json"))
        .collect();
    files.sort();
    for path in files {
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if expected["ok"] != Value::Bool(true) {
            continue;
        }
        let file = expected["file"].as_str().unwrap();
        let src = std::fs::read_to_string(find_source(&corpus, file)).unwrap();
        let doc = fim_xml::read(&src).unwrap();
        let version = doc.message.version;
        let root = doc
            .message
            .root_angaben()
            .and_then(fim_core::lint::util::key_of);
        let ours = lint(&LintContext::new(&doc.message), &config);
        let excluded = |code: &str| DEVIATIONS.iter().any(|(f, c, _)| *f == file && *c == code);
        let mut mine: BTreeMap<(String, String), usize> = BTreeMap::new();
        for d in &ours {
            if excluded(&d.code) {
                continue;
            }
            *mine
                .entry((d.code.to_string(), our_label(d, version, root.as_ref())))
                .or_default() += 1;
        }
        let mut peer: BTreeMap<(String, String), usize> = BTreeMap::new();
        for f in expected["findings"].as_array().unwrap() {
            let code = f["code"].as_u64().unwrap().to_string();
            if !implemented.contains(code.as_str()) || excluded(&code) {
                continue;
            }
            *peer
                .entry((code, f["element"].as_str().unwrap().to_owned()))
                .or_default() += 1;
        }
        let keys: BTreeSet<_> = mine.keys().chain(peer.keys()).cloned().collect();
        for k in keys {
            let (m, p) = (
                mine.get(&k).copied().unwrap_or(0),
                peer.get(&k).copied().unwrap_or(0),
            );
            let t = per_code.entry(k.0.clone()).or_default();
            let tp = m.min(p);
            t.tp += tp;
            t.fp += m - tp;
            t.fn_ += p - tp;
            if m != p {
                details.push(format!("{file}: {} {} ours {m} peer {p}", k.0, k.1));
            }
        }
    }
    let mut all = Tally::default();
    println!("| code | name | TP | FP | FN | precision | recall |");
    println!("|---|---|---|---|---|---|---|");
    for (code, t) in &per_code {
        all.tp += t.tp;
        all.fp += t.fp;
        all.fn_ += t.fn_;
        let name = fim_core::lint::rule_by_code(code).map_or("", |r| r.meta().name);
        println!(
            "| {code} | {name} | {} | {} | {} | {:.3} | {:.3} |",
            t.tp,
            t.fp,
            t.fn_,
            ratio(t.tp, t.tp + t.fp),
            ratio(t.tp, t.tp + t.fn_)
        );
    }
    let (p, r) = (
        ratio(all.tp, all.tp + all.fp),
        ratio(all.tp, all.tp + all.fn_),
    );
    println!(
        "| all | | {} | {} | {} | {p:.3} | {r:.3} |",
        all.tp, all.fp, all.fn_
    );
    for d in &details {
        println!("deviation: {d}");
    }
    assert!(
        p >= 0.95 && r >= 0.95,
        "precision {p:.3} / recall {r:.3} below 0.95"
    );
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}
