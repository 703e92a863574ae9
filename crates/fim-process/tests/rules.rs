//! Every rule against its fixtures (`fixtures/bpmn/rules/<name>/{fail,pass}.bpmn`), with an
//! insta snapshot of the failing fixture's findings, and against bpmnlint's own examples
//! (`$FIM_CORPUS/bpmn/bpmnlint-examples`) where the rule has a bpmnlint twin.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_core::diagnostic::Diagnostic;
use fim_core::LineIndex;
use fim_process::lint::{check, rules, Subject};
use fim_process::xprozess::ProcessMeta;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/bpmn/rules")
}

fn meta_of(path: &Path) -> Option<ProcessMeta> {
    let xp = path.with_extension("xprozess.xml");
    let src = std::fs::read_to_string(xp).ok()?;
    Some(fim_process::read_xprozess(&src).unwrap().meta)
}

/// Findings of `rule` (all rules when `None`) on `path`, rendered one per line.
fn run(path: &Path, code: Option<&str>) -> (Vec<Diagnostic>, String) {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = fim_process::read(&src).unwrap();
    let meta = meta_of(path);
    let subject = Subject::new(&doc.definitions, meta.as_ref());
    let all = check(&subject, rules::ALL);
    let found: Vec<Diagnostic> = all
        .into_iter()
        .filter(|d| code.is_none_or(|c| d.code == c))
        .collect();
    let lines = LineIndex::new(&src);
    let text = found
        .iter()
        .map(|d| {
            format!(
                "{}: {}[{}]: {}\n  = hilfe: {}",
                lines.position(&src, d.location.span.start),
                d.severity.german(),
                d.code,
                d.message,
                d.help.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    (found, text)
}

#[test]
fn every_rule_fails_and_passes_its_fixtures() {
    for rule in rules::ALL {
        let m = rule.meta();
        let dir = fixtures().join(m.name);
        let (bad, text) = run(&dir.join("fail.bpmn"), Some(m.code));
        assert!(
            !bad.is_empty(),
            "{} {}: fail.bpmn gives no finding",
            m.code,
            m.name
        );
        insta::assert_snapshot!(format!("{}-{}", m.code, m.name), text);
        let (good, text) = run(&dir.join("pass.bpmn"), Some(m.code));
        assert!(
            good.is_empty(),
            "{} {}: pass.bpmn gives\n{text}",
            m.code,
            m.name
        );
    }
}

#[test]
fn rule_table_is_consistent() {
    let mut codes = std::collections::HashSet::new();
    let mut names = std::collections::HashSet::new();
    for rule in rules::ALL {
        let m = rule.meta();
        assert!(codes.insert(m.code), "code {} twice", m.code);
        assert!(names.insert(m.name), "name {} twice", m.name);
        assert!(m.code.starts_with('P') && m.code.len() == 4);
        for head in ["## What it does", "## Why is this bad?", "## Examples"] {
            assert!(m.docs.contains(head), "{}: docs lack {head}", m.code);
        }
        assert!(std::ptr::eq(rules::find(m.code).unwrap().meta(), m));
        assert!(fixtures().join(m.name).is_dir(), "{}: no fixtures", m.name);
    }
    // Every fixture folder belongs to a rule.
    for e in std::fs::read_dir(fixtures()).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(rules::find(&name).is_some(), "fixtures/{name} has no rule");
    }
}

/// bpmnlint twins: `<rule>-incorrect.bpmn` must give a finding, `<rule>-correct.bpmn` none.
#[test]
fn bpmnlint_examples_agree_with_twins() {
    let Some(dir) = std::env::var_os("FIM_CORPUS") else {
        assert!(std::env::var_os("FIM_REQUIRE_CORPUS").is_none());
        eprintln!("notice: FIM_CORPUS not set, bpmnlint examples skipped");
        return;
    };
    let dir = PathBuf::from(dir).join("bpmn/bpmnlint-examples");
    let mut compared = 0;
    for rule in rules::ALL {
        let m = rule.meta();
        let bad = dir.join(format!("{}-incorrect.bpmn", m.name));
        let good = dir.join(format!("{}-correct.bpmn", m.name));
        if !bad.exists() {
            continue;
        }
        let (f, _) = run(&bad, Some(m.code));
        assert!(
            !f.is_empty(),
            "{}: bpmnlint's incorrect example passes",
            m.name
        );
        let (f, text) = run(&good, Some(m.code));
        assert!(
            f.is_empty(),
            "{}: bpmnlint's correct example fails:\n{text}",
            m.name
        );
        compared += 1;
    }
    assert!(compared >= 20, "only {compared} twins compared");
}

/// Agreement with bpmnlint's recorded findings on the MIWG files
/// (`$FIM_CORPUS/bpmn/expected-bpmnlint`): per twin rule, the element ids both report, only
/// bpmnlint reports, only we report. Printed as a table; asserted for the rules whose
/// documented behaviour we match exactly.
#[test]
fn agreement_with_recorded_bpmnlint_findings() {
    let Some(dir) = std::env::var_os("FIM_CORPUS") else {
        assert!(std::env::var_os("FIM_REQUIRE_CORPUS").is_none());
        eprintln!("notice: FIM_CORPUS not set, bpmnlint comparison skipped");
        return;
    };
    let dir = PathBuf::from(dir).join("bpmn");
    use std::collections::{BTreeMap, BTreeSet};
    // rule name -> (both, only bpmnlint, only us)
    let mut table: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for e in std::fs::read_dir(dir.join("expected-bpmnlint")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".bpmnlint.json") else {
            continue;
        };
        let Ok(src) = std::fs::read_to_string(dir.join(format!("{stem}.bpmn"))) else {
            continue;
        };
        let Ok(doc) = fim_process::read(&src) else {
            continue;
        };
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let subject = Subject::new(&doc.definitions, None);
        let ours = check(&subject, rules::ALL);
        for rule in rules::ALL {
            let m = rule.meta();
            let theirs: BTreeSet<String> = expected["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|f| f["rule"] == m.name)
                .filter_map(|f| f["id"].as_str().map(str::to_owned))
                .collect();
            let mine: BTreeSet<String> = ours
                .iter()
                .filter(|d| d.code == m.code)
                .filter_map(|d| d.location.element.as_ref().map(|e| e.id.clone()))
                .collect();
            let row = table.entry(m.name.to_owned()).or_default();
            row.0 += theirs.intersection(&mine).count();
            row.1 += theirs.difference(&mine).count();
            row.2 += mine.difference(&theirs).count();
        }
    }
    eprintln!("| rule | both | only bpmnlint | only fim |\n|---|---|---|---|");
    for (rule, (b, t, m)) in &table {
        if b + t + m > 0 {
            eprintln!("| {rule} | {b} | {t} | {m} |");
        }
    }
    // Exact twins on this corpus. The others differ where their docs say so: bpmnlint reads
    // `bpmn:incoming`/`bpmn:outgoing` children (we read the flows), reports empty collapsed
    // sub-processes (P001/P002 skip them), counts repeated DI references as duplicate flows
    // (P010 compares the flows only).
    for rule in [
        "conditional-flows",
        "no-bpmndi",
        "no-implicit-split",
        "no-inclusive-gateway",
    ] {
        let (both, theirs, ours) = table[rule];
        assert!(
            both > 0 && theirs == 0 && ours == 0,
            "{rule}: {both}/{theirs}/{ours}"
        );
    }
    let (both, theirs, ours) = table["fake-join"];
    assert!(
        theirs + ours <= both / 50,
        "fake-join: {both}/{theirs}/{ours}"
    );
    let (both, theirs, ours) = table["label-required"];
    assert!(
        theirs + ours <= both / 50,
        "label-required: {both}/{theirs}/{ours}"
    );
}

/// `crates/fim-process/RULES.md` is generated from the rule table; this test fails when it
/// is stale. Regenerate with `FIM_UPDATE_DOCS=1 cargo test -p fim-process --test rules`.
#[test]
fn generated_rule_docs_are_fresh() {
    let mut md = String::from(
        "# Process rules\n\nGenerated from `fim_process::lint::rules::ALL` by `tests/rules.rs`; do not edit.\n\n\
         Codes: `P001`-`P099` BPMN structure, `P100`-`P199` FIM notation, `P200`-`P299` soundness \
         (`P201` deadlock, `P202` lack of synchronisation, `P203` livelock, `P204` dead activity, \
         `P205` search bound reached; see `analysis::soundness`).\n\n\
         | code | name | category | summary |\n|---|---|---|---|\n",
    );
    for r in rules::ALL {
        let m = r.meta();
        md.push_str(&format!(
            "| {} | `{}` | {} | {} |\n",
            m.code,
            m.name,
            m.category.as_str(),
            m.summary
        ));
    }
    for r in rules::ALL {
        let m = r.meta();
        md.push_str(&format!(
            "\n## {} `{}`\n\n{}",
            m.code,
            m.name,
            m.docs.replace("## ", "### ")
        ));
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("RULES.md");
    if std::env::var_os("FIM_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &md).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == md,
        "RULES.md is stale: run with FIM_UPDATE_DOCS=1"
    );
}
