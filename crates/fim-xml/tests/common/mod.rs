//! Helpers shared by the integration tests: corpus location, model normalisation, xmllint.
#![allow(dead_code)]

use fim_core::XdfVersion;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `$FIM_CORPUS`, or `None` with a printed notice (fails when `FIM_REQUIRE_CORPUS` is set).
pub fn corpus(what: &str) -> Option<PathBuf> {
    match std::env::var_os("FIM_CORPUS") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            assert!(
                dir.join("xdatenfelder").is_dir(),
                "FIM_CORPUS={} has no xdatenfelder/ folder",
                dir.display()
            );
            Some(dir)
        }
        None => {
            assert!(
                std::env::var_os("FIM_REQUIRE_CORPUS").is_none(),
                "FIM_REQUIRE_CORPUS is set but FIM_CORPUS is not"
            );
            eprintln!("notice: FIM_CORPUS not set, {what} skipped");
            None
        }
    }
}

/// The XDatenfelder 2.0/3.0.0 files of the corpus (v2, v3, v3-converted), sorted by name.
pub fn corpus_files(corpus: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["v2", "v3", "v3-converted"] {
        let sub = corpus.join("xdatenfelder").join(sub);
        let entries = std::fs::read_dir(&sub).unwrap_or_else(|e| panic!("{}: {e}", sub.display()));
        for entry in entries {
            let path = entry.expect("dir entry").path();
            if path.extension().is_some_and(|x| x == "xml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The model as JSON without spans. With `squash`, texts are whitespace-normalised too (for
/// comparing two formattings of the same content).
pub fn model_json<T: serde::Serialize>(model: &T, squash: bool) -> Value {
    fn norm(v: &mut Value, squash: bool) {
        match v {
            Value::Object(map) => {
                map.remove("span");
                map.values_mut().for_each(|v| norm(v, squash));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| norm(v, squash)),
            Value::String(s) if squash => *s = s.split_whitespace().collect::<Vec<_>>().join(" "),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(model).unwrap_or(Value::Null);
    norm(&mut v, squash);
    v
}

/// The official XSD of `version` in the corpus.
pub fn xsd(corpus: &Path, version: XdfVersion) -> PathBuf {
    corpus
        .join("xsd/xdatenfelder")
        .join(version.as_str())
        .join("xdatenfelder.xsd")
}

/// Validates `files` against `xsd` with one `xmllint` call; returns the files that failed,
/// with xmllint's messages. Panics when xmllint is missing (CI installs libxml2-utils).
pub fn xmllint_failures(xsd: &Path, files: &[PathBuf]) -> Vec<(PathBuf, String)> {
    if files.is_empty() {
        return Vec::new();
    }
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(xsd)
        .args(files)
        .output()
        .expect("xmllint not found: apt-get install -y libxml2-utils");
    let stderr = String::from_utf8_lossy(&out.stderr);
    files
        .iter()
        .filter_map(|f| {
            let name = f.to_string_lossy();
            let ok_line = format!("{name} validates");
            if stderr.lines().any(|l| l == ok_line) {
                None
            } else {
                let msgs: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&*name)).collect();
                Some((f.clone(), msgs.join("\n")))
            }
        })
        .collect()
}

/// A fresh directory under the target dir for files a test writes.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}
