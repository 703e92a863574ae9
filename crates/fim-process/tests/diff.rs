//! Process diff properties on generated models: a model against itself is unchanged; a
//! renamed task is one change; a re-identified task is matched by name; the output is
//! deterministic and every element is accounted for.
#![allow(clippy::unwrap_used)] // tests may unwrap

use fim_process::diff::{diff, ChangeKind, MatchedBy};
use fim_process::generate::{block_structured, definitions, emit};
use fim_process::NodeKind;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn self_diff_is_unchanged(n in 5usize..300, seed in 0u64..1000) {
        let defs = definitions(emit(&block_structured(n, seed), None));
        let d = diff(&defs, &defs);
        prop_assert!(d.is_unchanged());
        prop_assert!(d.changes.is_empty());
        prop_assert_eq!(d.summary.matched, defs.node_count());
        prop_assert!(d.metrics.iter().all(|m| m.delta() == 0));
    }

    #[test]
    fn edits_are_found_and_counted(n in 20usize..300, seed in 0u64..1000, pick in 0usize..1000) {
        let body = emit(&block_structured(n, seed), None);
        let tasks: Vec<usize> = body.nodes.iter().enumerate()
            .filter(|(_, x)| matches!(x.kind, NodeKind::Task { .. }))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(tasks.len() >= 2);
        let (a, b) = (tasks[pick % tasks.len()], tasks[(pick + 1) % tasks.len()]);
        let mut edited = body.clone();
        edited.nodes[a].name = Some("Umbenannt".into());
        let old = edited.nodes[b].id.clone();
        edited.nodes[b].id = format!("{old}_neu");
        for f in &mut edited.flows {
            if f.source_ref == old { f.source_ref = edited.nodes[b].id.clone(); }
            if f.target_ref == old { f.target_ref = edited.nodes[b].id.clone(); }
        }
        let (x, y) = (definitions(body), definitions(edited));
        let d = diff(&x, &y);
        prop_assert_eq!(d.summary.added + d.summary.removed, 0);
        prop_assert_eq!(d.summary.changed, 1);
        prop_assert_eq!(d.summary.matched_by_name, 1);
        prop_assert_eq!(d.summary.reordered, 0);
        let renamed = d.changes.iter().find(|c| c.change == ChangeKind::Changed).unwrap();
        prop_assert_eq!(renamed.fields[0].after.as_deref(), Some("Umbenannt"));
        prop_assert_eq!(diff(&x, &y), d, "deterministic");
        let back = diff(&y, &x);
        prop_assert_eq!(back.summary.matched, x.node_count());
    }
}

#[test]
fn reordered_steps_are_reported() {
    let src = |order: [&str; 2]| {
        format!(
            r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <process id="p"><startEvent id="s"/><task id="a" name="Prüfen"/><task id="b" name="Bezahlen"/>
          <endEvent id="e"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="{0}"/><sequenceFlow id="f2" sourceRef="{0}" targetRef="{1}"/>
          <sequenceFlow id="f3" sourceRef="{1}" targetRef="e"/></process></definitions>"#,
            order[0], order[1]
        )
    };
    let x = fim_process::read(&src(["a", "b"])).unwrap();
    let y = fim_process::read(&src(["b", "a"])).unwrap();
    let d = diff(&x.definitions, &y.definitions);
    assert_eq!(d.summary.reordered, 4);
    assert_eq!(d.summary.changed, 0);
    let a = d
        .changes
        .iter()
        .find(|c| c.baseline.as_ref().is_some_and(|b| b.id == "a"))
        .unwrap();
    assert_eq!(a.matched_by, Some(MatchedBy::Id));
    assert_eq!(a.fields[0].property, "Vorgänger");
    assert_eq!(a.fields[0].before.as_deref(), Some("s"));
    assert_eq!(a.fields[0].after.as_deref(), Some("Bezahlen"));
}

#[test]
fn lane_change_is_matched_by_unique_name() {
    let src = |lane_a: &str, lane_b: &str, id: &str| {
        format!(
            r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <process id="p"><laneSet><lane id="l1" name="Sachbearbeitung"><flowNodeRef>{lane_a}</flowNodeRef></lane>
          <lane id="l2" name="Kasse"><flowNodeRef>{lane_b}</flowNodeRef></lane></laneSet>
          <task id="{id}" name="Gebühr  buchen"/><task id="other" name="Prüfen"/></process></definitions>"#
        )
    };
    let x = fim_process::read(&src("t1", "other", "t1")).unwrap();
    let y = fim_process::read(&src("other", "t2", "t2")).unwrap();
    let d = diff(&x.definitions, &y.definitions);
    assert_eq!(d.summary.matched_by_name, 1);
    let c = d
        .changes
        .iter()
        .find(|c| c.matched_by == Some(MatchedBy::NameOtherLane))
        .unwrap();
    assert_eq!(c.fields.len(), 1, "{:?}", c.fields);
    assert_eq!(c.fields[0].german(), "Lane: „Sachbearbeitung“ -> „Kasse“");
}
