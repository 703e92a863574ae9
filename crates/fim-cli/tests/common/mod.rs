//! Shared by the CLI tests: run the `fim` binary from the workspace root.
#![allow(dead_code)]

use std::process::Command;

/// Runs `fim args...` in the workspace root; returns stdout, stderr and the exit code.
pub fn fim(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_fim"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("fim runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// The real-world corpus (`FIM_CORPUS`), or `None` with a notice when it is not set. With
/// `FIM_REQUIRE_CORPUS` set (CI), a missing corpus fails the test.
pub fn corpus(test: &str) -> Option<std::path::PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => Some(std::path::PathBuf::from(dir)),
        None => {
            assert!(
                std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
                "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
            );
            eprintln!("notice: FIM_CORPUS not set, {test} skipped");
            None
        }
    }
}
