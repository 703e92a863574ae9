//! Writer throughput on large generated XDatenfelder messages, against the reader in the
//! same run.
//!
//! Generates one ~`FIM_BENCH_MB` MiB (default 50) v2 and v3 message once, reads it into the
//! model, then benches per version (criterion group `write_v2` / `write_v3`):
//!
//! * `fim_xml_read`: `fim_xml::read` of the text (the baseline: how fast the model comes in),
//! * `fim_xml_write`: `fim_xml::write` of the model back to a `String` (how fast it goes out),
//! * `string_copy`: copying a string of the output's size (the memory-bandwidth floor).
//!
//! Throughput is counted in bytes of XML (input for reading, output for writing).
//! Run: `cargo bench -p fim-benches --bench write` (about 2 minutes).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_main, Criterion, SamplingMode, Throughput};
use fim_benches::{generate, XdfVersion};

fn bench_mb() -> f64 {
    std::env::var("FIM_BENCH_MB")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|n| *n > 0.0)
        .unwrap_or(50.0)
}

fn write(c: &mut Criterion) {
    let target = (bench_mb() * 1024.0 * 1024.0) as usize;
    for (label, version) in [("v2", XdfVersion::V2), ("v3", XdfVersion::V3)] {
        let text = generate(version, target);
        let doc = fim_xml::read(&text).expect("generated text reads");
        let out = fim_xml::write(&doc.message);
        eprintln!(
            "{label}: input {} bytes, written {} bytes",
            text.len(),
            out.len()
        );

        let mut group = c.benchmark_group(format!("write_{label}"));
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(10));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("fim_xml_read", |b| {
            b.iter(|| black_box(fim_xml::read(black_box(&text)).expect("reads")))
        });
        group.throughput(Throughput::Bytes(out.len() as u64));
        group.bench_function("fim_xml_write", |b| {
            b.iter(|| black_box(fim_xml::write(black_box(&doc.message))))
        });
        group.bench_function("string_copy", |b| {
            b.iter(|| black_box(black_box(out.as_str()).to_owned()))
        });
        group.finish();
    }
}

fn benches() {
    let mut c = Criterion::default().configure_from_args();
    write(&mut c);
}

criterion_main!(benches);
