//! Fuzzes the process readers: `fim_process::read` (BPMN) and `fim_process::read_xprozess`
//! on the same input. Any UTF-8 input must give `Ok` or `Err`, never a panic, an abort
//! (stack overflow) or a runaway allocation; a model that reads must survive the analyses.
#![no_main]

use fim_process::analysis::{metrics, soundness};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match fim_process::read(src) {
        Ok(doc) => {
            let d = &doc.definitions;
            std::hint::black_box(fim_process::lint::lint(d, None));
            let opts = soundness::Options {
                max_states: 500,
                ..Default::default()
            };
            std::hint::black_box(soundness::diagnostics(d, &opts));
            std::hint::black_box(metrics::metrics(d));
            std::hint::black_box(fim_process::render::mermaid(d));
            let pos = doc.lines.position(src, d.span.start);
            assert!(pos.line >= 1 && pos.column >= 1);
        }
        Err(err) => std::hint::black_box(err.to_string()).clear(),
    }
    match fim_process::read_xprozess(src) {
        Ok(x) => {
            std::hint::black_box(x.meta);
        }
        Err(err) => std::hint::black_box(err.to_string()).clear(),
    }
});
