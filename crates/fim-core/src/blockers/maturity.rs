//! The OZG maturity estimate (Reifegrad 0-4, OZG maturity model 1.1), faithful to what the
//! model asks of each level: level 3 is the complete online application including all
//! evidence, level 4 adds the digital notice and once-only.
//!
//! The estimate is an upper bound: it starts at 4 and every blocker that applies caps it.
//! An input-side blocker (written form, personal appearance, original evidence, a paper or
//! postal application) caps at 2; a missing register retrieval (once-only) at 3; an
//! output-side blocker (a notice by post, a certificate collected in person) at 3. The
//! lowest cap decides; every cap names its reason and elements. Nothing found is no proof
//! that once-only is in place: the label then says "höchstens".

use super::catalogue::{BlockerKind, ChangeKind, Direction};
use super::{Blocker, BlockerStatus, Report};
use serde::{Deserialize, Serialize};

/// One reason that caps the maturity level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaturityCap {
    /// The blocker kind.
    pub kind: BlockerKind,
    /// Application or notice side.
    pub side: Direction,
    /// The highest level reachable while it applies.
    pub max_level: u8,
    /// Labels of the elements it applies to.
    pub elements: Vec<String>,
    /// German reason.
    pub reason: String,
}

/// How many blockers need one kind of change, and the norms involved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeSummary {
    /// The kind of change.
    pub kind: ChangeKind,
    /// Number of blockers.
    pub count: usize,
    /// The norms named, each once, in order of appearance.
    pub norms: Vec<String>,
}

/// An OZG maturity estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Maturity {
    /// The highest level reachable.
    pub level: u8,
    /// German label (`höchstens Stufe 3: …`).
    pub label: String,
    /// The caps, lowest first (the first decides).
    pub caps: Vec<MaturityCap>,
    /// German statement of what the estimate assumes.
    pub assumption: String,
    /// The changes the estimate assumes made (the target: those of the blockers the
    /// reference resolves).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumes: Vec<ChangeSummary>,
}

/// German names of the levels 0-4.
pub const LEVEL_NAMES: [&str; 5] = [
    "Stufe 0: offline",
    "Stufe 1: Information online",
    "Stufe 2: Formularassistent",
    "Stufe 3: Online-Antrag inklusive Nachweise",
    "Stufe 4: Online-Transaktion (Once-Only)",
];

fn why_level(level: u8, kind: BlockerKind) -> &'static str {
    match (level, kind) {
        (0..=2, _) => {
            "Stufe 3 verlangt den vollständigen Online-Antrag einschließlich aller Nachweise"
        }
        (_, BlockerKind::OnceOnly) => {
            "Stufe 4 verlangt, dass die Behörde Nachweise selbst aus Registern abruft (Once-Only)"
        }
        _ => "Stufe 4 verlangt auch den digitalen Bescheid",
    }
}

/// Sums the changes of `blockers` per kind, in [`ChangeKind::ALL`] order.
pub fn change_summary<'a>(blockers: impl IntoIterator<Item = &'a Blocker>) -> Vec<ChangeSummary> {
    let mut out: Vec<ChangeSummary> = ChangeKind::ALL
        .iter()
        .map(|&kind| ChangeSummary {
            kind,
            count: 0,
            norms: Vec::new(),
        })
        .collect();
    for b in blockers {
        if let Some(s) = out.iter_mut().find(|s| s.kind == b.change.kind) {
            s.count += b.occurrences.max(1);
            for n in &b.change.norms {
                if !s.norms.contains(n) {
                    s.norms.push(n.clone());
                }
            }
        }
    }
    out.retain(|s| s.count > 0);
    out
}

impl Maturity {
    /// Estimates the level from the blockers that apply: start at 4, every blocker caps it
    /// at its catalogue level for its side, the lowest cap decides.
    pub fn estimate<'a>(applying: impl IntoIterator<Item = &'a Blocker>, assumption: &str) -> Self {
        let mut caps: Vec<MaturityCap> = Vec::new();
        for b in applying {
            let info = b.kind.info();
            let label = b.finding().map(|f| f.subject.label()).unwrap_or_default();
            let max_level = match b.side {
                Direction::Input => info.caps_maturity_at,
                Direction::Output => info.caps_output_at,
            };
            match caps
                .iter_mut()
                .find(|c| c.kind == b.kind && c.side == b.side)
            {
                Some(c) => {
                    if !c.elements.contains(&label) {
                        c.elements.push(label);
                    }
                }
                None => caps.push(MaturityCap {
                    kind: b.kind,
                    side: b.side,
                    max_level,
                    elements: vec![label],
                    reason: format!(
                        "{} ({}, {}) begrenzt auf Stufe {max_level}: {}.",
                        info.title,
                        info.code,
                        b.side.german(),
                        why_level(max_level, b.kind)
                    ),
                }),
            }
        }
        caps.sort_by_key(|c| (c.max_level, c.kind, c.side));
        let level = caps.first().map_or(4, |c| c.max_level);
        let name = LEVEL_NAMES.get(usize::from(level)).copied().unwrap_or("");
        let label = if caps.is_empty() {
            format!("höchstens {name}, keine Begrenzung erkannt")
        } else {
            format!("höchstens {name}")
        };
        Maturity {
            level,
            label,
            caps,
            assumption: assumption.to_owned(),
            assumes: Vec::new(),
        }
    }
}

/// Estimates both levels of `report` from its blockers: the target counts the blockers
/// that remain in or are new to the reference and assumes the changes of those the
/// reference resolves; current law counts every blocker. `with_process` says whether a
/// process was compared (the assumption says so).
pub fn estimate(report: &mut Report, with_process: bool) {
    let scope = if with_process {
        "Datenfelder und Prozess bewertet."
    } else {
        "Nur Datenfelder bewertet (kein Prozess angegeben)."
    };
    let resolved: Vec<&Blocker> = report
        .blockers
        .iter()
        .filter(|b| b.status == BlockerStatus::Resolved)
        .collect();
    let assumes = change_summary(resolved.iter().copied());
    let needed = if assumes.is_empty() {
        "keine Änderung".to_owned()
    } else {
        assumes
            .iter()
            .map(|s| {
                let norms = if s.norms.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", s.norms.join(", "))
                };
                format!("{}{norms}", s.kind.counted(s.count))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let target = format!(
        "{scope} Angenommen ist, dass die Referenzinformationen umgesetzt werden; dafür nötig: \
         {needed}. Begrenzt wird nur durch Hemmnisse, die in den Referenzinformationen \
         bestehen bleiben oder neu hinzukommen."
    );
    let law =
        format!("{scope} Ohne jede Änderung gelten alle Hemmnisse der Stamminformationen weiter.");
    let mut m = Maturity::estimate(
        report
            .blockers
            .iter()
            .filter(|b| b.status != BlockerStatus::Resolved),
        &target,
    );
    m.assumes = assumes;
    report.maturity_target = m;
    report.maturity_current_law = Maturity::estimate(report.blockers.iter(), &law);
}
