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
