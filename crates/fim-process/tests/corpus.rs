//! Reads every BPMN file of the shared corpus (`$FIM_CORPUS/bpmn`, `$FIM_CORPUS/xprozess`)
//! and asserts its counts against `data/bpmn_counts.tsv`, a table taken independently with
//! `xmllint --xpath` (see `data/count_table.sh`).
//!
//! Without `FIM_CORPUS` these tests print a notice and pass; with `FIM_REQUIRE_CORPUS` set a
//! missing corpus fails.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_process::{read, read_xprozess, ReadError};
use std::path::PathBuf;

const TABLE: &str = include_str!("data/bpmn_counts.tsv");

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            assert!(dir.join("bpmn").is_dir(), "FIM_CORPUS has no bpmn/ folder");
            Some(dir)
        }
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

/// Files that are invalid by design, with the error the reader must give.
fn expected_error(file: &str) -> Option<&'static str> {
    match file.rsplit('/').next()? {
        "error__invalid-attributes.bpmn" | "error__xmlns-redeclaration.bpmn" => Some("xml"),
        "error__not-bpmn.bpmn" => Some("not-bpmn"),
        // Declares windows-1252; this project reads UTF-8 only (the CLI reads bytes as UTF-8).
        "error__bad-encoding.bpmn" => Some("encoding"),
        _ => None,
    }
}

#[test]
fn every_bpmn_file_reads_with_xpath_counts() {
    let Some(dir) = corpus() else { return };
    let mut checked = 0;
    let mut listed = std::collections::BTreeSet::new();
    for line in TABLE.lines().filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let file = cols[0];
        listed.insert(file.to_owned());
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let Ok(src) = String::from_utf8(bytes) else {
            assert_eq!(expected_error(file), Some("encoding"), "{file}: not UTF-8");
            continue;
        };
        let doc = read(&src);
        match expected_error(file) {
            Some("xml") => {
                assert!(matches!(doc, Err(ReadError::Xml(_))), "{file}: {doc:?}");
                assert_eq!(cols[1], "error", "{file}: xmllint disagrees");
            }
            Some("not-bpmn") => {
                assert!(matches!(doc, Err(ReadError::NotBpmn { .. })), "{file}")
            }
            Some("encoding") => {
                // Valid as bytes in UTF-8 by chance: then it must read.
                assert!(doc.is_ok(), "{file}");
            }
            _ => {
                let d = doc.unwrap_or_else(|e| panic!("{file}: {e}"));
                let n: Vec<usize> = cols[1..].iter().map(|c| c.parse().unwrap()).collect();
                let lanes: usize = d.processes_lanes();
                let got = vec![
                    d.definitions.processes.len(),
                    d.definitions.node_count(),
                    d.definitions.flow_count(),
                    d.definitions.message_flow_count(),
                    lanes,
                ];
                assert_eq!(got, n, "{file}: processes/nodes/flows/message flows/lanes");
                // Every drawing renders to well-formed SVG; DOT and Mermaid never fail.
                if let Some(svg) = fim_process::render::svg(&d.definitions) {
                    assert!(roxmltree::Document::parse(&svg).is_ok(), "{file}: bad SVG");
                }
                assert!(fim_process::render::dot(&d.definitions).ends_with("}\n"));
                assert!(fim_process::render::mermaid(&d.definitions).starts_with("flowchart"));
                checked += 1;
            }
        }
    }
    // The table lists every file of the corpus.
    let mut on_disk = Vec::new();
    for sub in [
        "bpmn",
        "bpmn/miwg",
        "bpmn/bpmnlint-examples",
        "bpmn/bpmn-moddle",
        "xprozess",
    ] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".bpmn") {
                on_disk.push(format!("{sub}/{name}"));
            }
        }
    }
    for f in &on_disk {
        assert!(listed.contains(f), "{f} is not in the count table");
    }
    assert!(checked > 240, "only {checked} files checked");
    // Well-formed but semantically bad: read, then reported by the rules.
    let src =
        std::fs::read_to_string(dir.join("bpmn/bpmn-moddle/error__duplicate-ids.bpmn")).unwrap();
    let d = read(&src).unwrap().definitions;
    assert!(fim_process::lint::lint(&d, None)
        .iter()
        .any(|x| x.code == "P025"));
}

trait Lanes {
    fn processes_lanes(&self) -> usize;
}

impl Lanes for fim_process::Document {
    fn processes_lanes(&self) -> usize {
        self.definitions
            .processes
            .iter()
            .map(|p| p.all_lanes().len())
            .sum()
    }
}

#[test]
fn xprozess_message_reads_with_metadata_and_embedded_model() {
    let Some(dir) = corpus() else { return };
    let xp = dir.join("xprozess/gerps_99006028261000_MuSchG-Anzeige_xprozess2_0303.xml");
    let src = std::fs::read_to_string(xp).unwrap();
    let x = read_xprozess(&src).unwrap();
    assert_eq!(x.meta.id, "99006028261000");
    assert_eq!(x.meta.version.as_deref(), Some("01.00.00"));
    assert_eq!(x.meta.status.as_deref(), Some("2"));
    assert_eq!(x.meta.leistung.as_deref(), Some("99006028261000"));
    assert_eq!(x.meta.legal_bases[0].name, "§ 27 MuSchG");
    assert_eq!(x.meta.activity_groups.len(), 12);
    assert!(x
        .meta
        .activity_groups
        .iter()
        .all(|g| !g.legal_bases.is_empty()));
    // The embedded model is byte-for-byte the extracted file of the corpus.
    let extracted = std::fs::read_to_string(
        dir.join("xprozess/gerps_99006028261000_embedded_BPMN-DI-Export.bpmn"),
    )
    .unwrap();
    assert_eq!(x.bpmn_source.as_deref(), Some(extracted.as_str()));
    let d = &x.bpmn.unwrap().definitions;
    // Counts from the table (xmllint on the extracted file).
    assert_eq!(
        (
            d.processes.len(),
            d.node_count(),
            d.flow_count(),
            d.message_flow_count()
        ),
        (3, 33, 33, 9)
    );
    // Every Aktivitätengruppe points at a BPMN sub-process (SOURCES.md: 12/12).
    let subs: Vec<&str> = d
        .processes
        .iter()
        .flat_map(|p| p.body.nodes.iter())
        .filter(|n| n.sub_process().is_some())
        .map(|n| n.id.as_str())
        .collect();
    for g in &x.meta.activity_groups {
        assert!(
            subs.contains(&g.sub_process_id.as_str()),
            "{}",
            g.sub_process_id
        );
    }
}

/// Every node and subgraph an edge of the Mermaid drawing names is declared, no pool is an
/// empty subgraph, and every boundary event is linked to its activity. A structural check of
/// our own output: the Mermaid grammar accepts edges only between declared nodes or
/// subgraphs, and these are the three mistakes the renderer made.
#[test]
fn mermaid_of_every_corpus_model_declares_what_it_links() {
    let Some(dir) = corpus() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("bpmn"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bpmn"))
        .collect();
    files.sort();
    let mut models = Vec::new();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        if let Ok(doc) = read(&src) {
            models.push((f.display().to_string(), doc.definitions));
        }
    }
    let x = dir.join("xprozess/gerps_99006028261000_MuSchG-Anzeige_xprozess2_0303.xml");
    let x = read_xprozess(&std::fs::read_to_string(&x).unwrap()).unwrap();
    models.push(("xprozess".into(), x.bpmn.unwrap().definitions));
    assert!(models.len() > 100);
    for (name, defs) in &models {
        let m = fim_process::render::mermaid(defs);
        let mut declared = std::collections::HashSet::new();
        let mut lines = m.lines().peekable();
        while let Some(line) = lines.next() {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("subgraph ") {
                let id = rest.split('[').next().unwrap_or("").to_owned();
                assert_ne!(
                    lines.peek().map(|l| l.trim()),
                    Some("end"),
                    "{name}: empty subgraph {id}"
                );
                declared.insert(id);
            } else if !t.contains("--") && !t.contains("-.") {
                let id: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
                if !id.is_empty() && id != "flowchart" && id != "end" {
                    declared.insert(id);
                }
            }
        }
        for line in m.lines().filter(|l| l.contains("--") || l.contains("-.")) {
            let t = line.trim();
            let first: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
            let last: String = t
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            for id in [first, last] {
                assert!(
                    declared.contains(&id),
                    "{name}: `{id}` linked but not declared in\n{m}"
                );
            }
        }
        let boundaries = defs
            .processes
            .iter()
            .flat_map(|p| p.body.nodes.iter())
            .filter(|n| matches!(&n.kind, fim_process::model::NodeKind::Event(e) if e.attached_to.is_some()))
            .count();
        assert!(
            m.matches(" -.- ").count() >= boundaries,
            "{name}: {boundaries} boundary events, fewer attachments drawn"
        );
    }
}
