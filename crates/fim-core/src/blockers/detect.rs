//! Detectors over one schema: wordings in names, labels and help texts, `bezug` citations of
//! written-form and evidence norms, and register data asked from the applicant.

use super::catalogue::{
    BlockerKind, Confidence, NormPattern, TextPattern, NEGATIONS, NORM_PATTERNS, REGISTER_DATA,
    TEXT_PATTERNS,
};
use super::{Evidence, Finding, Subject};
use crate::codes::{Datentyp, Feldart, Vorbefuellung};
use crate::diff::{normalize, ElementInfo, Tree};
use crate::model::{Angaben, ElementRef, Rechtsbezug};

/// The texts of an element the wording detectors read: (property name, text).
fn texts<'a>(element: ElementRef<'a>) -> Vec<(&'static str, &'a str)> {
    let a: &Angaben = element.angaben();
    let mut out: Vec<(&'static str, &'a str)> = Vec::new();
    let mut put = |name: &'static str, v: &'a Option<String>| {
        if let Some(v) = v.as_deref() {
            out.push((name, v));
        }
    };
    put("name", &a.name);
    put("bezeichnungEingabe", &a.bezeichnung_eingabe);
    put("bezeichnungAusgabe", &a.bezeichnung_ausgabe);
    put("hilfetextEingabe", &a.hilfetext_eingabe);
    put("hilfetextAusgabe", &a.hilfetext_ausgabe);
    put("beschreibung", &a.beschreibung);
    put("definition", &a.definition);
    if let ElementRef::Schema(s) = element {
        put("bezeichnung", &s.bezeichnung);
        put("hilfetext", &s.hilfetext);
    }
    out
}

/// Whether `hay` (lower case) contains `needle` starting at a word start. Returns the byte
/// offset of the first such match.
pub fn find_word_start(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(off) = hay.get(from..).and_then(|h| h.find(needle)) {
        let at = from + off;
        let word_start = hay
            .get(..at)
            .and_then(|h| h.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start {
            return Some(at);
        }
        from = at + needle.len().max(1);
    }
    None
}

/// The phrase found at `at` extended to the end of its last word.
fn whole_word(text: &str, at: usize, len: usize) -> String {
    let tail = text.get(at + len..).unwrap_or("");
    let end = tail
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
        .map_or(tail.len(), |(i, _)| i);
    text.get(at..at + len + end).unwrap_or("").to_owned()
}

/// Splits a normalised, lower-case text into sentences.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', ';', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn negated(sentence: &str) -> bool {
    NEGATIONS.iter().any(|n| {
        find_word_start(sentence, n).is_some_and(|at| {
            // whole word: the next char is not a letter
            sentence
                .get(at + n.len()..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// The bezug texts of a node: the element's own, then those of its structure entry.
fn bezuege<'a>(tree: &Tree<'a>, i: usize) -> Vec<&'a Rechtsbezug> {
    let Some(n) = tree.nodes.get(i) else {
        return Vec::new();
    };
    let mut v: Vec<&'a Rechtsbezug> = n.element.angaben().bezug.iter().collect();
    if let Some(via) = n.via {
        v.extend(via.bezug.iter());
    }
    v
}

/// Runs every schema detector over every element of `tree`. Findings come in document
/// order, then catalogue order; one finding per element and kind (the strongest evidence
/// decides the confidence, all evidence is listed).
pub fn detect(tree: &Tree<'_>) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        if matches!(node.element, ElementRef::Rule(_)) {
            continue;
        }
        let mut ev: Vec<(BlockerKind, Evidence, Confidence)> = Vec::new();
        wording(node.element, &mut ev);
        register_data(node.element, &mut ev);
        let bez = bezuege(tree, i);
        norms(&bez, &mut ev);
        if ev.is_empty() {
            continue;
        }
        for kind in BlockerKind::ALL {
            let mine: Vec<&(BlockerKind, Evidence, Confidence)> =
                ev.iter().filter(|(k, _, _)| *k == kind).collect();
            let Some(confidence) = mine.iter().map(|(_, _, c)| *c).max() else {
                continue;
            };
            let Some(info) = ElementInfo::of(tree, i) else {
                continue;
            };
            let evidence: Vec<Evidence> = mine.iter().map(|(_, e, _)| e.clone()).collect();
            let why = evidence
                .iter()
                .map(|e| e.why.clone())
                .collect::<Vec<_>>()
                .join(" ");
            out.push((
                i,
                Finding {
                    kind,
                    subject: Subject::DataElement(info),
                    bezug: bez
                        .iter()
                        .map(|b| normalize(&b.text))
                        .filter(|t| !t.is_empty())
                        .collect(),
                    why,
                    evidence,
                    confidence,
                },
            ));
        }
    }
    out
}

fn wording(element: ElementRef<'_>, ev: &mut Vec<(BlockerKind, Evidence, Confidence)>) {
    for (prop, text) in texts(element) {
        text_evidence(prop, text, &[TEXT_PATTERNS], ev);
    }
}

/// The wording detector over one text: every pattern of `patterns` found at a word start in
/// a sentence without negation adds evidence (detector `wortlaut`, property `property`) to
/// `ev`, at most one per kind and property. Used by the schema detectors and by the process
/// detectors of `fim-process` (with the process wordings added).
pub fn text_evidence(
    property: &str,
    text: &str,
    patterns: &[&[TextPattern]],
    ev: &mut Vec<(BlockerKind, Evidence, Confidence)>,
) {
    let lower = normalize(text).to_lowercase();
    for sentence in sentences(&lower) {
        if negated(sentence) {
            continue;
        }
        for p in patterns.iter().flat_map(|l| l.iter()) {
            let Some(at) = find_word_start(sentence, p.phrase) else {
                continue;
            };
            let word = whole_word(sentence, at, p.phrase.len());
            if ev
                .iter()
                .any(|(k, e, _)| *k == p.kind && e.property == property)
            {
                continue;
            }
            ev.push((
                p.kind,
                Evidence {
                    detector: "wortlaut".into(),
                    property: property.into(),
                    why: format!("{property} enthält „{word}“ ({}).", p.kind.info().title),
                    matched: word,
                },
                p.confidence,
            ));
        }
    }
}

fn register_data(element: ElementRef<'_>, ev: &mut Vec<(BlockerKind, Evidence, Confidence)>) {
    let ElementRef::Field(f) = element else {
        return;
    };
    // Prefilled from a register: the applicant does not supply it.
    if f.vorbefuellung.as_ref().is_some_and(|v| {
        matches!(
            v.value,
            Vorbefuellung::Optional | Vorbefuellung::Verpflichtend
        )
    }) {
        return;
    }
    if f.feldart
        .as_ref()
        .is_some_and(|c| matches!(c.value, Feldart::Label | Feldart::Hidden | Feldart::Locked))
    {
        return;
    }
    let upload = f
        .datentyp
        .as_ref()
        .is_some_and(|d| d.value == Datentyp::File);
    for (prop, text) in texts(element) {
        if !matches!(prop, "name" | "bezeichnungEingabe" | "hilfetextEingabe") {
            continue;
        }
        let lower = normalize(text).to_lowercase();
        for sentence in sentences(&lower) {
            if negated(sentence) {
                continue;
            }
            for (phrase, register) in REGISTER_DATA {
                if find_word_start(sentence, phrase).is_none()
                    || ev
                        .iter()
                        .any(|(k, e, _)| *k == BlockerKind::OnceOnly && e.matched == *phrase)
                {
                    continue;
                }
                let how = if upload {
                    "als Datei-Upload"
                } else {
                    "als Eingabe"
                };
                ev.push((
                    BlockerKind::OnceOnly,
                    Evidence {
                        detector: "registerdaten".into(),
                        property: prop.into(),
                        matched: (*phrase).into(),
                        why: format!(
                            "{prop} verlangt „{phrase}“ {how}; die Daten liegen in einem Register vor \
                             ({register}); \
                             die Behörde könnte sie abrufen (Kandidat, nicht geprüft)."
                        ),
                    },
                    Confidence::Medium,
                ));
            }
        }
    }
}

/// Finds the cited norms of `text`: (paragraph, absatz, tokens of the clause after it).
fn citations(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
    let mut out = Vec::new();
    for clause in text.split('§').skip(1) {
        // A clause runs until the next `§` (split) or `;`.
        let clause = clause.split(';').next().unwrap_or("");
        let clause = clause.replace(['(', ')', ','], " ");
        let mut tokens = clause.split_whitespace().peekable();
        let Some(para) = tokens.next() else { continue };
        let para = para.trim_end_matches('.').to_owned();
        let rest: Vec<String> = tokens.map(|t| t.trim_end_matches('.').to_owned()).collect();
        let mut absatz = None;
        let mut iter = rest.iter();
        while let Some(t) = iter.next() {
            if t == "Abs" || t == "Absatz" {
                absatz = iter.next().cloned();
                break;
            }
            if t.chars().all(|c| c.is_ascii_digit()) && absatz.is_none() {
                // `§ 5 (1) EGovG` after the brackets were removed
                absatz = Some(t.clone());
                break;
            }
        }
        out.push((para, absatz, rest));
    }
    out
}

fn cites(text: &str, p: &NormPattern) -> bool {
    citations(text).iter().any(|(para, absatz, rest)| {
        para == p.paragraph
            && p.absatz.is_none_or(|a| absatz.as_deref() == Some(a))
            && rest
                .windows(p.law.len())
                .any(|w| w.iter().zip(p.law).all(|(a, b)| a == b))
    })
}

fn norms(bezug: &[&Rechtsbezug], ev: &mut Vec<(BlockerKind, Evidence, Confidence)>) {
    let texts: Vec<&str> = bezug.iter().map(|b| b.text.as_str()).collect();
    norm_evidence(&texts, ev);
}

/// The legal-reference detector: every norm of [`NORM_PATTERNS`] cited in one of `bezug`
/// adds evidence (detector `rechtsbezug`) to `ev`; a cited replacement norm suppresses
/// written-form evidence. Used by the schema detectors and by the process detectors.
pub fn norm_evidence(bezug: &[&str], ev: &mut Vec<(BlockerKind, Evidence, Confidence)>) {
    let replaced = bezug.iter().any(|b| {
        NORM_PATTERNS
            .iter()
            .any(|p| p.kind.is_none() && cites(b, p))
    });
    for b in bezug {
        let text = normalize(b);
        for p in NORM_PATTERNS {
            let Some(kind) = p.kind else { continue };
            if !cites(&text, p) {
                continue;
            }
            if replaced && kind == BlockerKind::WrittenForm {
                continue;
            }
            ev.push((
                kind,
                Evidence {
                    detector: "rechtsbezug".into(),
                    property: "bezug".into(),
                    matched: text.clone(),
                    why: format!(
                        "Der Rechtsbezug „{text}“ zitiert eine Formvorschrift: {}.",
                        p.meaning
                    ),
                },
                p.confidence,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_at_word_boundaries() {
        assert_eq!(find_word_start("die unterschrift", "unterschrift"), Some(4));
        assert_eq!(find_word_start("keine", "kein"), Some(0));
        assert_eq!(find_word_start("unbeglaubigt", "beglaubigt"), None);
        assert_eq!(find_word_start("gelöscht", "post"), None);
    }

    #[test]
    fn negations_silence_a_sentence() {
        assert!(negated("eine unterschrift ist nicht erforderlich"));
        assert!(negated("die unterschrift entfällt"));
        assert!(!negated("bitte unterschreiben sie den antrag"));
        assert!(!negated("nichtig")); // not the word `nicht`
    }

    #[test]
    fn norm_citations() {
        let p = |para, law: &'static [&'static str], absatz| NormPattern {
            kind: None,
            paragraph: para,
            absatz,
            law,
            confidence: Confidence::Low,
            meaning: "",
        };
        assert!(cites("§ 126 BGB", &p("126", &["BGB"], None)));
        assert!(cites("§126 Abs. 1 BGB", &p("126", &["BGB"], None)));
        assert!(!cites("§ 126a BGB", &p("126", &["BGB"], None)));
        assert!(cites("§ 36a SGB I", &p("36a", &["SGB", "I"], None)));
        assert!(!cites("§ 36a SGB IX", &p("36a", &["SGB", "I"], None)));
        assert!(cites("§ 5 Abs. 1 EGovG", &p("5", &["EGovG"], Some("1"))));
        assert!(cites("§ 5 (1) EGovG", &p("5", &["EGovG"], Some("1"))));
        assert!(!cites("§ 5 Abs. 2 EGovG", &p("5", &["EGovG"], Some("1"))));
        assert!(!cites("§ 14 GewO; § 126 HGB", &p("126", &["BGB"], None)));
        assert!(cites("§ 14 GewO; § 126 BGB", &p("126", &["BGB"], None)));
    }
}
