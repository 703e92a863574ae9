//! Validation throughput (submissions per second) of the form module on the largest corpus
//! schema, next to the `jsonschema` crate on the generated JSON Schema and the same data.
//!
//! The schema is `$FIM_CORPUS/xdatenfelder/v2/glykon_S00000009_xdatenfelder_reformatted.xml`
//! (Gewerbeanmeldung, 556 KB, the largest corpus file); without `FIM_CORPUS` a generated
//! ~500 KB v3 schema stands in (said on stderr). The submission is
//! `fim_core::form::example_submission` (every element given once), checked to be valid by
//! both validators before measuring; a second, invalid submission (one value of the wrong
//! type) measures the error path.
//!
//! Benches (criterion group `validate`, throughput in elements = submissions):
//! * `direct_is_valid` / `jsonschema_is_valid`: valid/invalid answer only;
//! * `direct_all_errors` / `jsonschema_all_errors`: every error collected.
//!
//! Run: `FIM_CORPUS=/path/to/corpus cargo bench -p fim-benches --bench validate --
//! --measurement-time 3 --warm-up-time 1`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_main, Criterion, Throughput};
use fim_core::form::{example_submission, json_schema, Form, FormOptions, Validator};
use serde_json::Value;

fn schema_text() -> (String, String) {
    if let Some(dir) = std::env::var_os("FIM_CORPUS") {
        let path = std::path::Path::new(&dir)
            .join("xdatenfelder/v2/glykon_S00000009_xdatenfelder_reformatted.xml");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return ("S00000009".to_owned(), text);
    }
    eprintln!("notice: FIM_CORPUS not set, benchmarking a generated v3 schema instead");
    (
        "generated_v3".to_owned(),
        fim_benches::generate(fim_benches::XdfVersion::V3, 500 * 1024),
    )
}

/// The example with its first string field replaced by a number (invalid).
fn break_one(v: &mut Value) -> bool {
    match v {
        Value::String(_) => {
            *v = Value::from(42);
            true
        }
        Value::Object(o) => o.values_mut().any(break_one),
        Value::Array(a) => a.iter_mut().any(break_one),
        _ => false,
    }
}

fn validate(c: &mut Criterion) {
    let (label, text) = schema_text();
    let doc = fim_xml::read(&text).expect("the bench schema must read");
    let root = doc.message.root().expect("a schema");
    let form = Form::new(root, FormOptions::default());
    let schema = json_schema(&form);
    let js = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("generated schema compiles");
    let direct = Validator::new(&form);
    let valid = example_submission(&form);
    let errors = direct.validate(&valid);
    assert!(errors.is_empty(), "example must be valid: {errors:?}");
    assert!(js.is_valid(&valid), "jsonschema must accept the example");
    let mut invalid = valid.clone();
    assert!(break_one(&mut invalid));
    assert!(!direct.is_valid(&invalid) && !js.is_valid(&invalid));
    eprintln!(
        "{label}: submission {} bytes, schema {} bytes",
        serde_json::to_string(&valid).map_or(0, |s| s.len()),
        serde_json::to_string(&schema).map_or(0, |s| s.len()),
    );

    let mut group = c.benchmark_group(format!("validate_{label}"));
    group
        .throughput(Throughput::Elements(1))
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (kind, data) in [("valid", &valid), ("invalid", &invalid)] {
        group.bench_function(format!("direct_is_valid/{kind}"), |b| {
            b.iter(|| black_box(direct.is_valid(black_box(data))))
        });
        group.bench_function(format!("jsonschema_is_valid/{kind}"), |b| {
            b.iter(|| black_box(js.is_valid(black_box(data))))
        });
        group.bench_function(format!("direct_all_errors/{kind}"), |b| {
            b.iter(|| black_box(direct.validate(black_box(data)).len()))
        });
        group.bench_function(format!("jsonschema_all_errors/{kind}"), |b| {
            b.iter(|| black_box(js.iter_errors(black_box(data)).count()))
        });
    }
    group.finish();
}

/// Criterion group entry (written out instead of `criterion_group!`, whose generated `pub fn`
/// trips the workspace `missing_docs` lint).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    validate(&mut criterion);
}

criterion_main!(benches);
