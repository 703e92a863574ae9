//! Comparing across XDatenfelder versions compares meaning, not XML: every 2.0 schema of the
//! corpus shows no change at any level against its own 3.0.0 conversion (written and read
//! back), and every 3.0.0 schema against its 2.0 conversion changes only elements that a
//! conversion warning names.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::convert::{to_v2, to_v3, ConvertOptions};
use fim_core::diff::{diff, Level};
use fim_core::Message;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    v.sort();
    v
}

fn read(path: &Path) -> Option<Message> {
    let src = std::fs::read_to_string(path).unwrap();
    fim_xml::read(&src).ok().map(|d| d.message)
}

/// Writes and reads back, as `fim convert -o` and a later `fim diff` would.
fn through_xml(m: &Message) -> Message {
    fim_xml::read(&fim_xml::write(m)).unwrap().message
}

fn changed_ids(base: &Message, reference: &Message, level: Level) -> BTreeSet<String> {
    diff(base, reference, level)
        .changes
        .iter()
        .filter_map(|c| c.reference.as_ref().or(c.baseline.as_ref()))
        .map(|e| e.id.clone().unwrap_or_default())
        .collect()
}

#[test]
fn v2_schemas_equal_their_3_0_0_conversion_at_every_level() {
    let Some(c) = common::corpus("cross-version diff test") else {
        return;
    };
    let mut compared = 0;
    for path in files(&c.join("xdatenfelder/v2")) {
        let Some(m) = read(&path) else { continue };
        if m.root().is_none() {
            continue;
        }
        let v3 = through_xml(&to_v3(&m, &ConvertOptions::default()).unwrap().message);
        for level in Level::ALL {
            let d = diff(&m, &v3, level);
            assert!(d.cross_version.is_some());
            assert!(
                d.is_unchanged(),
                "{} at {level}: {:#?}",
                path.display(),
                d.changes.first()
            );
            assert!(d.versioning.is_empty(), "{}", path.display());
            // And the other way round.
            assert!(
                diff(&v3, &m, level).is_unchanged(),
                "{} reversed",
                path.display()
            );
        }
        compared += 1;
    }
    assert!(compared >= 5, "only {compared} 2.0 schemas compared");
}

#[test]
fn v3_schemas_against_their_2_0_conversion_change_only_what_warnings_name() {
    let Some(c) = common::corpus("cross-version diff test") else {
        return;
    };
    let mut compared = 0;
    for path in files(&c.join("xdatenfelder/v3")) {
        let Some(m) = read(&path) else { continue };
        if m.root().is_none() {
            continue;
        }
        let conv = to_v2(&m, &ConvertOptions::default()).unwrap();
        let warned: BTreeSet<String> = conv
            .warnings
            .iter()
            .filter_map(|w| w.element.as_ref())
            .map(|e| e.id.clone())
            .collect();
        let v2 = through_xml(&conv.message);
        for level in Level::ALL {
            for id in changed_ids(&m, &v2, level) {
                assert!(
                    warned.contains(&id),
                    "{} at {level}: {id} changed but no warning names it (warnings: {warned:?})",
                    path.display()
                );
            }
        }
        compared += 1;
    }
    assert!(compared >= 3, "only {compared} 3.0.0 schemas compared");
}
