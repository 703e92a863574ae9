//! Detectors over one schema: wordings in names, labels and help texts (clause by clause,
//! see [`super::text`]), `bezug` citations of form norms, and the evidence a schema asks for
//! that a register holds ([`super::evidence`]).

use super::catalogue::{
    BlockerKind, Confidence, Direction, NormEffect, NormPattern, TextPattern, NORM_PATTERNS,
    OUTPUT_MARKERS, TEXT_PATTERNS,
};
use super::evidence::{self, property_german, EvidenceItem};
use super::text::{citations, part_matches, term_in, Text};
use super::{Evidence, Finding, Subject};
use crate::diff::{normalize, ElementInfo, Tree};
use crate::model::{Angaben, ElementRef, Rechtsbezug};

/// Evidence collected for one element: (kind, evidence, confidence).
pub type Collected = Vec<(BlockerKind, Evidence, Confidence)>;

/// The texts of an element the wording detectors read: (property name, text). The evidence
/// detector reads a subset of them ([`super::evidence`]).
pub(super) fn texts<'a>(element: ElementRef<'a>) -> Vec<(&'static str, &'a str)> {
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
/// decides the confidence, all evidence is listed). The evidence items of the schema come
/// with them.
pub fn detect(tree: &Tree<'_>) -> (Vec<(usize, Finding)>, Vec<EvidenceItem>) {
    let mut out = Vec::new();
    let mut items = Vec::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        if matches!(node.element, ElementRef::Rule(_)) {
            continue;
        }
        let mut ev: Collected = Vec::new();
        wording(node.element, &mut ev);
        let found = evidence::items(tree, i);
        once_only(&found, &mut ev);
        items.extend(found);
        let bez = bezuege(tree, i);
        let refs: Vec<&str> = bez.iter().map(|b| b.text.as_str()).collect();
        norm_evidence(&refs, &mut ev);
        if ev.is_empty() {
            continue;
        }
        let Some(info) = ElementInfo::of(tree, i) else {
            continue;
        };
        let bezug: Vec<String> = bez
            .iter()
            .map(|b| normalize(&b.text))
            .filter(|t| !t.is_empty())
            .collect();
        for f in findings(Subject::DataElement(info), bezug, ev) {
            out.push((i, f));
        }
    }
    (out, items)
}

/// Folds collected evidence into findings, one per kind in catalogue order: the strongest
/// evidence decides the confidence; the side is the output side only when every piece of
/// evidence says so; the change is decided by [`super::change::decide`]. Used by the schema
/// detectors and by the process detectors of `fim-process`.
pub fn findings(subject: Subject, bezug: Vec<String>, ev: Collected) -> Vec<Finding> {
    let mut out = Vec::new();
    for kind in BlockerKind::ALL {
        let mine: Vec<&(BlockerKind, Evidence, Confidence)> =
            ev.iter().filter(|(k, _, _)| *k == kind).collect();
        let Some(confidence) = mine.iter().map(|(_, _, c)| *c).max() else {
            continue;
        };
        let evidence: Vec<Evidence> = mine.iter().map(|(_, e, _)| e.clone()).collect();
        let side = if evidence.iter().all(|e| e.side == Direction::Output) {
            Direction::Output
        } else {
            Direction::Input
        };
        let why = evidence
            .iter()
            .map(|e| e.why.clone())
            .collect::<Vec<_>>()
            .join(" ");
        let change = super::change::decide(kind, side, &evidence, &bezug);
        out.push(Finding {
            kind,
            subject: subject.clone(),
            bezug: bezug.clone(),
            why,
            evidence,
            confidence,
            side,
            change,
        });
    }
    out
}

fn wording(element: ElementRef<'_>, ev: &mut Collected) {
    for (prop, text) in texts(element) {
        text_evidence(prop, text, &[TEXT_PATTERNS], ev);
    }
}

/// Where pattern `p` matches in the sentence words `words` (lower case): the index of its
/// first word and the number of words.
fn pattern_at(p: &TextPattern, words: &[&str]) -> Option<(usize, usize)> {
    let parts: Vec<&str> = p.phrase.split(' ').filter(|s| !s.is_empty()).collect();
    let n = parts.len();
    if n == 0 || n > words.len() {
        return None;
    }
    (0..=words.len() - n)
        .find(|&i| {
            let ok = parts
                .iter()
                .enumerate()
                .all(|(k, part)| words.get(i + k).is_some_and(|w| part_matches(w, part)));
            let first = words.get(i).copied().unwrap_or("");
            let excepted = p.except.iter().any(|x| first.starts_with(x));
            let then_ok = p.then.is_empty()
                || parts
                    .first()
                    .is_some_and(|f| first == f.trim_end_matches('*'))
                || words
                    .get(i + n)
                    .is_some_and(|next| p.then.iter().any(|t| part_matches(next, t)));
            ok && !excepted && then_ok
        })
        .map(|i| (i, n))
}

/// The wording detector over one text: every pattern of `patterns` found in a clause that
/// no negation reaches adds evidence (detector `wortlaut`, property `property`) to `ev`, at
/// most one per kind and property. The side is the pattern's, else the output side when the
/// sentence speaks of the authority's notice ([`OUTPUT_MARKERS`]); a `§` citation in the
/// sentence is kept as the evidence's norm. Used by the schema detectors and by the process
/// detectors of `fim-process` (with the process wordings added).
pub fn text_evidence(property: &str, text: &str, patterns: &[&[TextPattern]], ev: &mut Collected) {
    let t = Text::new(text);
    let prop = property_german(property);
    for (si, sentence) in t.sentences.iter().enumerate() {
        let words: Vec<&str> = t.lower(sentence.words.clone()).collect();
        for p in patterns.iter().flat_map(|l| l.iter()) {
            // One piece of evidence per kind and property: the strongest pattern's.
            let existing = ev
                .iter()
                .position(|(k, e, _)| *k == p.kind && e.property == property);
            if existing.is_some_and(|i| ev.get(i).is_some_and(|(_, _, c)| *c >= p.confidence)) {
                continue;
            }
            let Some((at, n)) = pattern_at(p, &words) else {
                continue;
            };
            if sentence.negates(sentence.words.start + at) {
                continue;
            }
            if !p.requires.is_empty() && !p.requires.iter().any(|r| term_in(&words, r)) {
                continue;
            }
            if p.unless.iter().any(|r| term_in(&words, r)) {
                continue;
            }
            let side = match (p.kind, p.side) {
                (_, Some(s)) => s,
                (BlockerKind::MediaBreak | BlockerKind::PersonalAppearance, None) => {
                    if OUTPUT_MARKERS.iter().any(|m| term_in(&words, m)) {
                        Direction::Output
                    } else {
                        Direction::Input
                    }
                }
                _ => Direction::Input,
            };
            let start = sentence.words.start + at;
            // The matched words as written (whole words: `Unterschriftsfeld`, not a prefix).
            let matched = t.original(start..start + n).to_owned();
            if matched.is_empty() {
                continue;
            }
            let raw = sentence_text(&t, si);
            let norm = citations(raw).into_iter().next();
            let side_note = if side == Direction::Output {
                " (Ausgabeseite)"
            } else {
                ""
            };
            if let Some(i) = existing {
                ev.remove(i);
            }
            ev.push((
                p.kind,
                Evidence {
                    detector: "wortlaut".into(),
                    property: property.into(),
                    why: format!(
                        "{prop}: „{matched}“ deutet auf das Hemmnis „{}“{side_note} hin.",
                        p.kind.info().title
                    ),
                    matched,
                    side,
                    norm,
                },
                p.confidence,
            ));
        }
    }
}

/// The raw text of sentence `si`, from the end of the previous sentence to the start of the
/// next one (so a `§` before the first word belongs to it).
fn sentence_text<'a>(t: &Text<'a>, si: usize) -> &'a str {
    let start = si
        .checked_sub(1)
        .and_then(|p| t.sentences.get(p))
        .and_then(|p| t.words.get(p.words.end.saturating_sub(1)))
        .map_or(0, |w| w.span.end);
    let end = t
        .sentences
        .get(si + 1)
        .and_then(|n| t.words.get(n.words.start))
        .map_or(t.source.len(), |w| w.span.start);
    t.source.get(start..end).unwrap_or("")
}

/// Once-only evidence from the evidence items: every item a register holds and the
/// applicant supplies.
fn once_only(items: &[EvidenceItem], ev: &mut Collected) {
    for item in items.iter().filter(|i| i.once_only()) {
        let Some(register) = &item.register else {
            continue;
        };
        ev.push((
            BlockerKind::OnceOnly,
            Evidence {
                detector: "registerdaten".into(),
                property: item.property.clone(),
                matched: item.document.clone(),
                why: format!(
                    "{}: verlangt „{}“ {}; das Register „{}“ ({}) hält die Angabe, die \
                     Behörde könnte sie abrufen (Kandidat, nicht geprüft).",
                    property_german(&item.property),
                    item.document,
                    item.form.german(),
                    register.name,
                    register.holder
                ),
                side: Direction::Input,
                norm: register.retrieval.clone(),
            },
            Confidence::Medium,
        ));
    }
}

/// Finds the cited norms of `text`: (paragraph, absatz, tokens of the clause after it).
fn norm_citations(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
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
    norm_citations(text).iter().any(|(para, absatz, rest)| {
        para == p.paragraph
            && p.absatz.is_none_or(|a| absatz.as_deref() == Some(a))
            && rest
                .windows(p.law.len())
                .any(|w| w.iter().zip(p.law).all(|(a, b)| a == b))
    })
}

/// The norm among `bezug` that already allows the digital path for `kind`
/// ([`NormEffect::Clears`]), if one is cited.
pub fn enabling_norm(kind: BlockerKind, bezug: &[&str]) -> Option<&'static NormPattern> {
    NORM_PATTERNS
        .iter()
        .find(|p| p.effect == NormEffect::Clears(kind) && bezug.iter().any(|b| cites(b, p)))
}

/// The legal-reference detector: every norm of [`NORM_PATTERNS`] that imposes a blocker and
/// is cited in one of `bezug` adds evidence (detector `rechtsbezug`) to `ev`, unless a norm
/// that already allows the digital path for that kind ([`NormEffect::Clears`]) is cited too
/// (`§ 126 BGB` beside `§ 9a Abs. 5 OZG`). A wording finding beside an enabling norm stays
/// (the text still demands it) and its change is `bereits-zulässig`
/// ([`super::change::decide`]). Used by the schema detectors and by the process detectors.
pub fn norm_evidence(bezug: &[&str], ev: &mut Collected) {
    let cleared: Vec<BlockerKind> = BlockerKind::ALL
        .into_iter()
        .filter(|&k| enabling_norm(k, bezug).is_some())
        .collect();
    for b in bezug {
        let text = normalize(b);
        for p in NORM_PATTERNS {
            let NormEffect::Indicates(kind) = p.effect else {
                continue;
            };
            if !cites(&text, p) || cleared.contains(&kind) {
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
                    side: Direction::Input,
                    norm: Some(text.clone()),
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
    fn norm_citations() {
        let p = |para, law: &'static [&'static str], absatz| NormPattern {
            effect: NormEffect::Clears(BlockerKind::WrittenForm),
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
