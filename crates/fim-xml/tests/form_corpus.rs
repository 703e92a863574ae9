//! Form builders on the corpus: for every schema, group and field message of
//! `$FIM_CORPUS/xdatenfelder`, the generated JSON Schema passes the draft 2020-12 meta-schema,
//! compiles in a JSON Schema validator (patterns included), accepts the generated example
//! submission's shape, and is snapshot-tested together with the UI hints and notes.
//!
//! Code lists come from `$FIM_CORPUS/genericode`. Without `FIM_CORPUS` the test prints a notice
//! and passes; with `FIM_REQUIRE_CORPUS` set a missing corpus fails.

#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::form::validate::ErrorKind;
use fim_core::form::{example_submission, json_schema, ui_hints, Form, FormOptions, Validator};
use serde_json::json;
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

fn xml_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    out.sort();
    out
}

#[test]
fn corpus_json_schemas_are_valid_and_snapshotted() {
    let Some(root) = corpus() else { return };
    let lists: Vec<(String, String)> = xml_files(&root.join("genericode"))
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    let (codelists, failed) =
        fim_xml::genericode::read_all(lists.iter().map(|(n, t)| (n.clone(), t.as_str())));
    assert!(failed.is_empty(), "{failed:?}");

    let mut checked = 0;
    for sub in ["v2", "v3", "v3-converted"] {
        for path in xml_files(&root.join("xdatenfelder").join(sub)) {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(&path).unwrap();
            let Ok(doc) = fim_xml::read(&src) else {
                continue; // negative reader fixtures (wrong namespace) have no model
            };
            let Some(top) = doc.message.root() else {
                continue;
            };
            let form = Form::new(
                top,
                FormOptions {
                    codelists: Some(&codelists),
                },
            );
            let schema = json_schema(&form);
            if let Err(e) = jsonschema::meta::validate(&schema) {
                panic!("{sub}/{name}: generated schema fails the meta-schema: {e}");
            }
            let validator = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&schema)
                .unwrap_or_else(|e| panic!("{sub}/{name}: schema does not compile: {e}"));
            // Something is invalid: a non-object for a schema or group.
            if schema["type"] == "object" {
                assert!(!validator.is_valid(&json!(42)), "{name}");
            }
            // Both validators judge the example submission alike; it is valid except where a
            // real schema's pattern ends in a literal `$` (noted by the form builder).
            let example = example_submission(&form);
            let errors = Validator::new(&form).validate(&example);
            assert_eq!(
                errors.is_empty(),
                validator.is_valid(&example),
                "{sub}/{name}"
            );
            for e in &errors {
                let id = e.id.as_deref().unwrap_or("?");
                assert!(
                    matches!(e.kind, ErrorKind::Pattern { .. })
                        && form.notes.iter().any(|n| n.element.starts_with(id)
                            && n.message.contains("gewöhnliche Zeichen")),
                    "{sub}/{name}: example invalid: {e}"
                );
            }
            let notes: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
            let snapshot = json!({
                "schema": schema,
                "uiHints": ui_hints(&form),
                "notes": notes,
            });
            insta::with_settings!({ snapshot_suffix => format!("{sub}_{name}"), prepend_module_to_snapshot => false }, {
                insta::assert_json_snapshot!("form", snapshot);
            });
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} schemas checked");
}
