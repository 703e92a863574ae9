//! Process blocker detectors (Digitalisierungshemmnisse in BPMN) and the process part of the
//! blocker report.
//!
//! The detectors use the catalogue of `fim-core` ([`fim_core::blockers::catalogue`]):
//!
//! - **Wording** (`wortlaut`): names and documentation of activities and events (gateways
//!   are decisions, not steps, and are skipped) are read with the schema wordings
//!   ([`TEXT_PATTERNS`]) and the process wordings ([`PROCESS_TEXT_PATTERNS`]): written
//!   form, signature, personal appearance (vorsprechen, persönlich erscheinen, Termin vor
//!   Ort), post, letter, fax, paper forms, cash payment, originals. Sentences with a
//!   negation do not count.
//! - **Task type** (`aufgabentyp`): a `manualTask` that no wording explains is a possible
//!   media break, with low confidence (a human must check).
//! - **Legal references** (`rechtsbezug`): the legal bases of the XProzess activity group
//!   the step belongs to, and `§` citations in the step's documentation, are the finding's
//!   legal reference; norms of [`fim_core::blockers::catalogue::NORM_PATTERNS`] cited there
//!   add evidence (e.g. § 126 BGB: written form).
//! - **Message flows** to or from the applicant's pool (pool or lane name with a word of
//!   [`APPLICANT_WORDS`]) are read for the same wordings (a paper application, a notice by
//!   post). Their legal reference is that of the sending step.
//!
//! Over the diff, findings pair through the process matching ([`crate::diff`]) exactly as
//! data-field findings do: in the baseline and gone from the matched reference step (or the
//! step gone): resolved in the reference (the finding's change says what that takes); still
//! there: the blocker remains.

use crate::diff::{Comparison, Model};
use crate::model::*;
use crate::xprozess::ProcessMeta;
use fim_core::blockers::catalogue::{
    APPLICANT_WORDS, MANUAL_TASK_TYPES, PROCESS_TEXT_PATTERNS, TEXT_PATTERNS,
};
use fim_core::blockers::detect::{find_word_start, findings, norm_evidence, text_evidence};
use fim_core::blockers::{
    Blocker, BlockerKind, BlockerStatus, Confidence, Drawing, Evidence, Finding, ProcessRow,
    ProcessSection, Report, Subject,
};
use fim_core::diff::normalize;
use std::collections::HashMap;

/// What a process finding is about, as an index into the collected model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// A flow node.
    Step(usize),
    /// A message flow.
    Flow(usize),
}

type Ev = Vec<(BlockerKind, Evidence, Confidence)>;

pub use fim_core::blockers::text::citations;

/// The legal references of a step: legal bases of its XProzess activity group (the
/// sub-process it is or lies in), then citations in its documentation.
fn step_bezug(node: &FlowNode, ancestors: &[&str], meta: Option<&ProcessMeta>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(meta) = meta {
        for g in &meta.activity_groups {
            let mine =
                g.sub_process_id == node.id || ancestors.contains(&g.sub_process_id.as_str());
            if mine {
                for b in &g.legal_bases {
                    let t = normalize(&b.name);
                    if !t.is_empty() && !out.contains(&t) {
                        out.push(t);
                    }
                }
            }
        }
    }
    for d in &node.documentation {
        for c in citations(d) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

fn finish(subject: Subject, bezug: Vec<String>, ev: Ev) -> Vec<Finding> {
    findings(subject, bezug, ev)
}

fn is_applicant(name: Option<&str>) -> bool {
    name.is_some_and(|n| {
        let lower = n.to_lowercase();
        APPLICANT_WORDS
            .iter()
            .any(|w| find_word_start(&lower, w).is_some())
    })
}

const PATTERNS: [&[fim_core::blockers::catalogue::TextPattern]; 2] =
    [TEXT_PATTERNS, PROCESS_TEXT_PATTERNS];

/// Runs the process detectors over a collected model.
pub(crate) fn detect_model(
    model: &Model<'_>,
    meta: Option<&ProcessMeta>,
) -> Vec<(Target, Finding)> {
    let mut out = Vec::new();
    let mut bezug_of_step: Vec<Vec<String>> = Vec::with_capacity(model.steps.len());
    for (i, s) in model.steps.iter().enumerate() {
        let bezug = step_bezug(s.node, &s.ancestors, meta);
        bezug_of_step.push(bezug.clone());
        if s.node.gateway().is_some() {
            continue;
        }
        let mut ev: Ev = Vec::new();
        if let Some(n) = &s.node.name {
            text_evidence("name", n, &PATTERNS, &mut ev);
        }
        for d in &s.node.documentation {
            text_evidence("documentation", d, &PATTERNS, &mut ev);
        }
        let refs: Vec<&str> = bezug.iter().map(String::as_str).collect();
        norm_evidence(&refs, &mut ev);
        let manual = matches!(
            s.node.kind,
            NodeKind::Task {
                task: TaskKind::Manual
            }
        );
        if manual && ev.is_empty() {
            let t = MANUAL_TASK_TYPES.first().copied().unwrap_or("manualTask");
            ev.push((
                BlockerKind::MediaBreak,
                Evidence {
                    detector: "aufgabentyp".into(),
                    property: "type".into(),
                    matched: t.into(),
                    why: "Manuelle Aufgabe (ohne IT-Unterstützung), deren Text keinen Grund \
                          nennt: möglicher Medienbruch (Vermutung, bitte prüfen)."
                        .into(),
                    ..Evidence::default()
                },
                Confidence::Low,
            ));
        }
        if ev.is_empty() {
            continue;
        }
        for f in finish(Subject::ProcessElement(s.info.clone()), bezug, ev) {
            out.push((Target::Step(i), f));
        }
    }
    for (j, f) in model.flows.iter().enumerate() {
        let lane = |s: Option<usize>| {
            s.and_then(|i| model.steps.get(i))
                .and_then(|s| s.info.lane.clone())
        };
        let applicant = is_applicant(f.from_pool.as_deref())
            || is_applicant(f.to_pool.as_deref())
            || is_applicant(lane(f.from_step).as_deref())
            || is_applicant(lane(f.to_step).as_deref());
        if !applicant {
            continue;
        }
        let Some(name) = &f.flow.name else { continue };
        let mut ev: Ev = Vec::new();
        text_evidence("name", name, &PATTERNS, &mut ev);
        if ev.is_empty() {
            continue;
        }
        let bezug = f
            .from_step
            .or(f.to_step)
            .and_then(|i| bezug_of_step.get(i).cloned())
            .unwrap_or_default();
        for finding in finish(Subject::ProcessElement(f.info.clone()), bezug, ev) {
            out.push((Target::Flow(j), finding));
        }
    }
    out
}

/// Runs the process detectors over one file: findings in document order (flow nodes, then
/// message flows), one per element and kind. `meta` (XProzess) supplies legal bases.
pub fn detect(defs: &Definitions, meta: Option<&ProcessMeta>) -> Vec<Finding> {
    let model = Model::new(defs);
    detect_model(&model, meta)
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

/// One process file for the report.
#[derive(Debug, Clone, Copy)]
pub struct ProcessInput<'a> {
    /// The file name shown in the report.
    pub file: &'a str,
    /// `bpmn` or `xprozess`.
    pub format: &'a str,
    /// The model.
    pub definitions: &'a Definitions,
    /// XProzess metadata (process name, legal bases of the activity groups), if any.
    pub meta: Option<&'a ProcessMeta>,
}

fn side(p: &ProcessInput<'_>) -> fim_core::blockers::ProcessSide {
    let name = p.meta.map(|m| m.name.clone()).filter(|n| !n.is_empty());
    let mut s = crate::diff::side(p.definitions, p.format, name);
    s.file = p.file.to_owned();
    s
}

/// Adds the process comparison to a data-field report: the process blockers (paired over
/// the process diff), the side-by-side steps, metric deltas and the reference drawn; then
/// estimates both maturity levels again over data-field and process blockers.
pub fn extend_report(report: &mut Report, base: &ProcessInput<'_>, refr: &ProcessInput<'_>) {
    let c = Comparison::new(base.definitions, refr.definitions);
    let bf = detect_model(&c.base, base.meta);
    let rf = detect_model(&c.refr, refr.meta);
    let offset = report.blockers.len();
    let mut new: Vec<Blocker> = Vec::new();
    let mut per_target_base: HashMap<Target, Vec<usize>> = HashMap::new();
    let mut per_target_ref: HashMap<Target, Vec<usize>> = HashMap::new();
    let mut ref_slots: Vec<(Target, Option<Finding>)> =
        rf.into_iter().map(|(t, f)| (t, Some(f))).collect();
    let media_b = bf
        .iter()
        .filter(|(_, f)| f.kind == BlockerKind::MediaBreak)
        .count();
    let media_r = ref_slots
        .iter()
        .filter(|(_, f)| {
            f.as_ref()
                .is_some_and(|f| f.kind == BlockerKind::MediaBreak)
        })
        .count();
    let m = &c.matching;
    for (t, f) in bf {
        let partner = match t {
            Target::Step(i) => m.base_to_ref.get(i).copied().flatten().map(Target::Step),
            Target::Flow(i) => m
                .flow_base_to_ref
                .get(i)
                .copied()
                .flatten()
                .map(Target::Flow),
        };
        let rfinding = partner.and_then(|p| {
            ref_slots.iter_mut().find_map(|(rt, slot)| {
                if *rt == p && slot.as_ref().is_some_and(|x| x.kind == f.kind) {
                    slot.take()
                } else {
                    None
                }
            })
        });
        let idx = offset + new.len();
        per_target_base.entry(t).or_default().push(idx);
        if let Some(p) = partner {
            per_target_ref.entry(p).or_default().push(idx);
        }
        new.push(Blocker::paired(f, rfinding, partner.is_some()));
    }
    for (t, f) in ref_slots {
        let Some(f) = f else { continue };
        let idx = offset + new.len();
        per_target_ref.entry(t).or_default().push(idx);
        new.push(Blocker::reference_only(f));
    }
    report.blockers.extend(new);
    // Rows.
    let mut rows = Vec::new();
    let merged = |a: Option<&Vec<usize>>, b: Option<&Vec<usize>>| {
        let mut v: Vec<usize> = a.into_iter().chain(b).flatten().copied().collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let changes_of = |ix: Option<usize>| -> Vec<String> {
        ix.and_then(|x| c.changes.get(x))
            .map(|ch| ch.fields.iter().map(|f| f.german()).collect())
            .unwrap_or_default()
    };
    for (i, s) in c.base.steps.iter().enumerate() {
        let partner = m.base_to_ref.get(i).copied().flatten();
        let changes = changes_of(c.step_change_base.get(i).copied().flatten());
        let state = match partner {
            None => "entfernt",
            Some(_) if !changes.is_empty() => "geändert",
            Some(_) => "gleich",
        };
        rows.push(ProcessRow {
            baseline: Some(s.info.clone()),
            reference: partner
                .and_then(|j| c.refr.steps.get(j))
                .map(|r| r.info.clone()),
            state: state.to_owned(),
            changes,
            blockers: merged(
                per_target_base.get(&Target::Step(i)),
                partner.and_then(|j| per_target_ref.get(&Target::Step(j))),
            ),
        });
    }
    for (j, s) in c.refr.steps.iter().enumerate() {
        if m.ref_to_base.get(j).copied().flatten().is_none() {
            rows.push(ProcessRow {
                baseline: None,
                reference: Some(s.info.clone()),
                state: "hinzugefügt".to_owned(),
                changes: Vec::new(),
                blockers: merged(per_target_ref.get(&Target::Step(j)), None),
            });
        }
    }
    for (i, f) in c.base.flows.iter().enumerate() {
        let partner = m.flow_base_to_ref.get(i).copied().flatten();
        let changes = changes_of(c.flow_change_base.get(i).copied().flatten());
        let state = match partner {
            None => "entfernt",
            Some(_) if !changes.is_empty() => "geändert",
            Some(_) => "gleich",
        };
        rows.push(ProcessRow {
            baseline: Some(f.info.clone()),
            reference: partner
                .and_then(|j| c.refr.flows.get(j))
                .map(|r| r.info.clone()),
            state: state.to_owned(),
            changes,
            blockers: merged(
                per_target_base.get(&Target::Flow(i)),
                partner.and_then(|j| per_target_ref.get(&Target::Flow(j))),
            ),
        });
    }
    for (j, f) in c.refr.flows.iter().enumerate() {
        if m.flow_ref_to_base.get(j).copied().flatten().is_none() {
            rows.push(ProcessRow {
                baseline: None,
                reference: Some(f.info.clone()),
                state: "hinzugefügt".to_owned(),
                changes: Vec::new(),
                blockers: merged(per_target_ref.get(&Target::Flow(j)), None),
            });
        }
    }
    let metrics = crate::diff::metric_deltas(
        &crate::analysis::metrics::metrics(base.definitions),
        &crate::analysis::metrics::metrics(refr.definitions),
        media_b,
        media_r,
    );
    // Outline the reference steps and message flows whose blockers stay.
    let mut marked: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (t, list) in &per_target_ref {
        let stays = list.iter().any(|&i| {
            report
                .blockers
                .get(i)
                .is_some_and(|b| b.status != BlockerStatus::Resolved)
        });
        if !stays {
            continue;
        }
        let id = match *t {
            Target::Step(j) => c.refr.steps.get(j).map(|s| s.info.id.as_str()),
            Target::Flow(j) => c.refr.flows.get(j).map(|f| f.info.id.as_str()),
        };
        marked.extend(id);
    }
    let drawing = match crate::render::svg_marked(refr.definitions, &marked) {
        Some(svg) => Drawing::Svg(svg),
        None => Drawing::Mermaid(crate::render::mermaid(refr.definitions)),
    };
    report.process = Some(ProcessSection {
        baseline: side(base),
        reference: side(refr),
        summary: c.summary,
        rows,
        metrics,
        drawing: Some(drawing),
    });
    fim_core::blockers::maturity::estimate(report, true);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may unwrap
    use super::*;

    #[test]
    fn citations_from_documentation() {
        assert_eq!(
            citations("Beide Eltern unterschreiben (§ 7 Abs. 1 BEEG)."),
            ["§ 7 Abs. 1 BEEG"]
        );
        assert_eq!(
            citations("Rechtsgrundlage: § 23 Abs. 1 BMG; § 17 BMG."),
            ["§ 23 Abs. 1 BMG", "§ 17 BMG"]
        );
        assert!(citations("ohne Norm").is_empty());
        assert!(citations("§").is_empty());
    }

    fn kinds(task: &str, name: &str, doc: &str) -> Vec<(BlockerKind, Confidence)> {
        let src = format!(
            r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
            <process id="p"><{task} id="t" name="{name}"><documentation>{doc}</documentation></{task}></process></definitions>"#
        );
        let d = crate::read(&src).unwrap();
        detect(&d.definitions, None)
            .into_iter()
            .map(|f| (f.kind, f.confidence))
            .collect()
    }

    #[test]
    fn step_detectors_pass_and_fail() {
        use BlockerKind::*;
        use Confidence::*;
        type Case<'a> = (&'a str, &'a str, &'a str, &'a [(BlockerKind, Confidence)]);
        let cases: &[Case<'_>] = &[
            ("task", "Antrag prüfen", "", &[]),
            (
                "userTask",
                "Antrag unterschreiben",
                "",
                &[(WrittenForm, High)],
            ),
            (
                "manualTask",
                "Unterlagen sortieren",
                "",
                &[(MediaBreak, Low)],
            ),
            (
                "manualTask",
                "Antrag per Post senden",
                "",
                &[(MediaBreak, High)],
            ),
            (
                "task",
                "Persönlich bei der Behörde vorsprechen",
                "",
                &[(PersonalAppearance, High)],
            ),
            (
                "task",
                "Termin vor Ort wahrnehmen",
                "",
                &[(PersonalAppearance, High)],
            ),
            (
                "task",
                "Gebühr an der Kasse bar bezahlen",
                "",
                &[(MediaBreak, High)],
            ),
            (
                "task",
                "Urkunde im Original vorlegen",
                "",
                &[(OriginalEvidence, High)],
            ),
            ("task", "Bescheid ins Postfach stellen", "", &[]),
            (
                "task",
                "Antrag prüfen",
                "Eine Unterschrift ist nicht erforderlich.",
                &[],
            ),
            (
                "task",
                "Antrag prüfen",
                "Schriftform nach § 126 BGB.",
                &[(WrittenForm, High)],
            ),
            (
                "sendTask",
                "Bescheid per Fax versenden",
                "",
                &[(MediaBreak, High)],
            ),
        ];
        for (task, name, doc, want) in cases {
            assert_eq!(kinds(task, name, doc), *want, "{task} {name} / {doc}");
        }
    }

    #[test]
    fn message_flows_count_only_at_the_applicant() {
        let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <collaboration id="c">
            <participant id="pa" name="Antragsteller"/><participant id="pb" name="Behörde" processRef="p"/>
            <participant id="pc" name="Registerbehörde"/>
            <messageFlow id="m1" name="Antrag per Post" sourceRef="pa" targetRef="t"/>
            <messageFlow id="m2" name="Anfrage per Post" sourceRef="t" targetRef="pc"/>
          </collaboration>
          <process id="p"><task id="t" name="Antrag prüfen"/></process></definitions>"#;
        let d = crate::read(src).unwrap();
        let f = detect(&d.definitions, None);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].subject.id(), Some("m1"));
        assert_eq!(f[0].kind, BlockerKind::MediaBreak);
    }
}

#[cfg(test)]
mod xprozess_tests {
    #![allow(clippy::unwrap_used)] // tests may unwrap
    use super::*;
    use crate::xprozess::{ActivityGroup, LegalBasis};

    #[test]
    fn legal_bases_of_the_activity_group_are_the_bezug() {
        let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <process id="p"><subProcess id="sp" name="Antrag entgegennehmen">
            <task id="t" name="Antrag per Post senden"><documentation>Nach § 3 HundeG.</documentation></task>
          </subProcess></process></definitions>"#;
        let d = crate::read(src).unwrap();
        let meta = ProcessMeta {
            activity_groups: vec![ActivityGroup {
                id: "01".into(),
                sub_process_id: "sp".into(),
                name: "Antrag entgegennehmen".into(),
                rag_type: None,
                legal_bases: vec![LegalBasis {
                    name: "§ 2 Abs. 1 HundeG".into(),
                    uri: None,
                }],
            }],
            ..ProcessMeta::default()
        };
        let f = detect(&d.definitions, Some(&meta));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, BlockerKind::MediaBreak);
        assert_eq!(f[0].bezug, ["§ 2 Abs. 1 HundeG", "§ 3 HundeG"]);
        // Without metadata only the documentation's citation is left.
        assert_eq!(detect(&d.definitions, None)[0].bezug, ["§ 3 HundeG"]);
    }
}
