//! ARCHITECTURE.md's code map names every module: a source file of a crate (`src/**/*.rs`)
//! must be named there by its path below `src/` (`lint/registry.rs`) or its file name in
//! backticks (`registry.rs`); a `mod.rs` by its folder (`lint/`). The QS rule files are named
//! together (`rules/<name>.rs`), test-only files (`*tests.rs`) are not modules of the API.
#![allow(clippy::unwrap_used)] // tests may unwrap

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n == "rules" || n == "snapshots")
            {
                continue;
            }
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn code_map_names_every_module() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut missing = Vec::new();
    for krate in std::fs::read_dir(root().join("crates")).unwrap() {
        let src = krate.unwrap().path().join("src");
        if !src.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        sources(&src, &mut files);
        for f in files {
            let rel = f
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with("tests.rs") {
                continue;
            }
            let named = if name == "mod.rs" {
                let folder = rel.trim_end_matches("/mod.rs");
                map.contains(&format!("{folder}/")) || map.contains(&format!("`{folder}`"))
            } else {
                map.contains(&rel) || map.contains(&format!("`{name}`"))
            };
            if !named {
                missing.push(format!("{}: {rel}", src.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's code map does not name: {missing:#?}"
    );
}
