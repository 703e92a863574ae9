//! The XDatenfelder writer: the `fim-core` model back to XML 2.0 or 3.0.0.
//!
//! The writer writes exactly what the model holds, in the element order of the version's XSD
//! (`Message::version` decides which). Output is deterministic: UTF-8, `\n` line ends
//! between elements, two-space indentation, one namespace prefix of the caller's choice
//! (default `xdf`). Texts are written as they are in the model; `&`, `<`, `>` and CR are
//! escaped (CR as `&#13;`, so that it survives a read), attribute values also escape `"`,
//! tab and LF. Characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR) are
//! replaced by U+FFFD.
//!
//! Lossless within the model: a field that the message's version does not define (for
//! example a 3.0.0 `freigabestatus` in a 2.0 model) is still written, after the version's
//! own fields, so that reading the output gives the same model; such output is not valid
//! against the XSD, and `fim_core::convert` is the way to move between versions. Elements
//! the reader kept verbatim (`Angaben::unknown`, genericode, Uebersetzung) are written
//! verbatim. The root keeps its namespace declarations and attributes (e.g.
//! `xsi:schemaLocation`) except a declaration of the writer's own prefix. Document-level
//! comments (`Message::comments`) are written where they stood; comments deeper inside the
//! document are not in the model (`Document::comments_dropped` counts them).
//!
//! ```
//! let xml = r#"<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
//!   <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>
//!   <xdf:datenfeld><xdf:identifikation><xdf:id>F60000000001</xdf:id></xdf:identifikation>
//!   <xdf:name>Größe &amp; Gewicht</xdf:name></xdf:datenfeld>
//! </xdf:xdatenfelder.datenfeld.0104>"#;
//! let doc = fim_xml::read(xml).unwrap();
//! let out = fim_xml::write(&doc.message);
//! assert!(out.contains("<xdf:name>Größe &amp; Gewicht</xdf:name>"));
//! let again = fim_xml::read(&out).unwrap();
//! assert_eq!(again.message.root_angaben().unwrap().name(), "Größe & Gewicht");
//! ```

use fim_core::codes::CodeValue;
use fim_core::model::*;
use thiserror::Error;

/// Writer settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOptions {
    /// Namespace prefix of the XDatenfelder elements; empty for the default namespace.
    /// Default `xdf`.
    pub prefix: String,
    /// Spaces per nesting level; 0 writes every element on its own line without indentation.
    pub indent: usize,
    /// Whether to start with `<?xml version="1.0" encoding="UTF-8"?>`. Default true.
    pub declaration: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            prefix: "xdf".to_owned(),
            indent: 2,
            declaration: true,
        }
    }
}

/// Why a message could not be written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WriteError {
    /// The prefix is not an XML name without colon (NCName).
    #[error("`{0}` ist kein gültiges Namensraum-Präfix (erlaubt: Buchstaben, Ziffern, `-`, `_`, `.`, nicht am Anfang Ziffer, `-` oder `.`)")]
    InvalidPrefix(String),
}

/// Writes `message` with default options (prefix `xdf`, two-space indentation).
pub fn write(message: &Message) -> String {
    let mut w = Writer::new(&WriteOptions::default(), message);
    w.message(message);
    w.out
}

/// Writes `message` with `options`.
pub fn write_with(message: &Message, options: &WriteOptions) -> Result<String, WriteError> {
    if !options.prefix.is_empty() && !is_ncname(&options.prefix) {
        return Err(WriteError::InvalidPrefix(options.prefix.clone()));
    }
    let mut w = Writer::new(options, message);
    w.message(message);
    Ok(w.out)
}

fn is_ncname(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_alphabetic() || first == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// One general-information field of [`Angaben`]; lists of these give each version's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum A {
    Ident,
    Name,
    BezEin,
    BezAus,
    Beschreibung,
    Definition,
    Bezug,
    Status,
    Freigabestatus,
    StatusAm,
    StatusDurch,
    GueltigAb,
    GueltigBis,
    FachErsteller,
    Versionshinweis,
    Freigabedatum,
    Veroeff,
    LetzteAenderung,
    Relation,
    Stichwort,
    Schemaelementart,
    HilfeEin,
    HilfeAus,
}

const ALL_A: [A; 23] = [
    A::Ident,
    A::Name,
    A::BezEin,
    A::BezAus,
    A::Beschreibung,
    A::Definition,
    A::Bezug,
    A::Status,
    A::Freigabestatus,
    A::StatusAm,
    A::StatusDurch,
    A::GueltigAb,
    A::GueltigBis,
    A::FachErsteller,
    A::Versionshinweis,
    A::Freigabedatum,
    A::Veroeff,
    A::LetzteAenderung,
    A::Relation,
    A::Stichwort,
    A::Schemaelementart,
    A::HilfeEin,
    A::HilfeAus,
];

/// 2.0 `AllgemeineAngaben`.
const V2_ALLG: &[A] = &[
    A::Ident,
    A::Name,
    A::BezEin,
    A::BezAus,
    A::Beschreibung,
    A::Definition,
    A::Bezug,
    A::Status,
    A::GueltigAb,
    A::GueltigBis,
    A::FachErsteller,
    A::Versionshinweis,
    A::Freigabedatum,
    A::Veroeff,
];
/// 2.0 `Schemaelementangaben` after the general part.
const V2_ELEMENT: &[A] = &[A::Schemaelementart, A::HilfeEin, A::HilfeAus];
/// 3.0.0 `AllgemeineAngaben`.
const V3_ALLG: &[A] = &[
    A::Ident,
    A::Name,
    A::Beschreibung,
    A::Definition,
    A::Bezug,
    A::Freigabestatus,
    A::StatusAm,
    A::StatusDurch,
    A::GueltigAb,
    A::GueltigBis,
    A::Versionshinweis,
    A::Veroeff,
    A::LetzteAenderung,
    A::Relation,
    A::Stichwort,
];
/// 3.0.0 `Schemaelementangaben` after the general part.
const V3_ELEMENT: &[A] = &[
    A::BezEin,
    A::BezAus,
    A::Schemaelementart,
    A::HilfeEin,
    A::HilfeAus,
];
/// 3.0.0 `Regel`, before `freitextRegel`.
const V3_RULE_HEAD: &[A] = &[A::Ident, A::Name, A::Beschreibung];
/// 3.0.0 `Regel`, between `freitextRegel` and `typ`.
const V3_RULE_MID: &[A] = &[A::Bezug, A::Stichwort, A::FachErsteller, A::LetzteAenderung];

const SPACES: &str = "                                                                ";

struct Writer {
    out: String,
    /// `prefix:` or empty.
    p: String,
    indent: usize,
    depth: usize,
    version: XdfVersion,
}

impl Writer {
    fn new(options: &WriteOptions, message: &Message) -> Self {
        let p = if options.prefix.is_empty() {
            String::new()
        } else {
            format!("{}:", options.prefix)
        };
        let mut w = Writer {
            out: String::with_capacity(estimate(message)),
            p,
            indent: options.indent,
            depth: 0,
            version: message.version,
        };
        if options.declaration {
            w.out
                .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        w
    }

    fn v2(&self) -> bool {
        self.version == XdfVersion::V2
    }

    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        let mut n = self.depth * self.indent;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.out.push_str(&SPACES[..k]);
            n -= k;
        }
    }

    fn start_tag(&mut self, name: &str) {
        self.newline();
        self.out.push('<');
        self.out.push_str(&self.p);
        self.out.push_str(name);
    }

    fn attr(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape(&mut self.out, value, true);
        self.out.push('"');
    }

    /// Opens an element that holds elements.
    fn open(&mut self, name: &str) {
        self.start_tag(name);
        self.out.push('>');
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.newline();
        self.end_tag(name);
    }

    fn end_tag(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(&self.p);
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<p:name>text</p:name>`.
    fn text(&mut self, name: &str, text: &str) {
        self.start_tag(name);
        self.out.push('>');
        escape(&mut self.out, text, false);
        self.end_tag(name);
    }

    fn opt(&mut self, name: &str, text: &Option<String>) {
        if let Some(t) = text {
            self.text(name, t);
        }
    }

    fn code<T: CodeValue>(&mut self, name: &str, code: &Option<Code<T>>) {
        let Some(c) = code else { return };
        self.start_tag(name);
        if let Some(uri) = &c.list_uri {
            self.attr("listURI", uri);
        }
        if let Some(v) = &c.list_version_id {
            self.attr("listVersionID", v);
        }
        self.out.push('>');
        // The code element is unqualified in XÖV code types.
        self.out.push_str(if self.p.is_empty() {
            "<code xmlns=\"\">"
        } else {
            "<code>"
        });
        escape(&mut self.out, c.value.code(), false);
        self.out.push_str("</code>");
        self.end_tag(name);
    }

    fn raw(&mut self, raw: &RawXml) {
        self.newline();
        self.out.push_str(&raw.xml);
    }

    fn identifikation(&mut self, name: &str, i: &Identifikation) {
        self.open(name);
        if let Some(id) = &i.id {
            self.text("id", id.as_str());
        }
        if let Some(v) = &i.version {
            self.text("version", v.as_str());
        }
        self.close(name);
    }

    fn rechtsbezug(&mut self, name: &str, b: &Rechtsbezug) {
        self.start_tag(name);
        if let Some(link) = &b.link {
            self.attr("link", link);
        }
        self.out.push('>');
        escape(&mut self.out, &b.text, false);
        self.end_tag(name);
    }

    /// Writes the general fields `fields` of `a` and marks them in `done` (bit per `A`).
    fn angaben(&mut self, a: &Angaben, fields: &[A], done: &mut u32) {
        for &f in fields {
            *done |= 1 << (f as u32);
            match f {
                A::Ident => {
                    if a.identifikation != Identifikation::default() {
                        self.identifikation("identifikation", &a.identifikation);
                    }
                }
                A::Name => self.opt("name", &a.name),
                A::BezEin => self.opt("bezeichnungEingabe", &a.bezeichnung_eingabe),
                A::BezAus => self.opt("bezeichnungAusgabe", &a.bezeichnung_ausgabe),
                A::Beschreibung => self.opt("beschreibung", &a.beschreibung),
                A::Definition => self.opt("definition", &a.definition),
                A::Bezug => {
                    for b in &a.bezug {
                        self.rechtsbezug("bezug", b);
                    }
                }
                A::Status => self.code("status", &a.status),
                A::Freigabestatus => self.code("freigabestatus", &a.freigabestatus),
                A::StatusAm => self.opt("statusGesetztAm", &a.status_gesetzt_am),
                A::StatusDurch => self.opt("statusGesetztDurch", &a.status_gesetzt_durch),
                A::GueltigAb => self.opt("gueltigAb", &a.gueltig_ab),
                A::GueltigBis => self.opt("gueltigBis", &a.gueltig_bis),
                A::FachErsteller => self.opt("fachlicherErsteller", &a.fachlicher_ersteller),
                A::Versionshinweis => self.opt("versionshinweis", &a.versionshinweis),
                A::Freigabedatum => self.opt("freigabedatum", &a.freigabedatum),
                A::Veroeff => self.opt("veroeffentlichungsdatum", &a.veroeffentlichungsdatum),
                A::LetzteAenderung => self.opt("letzteAenderung", &a.letzte_aenderung),
                A::Relation => {
                    for r in &a.relation {
                        self.open("relation");
                        self.code("praedikat", &r.praedikat);
                        self.identifikation("objekt", &r.objekt);
                        self.close("relation");
                    }
                }
                A::Stichwort => {
                    for s in &a.stichwort {
                        self.start_tag("stichwort");
                        if let Some(uri) = &s.uri {
                            self.attr("uri", uri);
                        }
                        self.out.push('>');
                        escape(&mut self.out, &s.text, false);
                        self.end_tag("stichwort");
                    }
                }
                A::Schemaelementart => self.code("schemaelementart", &a.schemaelementart),
                A::HilfeEin => self.opt("hilfetextEingabe", &a.hilfetext_eingabe),
                A::HilfeAus => self.opt("hilfetextAusgabe", &a.hilfetext_ausgabe),
            }
        }
    }

    /// The general part of an object of the current version (`element`: with the
    /// Schemaelementangaben of groups and fields).
    fn angaben_head(&mut self, a: &Angaben, element: bool) -> u32 {
        let mut done = 0;
        let (allg, el) = if self.v2() {
            (V2_ALLG, V2_ELEMENT)
        } else {
            (V3_ALLG, V3_ELEMENT)
        };
        self.angaben(a, allg, &mut done);
        if element {
            self.angaben(a, el, &mut done);
        }
        done
    }

    /// General fields the version does not place (kept for a lossless round trip), then the
    /// elements kept verbatim.
    fn angaben_tail(&mut self, a: &Angaben, mut done: u32) {
        let rest: Vec<A> = ALL_A
            .iter()
            .copied()
            .filter(|f| done & (1 << (*f as u32)) == 0)
            .collect();
        self.angaben(a, &rest, &mut done);
        for raw in &a.unknown {
            self.raw(raw);
        }
    }

    fn message(&mut self, m: &Message) {
        if let Content::Uebersetzung(raw) = &m.content {
            self.out.push_str(&raw.xml);
            self.out.push('\n');
            return;
        }
        self.comments(m, CommentPlace::Prolog);
        let root = m.kind.root_name();
        self.start_tag(root);
        let own = self.p.strip_suffix(':').unwrap_or("").to_owned();
        if own.is_empty() {
            self.attr("xmlns", m.version.namespace());
        } else {
            self.attr(&format!("xmlns:{own}"), m.version.namespace());
        }
        let other_version = match m.version {
            XdfVersion::V2 => XdfVersion::V3.namespace(),
            XdfVersion::V3 => XdfVersion::V2.namespace(),
        };
        for ns in &m.namespaces {
            let prefix = ns.prefix.as_deref().unwrap_or("");
            if prefix == own || ns.uri == other_version {
                continue;
            }
            match &ns.prefix {
                Some(p) => self.attr(&format!("xmlns:{p}"), &ns.uri),
                None => self.attr("xmlns", &ns.uri),
            }
        }
        // Kept fragments may use the source's prefix of the XDatenfelder namespace: bind
        // every such prefix that nothing else binds.
        let mut declared: Vec<&str> = vec![own.as_str()];
        declared.extend(m.namespaces.iter().filter_map(|n| n.prefix.as_deref()));
        for raw in raw_fragments(m) {
            if let Some((p, _)) = raw.name.split_once(':') {
                if !declared.contains(&p) && !raw.xml.contains(&format!("xmlns:{p}=")) {
                    self.attr(&format!("xmlns:{p}"), m.version.namespace());
                    declared.push(p);
                }
            }
        }
        for a in &m.root_attributes {
            self.attr(&a.name, &a.value);
        }
        self.out.push('>');
        self.depth += 1;
        self.comments(m, CommentPlace::RootStart);
        self.header(&m.header);
        match &m.content {
            Content::Schema(s) => self.schema(s),
            Content::Group(g) => self.group(g),
            Content::Field(f) => self.field(f),
            Content::Dokumentsteckbrief(d) => self.dokumentsteckbrief(d),
            Content::Codeliste(c) => self.codeliste(c),
            Content::Uebersetzung(_) | Content::Missing => {}
        }
        self.close(root);
        self.out.push('\n');
        self.comments(m, CommentPlace::Epilog);
    }

    fn comments(&mut self, m: &Message, place: CommentPlace) {
        for c in m.comments.iter().filter(|c| c.place == place) {
            self.newline();
            self.out.push_str("<!--");
            // `--` cannot stand inside a comment; a model built in code might hold it.
            self.out.push_str(&c.text.replace("--", "- -"));
            self.out.push_str("-->");
            if place == CommentPlace::Epilog {
                self.out.push('\n');
            }
        }
    }

    fn header(&mut self, h: &Header) {
        self.open("header");
        self.opt("nachrichtID", &h.nachricht_id);
        self.opt("erstellungszeitpunkt", &h.erstellungszeitpunkt);
        self.opt("referenzID", &h.referenz_id);
        self.opt("produktbezeichnung", &h.produktbezeichnung);
        self.opt("produkthersteller", &h.produkthersteller);
        self.opt("produktversion", &h.produktversion);
        self.code("datenqualitaet", &h.datenqualitaet);
        self.close("header");
    }

    fn schema(&mut self, s: &Datenschema) {
        self.open("stammdatenschema");
        let done = self.angaben_head(&s.angaben, false);
        self.opt("bezeichnung", &s.bezeichnung);
        self.opt("hilfetext", &s.hilfetext);
        self.code(
            "ableitungsmodifikationenStruktur",
            &s.ableitungsmodifikationen_struktur,
        );
        self.code(
            "ableitungsmodifikationenRepraesentation",
            &s.ableitungsmodifikationen_repraesentation,
        );
        if let Some(d) = &s.dokumentsteckbrief {
            self.identifikation("dokumentsteckbrief", d);
        }
        self.rules_and_structure(&s.regeln, &s.struktur);
        self.angaben_tail(&s.angaben, done);
        self.close("stammdatenschema");
    }

    fn group(&mut self, g: &Datenfeldgruppe) {
        self.open("datenfeldgruppe");
        let done = self.angaben_head(&g.angaben, true);
        self.code("art", &g.art);
        self.rules_and_structure(&g.regeln, &g.struktur);
        self.angaben_tail(&g.angaben, done);
        self.close("datenfeldgruppe");
    }

    fn rules_and_structure(&mut self, regeln: &[Regel], struktur: &[Struktur]) {
        for r in regeln {
            self.regel(r);
        }
        for st in struktur {
            self.struktur(st);
        }
    }

    fn struktur(&mut self, s: &Struktur) {
        self.open("struktur");
        if let Some(a) = &s.anzahl {
            self.text("anzahl", a.as_str());
        }
        for b in &s.bezug {
            self.rechtsbezug("bezug", b);
        }
        match &s.enthaelt {
            Enthaelt::Group(g) => {
                self.open("enthaelt");
                self.group(g);
                self.close("enthaelt");
            }
            Enthaelt::Field(f) => {
                self.open("enthaelt");
                self.field(f);
                self.close("enthaelt");
            }
            Enthaelt::Missing => {}
        }
        self.close("struktur");
    }

    fn field(&mut self, f: &Datenfeld) {
        self.open("datenfeld");
        let done = self.angaben_head(&f.angaben, true);
        self.code("feldart", &f.feldart);
        self.code("datentyp", &f.datentyp);
        if let Some(p) = &f.praezisierung {
            self.praezisierung(p);
        }
        self.opt("inhalt", &f.inhalt);
        self.code("vorbefuellung", &f.vorbefuellung);
        if let Some(werte) = &f.werte {
            self.open("werte");
            for w in werte {
                self.open("wert");
                self.text("code", &w.code);
                self.text("name", &w.name);
                self.opt("hilfe", &w.hilfe);
                self.close("wert");
            }
            self.close("werte");
        }
        if let Some(r) = &f.codeliste_referenz {
            self.open("codelisteReferenz");
            if let Some(i) = &r.identifikation {
                self.identifikation("identifikation", i);
            }
            let wrap = self.v2();
            if wrap {
                self.open("genericodeIdentification");
            }
            self.genericode_identification(r);
            if wrap {
                self.close("genericodeIdentification");
            }
            self.close("codelisteReferenz");
        }
        self.opt("codeKey", &f.code_key);
        self.opt("nameKey", &f.name_key);
        self.opt("helpKey", &f.help_key);
        for r in &f.regeln {
            self.regel(r);
        }
        self.opt("maxSize", &f.max_size);
        for m in &f.media_type {
            self.text("mediaType", m);
        }
        self.angaben_tail(&f.angaben, done);
        self.close("datenfeld");
    }

    fn genericode_identification(&mut self, r: &CodelisteReferenz) {
        self.opt("canonicalIdentification", &r.canonical_identification);
        self.opt("version", &r.version);
        self.opt("canonicalVersionUri", &r.canonical_version_uri);
    }

    fn praezisierung(&mut self, p: &Praezisierung) {
        self.start_tag("praezisierung");
        if self.v2() && !p.raw.trim().is_empty() {
            // 2.0 keeps the constraints as JSON text: the text is the truth.
            self.out.push('>');
            escape(&mut self.out, &p.raw, false);
            self.end_tag("praezisierung");
            return;
        }
        if self.v2() {
            // No JSON text but constraints in the model (built in code): write them as JSON.
            let json = praezisierung_json(p);
            self.out.push('>');
            escape(&mut self.out, &json, false);
            if json.is_empty() {
                escape(&mut self.out, &p.raw, false);
            }
            self.end_tag("praezisierung");
            return;
        }
        if let Some(n) = p.min_length {
            self.attr("minLength", &n.to_string());
        }
        if let Some(n) = p.max_length {
            self.attr("maxLength", &n.to_string());
        }
        if let Some(v) = &p.min_value {
            self.attr("minValue", v);
        }
        if let Some(v) = &p.max_value {
            self.attr("maxValue", v);
        }
        if let Some(v) = &p.pattern {
            self.attr("pattern", v);
        }
        for (k, v) in &p.unparsed {
            if is_ncname(k) && !matches!(k.as_str(), "listURI" | "listVersionID") {
                self.attr(k, v);
            }
        }
        self.out.push('>');
        escape(&mut self.out, &p.raw, false);
        self.end_tag("praezisierung");
    }

    fn regel(&mut self, r: &Regel) {
        self.open("regel");
        let mut done = 0;
        if self.v2() {
            self.angaben(&r.angaben, V2_ALLG, &mut done);
            self.opt("freitextRegel", &r.freitext_regel);
            self.code("typ", &r.typ);
            self.rule_parts(r);
            self.opt("script", &r.script);
        } else {
            self.angaben(&r.angaben, V3_RULE_HEAD, &mut done);
            self.opt("freitextRegel", &r.freitext_regel);
            self.angaben(&r.angaben, V3_RULE_MID, &mut done);
            self.code("typ", &r.typ);
            self.rule_parts(r);
            self.opt("skript", &r.script);
        }
        for f in &r.fehler {
            self.start_tag("fehler");
            if let Some(c) = &f.code {
                self.attr("code", c);
            }
            self.out.push('>');
            escape(&mut self.out, &f.text, false);
            self.end_tag("fehler");
        }
        self.angaben_tail(&r.angaben, done);
        self.close("regel");
    }

    fn rule_parts(&mut self, r: &Regel) {
        for p in &r.param {
            self.start_tag("param");
            if let Some(e) = &p.element {
                self.attr("element", e);
            }
            if let Some(n) = &p.name {
                self.attr("name", n);
            }
            match &p.typ {
                Some(t) => {
                    self.out.push('>');
                    self.depth += 1;
                    self.text("typ", t.value.code());
                    self.close("param");
                }
                None => self.out.push_str("/>"),
            }
        }
        for z in &r.ziel {
            self.start_tag("ziel");
            if let Some(e) = &z.element {
                self.attr("element", e);
            }
            if let Some(n) = &z.name {
                self.attr("name", n);
            }
            self.out.push_str("/>");
        }
    }

    fn dokumentsteckbrief(&mut self, d: &Dokumentsteckbrief) {
        let name = if self.v2() {
            "dokumentensteckbrief"
        } else {
            "dokumentsteckbrief"
        };
        self.open(name);
        let done = self.angaben_head(&d.angaben, false);
        let abstrakt = if self.v2() {
            "isReferenz"
        } else {
            "istAbstrakt"
        };
        self.opt(abstrakt, &d.ist_abstrakt);
        if let Some(art) = &d.dokumentart {
            if self.v2() && art.list_uri.is_none() && art.list_version_id.is_none() {
                self.text("dokumentart", &art.value);
            } else {
                self.code("dokumentart", &Some(art.clone()));
            }
        }
        self.opt("bezeichnung", &d.bezeichnung);
        self.opt("hilfetext", &d.hilfetext);
        self.angaben_tail(&d.angaben, done);
        self.close(name);
    }

    fn codeliste(&mut self, c: &CodelisteMessage) {
        let bare = c.angaben == Angaben::default() && c.referenz.is_none() && c.langname.is_none();
        if bare && !self.v2() {
            // 3.0.0: the message holds the genericode document directly.
            if let Some(g) = &c.genericode {
                self.raw(g);
            }
            return;
        }
        self.open("codeliste");
        let done = self.angaben_head(&c.angaben, false);
        if let Some(r) = &c.referenz {
            self.open("genericodeIdentification");
            if let Some(i) = &r.identifikation {
                self.identifikation("identifikation", i);
            }
            self.genericode_identification(r);
            self.close("genericodeIdentification");
        }
        self.opt("langname", &c.langname);
        if let Some(g) = &c.genericode {
            self.raw(g);
        }
        self.angaben_tail(&c.angaben, done);
        self.close("codeliste");
    }
}

/// Every fragment the model keeps verbatim (unknown and repeated elements).
fn raw_fragments(m: &Message) -> Vec<&RawXml> {
    let mut out: Vec<&RawXml> = Vec::new();
    match &m.content {
        Content::Dokumentsteckbrief(d) => out.extend(&d.angaben.unknown),
        Content::Codeliste(c) => out.extend(&c.angaben.unknown),
        _ => {}
    }
    if let Some(root) = m.root() {
        fim_core::walk::walk(root, |v| out.extend(&v.element.angaben().unknown));
    }
    out
}

/// The constraints of `p` as 2.0 JSON text (`{"minLength":"1",...}`), or "" when none.
fn praezisierung_json(p: &Praezisierung) -> String {
    let mut parts = Vec::new();
    let mut push = |k: &str, v: &str| {
        parts.push(format!(
            "{}:{}",
            serde_json::Value::String(k.to_owned()),
            serde_json::Value::String(v.to_owned())
        ));
    };
    if let Some(n) = p.min_length {
        push("minLength", &n.to_string());
    }
    if let Some(n) = p.max_length {
        push("maxLength", &n.to_string());
    }
    if let Some(v) = &p.min_value {
        push("minValue", v);
    }
    if let Some(v) = &p.max_value {
        push("maxValue", v);
    }
    if let Some(v) = &p.pattern {
        push("pattern", v);
    }
    for (k, v) in &p.unparsed {
        push(k, v);
    }
    if parts.is_empty() {
        String::new()
    } else {
        let mut s = String::from("{");
        s.push_str(&parts.join(","));
        s.push('}');
        s
    }
}

/// A capacity guess: the source length when known, else a small default.
fn estimate(m: &Message) -> usize {
    let len = m.span.len() as usize;
    if len > 0 {
        len + len / 8
    } else {
        4096
    }
}

/// Appends `text` escaped for element content (`attr`: for a double-quoted attribute).
fn escape(out: &mut String, text: &str, attr: bool) {
    let bytes = text.as_bytes();
    // Most texts need no escaping: one scan, one copy.
    if !bytes
        .iter()
        .any(|&b| matches!(b, b'&' | b'<' | b'>' | b'"') || b < 0x20)
    {
        out.push_str(text);
        return;
    }
    let mut last = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep: &str = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            b'"' if attr => "&quot;",
            b'\n' if attr => "&#10;",
            b'\t' if attr => "&#9;",
            b'\t' | b'\n' => continue,
            0..=0x1f => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// Writes `text` escaped for element content into a `String` (for tests and callers that
/// build XML fragments).
pub fn escape_text(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    escape(&mut s, text, false);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut s = String::new();
        escape(&mut s, "a<b>&\"c\"\r\n\t\u{1}ü", false);
        assert_eq!(s, "a&lt;b&gt;&amp;\"c\"&#13;\n\t\u{FFFD}ü");
        let mut s = String::new();
        escape(&mut s, "a\"b\n\t\r", true);
        assert_eq!(s, "a&quot;b&#10;&#9;&#13;");
    }

    #[test]
    fn prefix_must_be_ncname() {
        assert!(is_ncname("xdf3"));
        assert!(is_ncname("_a.b-c"));
        assert!(!is_ncname("1x"));
        assert!(!is_ncname("a:b"));
        assert!(!is_ncname(""));
    }

    #[test]
    fn every_general_field_has_a_bit() {
        assert!(ALL_A.iter().all(|a| (*a as u32) < 32));
    }
}
