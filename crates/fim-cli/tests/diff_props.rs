//! Property tests of the schema diff over random valid models (`fim_core::strategy`):
//! a model compared with itself, or with a copy whose texts differ only in whitespace,
//! shows no change at any level; the blocker analysis is deterministic.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_core::blockers::analyse;
use fim_core::diff::{diff, Level};
use fim_core::{strategy, Message};
use proptest::prelude::*;
use serde_json::Value;

/// Keys of free texts whose whitespace never counts.
const TEXT_KEYS: &[&str] = &[
    "name",
    "beschreibung",
    "definition",
    "bezeichnung_eingabe",
    "bezeichnung_ausgabe",
    "hilfetext_eingabe",
    "hilfetext_ausgabe",
    "versionshinweis",
    "freitext_regel",
    "script",
];

fn reformat(v: &mut Value, key: Option<&str>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                reformat(x, Some(k.as_str()));
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| reformat(x, key)),
        Value::String(s) if key.is_some_and(|k| TEXT_KEYS.contains(&k)) => {
            *s = format!(
                "\r\n  {}\t",
                s.split(' ').collect::<Vec<_>>().join(" \n\t ")
            );
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn self_diff_is_empty(m in strategy::any_message()) {
        for level in Level::ALL {
            let d = diff(&m, &m, level);
            prop_assert!(d.is_unchanged(), "{level}: {:?}", d.changes.first());
            prop_assert_eq!(d.summary.matched, d.baseline.elements);
        }
    }

    #[test]
    fn whitespace_never_counts(m in strategy::any_message()) {
        let mut v = serde_json::to_value(&m).unwrap();
        reformat(&mut v, None);
        let r: Message = serde_json::from_value(v).unwrap();
        let d = diff(&m, &r, Level::All);
        prop_assert!(d.is_unchanged(), "{:?}", d.changes.first());
    }

    #[test]
    fn blocker_report_is_deterministic(a in strategy::any_message(), b in strategy::any_message()) {
        let r1 = analyse(&a, &b, "a".into(), "b".into());
        let r2 = analyse(&a, &b, "a".into(), "b".into());
        prop_assert_eq!(r1, r2);
    }
}
