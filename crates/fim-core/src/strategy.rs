//! Proptest strategies that generate random, valid XDatenfelder 2.0 and 3.0.0 models.
//!
//! Every generated [`Message`] is what a reader would produce from an XSD-valid file of its
//! version: ids of the right width and kind letter, versions `x.y` (2.0, maybe absent) or
//! `x.y.z` (3.0.0), only known code values, the elements each version requires and none of
//! the other version's, and all spans [`Span::default`]. Ids of groups, fields and rules are
//! unique within one generated schema, group or field, so no group contains itself.
//!
//! Texts are short and mix tabs, CR/LF, `<`, `&`, quotes, umlauts and Latin letters up to
//! U+017E from the ranges XÖV `String.Latin` allows: valid in XML 1.0 and in `String.Latin`. Dates are `YYYY-MM-DD`, timestamps
//! `YYYY-MM-DDThh:mm:ssZ`. Enabled by the `proptest` feature.
//!
//! ```
//! use fim_core::{strategy, XdfVersion};
//! use proptest::strategy::{Strategy, ValueTree};
//! use proptest::test_runner::TestRunner;
//!
//! let mut runner = TestRunner::deterministic();
//! let message = strategy::message(XdfVersion::V3).new_tree(&mut runner)?.current();
//! let id = message.root_angaben().and_then(|a| a.id()).cloned();
//! assert!(id.is_some_and(|id| id.digit_count() == Some(11)));
//! // In tests: `proptest! { #[test] fn round_trip(m in strategy::any_message()) { .. } }`
//! # Ok::<(), proptest::test_runner::Reason>(())
//! ```

use crate::codes::{
    AbleitungRepraesentation, AbleitungStruktur, CodeValue, Datentyp, Feldart, Freigabestatus,
    Gruppenart, Praedikat, RegelParamTyp, Regeltyp, Schemaelementart, Status, Vorbefuellung,
};
use crate::ids::{Anzahl, ElementId, IdKind, Multiplicity, Version};
use crate::model::{
    Angaben, Code, CodelisteReferenz, Content, Datenfeld, Datenfeldgruppe, Datenschema, Enthaelt,
    Fehlermeldung, Header, Identifikation, Message, MessageKind, Praezisierung, Rechtsbezug, Regel,
    RegelParameter, RegelZiel, Relation, Stichwort, Struktur, Wert, XdfVersion,
};
use crate::span::Span;
use proptest::collection::vec;
use proptest::option::{of as opt, weighted};
use proptest::prelude::*;
use proptest::sample::select;
use std::fmt::Debug;
use std::ops::RangeInclusive;
use XdfVersion::{V2, V3};

/// Characters of generated texts, as a regex class.
macro_rules! text_class {
    () => {
        "[a-zA-Z0-9äöüÄÖÜß <>&\"'\t\r\n.,;:()/\\]\\-\u{A1}-\u{AC}\u{AE}-\u{107}\u{10A}-\u{11B}\u{11E}-\u{123}\u{126}-\u{131}\u{134}-\u{15B}\u{15E}-\u{16B}\u{16E}-\u{17E}]"
    };
}

const V2_FELDART: &[Feldart] = &[Feldart::Input, Feldart::Select, Feldart::Label];
const V2_DATENTYP: &[Datentyp] = &[
    Datentyp::Text,
    Datentyp::Date,
    Datentyp::Bool,
    Datentyp::Num,
    Datentyp::NumInt,
    Datentyp::NumCurrency,
    Datentyp::File,
    Datentyp::Obj,
];
/// Schemaelementarten of elements inside a structure (`ABS` is for reuse only).
const NESTED_ARTEN: &[Schemaelementart] = &[
    Schemaelementart::Harmonisiert,
    Schemaelementart::Rechtsnormgebunden,
];
const RELATION_KINDS: &[IdKind] = &[IdKind::Schema, IdKind::Group, IdKind::Field];
const PATTERNS: &[&str] = &["[A-Z]{2}", "[0-9]{5}", "\\d+", "[a-zäöü]+( [a-zäöü]+)*"];
const MEDIA_TYPES: &[&str] = &["application/pdf", "image/png", "image/jpeg", "text/plain"];
const TOKEN: &str = "[a-zA-Z][a-zA-Z0-9_]{0,8}";
const LINK: &str = "https://example\\.org/[a-z0-9]{1,8}";
const URN: &str = "urn:de:fim:codeliste:[a-z]{3,12}";

/// Text of 0 to 12 characters.
fn text() -> BoxedStrategy<String> {
    concat!(text_class!(), "{0,12}").boxed()
}

/// Text of 1 to 12 characters.
fn text1() -> BoxedStrategy<String> {
    concat!(text_class!(), "{1,12}").boxed()
}

/// Optional text.
fn otext() -> BoxedStrategy<Option<String>> {
    opt(text()).boxed()
}

/// An `xs:date` in the given years.
fn date_in(years: RangeInclusive<u32>) -> BoxedStrategy<String> {
    (years, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .boxed()
}

fn odate() -> BoxedStrategy<Option<String>> {
    opt(date_in(2000..=2039)).boxed()
}

/// An `xs:dateTime` like `2024-01-02T03:04:05Z`.
fn date_time() -> BoxedStrategy<String> {
    (date_in(2000..=2039), 0u32..24, 0u32..60, 0u32..60)
        .prop_map(|(d, h, mi, s)| format!("{d}T{h:02}:{mi:02}:{s:02}Z"))
        .boxed()
}

fn code<T: CodeValue + Clone + Debug + 'static>(values: &'static [T]) -> BoxedStrategy<Code<T>> {
    select(values)
        .prop_map(|v| Code::new(v, Span::default()))
        .boxed()
}

/// A code of a list whose version the 3.0.0 XSD requires (`listVersionID`).
fn listed_code<T: CodeValue + Clone + Debug + 'static>(
    values: &'static [T],
    list_uri: &'static str,
    list_version: &'static str,
) -> BoxedStrategy<Code<T>> {
    code(values)
        .prop_map(move |mut c| {
            c.list_uri = Some(list_uri.to_owned());
            c.list_version_id = Some(list_version.to_owned());
            c
        })
        .boxed()
}

/// `x.y` (2.0, may be absent) or `x.y.z` (3.0.0, always present).
fn version_of(version: XdfVersion) -> BoxedStrategy<Option<Version>> {
    let parts = (0u32..10, 0u32..20, 0u32..20);
    match version {
        V2 => opt(parts.prop_map(|(a, b, _)| Version::new(format!("{a}.{b}")))).boxed(),
        V3 => parts
            .prop_map(|(a, b, c)| Some(Version::new(format!("{a}.{b}.{c}"))))
            .boxed(),
    }
}

prop_compose! {
    /// An identifikation with a random id of `kind` and a version.
    fn identifikation(version: XdfVersion, kind: IdKind)(
        n in 0..10u64.pow(version.id_digits() as u32),
        version_nr in version_of(version),
    ) -> Identifikation {
        let digits = version.id_digits();
        let id = ElementId::new(format!("{}{n:0digits$}", kind.letter()));
        Identifikation { id: Some(id), version: version_nr, span: Span::default() }
    }
}

/// A `bezug`: plain text in 2.0 (may be empty), non-empty text with optional link in 3.0.0.
fn bezug(version: XdfVersion) -> BoxedStrategy<Rechtsbezug> {
    match version {
        V2 => text()
            .prop_map(|text| Rechtsbezug { text, link: None })
            .boxed(),
        V3 => (text1(), opt(LINK))
            .prop_map(|(text, link)| Rechtsbezug { text, link })
            .boxed(),
    }
}

fn stichwort() -> impl Strategy<Value = Stichwort> {
    (text1(), LINK).prop_map(|(text, uri)| Stichwort {
        text,
        uri: Some(uri),
    })
}

prop_compose! {
    fn relation()(
        praedikat in listed_code(Praedikat::KNOWN, "urn:xoev-de:fim-datenfelder:codeliste:relation", "1.0"),
        objekt in select(RELATION_KINDS).prop_flat_map(|k| identifikation(V3, k)),
    ) -> Relation {
        Relation { praedikat: Some(praedikat), objekt, span: Span::default() }
    }
}

prop_compose! {
    /// 2.0 AllgemeineAngaben: identifikation, name, bezeichnungEingabe, beschreibung,
    /// definition, exactly one bezug and status; the rest optional.
    fn allgemeine_v2(kind: IdKind)(
        identifikation in identifikation(V2, kind),
        texts in (text1(), text(), text(), text(), bezug(V2)),
        status in code(Status::KNOWN),
        bezeichnung_ausgabe in otext(),
        gueltig in (opt(date_in(2000..=2019)), opt(date_in(2020..=2039))),
        fachlicher_ersteller in otext(),
        versionshinweis in otext(),
        freigabedatum in odate(),
        veroeffentlichungsdatum in odate(),
    ) -> Angaben {
        let (name, eingabe, beschreibung, definition, bezug) = texts;
        Angaben {
            identifikation, name: Some(name), bezeichnung_eingabe: Some(eingabe),
            bezeichnung_ausgabe, beschreibung: Some(beschreibung),
            definition: Some(definition), bezug: vec![bezug], status: Some(status),
            gueltig_ab: gueltig.0, gueltig_bis: gueltig.1, fachlicher_ersteller,
            versionshinweis, freigabedatum, veroeffentlichungsdatum,
            ..Angaben::default()
        }
    }
}

prop_compose! {
    /// 3.0.0 AllgemeineAngaben: identifikation, name, freigabestatus and letzteAenderung;
    /// the rest optional.
    fn allgemeine_v3(kind: IdKind)(
        identifikation in identifikation(V3, kind),
        name in text1(),
        beschreibung in otext(),
        definition in otext(),
        bezug in vec(bezug(V3), 0..=2),
        freigabestatus in listed_code(Freigabestatus::KNOWN, "urn:xoev-de:xprozess:codeliste:status", "2020-03-19"),
        status in (odate(), otext()),
        gueltig in (opt(date_in(2000..=2019)), opt(date_in(2020..=2039))),
        versionshinweis in otext(),
        veroeffentlichungsdatum in odate(),
        letzte_aenderung in date_time(),
        relation in vec(relation(), 0..=1),
        stichwort in vec(stichwort(), 0..=2),
    ) -> Angaben {
        Angaben {
            identifikation, name: Some(name), beschreibung, definition, bezug,
            freigabestatus: Some(freigabestatus), status_gesetzt_am: status.0,
            status_gesetzt_durch: status.1, gueltig_ab: gueltig.0, gueltig_bis: gueltig.1,
            versionshinweis, veroeffentlichungsdatum, letzte_aenderung: Some(letzte_aenderung),
            relation, stichwort,
            ..Angaben::default()
        }
    }
}

prop_compose! {
    /// 2.0 Schemaelementangaben: schemaelementart and both help texts added.
    fn element_v2(kind: IdKind, arten: &'static [Schemaelementart])(
        a in allgemeine_v2(kind),
        art in code(arten),
        hilfe in (text(), text()),
    ) -> Angaben {
        let (hilfetext_eingabe, hilfetext_ausgabe) = (Some(hilfe.0), Some(hilfe.1));
        Angaben { schemaelementart: Some(art), hilfetext_eingabe, hilfetext_ausgabe, ..a }
    }
}

prop_compose! {
    /// 3.0.0 Schemaelementangaben: bezeichnungEingabe and schemaelementart required.
    fn element_v3(kind: IdKind, arten: &'static [Schemaelementart])(
        a in allgemeine_v3(kind),
        bezeichnung in (text1(), otext()),
        art in code(arten),
        hilfe in (otext(), otext()),
    ) -> Angaben {
        Angaben {
            bezeichnung_eingabe: Some(bezeichnung.0), bezeichnung_ausgabe: bezeichnung.1,
            schemaelementart: Some(art), hilfetext_eingabe: hilfe.0, hilfetext_ausgabe: hilfe.1,
            ..a
        }
    }
}

/// Schemaelementangaben of a group or field; `nested` (inside a structure) excludes `ABS`.
fn element_angaben(version: XdfVersion, kind: IdKind, nested: bool) -> BoxedStrategy<Angaben> {
    let arten = if nested {
        NESTED_ARTEN
    } else {
        Schemaelementart::KNOWN
    };
    match version {
        V2 => element_v2(kind, arten).prop_map(ensure_rechtsbezug).boxed(),
        V3 => element_v3(kind, arten).prop_map(ensure_rechtsbezug).boxed(),
    }
}

/// An `RNG` element carries a non-blank legal reference.
fn ensure_rechtsbezug(mut a: Angaben) -> Angaben {
    let rng = a.schemaelementart.as_ref().map(|c| &c.value);
    if rng == Some(&Schemaelementart::Rechtsnormgebunden)
        && a.bezug.iter().all(|b| b.text.trim().is_empty())
    {
        let text = "§ 1 Abs. 1 FIMG".to_owned();
        match a.bezug.first_mut() {
            Some(b) => b.text = text,
            None => a.bezug.push(Rechtsbezug { text, link: None }),
        }
    }
    a
}

prop_compose! {
    fn rule_v2()(angaben in allgemeine_v2(IdKind::Rule), script in text()) -> Regel {
        Regel { angaben, script: Some(script), ..Regel::default() }
    }
}

prop_compose! {
    fn rule_v3()(
        identifikation in identifikation(V3, IdKind::Rule),
        texts in (text1(), otext(), otext(), otext(), otext()),
        bezug in vec(bezug(V3), 0..=1),
        stichwort in vec(stichwort(), 0..=1),
        letzte_aenderung in date_time(),
        typ in code(Regeltyp::KNOWN),
        param in vec((code(RegelParamTyp::KNOWN), TOKEN, TOKEN), 0..=1),
        ziel in vec((TOKEN, TOKEN), 0..=1),
        fehler in vec((text1(), "[1-9][0-9]{0,3}".prop_map(Some)), 0..=1),
    ) -> Regel {
        let (name, beschreibung, fachlicher_ersteller, freitext_regel, script) = texts;
        let angaben = Angaben {
            identifikation, name: Some(name), beschreibung, bezug, stichwort,
            fachlicher_ersteller, letzte_aenderung: Some(letzte_aenderung),
            ..Angaben::default()
        };
        let param = param.into_iter().map(|(typ, e, n)| {
            RegelParameter { typ: Some(typ), element: Some(e), name: Some(n) }
        });
        let ziel = ziel.into_iter().map(|(e, n)| RegelZiel { element: Some(e), name: Some(n) });
        let fehler = fehler.into_iter().map(|(text, code)| Fehlermeldung { text, code });
        Regel {
            angaben, freitext_regel, typ: Some(typ), param: param.collect(),
            ziel: ziel.collect(), script, fehler: fehler.collect(), span: Span::default(),
        }
    }
}

/// A Regel with a random id: `script` in 2.0; `typ`, `letzteAenderung` and friends in 3.0.0.
pub fn rule(version: XdfVersion) -> impl Strategy<Value = Regel> {
    match version {
        V2 => rule_v2().boxed(),
        V3 => rule_v3().boxed(),
    }
}

/// Raw material for a `praezisierung`: set?, minLength, extra length, low, range, pattern.
type PraezSpec = (bool, u64, u64, i64, i64, Option<&'static str>);

/// A `praezisierung` fitting `datentyp`: in 2.0 required (JSON text, maybe `""`), in 3.0.0
/// optional attributes (`raw` empty).
fn praezisierung(
    version: XdfVersion,
    datentyp: &Datentyp,
    spec: PraezSpec,
) -> Option<Praezisierung> {
    let (on, min_len, extra, low, range, pattern) = spec;
    let mut p = Praezisierung::default();
    match datentyp {
        _ if !on => {}
        Datentyp::Text | Datentyp::TextLatin => {
            (p.min_length, p.max_length) = (Some(min_len), Some(min_len + extra));
            p.pattern = pattern.map(str::to_owned);
        }
        Datentyp::Num | Datentyp::NumInt | Datentyp::NumCurrency => {
            (p.min_value, p.max_value) = (Some(low.to_string()), Some((low + range).to_string()));
        }
        Datentyp::Date => {
            p.min_value = Some(format!("{:04}-01-01", 2000 + low.rem_euclid(20)));
            p.max_value = Some(format!("{:04}-12-31", 2020 + range % 20));
        }
        _ => {}
    }
    if version == V3 {
        return (!p.is_empty()).then_some(p);
    }
    let entries = [
        ("minLength", p.min_length.map(|n| n.to_string())),
        ("maxLength", p.max_length.map(|n| n.to_string())),
        ("minValue", p.min_value.clone()),
        ("maxValue", p.max_value.clone()),
        ("pattern", p.pattern.clone()),
    ];
    let json = entries
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("\"{k}\":{}", serde_json::Value::String(v))))
        .collect::<Vec<_>>();
    if !json.is_empty() {
        p.raw = format!("{{{}}}", json.join(","));
    }
    Some(p)
}

/// A code list reference: `C` id plus genericode identification in 2.0; URN and version in 3.0.0.
fn codeliste_referenz(version: XdfVersion) -> BoxedStrategy<CodelisteReferenz> {
    (
        identifikation(V2, IdKind::Codeliste),
        URN,
        1u32..10,
        any::<bool>(),
    )
        .prop_map(move |(ident, urn, n, with_version)| match version {
            V2 => CodelisteReferenz {
                identifikation: Some(ident),
                canonical_version_uri: Some(format!("{urn}_{n}")),
                canonical_identification: Some(urn),
                version: Some(n.to_string()),
                span: Span::default(),
            },
            V3 => CodelisteReferenz {
                canonical_identification: Some(urn),
                version: with_version.then(|| n.to_string()),
                ..CodelisteReferenz::default()
            },
        })
        .boxed()
}

prop_compose! {
    /// A field with random ids; `nested` excludes `ABS`. Select and label fields are text,
    /// select fields have a code list (or, in 3.0.0, maybe a value list).
    fn field_raw(version: XdfVersion, nested: bool)(
        angaben in element_angaben(version, IdKind::Field, nested),
        feldart in code(if version == V2 { V2_FELDART } else { Feldart::KNOWN }),
        datentyp in code(if version == V2 { V2_DATENTYP } else { Datentyp::KNOWN }),
        on in any::<bool>(),
        spec in (0u64..5, 1u64..60, -1000i64..1000, 1i64..10_000, opt(select(PATTERNS))),
        label in text(),
        vorbefuellung in code(Vorbefuellung::KNOWN),
        codeliste in codeliste_referenz(version),
        werte in (any::<bool>(), vec((text1(), otext()), 1..=3)),
        media in (opt("[1-9][0-9]{0,6}"), vec(select(MEDIA_TYPES).prop_map(str::to_owned), 0..=2)),
        regeln in vec(rule(version), 0..=1),
    ) -> Datenfeld {
        let v3 = version == V3;
        let (select_field, label_field) =
            (feldart.value == Feldart::Select, feldart.value == Feldart::Label);
        let mut datentyp = datentyp;
        if select_field || label_field {
            datentyp.value = Datentyp::Text;
        }
        let spec = (on && !select_field && !label_field, spec.0, spec.1, spec.2, spec.3, spec.4);
        let mut f = Datenfeld {
            angaben,
            praezisierung: praezisierung(version, &datentyp.value, spec),
            inhalt: if label_field { Some(label) } else { (!v3).then(String::new) },
            vorbefuellung: v3.then_some(vorbefuellung),
            regeln,
            ..Datenfeld::default()
        };
        if select_field && v3 && werte.0 {
            let werte = werte.1.into_iter().zip(1usize..);
            let werte = werte.map(|((name, hilfe), i)| Wert { code: i.to_string(), name, hilfe });
            f.werte = Some(werte.collect());
        } else if select_field {
            f.codeliste_referenz = Some(codeliste);
        }
        if v3 && matches!(datentyp.value, Datentyp::File | Datentyp::Obj) {
            (f.max_size, f.media_type) = media;
        }
        (f.feldart, f.datentyp) = (Some(feldart), Some(datentyp));
        f
    }
}

/// `min:max` with `1 <= max`, `min <= max`, or `min:*`.
fn multiplicity() -> impl Strategy<Value = Multiplicity> {
    (0u32..=3, opt(0u32..=5)).prop_map(|(min, extra)| Multiplicity {
        min,
        max: extra.map(|e| min.max(1) + e),
    })
}

prop_compose! {
    fn struktur(version: XdfVersion, child: BoxedStrategy<Enthaelt>)(
        m in multiplicity(),
        bezug in vec(bezug(version), if version == V2 { 1..=1 } else { 0..=2 }),
        enthaelt in child,
    ) -> Struktur {
        let anzahl = Some(Anzahl::new(m.to_string()));
        Struktur { anzahl, bezug, enthaelt, span: Span::default() }
    }
}

/// A structure child: a field, or (if `depth > 0`) a group with up to `depth - 1` levels below.
fn child(version: XdfVersion, depth: usize) -> BoxedStrategy<Enthaelt> {
    let field = field_raw(version, true).prop_map(|f| Enthaelt::Field(Box::new(f)));
    match depth.checked_sub(1) {
        None => field.boxed(),
        Some(d) => {
            let group = group_raw(version, d, true).prop_map(|g| Enthaelt::Group(Box::new(g)));
            prop_oneof![3 => field, 1 => group].boxed()
        }
    }
}

fn group_raw(version: XdfVersion, depth: usize, nested: bool) -> BoxedStrategy<Datenfeldgruppe> {
    let art = match version {
        V2 => Just(None).boxed(),
        V3 => weighted(0.2, code(Gruppenart::KNOWN)).boxed(),
    };
    let angaben = element_angaben(version, IdKind::Group, nested);
    let struktur = vec(struktur(version, child(version, depth)), 1..=4);
    (angaben, art, vec(rule(version), 0..=1), struktur)
        .prop_map(|(angaben, art, regeln, mut struktur)| {
            if art.is_some() {
                // Exactly one child of an Auswahlgruppe is filled: each one is optional.
                for s in &mut struktur {
                    if let Some(m) = s.anzahl.as_ref().and_then(Anzahl::multiplicity) {
                        s.anzahl = Some(Anzahl::new(Multiplicity { min: 0, ..m }.to_string()));
                    }
                }
            }
            let span = Span::default();
            Datenfeldgruppe {
                angaben,
                art,
                regeln,
                struktur,
                span,
            }
        })
        .boxed()
}

prop_compose! {
    /// A schema with random ids and up to 3 levels of groups.
    fn schema_raw(version: XdfVersion)(
        angaben in match version {
            V2 => allgemeine_v2(IdKind::Schema).boxed(),
            V3 => allgemeine_v3(IdKind::Schema).boxed(),
        },
        texts in (text1(), otext()),
        ableitung in (code(AbleitungStruktur::KNOWN), code(AbleitungRepraesentation::KNOWN)),
        dokumentsteckbrief in identifikation(V3, IdKind::Dokumentsteckbrief),
        regeln in vec(rule(version), 0..=1),
        struktur in vec(struktur(version, child(version, 3)), 1..=4),
    ) -> Datenschema {
        let v3 = version == V3;
        Datenschema {
            angaben, bezeichnung: v3.then_some(texts.0), hilfetext: texts.1,
            ableitungsmodifikationen_struktur: Some(ableitung.0),
            ableitungsmodifikationen_repraesentation: Some(ableitung.1),
            dokumentsteckbrief: v3.then_some(dokumentsteckbrief),
            regeln, struktur, span: Span::default(),
        }
    }
}

/// Hands out unique ids `<letter><Nummernkreis><running number>` of one version's width.
#[derive(Debug, Clone)]
struct IdGen {
    nummernkreis: u32,
    next: u64,
    width: usize,
}

impl IdGen {
    fn id(&mut self, kind: IdKind) -> Option<ElementId> {
        let (nk, n, w) = (self.nummernkreis, self.next, self.width - 2);
        self.next += 1;
        Some(ElementId::new(format!("{}{nk:02}{n:0w$}", kind.letter())))
    }

    fn rules(&mut self, regeln: &mut [Regel]) {
        for r in regeln {
            r.angaben.identifikation.id = self.id(IdKind::Rule);
        }
    }

    fn field(&mut self, f: &mut Datenfeld) {
        f.angaben.identifikation.id = self.id(IdKind::Field);
        self.rules(&mut f.regeln);
    }

    fn group(&mut self, g: &mut Datenfeldgruppe) {
        g.angaben.identifikation.id = self.id(IdKind::Group);
        self.rules(&mut g.regeln);
        self.structure(&mut g.struktur);
    }

    fn structure(&mut self, struktur: &mut [Struktur]) {
        for s in struktur {
            match &mut s.enthaelt {
                Enthaelt::Group(g) => self.group(g),
                Enthaelt::Field(f) => self.field(f),
                Enthaelt::Missing => {}
            }
        }
    }
}

prop_compose! {
    /// Nummernkreis 00-16 (Bund, Länder), 60 (FIM-Baustein) or 99 (test); room for 10^5 ids.
    fn id_gen(version: XdfVersion)(
        nk in select(&[0u32, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 60, 99][..]),
        next in 0..10u64.pow(version.id_digits() as u32 - 2) - 100_000,
    ) -> IdGen {
        IdGen { nummernkreis: nk, next, width: version.id_digits() }
    }
}

/// A Datenfeld (any feldart valid for `version`) whose own and rules' ids are unique.
pub fn field(version: XdfVersion) -> impl Strategy<Value = Datenfeld> {
    (field_raw(version, false), id_gen(version)).prop_map(|(mut f, mut ids)| {
        ids.field(&mut f);
        f
    })
}

/// A Datenfeldgruppe with at most `depth` levels of groups below it (`0`: fields only), 1 to
/// 4 structure entries per group and unique ids throughout (so it never contains itself).
pub fn group(version: XdfVersion, depth: usize) -> impl Strategy<Value = Datenfeldgruppe> {
    (group_raw(version, depth, false), id_gen(version)).prop_map(|(mut g, mut ids)| {
        ids.group(&mut g);
        g
    })
}

/// A Datenschema with 1 to 4 structure entries, up to 3 levels of groups and unique ids.
pub fn schema(version: XdfVersion) -> impl Strategy<Value = Datenschema> {
    (schema_raw(version), id_gen(version)).prop_map(|(mut s, mut ids)| {
        s.angaben.identifikation.id = ids.id(IdKind::Schema);
        ids.rules(&mut s.regeln);
        ids.structure(&mut s.struktur);
        s
    })
}

prop_compose! {
    fn header()(
        id in "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
        zeitpunkt in date_time(),
    ) -> Header {
        let (nachricht_id, erstellungszeitpunkt) = (Some(id), Some(zeitpunkt));
        Header { nachricht_id, erstellungszeitpunkt, ..Header::default() }
    }
}

/// A message of `version`: a Stammdatenschema, Datenfeldgruppe or Datenfeld message with a
/// header (`nachrichtID`, `erstellungszeitpunkt`).
pub fn message(version: XdfVersion) -> impl Strategy<Value = Message> {
    let content = prop_oneof![
        schema(version).prop_map(|s| (MessageKind::Stammdatenschema, Content::Schema(Box::new(s)))),
        group(version, 2).prop_map(|g| (MessageKind::Datenfeldgruppe, Content::Group(Box::new(g)))),
        field(version).prop_map(|f| (MessageKind::Datenfeld, Content::Field(Box::new(f)))),
    ];
    (header(), content).prop_map(move |(header, (kind, content))| {
        let span = Span::default();
        Message {
            version,
            kind,
            header,
            content,
            namespaces: Vec::new(),
            root_attributes: Vec::new(),
            comments: Vec::new(),
            span,
        }
    })
}

/// A message of either version (see [`message`]).
pub fn any_message() -> impl Strategy<Value = Message> {
    prop_oneof![message(V2), message(V3)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ElementRef;
    use crate::walk::{contains_itself, counts, walk};
    use std::collections::HashSet;

    fn check_ident(i: &Identifikation, v: XdfVersion, kind: IdKind) {
        let id = i.id.as_ref().expect("id present");
        assert!(id.is_well_formed(), "{id}");
        assert_eq!(id.digit_count(), Some(v.id_digits()), "{id}");
        assert_eq!(id.kind(), Some(kind), "{id}");
        let parts = i
            .version
            .as_ref()
            .map(|ver| ver.number().map(|n| n.patch.map_or(2, |_| 3)));
        match v {
            V2 => assert!(matches!(parts, None | Some(Some(2))), "{parts:?}"),
            V3 => assert_eq!(parts, Some(Some(3))),
        }
    }

    fn known<T: CodeValue>(c: &Option<Code<T>>) -> bool {
        c.as_ref().is_none_or(|c| c.value.is_known())
    }

    fn is_date(s: &str) -> bool {
        s.len() == 10
            && s.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            })
    }

    fn is_date_time(s: &str) -> bool {
        s.len() == 20 && s.get(..10).is_some_and(is_date) && s.get(10..11) == Some("T")
    }

    fn xml_text(s: &str) -> bool {
        s.chars()
            .all(|c| matches!(c, '\t' | '\n' | '\r') || !c.is_control())
    }

    fn check_angaben(a: &Angaben, v: XdfVersion, kind: IdKind, nested: bool) {
        check_ident(&a.identifikation, v, kind);
        assert!(a.name.is_some());
        let texts = [
            &a.name,
            &a.beschreibung,
            &a.definition,
            &a.bezeichnung_eingabe,
        ];
        assert!(texts.iter().all(|t| t.as_deref().is_none_or(xml_text)));
        let dates = [
            &a.gueltig_ab,
            &a.gueltig_bis,
            &a.freigabedatum,
            &a.status_gesetzt_am,
        ];
        assert!(dates.iter().all(|d| d.as_deref().is_none_or(is_date)));
        assert!(known(&a.status) && known(&a.freigabestatus) && known(&a.schemaelementart));
        let element = matches!(kind, IdKind::Group | IdKind::Field);
        assert_eq!(a.schemaelementart.is_some(), element);
        match v {
            V2 => {
                assert!(a.status.is_some() && a.bezeichnung_eingabe.is_some());
                assert!(a.beschreibung.is_some() && a.definition.is_some());
                assert_eq!(a.bezug.len(), 1);
                assert!(a.bezug.iter().all(|b| b.link.is_none()));
                assert!(a.freigabestatus.is_none() && a.letzte_aenderung.is_none());
                assert!(a.status_gesetzt_am.is_none() && a.status_gesetzt_durch.is_none());
                assert!(a.relation.is_empty() && a.stichwort.is_empty());
                assert_eq!(
                    element,
                    a.hilfetext_eingabe.is_some() && a.hilfetext_ausgabe.is_some()
                );
            }
            V3 => {
                assert!(a.status.is_none() && a.freigabedatum.is_none());
                assert_eq!(a.freigabestatus.is_some(), kind != IdKind::Rule);
                assert!(kind == IdKind::Rule || a.fachlicher_ersteller.is_none());
                assert!(a.letzte_aenderung.as_deref().is_some_and(is_date_time));
                assert!(a.bezug.iter().all(|b| !b.text.is_empty()));
                assert_eq!(element, a.bezeichnung_eingabe.is_some());
                for r in &a.relation {
                    assert!(known(&r.praedikat) && r.praedikat.is_some());
                    let k = r.objekt.id.as_ref().and_then(ElementId::kind);
                    let k = k.expect("kind");
                    check_ident(&r.objekt, v, k);
                }
            }
        }
        if let Some(art) = &a.schemaelementart {
            assert!(!nested || art.value != Schemaelementart::Abstrakt);
            if art.value == Schemaelementart::Rechtsnormgebunden {
                assert!(a.bezug.iter().any(|b| !b.text.trim().is_empty()));
            }
        }
    }

    fn check_field(f: &Datenfeld, v: XdfVersion, nested: bool) {
        check_angaben(&f.angaben, v, IdKind::Field, nested);
        let feldart = &f.feldart.as_ref().expect("feldart").value;
        let datentyp = &f.datentyp.as_ref().expect("datentyp").value;
        assert!(feldart.is_known() && datentyp.is_known());
        let p = f.praezisierung.clone().unwrap_or_default();
        assert!(p.min_length <= p.max_length);
        let select = *feldart == Feldart::Select;
        assert_eq!(select, f.codeliste_referenz.is_some() || f.werte.is_some());
        match v {
            V2 => {
                assert!(V2_FELDART.contains(feldart) && V2_DATENTYP.contains(datentyp));
                assert!(f.praezisierung.is_some() && f.inhalt.is_some());
                assert!(f.vorbefuellung.is_none() && f.werte.is_none() && f.max_size.is_none());
                assert!(f.code_key.is_none() && f.media_type.is_empty());
                if p.raw.is_empty() {
                    assert!(p.is_empty());
                } else {
                    let json: serde_json::Value = serde_json::from_str(&p.raw).expect("json");
                    let get = |k: &str| json.get(k).and_then(|x| x.as_str()).map(str::to_owned);
                    assert_eq!(get("minLength"), p.min_length.map(|n| n.to_string()));
                    assert_eq!(get("maxLength"), p.max_length.map(|n| n.to_string()));
                    assert_eq!(
                        (get("minValue"), get("maxValue")),
                        (p.min_value, p.max_value)
                    );
                    assert_eq!(get("pattern"), p.pattern);
                }
                if let Some(cl) = &f.codeliste_referenz {
                    let ident = cl.identifikation.as_ref().expect("C id");
                    check_ident(ident, v, IdKind::Codeliste);
                }
            }
            V3 => {
                assert!(f.vorbefuellung.is_some() && known(&f.vorbefuellung));
                assert!(p.raw.is_empty());
                assert!(f.praezisierung.as_ref().is_none_or(|p| !p.is_empty()));
                assert!(f
                    .codeliste_referenz
                    .iter()
                    .all(|c| c.identifikation.is_none()));
            }
        }
    }

    fn check_rule(r: &Regel, v: XdfVersion) {
        check_angaben(&r.angaben, v, IdKind::Rule, true);
        match v {
            V2 => {
                assert!(r.script.is_some() && r.typ.is_none() && r.freitext_regel.is_none());
                assert!(r.param.is_empty() && r.ziel.is_empty() && r.fehler.is_empty());
            }
            V3 => {
                assert!(r.typ.is_some() && known(&r.typ));
                assert!(r.param.iter().all(|p| known(&p.typ)));
            }
        }
    }

    fn check_struktur(s: &Struktur, v: XdfVersion) {
        let m = s
            .anzahl
            .as_ref()
            .and_then(Anzahl::multiplicity)
            .expect("anzahl");
        assert!(m.max.is_none_or(|max| m.min <= max && max >= 1), "{m}");
        assert!(v == V3 || s.bezug.len() == 1);
    }

    fn check_message(m: &Message) {
        let v = m.version;
        assert!(m.header.nachricht_id.is_some());
        assert!(m
            .header
            .erstellungszeitpunkt
            .as_deref()
            .is_some_and(is_date_time));
        let root = m.root().expect("schema, group or field");
        let expected = match root {
            ElementRef::Schema(_) => MessageKind::Stammdatenschema,
            ElementRef::Group(_) => MessageKind::Datenfeldgruppe,
            _ => MessageKind::Datenfeld,
        };
        assert_eq!(m.kind, expected);
        let mut ids = HashSet::new();
        let mut visits = 0;
        walk(root, |visit| {
            assert!(!visit.cycle);
            let nested = visit.via.is_some();
            if let Some(s) = visit.via {
                check_struktur(s, v);
            }
            match visit.element {
                ElementRef::Schema(s) => {
                    check_angaben(&s.angaben, v, IdKind::Schema, false);
                    assert!(known(&s.ableitungsmodifikationen_struktur));
                    assert!(s.ableitungsmodifikationen_repraesentation.is_some());
                    assert_eq!(v == V3, s.bezeichnung.is_some());
                    match &s.dokumentsteckbrief {
                        Some(d) => check_ident(d, v, IdKind::Dokumentsteckbrief),
                        None => assert_eq!(v, V2),
                    }
                    assert!(!s.struktur.is_empty());
                }
                ElementRef::Group(g) => {
                    check_angaben(&g.angaben, v, IdKind::Group, nested);
                    assert!(!g.struktur.is_empty() && known(&g.art));
                    assert!(v == V3 || g.art.is_none());
                }
                ElementRef::Field(f) => check_field(f, v, nested),
                ElementRef::Rule(r) => check_rule(r, v),
            }
            visits += 1;
            ids.insert(visit.element.angaben().identifikation.id.clone());
        });
        assert_eq!(ids.len(), visits, "ids are unique");
        assert_eq!(counts(root).cycles, 0);
        if let Content::Group(g) = &m.content {
            assert!(!contains_itself(g));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn generated_messages_are_valid(m in any_message()) {
            check_message(&m);
        }

        #[test]
        fn groups_respect_depth(g in group(V3, 1)) {
            let mut deepest = [0, 0];
            walk(ElementRef::Group(&g), |v| match v.element {
                ElementRef::Group(_) => deepest[0] = deepest[0].max(v.depth),
                ElementRef::Field(_) => deepest[1] = deepest[1].max(v.depth),
                _ => {}
            });
            prop_assert!(deepest[0] <= 1 && deepest[1] <= 2, "{deepest:?}");
            prop_assert!(!contains_itself(&g));
        }
    }

    #[test]
    fn all_kinds_and_versions_occur() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let mut seen = HashSet::new();
        for _ in 0..100 {
            let m = any_message().new_tree(&mut runner).expect("tree").current();
            seen.insert((m.version, m.kind));
        }
        assert_eq!(seen.len(), 6, "{seen:?}");
    }
}
