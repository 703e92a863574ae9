//! The kind of change a blocker needs: a change of law, a digital path the law already
//! allows, something to build, or a change of practice.
//!
//! The decision reads the finding's evidence:
//!
//! | blocker | `rechtsänderung` when | otherwise |
//! |---|---|---|
//! | written form | a cited form norm imposes it (§ 126 BGB), or the text demands a handwritten signature and cites a norm | `bereits-zulässig`: § 3a Abs. 2 VwVfG (social law: § 36a Abs. 2 SGB I) and § 9a Abs. 5 OZG |
//! | personal appearance | the sentence cites a norm or says the law demands it | `organisatorisch`: identification with the eID (§ 18 PAuswG) |
//! | original evidence | the sentence cites a norm or says the law demands it | `bereits-zulässig`: § 5 Abs. 1 EGovG |
//! | media break | input side, the sentence cites a norm | `bereits-zulässig`: payment § 4 EGovG, output side § 41 Abs. 2a VwVfG / § 9 OZG, input side § 2 Abs. 1 EGovG / § 3a Abs. 1 VwVfG; a manual task without text `organisatorisch` |
//! | once-only | never | `technisch`: a register retrieval must be built (§ 5 Abs. 2 EGovG and the register's own norm) |

use super::catalogue::{
    BlockerKind, ChangeKind, Direction, ELECTRONIC_ACCESS_NORMS, ELECTRONIC_NOTICE_NORMS,
    ENABLING_NORMS, EPAYMENT_NORMS, PAYMENT_TERMS, SOCIAL_LAWS, SOCIAL_WRITTEN_FORM_NORMS,
};
use super::text::part_matches;
use super::Evidence;
use serde::{Deserialize, Serialize};

/// What it takes to remove a blocker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The kind of change.
    pub kind: ChangeKind,
    /// The norms involved: the norm to change, or the norms that already allow the digital
    /// path.
    pub norms: Vec<String>,
    /// German reason.
    pub reason: String,
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn enabling(kind: BlockerKind) -> Vec<String> {
    ENABLING_NORMS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, n)| strings(n))
        .unwrap_or_default()
}

/// Whether a norm text or `bezug` belongs to social law.
fn social(texts: &[&str]) -> bool {
    texts.iter().any(|t| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|tok| SOCIAL_LAWS.contains(&tok))
    })
}

/// Decides the change for a finding of `kind` on `side` with `evidence`; `bezug` are the
/// element's legal references.
pub fn decide(
    kind: BlockerKind,
    side: Direction,
    evidence: &[Evidence],
    bezug: &[String],
) -> Change {
    let form_norms: Vec<String> = evidence
        .iter()
        .filter(|e| e.detector == "rechtsbezug")
        .map(|e| e.matched.clone())
        .collect();
    let cited: Vec<String> = evidence
        .iter()
        .filter(|e| e.detector == "wortlaut")
        .filter_map(|e| e.norm.clone())
        .collect();
    let words = |e: &Evidence| e.matched.to_lowercase();
    let any_word = |terms: &[&str]| {
        evidence.iter().any(|e| {
            let w = words(e);
            w.split_whitespace()
                .any(|tok| terms.iter().any(|t| part_matches(tok, t)))
        })
    };
    let legal = |c: &ChangeKind, norms: Vec<String>, reason: String| Change {
        kind: *c,
        norms,
        reason,
    };
    let mut all_refs: Vec<&str> = bezug.iter().map(String::as_str).collect();
    all_refs.extend(cited.iter().map(String::as_str));
    if let Some(p) = super::detect::enabling_norm(kind, &all_refs) {
        return legal(
            &ChangeKind::BereitsZulaessig,
            vec![format!(
                "§ {}{} {}",
                p.paragraph,
                p.absatz.map(|a| format!(" Abs. {a}")).unwrap_or_default(),
                p.law.join(" ")
            )],
            format!(
                "Das Element nennt selbst die Norm, die den digitalen Weg zulässt ({}); sein \
                 Text verlangt trotzdem noch den analogen Weg.",
                p.meaning
            ),
        );
    }
    match kind {
        BlockerKind::WrittenForm => {
            let handwritten = any_word(&["eigenhändig*", "handschriftlich*"]);
            if !form_norms.is_empty() {
                legal(
                    &ChangeKind::Rechtsaenderung,
                    form_norms.clone(),
                    format!(
                        "Die zitierte Formvorschrift ({}) verlangt die Schriftform; sie muss \
                         die elektronische Form zulassen.",
                        form_norms.join("; ")
                    ),
                )
            } else if handwritten && !cited.is_empty() {
                legal(
                    &ChangeKind::Rechtsaenderung,
                    cited.clone(),
                    format!(
                        "Der Text verlangt unter Berufung auf {} eine eigenhändige Unterschrift; \
                         die Norm muss einen elektronischen Ersatz zulassen.",
                        cited.join("; ")
                    ),
                )
            } else {
                let norms = if social(&all_refs) {
                    strings(SOCIAL_WRITTEN_FORM_NORMS)
                } else {
                    enabling(kind)
                };
                let source = if cited.is_empty() {
                    "Keine zitierte Norm verlangt eine eigenhändige Unterschrift".to_owned()
                } else {
                    format!("{} verlangt die Schriftform", cited.join("; "))
                };
                legal(
                    &ChangeKind::BereitsZulaessig,
                    norms.clone(),
                    format!(
                        "{source}; {} lassen die elektronische Form oder das Online-Formular \
                         mit Nutzerkonto an ihrer Stelle zu, soweit keine Rechtsvorschrift dies \
                         ausschließt.",
                        norms.join(" und ")
                    ),
                )
            }
        }
        BlockerKind::PersonalAppearance => {
            if !cited.is_empty() || any_word(&["gesetzlich*", "vorgeschrieben*"]) {
                legal(
                    &ChangeKind::Rechtsaenderung,
                    cited.clone(),
                    "Das persönliche Erscheinen ist rechtlich vorgeschrieben; die Norm muss \
                     eine Identifizierung mit der Online-Ausweisfunktion zulassen."
                        .to_owned(),
                )
            } else {
                legal(
                    &ChangeKind::Organisatorisch,
                    vec!["§ 18 PAuswG".to_owned()],
                    "Keine zitierte Norm verlangt das Erscheinen; die Behörde kann die \
                     Identifizierung mit der Online-Ausweisfunktion (§ 18 PAuswG) anbieten."
                        .to_owned(),
                )
            }
        }
        BlockerKind::OriginalEvidence => {
            if !cited.is_empty() {
                legal(
                    &ChangeKind::Rechtsaenderung,
                    cited.clone(),
                    format!(
                        "{} verlangt den Nachweis im Original; die Norm muss elektronische \
                         Nachweise zulassen.",
                        cited.join("; ")
                    ),
                )
            } else {
                legal(
                    &ChangeKind::BereitsZulaessig,
                    enabling(kind),
                    "Nach § 5 Abs. 1 EGovG können Nachweise elektronisch eingereicht werden; \
                     das Original nur im begründeten Einzelfall verlangen."
                        .to_owned(),
                )
            }
        }
        BlockerKind::MediaBreak => {
            let manual = evidence.iter().all(|e| e.detector == "aufgabentyp");
            if manual {
                legal(
                    &ChangeKind::Organisatorisch,
                    Vec::new(),
                    "Ein Schritt ohne IT-Unterstützung: den Arbeitsablauf digital \
                     unterstützen."
                        .to_owned(),
                )
            } else if any_word(PAYMENT_TERMS) {
                legal(
                    &ChangeKind::BereitsZulaessig,
                    strings(EPAYMENT_NORMS),
                    "§ 4 EGovG verpflichtet die Behörde bereits, elektronische Bezahlung \
                     anzubieten (ePayment)."
                        .to_owned(),
                )
            } else if side == Direction::Output {
                legal(
                    &ChangeKind::BereitsZulaessig,
                    strings(ELECTRONIC_NOTICE_NORMS),
                    "Der Bescheid kann bereits elektronisch bekanntgegeben werden, etwa über \
                     das Postfach des Nutzerkontos (§ 41 Abs. 2a VwVfG, § 9 OZG)."
                        .to_owned(),
                )
            } else if !cited.is_empty() {
                legal(
                    &ChangeKind::Rechtsaenderung,
                    cited.clone(),
                    format!(
                        "{} schreibt den Weg auf Papier vor; die Norm muss die elektronische \
                         Übermittlung zulassen.",
                        cited.join("; ")
                    ),
                )
            } else {
                legal(
                    &ChangeKind::BereitsZulaessig,
                    strings(ELECTRONIC_ACCESS_NORMS),
                    "Die Behörde muss bereits einen elektronischen Zugang eröffnen (§ 2 Abs. 1 \
                     EGovG); elektronische Dokumente sind zulässig (§ 3a Abs. 1 VwVfG)."
                        .to_owned(),
                )
            }
        }
        BlockerKind::OnceOnly => {
            let mut norms: Vec<String> = evidence.iter().filter_map(|e| e.norm.clone()).collect();
            norms.sort();
            norms.dedup();
            norms.extend(enabling(kind));
            legal(
                &ChangeKind::Technisch,
                norms,
                "Die Behörde darf den Nachweis mit Einwilligung selbst abrufen (§ 5 Abs. 2 \
                 EGovG); es fehlt der Abruf aus dem Register."
                    .to_owned(),
            )
        }
    }
}
