//! Parser throughput on large generated XDatenfelder messages.
//!
//! Generates one ~`FIM_BENCH_MB` MiB (default 50) v2 and v3 message once,
//! then benches per version (criterion group `parse_v2` / `parse_v3`):
//!
//! * `bare_quick_xml`: a bare quick-xml event loop over the text (the floor
//!   any quick-xml based reader can reach), and
//! * `fim_xml_read`: the full `fim_xml::read` reader, model deallocation included, and
//! * `fim_xml_read_without_drop`: the same with deallocation outside the timed loop.
//!
//! Run: `cargo bench -p fim-benches --bench parse` (about 2-3 minutes).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_main, Criterion, SamplingMode, Throughput};
use fim_benches::{generate, XdfVersion};
use quick_xml::events::Event;
use quick_xml::Reader;

fn bench_mb() -> f64 {
    std::env::var("FIM_BENCH_MB")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|n| *n > 0.0)
        .unwrap_or(50.0)
}

/// Counts all quick-xml events until `Eof`.
fn bare_quick_xml(text: &str) -> usize {
    let mut reader = Reader::from_str(text);
    let mut events = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(ev) => {
                black_box(&ev);
                events += 1;
            }
            Err(e) => panic!("generated XML must be well-formed: {e}"),
        }
    }
    events
}

fn parse(c: &mut Criterion) {
    let target = (bench_mb() * 1024.0 * 1024.0) as usize;
    for (label, version) in [("v2", XdfVersion::V2), ("v3", XdfVersion::V3)] {
        let start = Instant::now();
        let text = generate(version, target);
        eprintln!(
            "generated {label}: {} bytes in {:.2?}, {} quick-xml events",
            text.len(),
            start.elapsed(),
            bare_quick_xml(&text)
        );

        let mut group = c.benchmark_group(format!("parse_{label}"));
        group
            .throughput(Throughput::Bytes(text.len() as u64))
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(12));

        group.bench_function("bare_quick_xml", |b| {
            b.iter(|| black_box(bare_quick_xml(black_box(&text))))
        });
        group.bench_function("fim_xml_read", |b| {
            b.iter(|| {
                let doc = fim_xml::read(black_box(&text))
                    .expect("fim_xml::read must accept the generated corpus");
                black_box(doc)
            })
        });
        // The same read with the model's deallocation moved out of the timed loop: what
        // parsing costs by itself.
        group.bench_function("fim_xml_read_without_drop", |b| {
            b.iter_with_large_drop(|| {
                fim_xml::read(black_box(&text))
                    .expect("fim_xml::read must accept the generated corpus")
            })
        });
        group.finish();
    }
}

/// Criterion group entry (written out instead of `criterion_group!`, whose
/// generated `pub fn` trips the workspace `missing_docs` lint).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    parse(&mut criterion);
}

criterion_main!(benches);
