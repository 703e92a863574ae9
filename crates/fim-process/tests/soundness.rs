//! Soundness: fixtures for each error pattern and for sound models, generated models
//! (proptest), and the whole corpus (no hang, bounded).

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_process::analysis::soundness::{check_definitions, soundness, Options, Problem, Verdict};
use fim_process::generate::{emit, Block};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> fim_process::Definitions {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../fixtures/bpmn/soundness/{name}.bpmn"));
    let src = std::fs::read_to_string(p).unwrap();
    fim_process::read(&src).unwrap().definitions
}

/// One fixture: file stem, verdict, expected (problem, element) findings.
type Case = (&'static str, Verdict, &'static [(Problem, &'static str)]);

const CASES: &[Case] = &[
    (
        "deadlock",
        Verdict::Unsound,
        &[(Problem::Deadlock, "j"), (Problem::DeadActivity, "c")],
    ),
    (
        "lack_of_sync",
        Verdict::Unsound,
        &[(Problem::LackOfSynchronization, "j")],
    ),
    ("livelock", Verdict::Unsound, &[(Problem::Livelock, "j")]),
    (
        "dead_task",
        Verdict::Unsound,
        &[(Problem::DeadActivity, "d")],
    ),
    ("sound_nested_parallel", Verdict::Sound, &[]),
    ("sound_loops", Verdict::Sound, &[]),
    ("sound_boundary_end_merge", Verdict::Sound, &[]),
    ("sound_default_flow", Verdict::Sound, &[]),
];

#[test]
fn fixtures_give_expected_verdicts_with_witnesses() {
    for (name, verdict, expected) in CASES {
        let d = fixture(name);
        let r = soundness(&d.processes[0].body, &Options::default());
        assert_eq!(r.verdict, *verdict, "{name}: {r:?}");
        let got: Vec<(Problem, &str)> = r
            .findings
            .iter()
            .map(|f| (f.problem, f.element.as_str()))
            .collect();
        assert_eq!(got, *expected, "{name}");
        insta::assert_json_snapshot!(format!("soundness-{name}"), r);
    }
}

#[test]
fn deadlock_witness_runs_from_start_to_join() {
    let r = soundness(&fixture("deadlock").processes[0].body, &Options::default());
    let w = &r.findings[0].witness;
    assert_eq!(w.first().map(String::as_str), Some("s"));
    assert!(w.iter().any(|x| x == "a" || x == "b"), "{w:?}");
}

fn block() -> impl Strategy<Value = Block> {
    let leaf = Just(Block::Task);
    leaf.prop_recursive(4, 40, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(Block::Seq),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Block::Xor),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Block::And),
            (inner.clone(), inner).prop_map(|(a, b)| Block::Loop(Box::new(a), Box::new(b))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn block_structured_models_are_sound(b in block()) {
        let r = soundness(&emit(&b, None), &Options::default());
        prop_assert_eq!(r.verdict, Verdict::Sound, "{:?}", r);
    }

    #[test]
    fn one_injected_mismatch_is_found(b in block(), pick in any::<prop::sample::Index>()) {
        let pairs = b.gateway_pairs();
        prop_assume!(pairs > 0);
        let flip = pick.index(pairs);
        let r = soundness(&emit(&b, Some(flip)), &Options::default());
        prop_assert_eq!(r.verdict, Verdict::Unsound, "{:?}", r);
        prop_assert!(r.findings.iter().any(|f| matches!(f.problem, Problem::Deadlock | Problem::LackOfSynchronization)), "{:?}", r);
    }
}

#[test]
fn corpus_models_are_decided_or_bounded() {
    let Some(dir) = std::env::var_os("FIM_CORPUS") else {
        assert!(std::env::var_os("FIM_REQUIRE_CORPUS").is_none());
        eprintln!("notice: FIM_CORPUS not set, corpus soundness skipped");
        return;
    };
    let dir = PathBuf::from(dir);
    let opts = Options {
        max_states: 20_000,
        ..Options::default()
    };
    let (mut sound, mut unsound, mut unknown) = (0, 0, 0);
    for sub in [
        "bpmn",
        "bpmn/miwg",
        "bpmn/bpmnlint-examples",
        "bpmn/bpmn-moddle",
        "xprozess",
    ] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "bpmn") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(doc) = fim_process::read(&src) else {
                continue;
            };
            let t = std::time::Instant::now();
            for sr in check_definitions(&doc.definitions, &opts) {
                match sr.report.verdict {
                    Verdict::Sound => sound += 1,
                    Verdict::Unsound => unsound += 1,
                    Verdict::Unknown => unknown += 1,
                }
            }
            assert!(t.elapsed().as_secs() < 20, "{}: too slow", path.display());
        }
    }
    eprintln!("corpus soundness: {sound} sound, {unsound} unsound, {unknown} unknown scopes");
    assert!(sound > 100);
}
