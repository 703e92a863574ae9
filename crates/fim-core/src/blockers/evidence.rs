//! The evidence model: every document or register-held fact a schema asks for.
//!
//! An element asks for a document when
//! - it is a file field naming the document (an **upload**),
//! - its label *is* the document, or "Angaben zu …", "Existenz …", "Vorliegen einer …" the
//!   document (**details** of it),
//! - a help text asks whether the document exists ("ob eine Handwerkskarte vorliegt"), or a
//!   yes/no field asks for a fact a register holds ("Sind Sie vorbestraft?"): a **yes/no**
//!   question,
//! - a help text demands that it be shown or handed in ("Legen Sie … vor", "fügen Sie …
//!   bei"): a **demand**.
//!
//! Each item names the register or record holder that holds it ([`super::registers`]); an
//! item with a register that the applicant supplies (not prefilled through
//! `vorbefuellung`) is a once-only candidate (HEM-05). Items without a register are listed
//! too: the report shows every piece of evidence a service demands.

use super::registers::{Register, REGISTERS};
use super::text::{find_phrase, term_in, Text};
use crate::codes::{Datentyp, Feldart, Vorbefuellung};
use crate::diff::{ElementInfo, Tree};
use crate::model::ElementRef;
use serde::{Deserialize, Serialize};

/// How a schema asks for a piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceForm {
    /// A file field: the document is uploaded.
    Upload,
    /// A group or field asks for the document's details.
    Details,
    /// A yes/no question about a register fact or the document's existence.
    YesNo,
    /// A text demands that the document be shown or handed in.
    Demand,
}

impl EvidenceForm {
    /// German description.
    pub const fn german(self) -> &'static str {
        match self {
            EvidenceForm::Upload => "als Datei-Upload",
            EvidenceForm::Details => "als Angaben zum Dokument",
            EvidenceForm::YesNo => "als Ja/Nein-Frage",
            EvidenceForm::Demand => "zur Vorlage",
        }
    }
}

/// The register that holds a piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterRef {
    /// Stable key ([`Register::id`]).
    pub id: String,
    /// German name.
    pub name: String,
    /// Who keeps it.
    pub holder: String,
    /// Legal basis for an authority's retrieval, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retrieval: Option<String>,
}

impl From<&Register> for RegisterRef {
    fn from(r: &Register) -> Self {
        RegisterRef {
            id: r.id.to_owned(),
            name: r.name.to_owned(),
            holder: r.holder.to_owned(),
            retrieval: r.retrieval.map(str::to_owned),
        }
    }
}

/// One document or fact a schema asks the applicant for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceItem {
    /// The element that asks for it.
    pub element: ElementInfo,
    /// The document or fact, as the schema writes it.
    pub document: String,
    /// How it is asked for.
    pub form: EvidenceForm,
    /// The property it was found in (`name`, `bezeichnungEingabe`, `hilfetextEingabe`).
    pub property: String,
    /// The register that holds it, if the catalogue knows one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register: Option<RegisterRef>,
    /// Whether the element is prefilled (`vorbefuellung` optional or verpflichtend): the
    /// authority already fetches it.
    pub prefilled: bool,
}

impl EvidenceItem {
    /// Whether it makes a once-only candidate: a register holds it and the applicant
    /// supplies it.
    pub fn once_only(&self) -> bool {
        self.register.is_some() && !self.prefilled
    }
}

/// German name of an XDatenfelder text property, for prose.
pub fn property_german(property: &str) -> &str {
    match property {
        "name" => "Name",
        "bezeichnung" => "Bezeichnung",
        "bezeichnungEingabe" => "Bezeichnung (Eingabe)",
        "bezeichnungAusgabe" => "Bezeichnung (Ausgabe)",
        "hilfetext" => "Hilfetext",
        "hilfetextEingabe" => "Hilfetext (Eingabe)",
        "hilfetextAusgabe" => "Hilfetext (Ausgabe)",
        "beschreibung" => "Beschreibung",
        "definition" => "Definition",
        "bezug" => "Rechtsbezug",
        "documentation" => "Dokumentation",
        "type" => "Aufgabentyp",
        other => other,
    }
}

/// Words that may stand before a document in a label that names it ("Angaben zur",
/// "Existenz", "Vorliegen einer", "Kopie der", articles and possessives).
const LEAD_INS: &[&str] = &[
    "angaben",
    "angabe",
    "zu",
    "zur",
    "zum",
    "existenz",
    "vorliegen",
    "vorhandensein",
    "besitz",
    "nachweis",
    "nachweise",
    "über",
    "kopie",
    "anlage",
    "upload",
    "einer",
    "eines",
    "eine",
    "ein",
    "einen",
    "der",
    "des",
    "die",
    "das",
    "dem",
    "den",
    "ihre",
    "ihr",
    "ihres",
    "ihrer",
    "ihren",
    "vorhandene*",
    "gültige*",
    "aktuelle*",
    "bestehende*",
    "bitte",
];

/// Words before a document that ask whether it exists ("ob eine …", "Vorliegen einer …").
const EXISTENCE: &[&str] = &["ob", "vorliegen", "existenz", "vorhandensein", "besitz"];

const ARTICLES: &[&str] = &[
    "ein", "eine", "einer", "eines", "einen", "der", "die", "das", "des",
];

/// Words before a document that make it the object of a question ("eine", "Ihren").
const OBJECT_MARKERS: &[&str] = &[
    "ein",
    "eine",
    "einen",
    "einer",
    "eines",
    "ihre",
    "ihr",
    "ihren",
    "ihrer",
    "ihres",
    "gültige",
    "gültigen",
    "gültiger",
];

/// Words before a document that may make it an attribute of the noun before them
/// ("Auflage zur Aufenthaltserlaubnis").
const ATTRIBUTE_MARKERS: &[&str] = &[
    "zur", "zum", "der", "des", "von", "vom", "die", "das", "den",
];

/// Verbs and nouns with which a text demands a document (see also
/// [`super::catalogue::DEMAND_VERBS`]).
const UPLOAD_TERMS: &[&str] = &["hochlad*", "laden+hoch", "hochzuladen", "nachweis*"];

/// The properties read for evidence: those the applicant sees, and the name.
const EVIDENCE_PROPERTIES: &[&str] = &[
    "name",
    "bezeichnungEingabe",
    "hilfetextEingabe",
    "bezeichnung",
    "hilfetext",
];

/// The texts of an element read for evidence.
fn texts(element: ElementRef<'_>) -> Vec<(&'static str, &str)> {
    let mut out = super::detect::texts(element);
    out.retain(|(p, _)| EVIDENCE_PROPERTIES.contains(p));
    out
}

/// Whether the applicant fills the element in: not a label, hidden or locked field.
pub fn applicant_input(element: ElementRef<'_>) -> bool {
    match element {
        ElementRef::Field(f) => !f
            .feldart
            .as_ref()
            .is_some_and(|c| matches!(c.value, Feldart::Label | Feldart::Hidden | Feldart::Locked)),
        ElementRef::Rule(_) => false,
        _ => true,
    }
}

fn prefilled(element: ElementRef<'_>) -> bool {
    match element {
        ElementRef::Field(f) => f.vorbefuellung.as_ref().is_some_and(|v| {
            matches!(
                v.value,
                Vorbefuellung::Optional | Vorbefuellung::Verpflichtend
            )
        }),
        _ => false,
    }
}

fn is_file(element: ElementRef<'_>) -> bool {
    matches!(element, ElementRef::Field(f) if f.datentyp.as_ref().is_some_and(|d| d.value == Datentyp::File))
}

fn is_choice(element: ElementRef<'_>) -> bool {
    matches!(element, ElementRef::Field(f) if f.datentyp.as_ref().is_some_and(|d| d.value == Datentyp::Bool)
        || f.feldart.as_ref().is_some_and(|c| c.value == Feldart::Select))
}

/// How the words `before` (lower case, the sentence up to the document) frame the document
/// found in property `prop`, if they ask for it at all.
fn frame(
    element: ElementRef<'_>,
    prop: &str,
    before: &[&str],
    sentence: &[&str],
    question: bool,
) -> Option<EvidenceForm> {
    let choice = is_choice(element) || question;
    let existence = {
        let mut it = before.iter().rev();
        let mut w = it.next();
        if w.is_some_and(|w| ARTICLES.contains(w)) {
            w = it.next();
        }
        w.is_some_and(|w| EXISTENCE.contains(w))
    };
    let label = matches!(prop, "name" | "bezeichnungEingabe" | "bezeichnung")
        && before
            .iter()
            .all(|w| LEAD_INS.iter().any(|l| super::text::part_matches(w, l)));
    let details = before
        .iter()
        .rev()
        .take(6)
        .position(|w| *w == "angaben" || *w == "angabe")
        .is_some();
    let demand = super::catalogue::DEMAND_VERBS
        .iter()
        .chain(UPLOAD_TERMS)
        .any(|t| term_in(sentence, t));
    if is_file(element) {
        return Some(EvidenceForm::Upload);
    }
    // A yes/no field that names the document as its object ("Besitzen Sie eine
    // Fahrerlaubnis?"), not as an attribute of another noun ("Auflage zur
    // Aufenthaltserlaubnis").
    let object = choice && {
        let mut it = before.iter().rev();
        match it.next() {
            None => true,
            Some(w) if OBJECT_MARKERS.contains(w) => true,
            Some(w) if ATTRIBUTE_MARKERS.contains(w) => it
                .next()
                .is_none_or(|w| LEAD_INS.iter().any(|l| super::text::part_matches(w, l))),
            Some(_) => false,
        }
    };
    if existence || (label && choice) || object {
        return Some(if choice {
            EvidenceForm::YesNo
        } else {
            EvidenceForm::Details
        });
    }
    if label || details {
        return Some(EvidenceForm::Details);
    }
    if demand {
        return Some(EvidenceForm::Demand);
    }
    None
}

/// The evidence items of node `i` of `tree`: at most one per register and document.
pub fn items(tree: &Tree<'_>, i: usize) -> Vec<EvidenceItem> {
    let mut out: Vec<EvidenceItem> = Vec::new();
    let Some(node) = tree.nodes.get(i) else {
        return out;
    };
    let element = node.element;
    if !applicant_input(element) {
        return out;
    }
    let Some(info) = ElementInfo::of(tree, i) else {
        return out;
    };
    for (prop, raw) in texts(element) {
        let text = Text::new(raw);
        for sentence in &text.sentences {
            let words: Vec<&str> = text.lower(sentence.words.clone()).collect();
            let question = text
                .source
                .get(
                    text.words
                        .get(sentence.words.end.saturating_sub(1))
                        .map_or(0, |w| w.span.end)..,
                )
                .is_some_and(|rest| rest.trim_start().starts_with('?'));
            for register in REGISTERS {
                let terms = register
                    .documents
                    .iter()
                    .map(|t| (t, false))
                    .chain(register.facts.iter().map(|t| (t, true)));
                for (term, fact) in terms {
                    let found = if fact {
                        term_in(&words, term).then(|| {
                            let first = term.split('+').next().unwrap_or(term);
                            find_phrase(&words, first).map(|at| (at, first))
                        })
                    } else {
                        Some(find_phrase(&words, term).map(|at| (at, *term)))
                    };
                    let Some(Some((at, phrase))) = found else {
                        continue;
                    };
                    let w = sentence.words.start + at;
                    if sentence.negates(w) {
                        continue;
                    }
                    let form = if fact {
                        (is_choice(element) || question || is_file(element)).then_some(
                            if is_file(element) {
                                EvidenceForm::Upload
                            } else {
                                EvidenceForm::YesNo
                            },
                        )
                    } else {
                        frame(
                            element,
                            prop,
                            words.get(..at).unwrap_or(&[]),
                            &words,
                            question,
                        )
                    };
                    let Some(form) = form else { continue };
                    let len = phrase.split(' ').filter(|p| !p.is_empty()).count();
                    let document = text.original(w..w + len).to_owned();
                    // One item per register: "Zulassungsbescheinigung Teil I
                    // (Fahrzeugschein)" is one document under two names.
                    if out
                        .iter()
                        .any(|it| it.register.as_ref().map(|r| r.id.as_str()) == Some(register.id))
                    {
                        continue;
                    }
                    out.push(EvidenceItem {
                        element: info.clone(),
                        document,
                        form,
                        property: prop.to_owned(),
                        register: Some(register.into()),
                        prefilled: prefilled(element),
                    });
                }
            }
        }
    }
    // A file field is evidence even when no register holds it.
    if is_file(element) && out.is_empty() {
        let a = element.angaben();
        let document = a
            .bezeichnung_eingabe
            .as_deref()
            .or(a.name.as_deref())
            .map(crate::diff::normalize)
            .unwrap_or_default();
        out.push(EvidenceItem {
            element: info,
            document,
            form: EvidenceForm::Upload,
            property: "bezeichnungEingabe".to_owned(),
            register: None,
            prefilled: prefilled(element),
        });
    }
    out
}

/// The evidence items of a whole schema, in document order.
pub fn collect(tree: &Tree<'_>) -> Vec<EvidenceItem> {
    (0..tree.nodes.len()).flat_map(|i| items(tree, i)).collect()
}
