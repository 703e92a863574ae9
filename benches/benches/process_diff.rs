//! Process diff (`fim_process::diff::diff`) on generated block-structured models of about
//! 1,000 and 10,000 flow nodes (`fim_process::generate::block_structured`): the reference is
//! the baseline with 1 % of the tasks renamed, 1 % given new ids (matched by name) and 1 %
//! removed (their flows bridged), so every matching pass and the order comparison run.
//!
//! Run: `cargo bench -p fim-benches --bench process_diff -- --measurement-time 3 --warm-up-time 1`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_main, BenchmarkId, Criterion};
use fim_process::diff::diff;
use fim_process::generate::{block_structured, definitions, emit};
use fim_process::{Definitions, FlowContainer, NodeKind};

const SIZES: [usize; 2] = [1_000, 10_000];

/// The reference: every 100th task renamed, every 100th (offset 33) re-identified, every
/// 100th (offset 66) removed with its incoming flow redirected past it.
fn edit(mut body: FlowContainer) -> FlowContainer {
    let tasks: Vec<usize> = body
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| matches!(n.kind, NodeKind::Task { .. }))
        .map(|(i, _)| i)
        .collect();
    let mut removed = Vec::new();
    for (k, &i) in tasks.iter().enumerate() {
        let Some(n) = body.nodes.get_mut(i) else {
            continue;
        };
        match k % 100 {
            0 => n.name = Some(format!("{} (online)", n.label())),
            33 => n.id = format!("{}_neu", n.id),
            66 => removed.push(n.id.clone()),
            _ => {}
        }
    }
    for id in &removed {
        let out: Vec<String> = body
            .flows
            .iter()
            .filter(|f| &f.source_ref == id)
            .map(|f| f.target_ref.clone())
            .collect();
        body.flows.retain(|f| &f.source_ref != id);
        for f in body.flows.iter_mut().filter(|f| &f.target_ref == id) {
            if let Some(t) = out.first() {
                f.target_ref = t.clone();
            }
        }
        body.nodes.retain(|n| &n.id != id);
    }
    // Re-identified nodes keep their flows.
    let renamed: Vec<(String, String)> = body
        .nodes
        .iter()
        .filter_map(|n| {
            n.id.strip_suffix("_neu")
                .map(|old| (old.to_owned(), n.id.clone()))
        })
        .collect();
    for (old, new) in &renamed {
        for f in &mut body.flows {
            if &f.source_ref == old {
                f.source_ref = new.clone();
            }
            if &f.target_ref == old {
                f.target_ref = new.clone();
            }
        }
    }
    body
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("process_diff");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let body = emit(&block_structured(n, 7), None);
        let nodes = body.nodes.len();
        let base: Definitions = definitions(body.clone());
        let reference: Definitions = definitions(edit(body));
        let d = diff(&base, &reference);
        eprintln!(
            "model {n}: {nodes} nodes; matched {} ({} by name), added {}, removed {}, changed {}, reordered {}",
            d.summary.matched,
            d.summary.matched_by_name,
            d.summary.added,
            d.summary.removed,
            d.summary.changed,
            d.summary.reordered
        );
        assert!(d.summary.removed > 0 && d.summary.matched_by_name > 0);
        g.bench_with_input(
            BenchmarkId::new("diff", nodes),
            &(base, reference),
            |b, (x, y)| b.iter(|| black_box(diff(x, y))),
        );
    }
    g.finish();
}

/// Criterion entry (written out like `parse.rs`).
fn process_diff_benches() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
}

criterion_main!(process_diff_benches);
