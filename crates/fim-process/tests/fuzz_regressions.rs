//! Replays the crash inputs of the `process` fuzz target kept under
//! `fuzz/regressions/process/` (every file but `README.md`; none is fine) through the BPMN
//! and XProzess readers and the analyses, on a default-sized thread stack: no panic, no
//! abort.

use fim_process::analysis::{metrics, soundness};

#[test]
fn process_fuzz_regression_files_replay_without_panic() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/process");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<_> = entries
        .map(|e| {
            e.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path()
        })
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        eprintln!("process: {}", path.display());
        std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || {
                if let Ok(doc) = fim_process::read(&src) {
                    let d = &doc.definitions;
                    let _ = fim_process::lint::lint(d, None);
                    // `..Default::default()` keeps this valid when `Options` gains fields
                    // (the per-file budget of the hostile-cli branch).
                    #[allow(clippy::needless_update)]
                    let opts = soundness::Options {
                        max_states: 500,
                        ..Default::default()
                    };
                    let _ = soundness::diagnostics(d, &opts);
                    let _ = metrics::metrics(d);
                    let _ = fim_process::render::mermaid(d);
                }
                let _ = fim_process::read_xprozess(&src);
            })
            .unwrap_or_else(|e| panic!("spawn: {e}"))
            .join()
            .unwrap_or_else(|_| panic!("{}: reader panicked", path.display()));
    }
}
