//! Cross-check: `fim_xml::read` accepts the generated (XSD-valid) corpora
//! without diagnostics, so the benchmark measures the happy path.

use fim_benches::{generate_v2, generate_v3};

fn check(label: &str, text: &str) {
    let doc = match fim_xml::read(text) {
        Ok(doc) => doc,
        Err(e) => panic!("fim_xml::read refused the generated {label} corpus: {e:?}"),
    };
    let shown: Vec<String> = doc
        .diagnostics
        .iter()
        .take(10)
        .map(|d| format!("{:?} at {:?}", d.kind, doc.position(text, d.span.start)))
        .collect();
    assert!(
        doc.diagnostics.is_empty(),
        "{} diagnostics on the generated {label} corpus, first ones:\n{}",
        doc.diagnostics.len(),
        shown.join("\n")
    );
}

#[test]
fn fim_xml_reads_generated_v2_without_diagnostics() {
    check("v2", &generate_v2(200 * 1024));
}

#[test]
fn fim_xml_reads_generated_v3_without_diagnostics() {
    check("v3", &generate_v3(200 * 1024));
}
