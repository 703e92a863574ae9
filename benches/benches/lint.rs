//! Lint time against parse time on the large generated XDatenfelder messages.
//!
//! Generates one ~`FIM_BENCH_MB` MiB (default 50) v2 and v3 message once, then benches per
//! version (criterion group `lint_v2` / `lint_v3`):
//!
//! * `parse`: `fim_xml::read` (deallocation outside the timed loop), and
//! * `lint_all`: `fim_core::lint::lint` with every rule (`--preset all`) on the parsed model.
//!
//! The target is lint <= 1x parse. Run:
//! `cargo bench -p fim-benches --bench lint -- --measurement-time 3 --warm-up-time 1`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_main, Criterion, SamplingMode, Throughput};
use fim_benches::{generate, XdfVersion};
use fim_core::lint::{lint, LintConfig, LintContext, Preset};

fn bench_mb() -> f64 {
    std::env::var("FIM_BENCH_MB")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|n| *n > 0.0)
        .unwrap_or(50.0)
}

fn lint_bench(c: &mut Criterion) {
    let target = (bench_mb() * 1024.0 * 1024.0) as usize;
    let config = LintConfig {
        preset: Preset::All,
        ..LintConfig::default()
    }
    .resolve()
    .expect("the `all` preset resolves");
    for (label, version) in [("v2", XdfVersion::V2), ("v3", XdfVersion::V3)] {
        let text = generate(version, target);
        let doc = fim_xml::read(&text).expect("fim_xml::read must accept the generated corpus");
        let start = Instant::now();
        let found = lint(&LintContext::new(&doc.message), &config);
        eprintln!(
            "generated {label}: {} bytes, {} findings in {:.2?}",
            text.len(),
            found.len(),
            start.elapsed()
        );
        let mut group = c.benchmark_group(format!("lint_{label}"));
        group
            .throughput(Throughput::Bytes(text.len() as u64))
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
        group.bench_function("parse", |b| {
            b.iter_with_large_drop(|| {
                fim_xml::read(black_box(&text)).expect("generated corpus reads")
            })
        });
        group.bench_function("lint_all", |b| {
            b.iter_with_large_drop(|| lint(black_box(&LintContext::new(&doc.message)), &config))
        });
        group.finish();
    }
}

/// Criterion group entry (written out instead of `criterion_group!`, whose generated
/// `pub fn` trips the workspace `missing_docs` lint).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    lint_bench(&mut criterion);
}

criterion_main!(benches);
