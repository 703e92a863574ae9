//! Every message and help text a QS rule renders is German prose made from the model: no
//! unrendered key (`min_value_not_number0`), no rule name, no `{`/`}` placeholder, no
//! snake_case identifier other than the XDatenfelder codes a message may quote. Runs every
//! rule over every rule fixture (`fixtures/rules/*/*.xml`) with the `all` preset.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::lint::{lint, rule_by_code, LintConfig, LintContext, Preset};
use std::path::PathBuf;

/// Codes of the standard that contain an underscore and may be quoted in a message.
const CODES_WITH_UNDERSCORE: &[&str] = &["num_int", "num_currency", "text_latin"];

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/rules"));
    let mut out = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let files: Vec<PathBuf> = if dir.is_dir() {
            std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect()
        } else {
            vec![dir]
        };
        out.extend(
            files
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "xml")),
        );
    }
    out.sort();
    out
}

/// The text without what it quotes (`…` code, „…“ user text): quotes may hold anything.
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let mut in_quote = false;
    for c in text.chars() {
        match c {
            '`' => in_code = !in_code,
            '„' => in_quote = true,
            '“' => in_quote = false,
            c if !in_code && !in_quote => out.push(c),
            _ => {}
        }
    }
    out
}

fn snake_case_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| {
            w.contains('_')
                && w.chars().any(char::is_alphabetic)
                && !CODES_WITH_UNDERSCORE.contains(w)
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn rendered_messages_are_prose() {
    let config = LintConfig {
        preset: Preset::All,
        ..LintConfig::default()
    }
    .resolve()
    .unwrap();
    let mut checked = 0;
    for path in fixtures() {
        let src = std::fs::read_to_string(&path).unwrap();
        let Ok(doc) = fim_xml::read(&src) else {
            continue;
        };
        for d in lint(&LintContext::new(&doc.message), &config) {
            let name = rule_by_code(&d.code).map(|r| r.meta().name).unwrap_or("");
            for text in std::iter::once(d.message.as_str()).chain(d.help.as_deref()) {
                let at = format!("{} [{}]: {text}", path.display(), d.code);
                let text = outside_quotes(text);
                let text = text.as_str();
                assert!(!text.contains(['{', '}']), "placeholder in {at}");
                assert!(name.is_empty() || !text.contains(name), "rule name in {at}");
                let words = snake_case_words(text);
                assert!(words.is_empty(), "identifier {words:?} in {at}");
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} texts checked");
}
