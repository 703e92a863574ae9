//! Soundness and metrics on generated block-structured process models of about 100, 1,000
//! and 10,000 flow nodes (`fim_process::generate::block_structured`), plus the same models
//! with one XOR/AND mismatch injected (the reduction stops there and the state space of the
//! rest is searched).
//!
//! Run: `cargo bench -p fim-benches --bench process -- --measurement-time 3 --warm-up-time 1`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_main, BenchmarkId, Criterion};
use fim_process::analysis::metrics::metrics;
use fim_process::analysis::soundness::{soundness, Options, Verdict};
use fim_process::generate::{block_structured, definitions, emit};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("process");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let block = block_structured(n, 7);
        let body = emit(&block, None);
        let nodes = body.nodes.len();
        let sound = soundness(&body, &Options::default());
        assert_eq!(
            sound.verdict,
            Verdict::Sound,
            "generated model of {nodes} nodes"
        );
        let broken = emit(&block, Some(block.gateway_pairs() / 2));
        let unsound = soundness(&broken, &Options::default());
        assert_eq!(unsound.verdict, Verdict::Unsound);
        eprintln!(
            "model {n}: {nodes} nodes, {} flows; broken: {} states searched",
            body.flows.len(),
            unsound.states
        );
        g.bench_with_input(BenchmarkId::new("soundness", nodes), &body, |b, body| {
            b.iter(|| black_box(soundness(body, &Options::default())))
        });
        g.bench_with_input(
            BenchmarkId::new("soundness_mismatch", nodes),
            &broken,
            |b, body| b.iter(|| black_box(soundness(body, &Options::default()))),
        );
        let defs = definitions(body);
        g.bench_with_input(BenchmarkId::new("metrics", nodes), &defs, |b, defs| {
            b.iter(|| black_box(metrics(defs)))
        });
    }
    g.finish();
}

/// Criterion entry (written out like `parse.rs`).
fn process_benches() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
}

criterion_main!(process_benches);
