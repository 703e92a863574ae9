//! Process diff and blocker detectors over the shared corpus (`$FIM_CORPUS/bpmn`,
//! `$FIM_CORPUS/xprozess`): every readable model against itself is unchanged, and the
//! detectors raise no wording finding on these models (none asks for paper, post or
//! presence); only the low-confidence manual-task guess may fire.
//!
//! Without `FIM_CORPUS` these tests print a notice and pass; with `FIM_REQUIRE_CORPUS` set a
//! missing corpus fails.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_process::blockers::detect;
use fim_process::diff::diff;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            assert!(
                std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
                "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
            );
            eprintln!("notice: FIM_CORPUS not set, corpus test skipped");
            None
        }
    }
}

#[test]
fn every_corpus_model_diffs_unchanged_against_itself() {
    let Some(dir) = corpus() else { return };
    let mut models = 0;
    let mut findings = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir.join("bpmn"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "bpmn"))
        .collect();
    entries.sort();
    for path in entries {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(doc) = fim_process::read(&src) else {
            continue;
        };
        let d = diff(&doc.definitions, &doc.definitions);
        assert!(d.is_unchanged(), "{}", path.display());
        assert_eq!(d.summary.matched, doc.definitions.node_count());
        for f in detect(&doc.definitions, None) {
            // The corpus models (English reference and tool-export models) ask for nothing
            // on paper: only the low-confidence guess on manual tasks may fire.
            assert!(
                f.evidence.iter().all(|e| e.detector == "aufgabentyp"),
                "{}: {} {:?}",
                path.display(),
                f.subject.label(),
                f.evidence
            );
            findings += 1;
        }
        models += 1;
    }
    eprintln!("{models} corpus models diffed, {findings} blocker findings");
    assert!(models > 100);
}

#[test]
fn xprozess_example_diffs_unchanged_and_has_no_wording_finding() {
    let Some(dir) = corpus() else { return };
    let path = dir.join("xprozess/gerps_99006028261000_MuSchG-Anzeige_xprozess2_0303.xml");
    let x = fim_process::read_xprozess(&std::fs::read_to_string(path).unwrap()).unwrap();
    let doc = x.bpmn.unwrap();
    let d = diff(&doc.definitions, &doc.definitions);
    assert!(d.is_unchanged());
    assert_eq!(d.summary.matched, doc.definitions.node_count());
    // The MuSchG notification is an electronic-capable Stammprozess: nothing on paper.
    let findings = detect(&doc.definitions, Some(&x.meta));
    assert!(
        findings
            .iter()
            .all(|f| f.evidence.iter().all(|e| e.detector == "aufgabentyp")),
        "{findings:?}"
    );
}
