//! Conversion 2.0 -> 3.0.0.

use super::values::{bezug_up, freigabestatus_for, rewrite_ids_in_text, widen_id};
use super::*;
use crate::codes::{
    AbleitungRepraesentation, AbleitungStruktur, CodeValue, Datentyp, Feldart, Freigabestatus,
    Regeltyp, Schemaelementart, Status, Vorbefuellung,
};
use crate::model::{
    CodelisteMessage, CodelisteReferenz, Content, Datenfeld, Datenfeldgruppe, Datenschema,
    Dokumentsteckbrief, Enthaelt, Header, Identifikation, Praezisierung, Regel, Struktur,
};

/// Converts a 2.0 message to 3.0.0 (a 3.0.0 message is returned unchanged).
pub fn to_v3(message: &Message, options: &ConvertOptions) -> Result<Conversion, ConvertError> {
    check_options(options)?;
    if message.version == XdfVersion::V3 {
        return Ok(Conversion {
            message: message.clone(),
            warnings: Vec::new(),
        });
    }
    let mut up = Up {
        o: options,
        letzte_aenderung: message.header.erstellungszeitpunkt.clone(),
        warnings: Vec::new(),
    };
    let header = Header {
        nachricht_id: message.header.nachricht_id.clone(),
        erstellungszeitpunkt: message.header.erstellungszeitpunkt.clone(),
        referenz_id: message.header.referenz_id.clone(),
        span: message.header.span,
        ..Header::default()
    };
    if header.erstellungszeitpunkt.is_none() {
        header_warning(
            &mut up.warnings,
            "Der Nachrichtenkopf hat keinen Erstellungszeitpunkt; `letzteAenderung`, das 3.0.0 \
             für jedes Element verlangt, bleibt daher leer.",
        );
    }
    let content = match &message.content {
        Content::Schema(s) => Content::Schema(Box::new(up.schema(s))),
        Content::Group(g) => Content::Group(Box::new(up.group(g, &Dates::default()))),
        Content::Field(f) => Content::Field(Box::new(up.field(f, &Dates::default()))),
        Content::Dokumentsteckbrief(d) => {
            Content::Dokumentsteckbrief(Box::new(up.dokumentsteckbrief(d)))
        }
        Content::Codeliste(c) => Content::Codeliste(Box::new(up.codeliste(c))),
        Content::Uebersetzung(raw) => Content::Uebersetzung(raw.clone()),
        Content::Missing => Content::Missing,
    };
    Ok(Conversion {
        message: Message {
            version: XdfVersion::V3,
            kind: message.kind,
            header,
            content,
            namespaces: root_namespaces(message),
            root_attributes: root_attributes(message, &mut up.warnings),
            comments: message.comments.clone(),
            span: message.span,
        },
        warnings: dedup(up.warnings),
    })
}

/// The code list of 3.0.0 `dokumentart` (fixed by the XSD).
const DOKUMENTART_URI: &str = "urn:xoev-de:fim-datenfelder:codeliste:dokumentart";
/// The list version assumed for a 2.0 free-text Dokumentart (the XSD requires one).
const DOKUMENTART_VERSION: &str = "1.0";

/// Dates a group or field may take from its parent (option `inherit_dates`).
#[derive(Debug, Clone, Default)]
struct Dates {
    freigabedatum: Option<String>,
    veroeffentlichungsdatum: Option<String>,
}

/// Conversion 2.0 -> 3.0.0.
struct Up<'o> {
    o: &'o ConvertOptions,
    letzte_aenderung: Option<String>,
    warnings: Vec<ConvertWarning>,
}

impl Up<'_> {
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
            let widened = widen_id(id.as_str(), &self.o.unternummernkreis);
            if id.kind().is_none() || id.digit_count() != Some(8) {
                let what = if widened == id.as_str() {
                    "sie bleibt unverändert".to_owned()
                } else {
                    format!("der Unternummernkreis wurde trotzdem eingefügt (`{widened}`)")
                };
                self.warn(
                    owner,
                    span,
                    format!(
                        "Die Id `{id}` hat nicht die Form einer 2.0-Id (Buchstabe und 8 \
                         Ziffern); {what}."
                    ),
                );
            }
            ElementId::new(widened)
        });
        let version = i.version.as_ref().map(|v| match v.number() {
            Some(n) if n.patch.is_none() => Version::new(format!("{}.0", v.as_str())),
            Some(_) => v.clone(),
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

    /// The 3.0.0 general information for a 2.0 one of an object of `kind`.
    fn angaben(&mut self, a: &Angaben, kind: Kind, span: Span, dates: &Dates) -> Angaben {
        let mut n = Angaben {
            identifikation: self.identifikation(&a.identifikation, a, span),
            name: a.name.clone(),
            beschreibung: opt_text(&a.beschreibung),
            bezug: bezug_up(&a.bezug, self.o.split_bezug),
            // 3.0.0-only values a non-conforming 2.0 model may hold are kept.
            letzte_aenderung: a
                .letzte_aenderung
                .clone()
                .or_else(|| self.letzte_aenderung.clone()),
            relation: a.relation.clone(),
            stichwort: a.stichwort.clone(),
            ..Angaben::default()
        };
        if n.name.is_none() {
            n.name = Some(String::new());
        }
        let mut lost: Vec<(&str, &Option<String>)> = Vec::new();
        match kind {
            Kind::Rule => {
                // `definition` becomes `freitextRegel` (done by the caller).
                n.fachlicher_ersteller = opt_text(&a.fachlicher_ersteller);
                lost.extend([
                    ("bezeichnungEingabe", &a.bezeichnung_eingabe),
                    ("bezeichnungAusgabe", &a.bezeichnung_ausgabe),
                    ("gueltigAb", &a.gueltig_ab),
                    ("gueltigBis", &a.gueltig_bis),
                    ("versionshinweis", &a.versionshinweis),
                    ("freigabedatum", &a.freigabedatum),
                    ("veroeffentlichungsdatum", &a.veroeffentlichungsdatum),
                ]);
                if let Some(s) = &a.status {
                    if s.value != Status::Aktiv {
                        self.warn(
                            a,
                            span,
                            format!(
                                "Regeln haben in 3.0.0 keinen Status; der Status `{}` entfällt.",
                                s.value
                            ),
                        );
                    }
                }
            }
            _ => {
                n.definition = opt_text(&a.definition);
                n.status_gesetzt_am = opt_text(&a.status_gesetzt_am)
                    .or_else(|| opt_text(&a.freigabedatum))
                    .or_else(|| self.inherit(&dates.freigabedatum));
                n.status_gesetzt_durch =
                    opt_text(&a.status_gesetzt_durch).or_else(|| opt_text(&a.fachlicher_ersteller));
                n.gueltig_ab = opt_text(&a.gueltig_ab);
                n.gueltig_bis = opt_text(&a.gueltig_bis);
                n.versionshinweis = opt_text(&a.versionshinweis);
                n.veroeffentlichungsdatum = opt_text(&a.veroeffentlichungsdatum)
                    .or_else(|| self.inherit(&dates.veroeffentlichungsdatum));
                let status = match (&a.freigabestatus, &a.status) {
                    (Some(f), _) => f.clone(),
                    (None, Some(s)) => {
                        if !s.value.is_known() {
                            self.warn(
                                a,
                                span,
                                format!(
                                    "Der Status `{}` ist unbekannt; als Freigabestatus wird 2 \
                                     (in Bearbeitung) gesetzt.",
                                    s.value
                                ),
                            );
                        }
                        let fs = freigabestatus_for(
                            &s.value,
                            a.identifikation.version.is_some(),
                            opt_text(&a.freigabedatum).is_some(),
                        );
                        if s.value == Status::Aktiv && fs != Freigabestatus::FachlichFreigegebenGold
                        {
                            self.warn(
                                a,
                                span,
                                "Der Status `aktiv` ohne Version und Freigabedatum wird zum \
                                 Freigabestatus 2 (in Bearbeitung), zurück nach 2.0 zu \
                                 `inVorbereitung`."
                                    .to_owned(),
                            );
                        }
                        Code::new(fs, s.span)
                    }
                    (None, None) => {
                        self.warn(
                            a,
                            span,
                            "Der Status fehlt; als Freigabestatus wird 2 (in Bearbeitung) gesetzt."
                                .to_owned(),
                        );
                        Code::new(Freigabestatus::InBearbeitung, Span::default())
                    }
                };
                n.freigabestatus = Some(with_list(
                    &status,
                    FREIGABESTATUS_URI,
                    FREIGABESTATUS_VERSION,
                ));
                if kind.is_element() {
                    n.bezeichnung_eingabe = req_text(&a.bezeichnung_eingabe);
                    n.bezeichnung_ausgabe = opt_text(&a.bezeichnung_ausgabe);
                    n.hilfetext_eingabe = opt_text(&a.hilfetext_eingabe);
                    n.hilfetext_ausgabe = opt_text(&a.hilfetext_ausgabe);
                    n.schemaelementart = a
                        .schemaelementart
                        .as_ref()
                        .map(|c| with_list(c, SCHEMAELEMENTART_URI, "1.0"));
                } else {
                    // Schema and Dokumentsteckbrief: `bezeichnungEingabe` becomes
                    // `bezeichnung` (done by the caller).
                    lost.extend([
                        ("bezeichnungAusgabe", &a.bezeichnung_ausgabe),
                        ("hilfetextEingabe", &a.hilfetext_eingabe),
                        ("hilfetextAusgabe", &a.hilfetext_ausgabe),
                    ]);
                    if kind == Kind::Codeliste {
                        lost.push(("bezeichnungEingabe", &a.bezeichnung_eingabe));
                    }
                    if let Some(art) = &a.schemaelementart {
                        self.warn(
                            a,
                            span,
                            format!("Die Schemaelementart {} entfällt hier in 3.0.0.", art.value),
                        );
                    }
                }
            }
        }
        for (name, value) in lost {
            if let Some(v) = opt_text(value) {
                self.warn(
                    a,
                    span,
                    format!("`{name}` gibt es hier in 3.0.0 nicht; der Wert „{v}“ entfällt."),
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

    fn inherit(&self, parent: &Option<String>) -> Option<String> {
        if self.o.inherit_dates {
            parent.clone()
        } else {
            None
        }
    }

    fn schema(&mut self, s: &Datenschema) -> Datenschema {
        let a = &s.angaben;
        let angaben = self.angaben(a, Kind::Schema, s.span, &Dates::default());
        let dates = Dates {
            freigabedatum: opt_text(&a.freigabedatum),
            veroeffentlichungsdatum: opt_text(&a.veroeffentlichungsdatum),
        };
        let mut struktur = self.strukturen(&s.struktur, &dates);
        if struktur.is_empty() {
            self.warn(a, s.span, placeholder_note("Ein Datenschema"));
            struktur.push(self.placeholder());
        }
        Datenschema {
            angaben,
            bezeichnung: s
                .bezeichnung
                .clone()
                .or_else(|| req_text(&a.bezeichnung_eingabe)),
            hilfetext: opt_text(&s.hilfetext),
            ableitungsmodifikationen_struktur: s
                .ableitungsmodifikationen_struktur
                .as_ref()
                .map(|c| with_list::<AbleitungStruktur>(c, STRUKTUR_URI, "1.0")),
            ableitungsmodifikationen_repraesentation: s
                .ableitungsmodifikationen_repraesentation
                .as_ref()
                .map(|c| with_list::<AbleitungRepraesentation>(c, REPRAESENTATION_URI, "1.0")),
            dokumentsteckbrief: Some(s.dokumentsteckbrief.clone().unwrap_or(Identifikation {
                id: Some(self.o.dokumentsteckbrief.clone()),
                version: None,
                span: Span::default(),
            })),
            regeln: s.regeln.iter().map(|r| self.rule(r)).collect(),
            struktur,
            span: s.span,
        }
    }

    fn strukturen(&mut self, s: &[Struktur], dates: &Dates) -> Vec<Struktur> {
        s.iter()
            .map(|e| Struktur {
                anzahl: e.anzahl.clone(),
                bezug: bezug_up(&e.bezug, self.o.split_bezug),
                enthaelt: match &e.enthaelt {
                    Enthaelt::Group(g) => Enthaelt::Group(Box::new(self.group(g, dates))),
                    Enthaelt::Field(f) => Enthaelt::Field(Box::new(self.field(f, dates))),
                    Enthaelt::Missing => Enthaelt::Missing,
                },
                span: e.span,
            })
            .collect()
    }

    /// The dates a child of an element with `a` inherits.
    fn child_dates(&self, a: &Angaben, parent: &Dates) -> Dates {
        Dates {
            freigabedatum: opt_text(&a.freigabedatum).or_else(|| parent.freigabedatum.clone()),
            veroeffentlichungsdatum: opt_text(&a.veroeffentlichungsdatum)
                .or_else(|| parent.veroeffentlichungsdatum.clone()),
        }
    }

    fn group(&mut self, g: &Datenfeldgruppe, dates: &Dates) -> Datenfeldgruppe {
        let angaben = self.angaben(&g.angaben, Kind::Group, g.span, dates);
        let child = self.child_dates(&g.angaben, dates);
        let regeln = g.regeln.iter().map(|r| self.rule(r)).collect();
        let mut struktur = self.strukturen(&g.struktur, &child);
        if struktur.is_empty() {
            self.warn(&g.angaben, g.span, placeholder_note("Eine Datenfeldgruppe"));
            struktur.push(self.placeholder());
        }
        Datenfeldgruppe {
            angaben,
            art: g.art.clone(),
            regeln,
            struktur,
            span: g.span,
        }
    }

    fn field(&mut self, f: &Datenfeld, dates: &Dates) -> Datenfeld {
        let a = &f.angaben;
        let angaben = self.angaben(a, Kind::Field, f.span, dates);
        let praezisierung = f.praezisierung.as_ref().and_then(|p| {
            let mut n = Praezisierung {
                raw: String::new(),
                min_length: p.min_length,
                max_length: p.max_length,
                min_value: p.min_value.clone(),
                max_value: p.max_value.clone(),
                pattern: p.pattern.clone(),
                unparsed: Vec::new(),
                span: p.span,
            };
            if n.max_length == Some(0) {
                self.warn(
                    a,
                    f.span,
                    "`maxLength` 0 ist in 3.0.0 nicht erlaubt (positive Zahl verlangt) und \
                     entfällt."
                        .to_owned(),
                );
                n.max_length = None;
            }
            for (k, v) in &p.unparsed {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Präzisierung `{k}`: `{v}` hat in 3.0.0 kein Attribut und entfällt."
                    ),
                );
            }
            if p.is_empty() && !blank(&p.raw) && p.unparsed.is_empty() {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Präzisierung „{}“ enthält keine verwertbare Angabe und entfällt.",
                        p.raw.trim()
                    ),
                );
            }
            (!n.is_empty()).then_some(n)
        });
        let codeliste_referenz = f.codeliste_referenz.as_ref().map(|c| {
            if let Some(i) = &c.identifikation {
                self.warn(
                    a,
                    f.span,
                    format!(
                        "Die Kennung `{}` der Codeliste gibt es in 3.0.0 nicht; die Codeliste \
                         bleibt über ihre URN referenziert.",
                        i.label()
                    ),
                );
            }
            CodelisteReferenz {
                identifikation: None,
                ..c.clone()
            }
        });
        Datenfeld {
            angaben,
            feldart: f
                .feldart
                .as_ref()
                .map(|c| with_list::<Feldart>(c, FELDART_URI, "2.0")),
            datentyp: f
                .datentyp
                .as_ref()
                .map(|c| with_list::<Datentyp>(c, DATENTYP_URI, "2.0")),
            praezisierung,
            inhalt: opt_text(&f.inhalt),
            vorbefuellung: Some(with_list(
                f.vorbefuellung
                    .as_ref()
                    .unwrap_or(&Code::new(Vorbefuellung::Keine, Span::default())),
                VORBEFUELLUNG_URI,
                "1.0",
            )),
            werte: f.werte.clone(),
            codeliste_referenz,
            code_key: f.code_key.clone(),
            name_key: f.name_key.clone(),
            help_key: f.help_key.clone(),
            regeln: f.regeln.iter().map(|r| self.rule(r)).collect(),
            max_size: f.max_size.clone(),
            media_type: f.media_type.clone(),
            span: f.span,
        }
    }

    fn rule(&mut self, r: &Regel) -> Regel {
        let a = &r.angaben;
        let angaben = self.angaben(a, Kind::Rule, r.span, &Dates::default());
        let unk = &self.o.unternummernkreis;
        let freitext_regel = opt_text(&r.freitext_regel)
            .or_else(|| opt_text(&a.definition))
            .map(|d| rewrite_ids_in_text(&d, unk, true));
        let script = opt_text(&r.script).map(|s| rewrite_ids_in_text(&s, unk, true));
        Regel {
            angaben,
            freitext_regel,
            typ: Some(with_list(
                r.typ
                    .as_ref()
                    .unwrap_or(&Code::new(Regeltyp::Kontext, Span::default())),
                REGELTYP_URI,
                "1.0",
            )),
            param: r.param.clone(),
            ziel: r.ziel.clone(),
            script,
            fehler: r.fehler.clone(),
            span: r.span,
        }
    }

    fn dokumentsteckbrief(&mut self, d: &Dokumentsteckbrief) -> Dokumentsteckbrief {
        let a = &d.angaben;
        let angaben = self.angaben(a, Kind::Dokumentsteckbrief, d.span, &Dates::default());
        let dokumentart = d.dokumentart.as_ref().map(|art| {
            self.warn(
                a,
                d.span,
                format!(
                    "Die Dokumentart ist in 2.0 ein freier Text („{}“), in 3.0.0 ein Code der \
                     Codeliste `{DOKUMENTART_URI}`; der Text wurde als Code übernommen und \
                     als Listenversion `{DOKUMENTART_VERSION}` angenommen, bitte prüfen.",
                    art.value
                ),
            );
            let mut code = art.clone();
            code.value = code.value.trim().to_owned();
            code.list_uri = Some(DOKUMENTART_URI.to_owned());
            code.list_version_id = Some(DOKUMENTART_VERSION.to_owned());
            code
        });
        Dokumentsteckbrief {
            angaben,
            ist_abstrakt: d.ist_abstrakt.clone(),
            dokumentart,
            bezeichnung: d
                .bezeichnung
                .clone()
                .or_else(|| req_text(&a.bezeichnung_eingabe)),
            hilfetext: opt_text(&d.hilfetext),
            span: d.span,
        }
    }

    fn codeliste(&mut self, c: &CodelisteMessage) -> CodelisteMessage {
        let a = &c.angaben;
        if a.identifikation.id.is_some() || a.name.is_some() {
            self.warn(
                a,
                c.span,
                "Eine 3.0.0-Codelisten-Nachricht enthält nur das genericode-Dokument; Kennung, \
                 Name und die übrigen Angaben der Codeliste entfallen."
                    .to_owned(),
            );
        }
        if let Some(l) = opt_text(&c.langname) {
            self.warn(
                a,
                c.span,
                format!("Der Langname „{l}“ entfällt (in 3.0.0 steht er im genericode-Dokument)."),
            );
        }
        CodelisteMessage {
            genericode: c.genericode.clone(),
            span: c.span,
            ..CodelisteMessage::default()
        }
    }

    /// The FIM placeholder field `F60000000001` that fills an otherwise empty structure.
    fn placeholder(&self) -> Struktur {
        let angaben = Angaben {
            identifikation: Identifikation {
                id: Some(ElementId::new("F60000000001")),
                version: Some(Version::new("1.0.0")),
                span: Span::default(),
            },
            name: Some("Default-Datenfeld".to_owned()),
            beschreibung: Some(
                "Platzhalter für eine noch leere Datenfeldgruppe oder ein noch leeres \
                 Datenschema, eingefügt bei der Umwandlung von XDatenfelder 2.0 nach 3.0.0."
                    .to_owned(),
            ),
            freigabestatus: Some(with_list(
                &Code::new(Freigabestatus::FachlichFreigegebenGold, Span::default()),
                FREIGABESTATUS_URI,
                FREIGABESTATUS_VERSION,
            )),
            letzte_aenderung: self.letzte_aenderung.clone(),
            bezeichnung_eingabe: Some("Default-Datenfeld".to_owned()),
            schemaelementart: Some(with_list(
                &Code::new(Schemaelementart::Harmonisiert, Span::default()),
                SCHEMAELEMENTART_URI,
                "1.0",
            )),
            ..Angaben::default()
        };
        let field = Datenfeld {
            angaben,
            feldart: Some(with_list(
                &Code::new(Feldart::Hidden, Span::default()),
                FELDART_URI,
                "2.0",
            )),
            datentyp: Some(with_list(
                &Code::new(Datentyp::Text, Span::default()),
                DATENTYP_URI,
                "2.0",
            )),
            vorbefuellung: Some(with_list(
                &Code::new(Vorbefuellung::Keine, Span::default()),
                VORBEFUELLUNG_URI,
                "1.0",
            )),
            ..Datenfeld::default()
        };
        Struktur {
            anzahl: Some(crate::ids::Anzahl::new("1:1")),
            bezug: Vec::new(),
            enthaelt: Enthaelt::Field(Box::new(field)),
            span: Span::default(),
        }
    }
}

fn placeholder_note(what: &str) -> String {
    format!(
        "{what} muss in 3.0.0 mindestens ein Unterelement haben; das Platzhalter-Datenfeld \
         F60000000001 (Default-Datenfeld) wurde eingefügt."
    )
}
