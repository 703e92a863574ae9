//! Conversion 3.0.0 -> 2.0.

use super::values::{
    bezug_up, freigabestatus_for, narrow_id, praezisierung_json, rewrite_ids_in_text, status_for,
};
use super::*;
use crate::codes::{CodeValue, Datentyp, Feldart, Freigabestatus, Regeltyp, Status, Vorbefuellung};
use crate::model::{
    CodelisteMessage, CodelisteReferenz, Content, Datenfeld, Datenfeldgruppe, Datenschema,
    Dokumentsteckbrief, Enthaelt, Header, Identifikation, MessageKind, Praezisierung, Rechtsbezug,
    Regel, Struktur,
};

/// Converts a 3.0.0 message to 2.0 (a 2.0 message is returned unchanged).
pub fn to_v2(message: &Message, options: &ConvertOptions) -> Result<Conversion, ConvertError> {
    check_options(options)?;
    if message.version == XdfVersion::V2 {
        return Ok(Conversion {
            message: message.clone(),
            warnings: Vec::new(),
        });
    }
    if message.kind == MessageKind::Uebersetzung {
        return Err(ConvertError::UebersetzungInV2);
    }
    let mut down = Down {
        o: options,
        erstellungszeitpunkt: message.header.erstellungszeitpunkt.clone(),
        warnings: Vec::new(),
    };
    let h = &message.header;
    let lost = [
        ("produktbezeichnung", h.produktbezeichnung.is_some()),
        ("produkthersteller", h.produkthersteller.is_some()),
        ("produktversion", h.produktversion.is_some()),
        ("datenqualitaet", h.datenqualitaet.is_some()),
    ];
    for (name, present) in lost {
        if present {
            header_warning(
                &mut down.warnings,
                &format!("`{name}` gibt es im 2.0-Nachrichtenkopf nicht und entfällt."),
            );
        }
    }
    let header = Header {
        nachricht_id: h.nachricht_id.clone(),
        erstellungszeitpunkt: h.erstellungszeitpunkt.clone(),
        referenz_id: h.referenz_id.clone(),
        span: h.span,
        ..Header::default()
    };
    let content = match &message.content {
        Content::Schema(s) => Content::Schema(Box::new(down.schema(s))),
        Content::Group(g) => Content::Group(Box::new(down.group(g))),
        Content::Field(f) => Content::Field(Box::new(down.field(f))),
        Content::Dokumentsteckbrief(d) => {
            Content::Dokumentsteckbrief(Box::new(down.dokumentsteckbrief(d)))
        }
        Content::Codeliste(c) => Content::Codeliste(Box::new(down.codeliste(c))),
        Content::Uebersetzung(_) => return Err(ConvertError::UebersetzungInV2),
        Content::Missing => Content::Missing,
    };
    Ok(Conversion {
        message: Message {
            version: XdfVersion::V2,
            kind: message.kind,
            header,
            content,
            namespaces: root_namespaces(message),
            root_attributes: root_attributes(message, &mut down.warnings),
            comments: message.comments.clone(),
            span: message.span,
        },
        warnings: dedup(down.warnings),
    })
}

/// The C id put into a 2.0 code list reference that 3.0.0 gave none (2.0 requires one).
const CODELISTE_PLATZHALTER: &str = "C00000000";

/// Conversion 3.0.0 -> 2.0.
struct Down<'o> {
    o: &'o ConvertOptions,
    erstellungszeitpunkt: Option<String>,
    warnings: Vec<ConvertWarning>,
}

impl Down<'_> {
    fn warn(&mut self, a: &Angaben, span: Span, message: String) {
        self.warnings.push(ConvertWarning {
            element: key(a),
            span,
            message,
        });
    }

    fn identifikation(
        &mut self,
        i: &Identifikation,
        owner: &Angaben,
        span: Span,
    ) -> Identifikation {
        let id = i.id.as_ref().map(|id| {
            let (narrowed, lost) = narrow_id(id.as_str(), &self.o.unternummernkreis);
            if let Some(lost) = lost {
                self.warn(
                    owner,
                    span,
                    format!(
                        "Der Unternummernkreis `{lost}` der Id `{id}` passt in keine 2.0-Id und \
                         entfällt (`{narrowed}`); verschiedene Elemente können so dieselbe Id \
                         erhalten."
                    ),
                );
            }
            ElementId::new(narrowed)
        });
        let version = i.version.as_ref().map(|v| match v.number() {
            Some(n) => {
                let short = Version::new(format!("{}.{}", n.major, n.minor));
                match n.patch {
                    Some(0) => match v.as_str().rsplit_once('.') {
                        Some((head, _)) => Version::new(head),
                        None => short,
                    },
                    Some(p) => {
                        self.warn(
                            owner,
                            span,
                            format!(
                                "Die Version `{v}` hat einen dritten Teil ({p}), den 2.0 nicht \
                                 kennt; sie wird zu `{short}`."
                            ),
                        );
                        short
                    }
                    None => v.clone(),
                }
            }
            None => {
                self.warn(
                    owner,
                    span,
                    format!("Die Version `{v}` ist keine Versionsnummer und bleibt unverändert."),
                );
                v.clone()
            }
        });
        Identifikation {
            id,
            version,
            span: i.span,
        }
    }

    fn bezug(&mut self, bezug: &[Rechtsbezug], owner: &Angaben, span: Span) -> Vec<Rechtsbezug> {
        for b in bezug {
            if let Some(link) = &b.link {
                self.warn(
                    owner,
                    span,
                    format!(
                        "Der Link `{link}` des Rechtsbezugs „{}“ entfällt (2.0 kennt keine \
                         Links).",
                        b.text
                    ),
                );
            }
        }
        let text = bezug
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let out = vec![Rechtsbezug { text, link: None }];
        let back = bezug_up(&out, self.o.split_bezug);
        let unlinked: Vec<Rechtsbezug> = bezug
            .iter()
            .map(|b| Rechtsbezug {
                text: b.text.clone(),
                link: None,
            })
            .collect();
        if back != unlinked {
            let list = unlinked
                .iter()
                .map(|b| format!("„{}“", b.text))
                .collect::<Vec<_>>()
                .join(", ");
            self.warn(
                owner,
                span,
                format!(
                    "Die Rechtsbezüge {list} werden in 2.0 zu einem Text zusammengefasst, der \
                     sich nicht wieder genau so aufteilen lässt."
                ),
            );
        }
        out
    }

    fn angaben(&mut self, a: &Angaben, kind: Kind, span: Span) -> Angaben {
        let mut n = Angaben {
            identifikation: self.identifikation(&a.identifikation, a, span),
            name: req_text(&a.name),
            bezeichnung_eingabe: Some(String::new()),
            bezeichnung_ausgabe: opt_text(&a.bezeichnung_ausgabe),
            beschreibung: req_text(&a.beschreibung),
            definition: req_text(&a.definition),
            gueltig_ab: a.gueltig_ab.clone(),
            gueltig_bis: a.gueltig_bis.clone(),
            versionshinweis: a.versionshinweis.clone(),
            veroeffentlichungsdatum: a.veroeffentlichungsdatum.clone(),
            ..Angaben::default()
        };
        n.bezug = self.bezug(&a.bezug, a, span);
        match kind {
            Kind::Rule => {
                n.fachlicher_ersteller = a.fachlicher_ersteller.clone();
                n.status = Some(with_list(
                    &Code::new(Status::Aktiv, Span::default()),
                    STATUS_URI,
                    "1.0",
                ));
            }
            _ => {
                n.fachlicher_ersteller = a.status_gesetzt_durch.clone();
                n.freigabedatum = a
                    .status_gesetzt_am
                    .clone()
                    .or_else(|| a.freigabedatum.clone());
                if a.fachlicher_ersteller.is_some() {
                    self.lost(a, span, "fachlicherErsteller", &a.fachlicher_ersteller);
                }
                let fs = a.freigabestatus.as_ref();
                let status = fs.map_or(Status::InVorbereitung, |c| status_for(&c.value));
                let back = freigabestatus_for(
                    &status,
                    n.identifikation.version.is_some(),
                    opt_text(&n.freigabedatum).is_some(),
                );
                match fs {
                    Some(c) if c.value != back => self.warn(
                        a,
                        span,
                        format!(
                            "Den Freigabestatus {} ({}) kennt 2.0 nicht; er wird zum Status \
                             `{status}` (zurück nach 3.0.0 ergibt das {back}).",
                            c.value,
                            freigabestatus_name(&c.value)
                        ),
                    ),
                    Some(_) => {}
                    None => self.warn(
                        a,
                        span,
                        "Der Freigabestatus fehlt; als Status wird `inVorbereitung` gesetzt."
                            .to_owned(),
                    ),
                }
                let span_fs = fs.map_or(Span::default(), |c| c.span);
                n.status = Some(with_list(&Code::new(status, span_fs), STATUS_URI, "1.0"));
                if kind.is_element() {
                    n.bezeichnung_eingabe = req_text(&a.bezeichnung_eingabe);
                    n.hilfetext_eingabe = req_text(&a.hilfetext_eingabe);
                    n.hilfetext_ausgabe = req_text(&a.hilfetext_ausgabe);
                    n.schemaelementart = a
                        .schemaelementart
                        .as_ref()
                        .map(|c| with_list(c, SCHEMAELEMENTART_URI, "1.0"));
                }
            }
        }
        if kind == Kind::Rule {
            for (name, v) in [
                ("statusGesetztAm", &a.status_gesetzt_am),
                ("statusGesetztDurch", &a.status_gesetzt_durch),
                ("definition", &a.definition),
            ] {
                self.lost(a, span, name, v);
            }
            if let Some(fs) = &a.freigabestatus {
                self.warn(
                    a,
                    span,
                    format!(
                        "Der Freigabestatus {} einer Regel entfällt (2.0: Status `aktiv`).",
                        fs.value
                    ),
                );
            }
        }
        if let Some(l) = &a.letzte_aenderung {
            if Some(l) != self.erstellungszeitpunkt.as_ref() {
                self.warn(
                    a,
                    span,
                    format!(
                        "`letzteAenderung` ({l}) gibt es in 2.0 nicht und entfällt (zurück \
                         nach 3.0.0 gilt der Erstellungszeitpunkt der Nachricht)."
                    ),
                );
            }
        }
        for r in &a.relation {
            let praedikat = r.praedikat.as_ref().map_or("?", |p| p.value.code());
            self.warn(
                a,
                span,
                format!(
                    "Die Relation {praedikat} zu {} entfällt (2.0 kennt keine Relationen).",
                    r.objekt.label()
                ),
            );
        }
        for s in &a.stichwort {
            self.warn(
                a,
                span,
                format!(
                    "Das Stichwort „{}“ entfällt (2.0 kennt keine Stichwörter).",
                    s.text
                ),
            );
        }
        if !kind.is_element() {
            for (name, v) in [
                ("bezeichnungEingabe", &a.bezeichnung_eingabe),
                ("hilfetextEingabe", &a.hilfetext_eingabe),
                ("hilfetextAusgabe", &a.hilfetext_ausgabe),
            ] {
                self.lost(a, span, name, v);
            }
            if let Some(art) = &a.schemaelementart {
                self.warn(
                    a,
                    span,
                    format!("Die Schemaelementart {} entfällt hier in 2.0.", art.value),
                );
            }
        }
        for raw in &a.unknown {
            self.warn(
                a,
                span,
                format!(
                    "Das unbekannte Element `{}` wird nicht übernommen.",
                    raw.name
                ),
            );
        }
        n
    }

    fn lost(&mut self, a: &Angaben, span: Span, name: &str, value: &Option<String>) {
        if let Some(v) = opt_text(value) {
            self.warn(
                a,
                span,
                format!("`{name}` gibt es hier in 2.0 nicht; der Wert „{v}“ entfällt."),
            );
        }
    }

    fn schema(&mut self, s: &Datenschema) -> Datenschema {
        let a = &s.angaben;
        let mut angaben = self.angaben(a, Kind::Schema, s.span);
        angaben.bezeichnung_eingabe = req_text(&s.bezeichnung);
        if let Some(d) = &s.dokumentsteckbrief {
            let default = d.id.as_ref() == Some(&self.o.dokumentsteckbrief) && d.version.is_none();
            if !default {
                self.warn(
                    a,
                    s.span,
                    format!(
                        "Der Verweis auf den Dokumentsteckbrief {} entfällt (2.0 kennt ihn \
                         nicht).",
                        d.label()
                    ),
                );
            }
        }
        Datenschema {
            angaben,
            bezeichnung: None,
            hilfetext: s.hilfetext.clone(),
            ableitungsmodifikationen_struktur: s
                .ableitungsmodifikationen_struktur
                .as_ref()
                .map(|c| with_list(c, STRUKTUR_URI, "1.0")),
            ableitungsmodifikationen_repraesentation: s
                .ableitungsmodifikationen_repraesentation
                .as_ref()
                .map(|c| with_list(c, REPRAESENTATION_URI, "1.0")),
            dokumentsteckbrief: None,
            regeln: s.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur: self.strukturen(&s.struktur, a, s.span),
            span: s.span,
        }
    }

    fn strukturen(&mut self, s: &[Struktur], owner: &Angaben, span: Span) -> Vec<Struktur> {
        s.iter()
            .map(|e| Struktur {
                anzahl: e.anzahl.clone(),
                bezug: self.bezug(&e.bezug, owner, span),
                enthaelt: match &e.enthaelt {
                    Enthaelt::Group(g) => Enthaelt::Group(Box::new(self.group(g))),
                    Enthaelt::Field(f) => Enthaelt::Field(Box::new(self.field(f))),
                    Enthaelt::Missing => Enthaelt::Missing,
                },
                span: e.span,
            })
            .collect()
    }

    fn group(&mut self, g: &Datenfeldgruppe) -> Datenfeldgruppe {
        let angaben = self.angaben(&g.angaben, Kind::Group, g.span);
        if let Some(art) = &g.art {
            self.warn(
                &g.angaben,
                g.span,
                format!(
                    "Die Gruppenart {} (Auswahlgruppe: genau ein Unterelement) gibt es in 2.0 \
                     nicht und entfällt.",
                    art.value
                ),
            );
        }
        Datenfeldgruppe {
            angaben,
            art: None,
            regeln: g.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur: self.strukturen(&g.struktur, &g.angaben, g.span),
            span: g.span,
        }
    }

    fn field(&mut self, f: &Datenfeld) -> Datenfeld {
        let a = &f.angaben;
        let angaben = self.angaben(a, Kind::Field, f.span);
        let feldart = f.feldart.as_ref().map(|c| {
            let value = match &c.value {
                Feldart::Hidden | Feldart::Locked => {
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "Die Feldart `{}` gibt es in 2.0 nicht; sie wird zu `input`.",
                            c.value
                        ),
                    );
                    Feldart::Input
                }
                other => other.clone(),
            };
            with_list(&Code::new(value, c.span), FELDART_URI, "1.0")
        });
        let datentyp = f.datentyp.as_ref().map(|c| {
            let value = match &c.value {
                Datentyp::TextLatin | Datentyp::Time | Datentyp::DateTime => {
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "Den Datentyp `{}` gibt es in 2.0 nicht; er wird zu `text`.",
                            c.value
                        ),
                    );
                    Datentyp::Text
                }
                other => other.clone(),
            };
            with_list(&Code::new(value, c.span), DATENTYP_URI, "1.0")
        });
        let praezisierung = match &f.praezisierung {
            Some(p) => {
                if !blank(&p.raw) {
                    self.warn(
                        a,
                        f.span,
                        format!("Der Text „{}“ der Präzisierung entfällt.", p.raw.trim()),
                    );
                }
                for (k, v) in &p.unparsed {
                    self.warn(
                        a,
                        f.span,
                        format!("Die Präzisierung `{k}`: `{v}` entfällt."),
                    );
                }
                let mut n = Praezisierung {
                    unparsed: Vec::new(),
                    ..p.clone()
                };
                n.raw = praezisierung_json(&n);
                n
            }
            None => Praezisierung::default(),
        };
        if let Some(v) = &f.vorbefuellung {
            if v.value != Vorbefuellung::Keine {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Vorbefüllung `{}` gibt es in 2.0 nicht und entfällt.",
                        v.value
                    ),
                );
            }
        }
        if let Some(werte) = &f.werte {
            let list = werte
                .iter()
                .map(|w| format!("{}={}", w.code, w.name))
                .collect::<Vec<_>>()
                .join(", ");
            let count = match werte.len() {
                1 => "1 Eintrag".to_owned(),
                n => format!("{n} Einträge"),
            };
            self.warn(
                a,
                f.span,
                format!(
                    "Die Werteliste ({count}: {list}) gibt es in 2.0 nicht und entfällt; 2.0 \
                     verlangt dafür eine Codeliste."
                ),
            );
        }
        let codeliste_referenz = f.codeliste_referenz.as_ref().map(|c| {
            let mut n = CodelisteReferenz {
                identifikation: c.identifikation.clone(),
                ..c.clone()
            };
            if n.identifikation.is_none() {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "2.0 verlangt für die Codeliste eine Kennung (C-Id), die 3.0.0 nicht \
                         kennt; der Platzhalter `{CODELISTE_PLATZHALTER}` wurde eingesetzt und \
                         muss durch die Id der Codeliste im Repository ersetzt werden."
                    ),
                );
                n.identifikation = Some(Identifikation {
                    id: Some(ElementId::new(CODELISTE_PLATZHALTER)),
                    version: None,
                    span: Span::default(),
                });
            }
            if n.canonical_version_uri.is_none() {
                if let (Some(urn), Some(v)) = (&n.canonical_identification, &n.version) {
                    let uri = format!("{urn}_{v}");
                    self.warn(
                        a,
                        f.span,
                        format!(
                            "2.0 verlangt die `canonicalVersionUri` der Codeliste; sie wurde als \
                             `{uri}` ergänzt."
                        ),
                    );
                    n.canonical_version_uri = Some(uri);
                }
            }
            if n.canonical_identification.is_none() || n.version.is_none() {
                self.warn(
                    a,
                    f.span,
                    "2.0 verlangt URN und Version der Codeliste; sie fehlen und wurden leer \
                     angelegt."
                        .to_owned(),
                );
                for slot in [
                    &mut n.canonical_identification,
                    &mut n.version,
                    &mut n.canonical_version_uri,
                ] {
                    slot.get_or_insert_with(String::new);
                }
            }
            n
        });
        for (name, v) in [
            ("codeKey", &f.code_key),
            ("nameKey", &f.name_key),
            ("helpKey", &f.help_key),
            ("maxSize", &f.max_size),
        ] {
            self.lost(a, f.span, name, v);
        }
        for m in &f.media_type {
            self.warn(
                a,
                f.span,
                format!("Der Medientyp `{m}` entfällt (2.0 kennt keine Medientypen)."),
            );
        }
        Datenfeld {
            angaben,
            feldart,
            datentyp,
            praezisierung: Some(praezisierung),
            inhalt: req_text(&f.inhalt),
            codeliste_referenz,
            regeln: f.regeln.iter().map(|r| self.rule(r)).collect(),
            span: f.span,
            ..Datenfeld::default()
        }
    }

    fn rule(&mut self, r: &Regel) -> Regel {
        let a = &r.angaben;
        let mut angaben = self.angaben(a, Kind::Rule, r.span);
        let unk = &self.o.unternummernkreis;
        angaben.definition = Some(
            r.freitext_regel
                .as_deref()
                .map(|t| rewrite_ids_in_text(t, unk, false))
                .unwrap_or_default(),
        );
        let script = r
            .script
            .as_deref()
            .map(|t| rewrite_ids_in_text(t, unk, false))
            .unwrap_or_default();
        if let Some(t) = &r.typ {
            if t.value != Regeltyp::Kontext {
                self.warn(
                    a,
                    r.span,
                    format!(
                        "Der Regeltyp {} entfällt (2.0 kennt keine Regeltypen).",
                        t.value
                    ),
                );
            }
        }
        for p in &r.param {
            self.warn(
                a,
                r.span,
                format!(
                    "Der Parameter `{}` ({}) entfällt (2.0 kennt keine Regelparameter).",
                    p.name.as_deref().unwrap_or("?"),
                    p.element.as_deref().unwrap_or("?")
                ),
            );
        }
        for z in &r.ziel {
            self.warn(
                a,
                r.span,
                format!(
                    "Das Ziel `{}` ({}) entfällt (2.0 kennt keine Regelziele).",
                    z.name.as_deref().unwrap_or("?"),
                    z.element.as_deref().unwrap_or("?")
                ),
            );
        }
        for e in &r.fehler {
            self.warn(
                a,
                r.span,
                format!(
                    "Die Fehlermeldung „{}“ entfällt (2.0 kennt keine Fehlermeldungen).",
                    e.text
                ),
            );
        }
        Regel {
            angaben,
            script: Some(script),
            span: r.span,
            ..Regel::default()
        }
    }

    fn dokumentsteckbrief(&mut self, d: &Dokumentsteckbrief) -> Dokumentsteckbrief {
        let a = &d.angaben;
        let mut angaben = self.angaben(a, Kind::Dokumentsteckbrief, d.span);
        angaben.bezeichnung_eingabe = req_text(&d.bezeichnung);
        // 2.0 holds the Dokumentart as free text: the code stays; the list URI is fixed by the
        // 3.0.0 XSD and the list version describes the code list, not this document.
        let dokumentart = d
            .dokumentart
            .as_ref()
            .map(|art| Code::new(art.value.clone(), art.span));
        Dokumentsteckbrief {
            angaben,
            ist_abstrakt: d.ist_abstrakt.clone(),
            dokumentart,
            bezeichnung: None,
            hilfetext: d.hilfetext.clone(),
            span: d.span,
        }
    }

    fn codeliste(&mut self, c: &CodelisteMessage) -> CodelisteMessage {
        self.warn(
            &c.angaben,
            c.span,
            "Eine 2.0-Codelisten-Nachricht verlangt Kennung, Name, Status und \
             genericode-Identifikation der Codeliste; 3.0.0 hat nur das genericode-Dokument, \
             diese Angaben fehlen."
                .to_owned(),
        );
        CodelisteMessage {
            genericode: c.genericode.clone(),
            span: c.span,
            ..CodelisteMessage::default()
        }
    }
}

/// The German name of a Freigabestatus code.
fn freigabestatus_name(f: &Freigabestatus) -> &'static str {
    use Freigabestatus::*;
    match f {
        InPlanung => "in Planung",
        InBearbeitung => "in Bearbeitung",
        Entwurf => "Entwurf",
        MethodischFreigegeben => "methodisch freigegeben",
        FachlichFreigegebenSilber => "fachlich freigegeben (silber)",
        FachlichFreigegebenGold => "fachlich freigegeben (gold)",
        Inaktiv => "inaktiv",
        VorgesehenZumLoeschen => "vorgesehen zum Löschen",
        Unknown(_) => "unbekannt",
    }
}
