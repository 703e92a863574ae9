//! Every rule against its fixture: `fixtures/rules/<code>/fail.xml` must give at least one
//! finding of that rule (its rendered human diagnostic is snapshotted), and
//! `fixtures/rules/pass.xml` must give none of any rule. The fixtures are written by
//! `fixtures/rules/generate.py`.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.

use fim_core::lint::{lint, CodeListMap, LintConfig, LintContext, Preset, RULES};
use fim_core::render::{human, FileDiagnostics};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/rules")
}

fn lint_file(
    rel: &str,
    config: &LintConfig,
) -> (String, fim_xml::Document, Vec<fim_core::Diagnostic>) {
    let src =
        std::fs::read_to_string(fixtures().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let doc = fim_xml::read(&src).unwrap_or_else(|e| panic!("{rel}: {e}"));
    // Code lists built in code stand in for `--codelists DIR` (rule 1076 needs one).
    let mut lists = CodeListMap::new();
    lists.insert(
        "urn:de:fim:codeliste:geschlecht",
        "1",
        vec!["m".into(), "w".into(), "d".into()],
    );
    let cx = LintContext::new(&doc.message).with_codelists(&lists);
    let found = lint(&cx, &config.resolve().unwrap());
    (src, doc, found)
}

#[test]
fn pass_fixture_breaks_no_rule() {
    let all = LintConfig {
        preset: Preset::All,
        ..LintConfig::default()
    };
    for rel in ["pass.xml", "pass_dokumentsteckbrief.xml"] {
        let (_, doc, found) = lint_file(rel, &all);
        assert!(doc.diagnostics.is_empty(), "{rel}: {:?}", doc.diagnostics);
        assert!(found.is_empty(), "{rel}: {found:#?}");
    }
}

#[test]
fn every_rule_fails_its_fixture_and_renders() {
    for rule in RULES {
        let code = rule.meta().code;
        let rel = format!("{code}/fail.xml");
        let only = LintConfig {
            select: vec![code.to_owned()],
            ..LintConfig::default()
        };
        let (src, doc, found) = lint_file(&rel, &only);
        assert!(
            !found.is_empty(),
            "rule {code} finds nothing in its fixture"
        );
        assert!(found.iter().all(|d| d.code == code));
        let name = format!("fixtures/rules/{rel}");
        let view = FileDiagnostics {
            name: &name,
            source: &src,
            lines: &doc.lines,
            diagnostics: &found,
        };
        let text = human::render(&[view], human::HumanOptions::default());
        insta::assert_snapshot!(format!("rule_{code}"), text);
    }
}
