//! Properties of the linter on random models (`fim_core::strategy`): it never panics, every
//! finding names a known rule with its default severity, results are deterministic, and the
//! renderers accept whatever it finds.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is a failed test.

use fim_core::lint::{lint, rule_by_code, LintConfig, LintContext, Preset};
use fim_core::render::{human, json, qs_meta, sarif, FileDiagnostics};
use fim_core::LineIndex;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn lint_is_total_and_deterministic(msg in fim_core::strategy::any_message()) {
        let config = LintConfig { preset: Preset::All, ..LintConfig::default() }.resolve().unwrap();
        let a = lint(&LintContext::new(&msg), &config);
        let b = lint(&LintContext::new(&msg), &config);
        prop_assert_eq!(&a, &b);
        for d in &a {
            let rule = rule_by_code(&d.code);
            prop_assert!(rule.is_some(), "unknown code {}", d.code);
            prop_assert_eq!(d.severity, rule.unwrap().meta().default_severity());
            prop_assert!(!d.message.is_empty() && d.help.is_some());
        }
        // Spans of a model built in memory point nowhere; renderers must cope.
        let src = "";
        let lines = LineIndex::new(src);
        let view = FileDiagnostics { name: "generated.xml", source: src, lines: &lines, diagnostics: &a };
        let h = human::render(&[view], human::HumanOptions::default());
        prop_assert!(h.ends_with(".\n"));
        let j: serde_json::Value = serde_json::from_str(&json::render(&[view], &qs_meta)).unwrap();
        prop_assert_eq!(j["files"][0]["diagnostics"].as_array().unwrap().len(), a.len());
        let s: serde_json::Value = serde_json::from_str(&sarif::render(&[view], &qs_meta, "0")).unwrap();
        prop_assert_eq!(s["runs"][0]["results"].as_array().unwrap().len(), a.len());
    }
}
