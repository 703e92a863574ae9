//! Schema diff on two large generated XDatenfelder messages that differ in 1 % of their
//! elements, measured next to parsing both, so the diff's cost reads as a multiple of the
//! parse.
//!
//! The reference is the baseline text with the `name` of every 100th element changed
//! (the generator is deterministic, so both are the same on every run). Criterion group
//! `diff_v2`:
//!
//! * `parse_both`: `fim_xml::read` of baseline and reference;
//! * `diff_all`: `fim_core::diff::diff` of the two parsed models at level `all`;
//! * `diff_structure`: the same at level `structure`.
//!
//! Size with `FIM_BENCH_MB` (default 50). Run:
//! `cargo bench -p fim-benches --bench diff -- --measurement-time 3 --warm-up-time 1`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_main, Criterion, SamplingMode, Throughput};
use fim_benches::{generate, XdfVersion};
use fim_core::diff::{diff, Level};

fn bench_mb() -> f64 {
    std::env::var("FIM_BENCH_MB")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|n| *n > 0.0)
        .unwrap_or(50.0)
}

/// Appends ` (geändert)` to the text of every `every`-th `name` element. Returns the new
/// text and the number of names changed.
fn change_names(text: &str, every: usize) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + text.len() / 100);
    let mut rest = text;
    let (mut seen, mut changed) = (0usize, 0usize);
    while let Some(at) = rest.find(":name>") {
        // `<prefix:name>` opening tag (not `</prefix:name>`).
        let tag_start = rest[..at].rfind('<').unwrap_or(at);
        let is_open = !rest[tag_start..].starts_with("</");
        let end = at + ":name>".len();
        out.push_str(&rest[..end]);
        rest = &rest[end..];
        if is_open {
            seen += 1;
            if seen % every == 0 {
                if let Some(close) = rest.find('<') {
                    out.push_str(&rest[..close]);
                    out.push_str(" (geändert)");
                    rest = &rest[close..];
                    changed += 1;
                }
            }
        }
    }
    out.push_str(rest);
    (out, changed)
}

fn bench(c: &mut Criterion) {
    let target = (bench_mb() * 1024.0 * 1024.0) as usize;
    let base = generate(XdfVersion::V2, target);
    let (reference, changed) = change_names(&base, 100);
    let a = fim_xml::read(&base).expect("generated baseline reads");
    let b = fim_xml::read(&reference).expect("generated reference reads");
    let start = Instant::now();
    let d = diff(&a.message, &b.message, Level::All);
    eprintln!(
        "baseline {} bytes, reference {} bytes; {} names changed; {} elements; diff: {} changed, {} added, {} removed, {} moved in {:.2?}",
        base.len(),
        reference.len(),
        changed,
        d.baseline.elements,
        d.summary.changed,
        d.summary.added,
        d.summary.removed,
        d.summary.moved,
        start.elapsed()
    );
    assert_eq!(d.summary.changed, changed, "every changed name is found");

    let mut group = c.benchmark_group("diff_v2");
    group
        .throughput(Throughput::Bytes((base.len() + reference.len()) as u64))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("parse_both", |bch| {
        bch.iter(|| {
            let a = fim_xml::read(black_box(&base)).expect("reads");
            let b = fim_xml::read(black_box(&reference)).expect("reads");
            black_box((a, b))
        })
    });
    group.bench_function("diff_all", |bch| {
        bch.iter(|| {
            black_box(diff(
                black_box(&a.message),
                black_box(&b.message),
                Level::All,
            ))
        })
    });
    group.bench_function("diff_structure", |bch| {
        bch.iter(|| {
            black_box(diff(
                black_box(&a.message),
                black_box(&b.message),
                Level::Structure,
            ))
        })
    });
    group.finish();
}

/// Criterion group entry (written out instead of `criterion_group!`, whose generated
/// `pub fn` trips the workspace `missing_docs` lint).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
}

criterion_main!(benches);
