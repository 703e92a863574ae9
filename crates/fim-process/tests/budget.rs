//! Soundness budgets (issue 13, item 7): a file of many hard processes is bounded as a whole,
//! and the plainly unsound wide AND-split into an XOR-join is decided, not left undecided.

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_process::analysis::soundness::{check_definitions, diagnostics, Options, Problem, Verdict};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// `processes` processes, each: start -> AND split into `width` tasks -> XOR join -> end.
fn and_into_xor(width: usize, processes: usize) -> String {
    let mut s =
        String::from(r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">"#);
    for p in 0..processes {
        let q = format!("p{p}_");
        let _ = write!(
            s,
            r#"<process id="{q}p"><startEvent id="{q}s"/><parallelGateway id="{q}a"/><exclusiveGateway id="{q}x"/><endEvent id="{q}e"/><sequenceFlow id="{q}f0" sourceRef="{q}s" targetRef="{q}a"/><sequenceFlow id="{q}fe" sourceRef="{q}x" targetRef="{q}e"/>"#
        );
        for i in 0..width {
            let _ = write!(
                s,
                r#"<task id="{q}t{i}"/><sequenceFlow id="{q}fa{i}" sourceRef="{q}a" targetRef="{q}t{i}"/><sequenceFlow id="{q}fb{i}" sourceRef="{q}t{i}" targetRef="{q}x"/>"#
            );
        }
        s.push_str("</process>");
    }
    s.push_str("</definitions>");
    s
}

#[test]
fn wide_and_split_into_xor_join_is_unsound_not_undecided() {
    let src = and_into_xor(30, 20);
    let defs = fim_process::read(&src).unwrap().definitions;
    let t = Instant::now();
    let reports = check_definitions(&defs, &Options::default());
    let took = t.elapsed();
    assert_eq!(reports.len(), 20);
    for r in &reports {
        assert_eq!(r.report.verdict, Verdict::Unsound, "{}", r.scope);
        assert_eq!(r.report.findings[0].problem, Problem::LackOfSynchronization);
    }
    let ds = diagnostics(&defs, &Options::default());
    assert!(ds.iter().all(|d| d.code != "P205"), "no 'undecided' note");
    assert_eq!(ds.iter().filter(|d| d.code == "P202").count(), 20);
    // Before: 99 s in a debug build (200,000 states per process); now about 1 s.
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn the_file_budget_is_shared_by_all_processes() {
    let src = and_into_xor(30, 20);
    let defs = fim_process::read(&src).unwrap().definitions;
    let opts = Options {
        max_states: 200_000,
        max_states_per_file: 5_000,
    };
    let reports = check_definitions(&defs, &opts);
    let total: usize = reports.iter().map(|r| r.report.states).sum();
    // Each container may start with one state even when the budget is used up.
    assert!(total <= 5_000 + reports.len(), "{total}");
    let skipped: Vec<_> = reports
        .iter()
        .filter(|r| r.report.verdict == Verdict::Unknown)
        .collect();
    assert!(!skipped.is_empty());
    assert!(skipped.iter().all(|r| r.report.file_budget_hit));
    let ds = diagnostics(&defs, &opts);
    let p205: Vec<_> = ds.iter().filter(|d| d.code == "P205").collect();
    assert_eq!(p205.len(), skipped.len());
    assert!(
        p205[0].message.contains("Suchbudget der Datei"),
        "{}",
        p205[0].message
    );
}
