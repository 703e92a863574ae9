//! The rule docs under `docs/rules/` are generated from the rules' doc comments and must be
//! current. `UPDATE_RULE_DOCS=1 cargo test -p fim-cli --test rule_docs` rewrites them.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.

use fim_core::lint::{docs, RULES};
use std::path::PathBuf;

fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules")
}

#[test]
fn rule_docs_are_current() {
    let dir = docs_dir();
    let mut pages: Vec<(String, String)> = RULES
        .iter()
        .map(|r| (format!("{}.md", r.meta().code), docs::rule_page(*r)))
        .collect();
    pages.push(("README.md".into(), docs::index_page()));
    if std::env::var_os("UPDATE_RULE_DOCS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "md") {
                std::fs::remove_file(p).unwrap();
            }
        }
        for (name, text) in &pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, text) in &pages {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let on_disk = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(
        stale.is_empty() && on_disk == pages.len(),
        "stale rule docs {stale:?} ({on_disk} files on disk, {} expected); run UPDATE_RULE_DOCS=1 cargo test -p fim-cli --test rule_docs",
        pages.len()
    );
}

#[test]
fn every_rule_documents_the_three_sections() {
    for r in RULES {
        let m = r.meta();
        for heading in ["## What it does", "## Why is this bad?", "## Examples"] {
            assert!(m.docs.contains(heading), "{} lacks `{heading}`", m.code);
        }
        assert!(
            m.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            m.name
        );
    }
    let mut codes: Vec<&str> = RULES.iter().map(|r| r.meta().code).collect();
    let n = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), n, "codes are sorted and unique");
}
