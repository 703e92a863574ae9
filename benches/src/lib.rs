//! Deterministic generators of large, realistic, XSD-valid XDatenfelder
//! messages (`xdatenfelder.stammdatenschema.0102`) for benchmarks and memory
//! measurements.
//!
//! The output is XML text. It follows the element order of the official
//! XSDs for XDatenfelder 2.0 and 3.0.0 exactly, uses only `String.Latin`
//! characters (German umlauts, `ß`, `§`, `²`, `€`), and mixes in what real
//! FIM exports contain: entity and character references (`&amp;`, `&lt;`,
//! `&gt;`, `&#13;`), rules with scripts, code list references, JSON
//! `praezisierung` strings (v2) or `praezisierung` attributes (v3), reused
//! harmonised fields, empty elements in both spellings, and groups nested
//! two to four levels deep.
//!
//! Generation is fully deterministic: a fixed-seed splitmix64 generator
//! drives every choice, so the same target size always yields the same
//! bytes. The generator stops adding elements once the output has reached
//! the target size, so the result is within a few kilobytes of it (targets
//! below roughly 10 KB yield the smallest valid message instead).

use std::fmt::Write as _;
use std::path::Path;

/// The XDatenfelder version of a generated message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XdfVersion {
    /// XDatenfelder 2.0 (namespace `urn:xoev-de:fim:standard:xdatenfelder_2`).
    V2,
    /// XDatenfelder 3.0.0 (namespace `urn:xoev-de:fim:standard:xdatenfelder_3.0.0`).
    V3,
}

impl XdfVersion {
    /// Parses `"2"`, `"2.0"`, `"v2"`, `"3"`, `"3.0.0"`, `"v3"` (case-insensitive).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "2" | "2.0" | "v2" => Some(Self::V2),
            "3" | "3.0" | "3.0.0" | "v3" => Some(Self::V3),
            _ => None,
        }
    }
}

/// Generates an XDatenfelder 2.0 `xdatenfelder.stammdatenschema.0102`
/// message of about `target_bytes` bytes (UTF-8).
pub fn generate_v2(target_bytes: usize) -> String {
    Gen::new(XdfVersion::V2, target_bytes).run()
}

/// Generates an XDatenfelder 3.0.0 `xdatenfelder.stammdatenschema.0102`
/// message of about `target_bytes` bytes (UTF-8).
pub fn generate_v3(target_bytes: usize) -> String {
    Gen::new(XdfVersion::V3, target_bytes).run()
}

/// Generates a message of the given version and about `target_bytes` bytes.
pub fn generate(version: XdfVersion, target_bytes: usize) -> String {
    match version {
        XdfVersion::V2 => generate_v2(target_bytes),
        XdfVersion::V3 => generate_v3(target_bytes),
    }
}

/// Generates a message of the given version and about `target_bytes` bytes
/// and writes it to `path`. Returns the number of bytes written.
pub fn write_corpus_file(
    path: impl AsRef<Path>,
    version: XdfVersion,
    target_bytes: usize,
) -> std::io::Result<usize> {
    let text = generate(version, target_bytes);
    std::fs::write(path, text.as_bytes())?;
    Ok(text.len())
}

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/// splitmix64 (Steele, Lea, Flood 2014); small, fast and good enough here.
#[derive(Clone, Debug)]
struct Rng(u64);

const SEED: u64 = 0x5EED_F1A7_DA7E_4F31;
const POOL_SEED: u64 = 0xB4A5_7E1D_0C0D_E5A1;

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform-ish in `0..n`; 0 when `n == 0`.
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// Uniform-ish in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.next_u64() % 100 < pct
    }

    fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        let i = self.below(items.len());
        items.get(i).copied().unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------
// Vocabulary (all text is already XML-escaped and String.Latin compatible)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Text,
    Int,
    Currency,
    Date,
    Bool,
    Select,
    Label,
    File,
}

#[derive(Clone, Copy, Debug, Default)]
struct FieldSpec {
    name: &'static str,
    kind: Kind,
    min_len: u32,
    max_len: u32,
    pattern: &'static str,
}

const fn f(name: &'static str, kind: Kind) -> FieldSpec {
    FieldSpec {
        name,
        kind,
        min_len: 1,
        max_len: 0,
        pattern: "",
    }
}

const fn t(name: &'static str, min_len: u32, max_len: u32, pattern: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        kind: Kind::Text,
        min_len,
        max_len,
        pattern,
    }
}

const FIELDS: &[FieldSpec] = &[
    t("Familienname", 1, 120, ""),
    t("Vorname", 1, 80, ""),
    t("Geburtsname", 1, 120, ""),
    t("Doktorgrad", 1, 50, ""),
    f("Geburtsdatum", Kind::Date),
    t("Geburtsort", 1, 50, ""),
    f("Staatsangehörigkeit", Kind::Select),
    f("Geschlecht", Kind::Select),
    t("Straße", 1, 55, ""),
    t("Hausnummer", 1, 9, ""),
    t("Postleitzahl", 5, 5, "[0-9]{5}"),
    t("Ort", 1, 50, ""),
    t("Postfach", 1, 20, ""),
    f("Staat", Kind::Select),
    f("Gemeindeschlüssel AGS", Kind::Select),
    t("Telefonnummer", 1, 23, "[0-9 +()/-]*"),
    t("E-Mail-Adresse", 6, 254, ""),
    t("Steuer-Identifikationsnummer", 11, 11, "[0-9]{11}"),
    t("Aktenzeichen", 1, 60, ""),
    t("IBAN", 22, 34, "[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}"),
    t("BIC", 8, 11, "[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?"),
    t("Kontoinhaberin / Kontoinhaber", 1, 100, ""),
    f("Anzahl der Beschäftigten", Kind::Int),
    f("Anzahl der Vollzeitkräfte", Kind::Int),
    f("Größe der Betriebsfläche in m²", Kind::Int),
    f("Höhe des beantragten Zuschusses in €", Kind::Currency),
    f("Jahresumsatz", Kind::Currency),
    f("Beginn der Tätigkeit", Kind::Date),
    f("Datum der Betriebsaufgabe", Kind::Date),
    f("Zustimmung zur Datenschutzerklärung", Kind::Bool),
    f("Ist eine Erlaubnis erforderlich?", Kind::Bool),
    f("Eintrag im Handelsregister vorhanden", Kind::Bool),
    f("Rechtsform", Kind::Select),
    f("Art des Betriebes", Kind::Select),
    f("Wirtschaftszweig", Kind::Select),
    f("Hinweis zur Übermittlung", Kind::Label),
    f("Erklärung nach § 14 GewO", Kind::Label),
    f("Nachweis der Erlaubnis", Kind::File),
    f("Kopie des Personalausweises", Kind::File),
    t("Bemerkungen", 0, 4000, ""),
    t("Angemeldete Tätigkeit", 1, 500, ""),
    t("Registergericht", 1, 100, ""),
    t("Registernummer", 1, 20, ""),
    t("Name der Behörde", 1, 254, ""),
];

const FIELD_SUFFIXES: &[&str] = &[
    " der antragstellenden Person",
    " des Betriebes",
    " (Ausland)",
    " der gesetzlichen Vertreterin / des gesetzlichen Vertreters",
    " der Hauptniederlassung",
    " der Zweigniederlassung",
    " (Ehegattin / Ehegatte)",
    " laut Ausweisdokument",
];

const GROUPS: &[&str] = &[
    "Natürliche Person (abstrakt, umfassend)",
    "Anschrift Inland Straßenanschrift",
    "Anschrift Inland Postfachanschrift",
    "Anschrift Ausland",
    "Kontaktdaten",
    "Angaben zum Betrieb",
    "Vertretungsberechtigte Person",
    "Bankverbindung",
    "Angaben zur Gewerbeanmeldung",
    "Angaben zur Tätigkeit",
    "Nachweise",
    "Erklärungen",
    "Angaben zum Fahrzeug",
    "Angaben zur Förderung",
    "Juristische Person",
    "Empfangsbestätigung",
    "Angaben zur Zuständigkeit",
    "Gesellschafterinnen und Gesellschafter",
];

const GROUP_SUFFIXES: &[&str] = &[
    "",
    "",
    "",
    " der antragstellenden Person",
    " (Betriebsstätte)",
    " gemäß § 14 GewO",
    " für Bescheide &amp; Mitteilungen",
];

const SENTENCES: &[&str] = &[
    "Die Angabe ist für die Prüfung der Zuständigkeit erforderlich.",
    "Bitte geben Sie die Daten so an, wie sie im Ausweisdokument stehen.",
    "Kompatibilität zu EPA in TR XhD v 1.4 sollte Feldlänge min. 50.",
    "Bei XInneres 8 ist die Feldlänge &lt;= 55 Zeichen.",
    "Angaben gemäß §§ 14 &amp; 55c GewO.",
    "Nur Werte &gt; 0 sind zulässig.",
    "Grundlage ist das Onlinezugangsgesetz (OZG).",
    "Das Feld wird aus dem Nutzerkonto vorbefüllt, sofern dort Daten hinterlegt sind.",
    "Die Übermittlung erfolgt über XGewerbeanzeige v 1.3.",
    "Mehrere Angaben sind durch Komma zu trennen.",
    "Für juristische Personen ist zusätzlich die Registernummer anzugeben.",
    "Die Größe der Fläche ist in Quadratmetern (m²) anzugeben.",
    "Beträge sind in Euro (€) mit zwei Nachkommastellen anzugeben.",
    "Änderungen sind der zuständigen Behörde unverzüglich mitzuteilen.",
    "Es gilt die \"Verordnung über das Gewerbeanzeigeverfahren\" in der jeweils gültigen Fassung.",
    "Siehe auch Anlage 1 (Muster) &amp; Anlage 2 (Ausfüllhinweise).",
];

const DEFINITIONS: &[&str] = &[
    "Bezeichnung der Gemeinde",
    "Gemeinden, dargestellt durch den Amtlichen Gemeindeschlüssel (AGS) des Statistischen Bundesamtes",
    "Name, unter dem eine natürliche Person im Rechtsverkehr auftritt.",
    "Ort, an dem das Gewerbe tatsächlich ausgeübt wird.",
    "Zeitpunkt, ab dem die Tätigkeit aufgenommen wird.",
    "Angaben zur Identifizierung einer Person gemäß § 3 BMG.",
    "Anschrift, unter der eine Person postalisch erreichbar ist.",
    "Kennzeichen zur eindeutigen Zuordnung eines Vorgangs.",
];

const BEZUEGE: &[&str] = &[
    "§ 14 Abs. 1 GewO",
    "Art. 6 Abs. 1 lit. e DSGVO",
    "§ 3 Abs. 1 Nr. 1 BMG",
    "GewAnzV vom 22.07.2014&#13;\nXGewerbeanzeige v 1.3 GemeindeSchluessel + GemeindeZusatz",
    "XInneres.Meldeanschrift.strasse Version 8",
    "Gemeindeverzeichnis des Statistischen Bundesamtes",
    "§ 55c GewO i. V. m. § 4 GewAnzV",
    "Anlage 1 zur GewAnzV (Gewerbeanmeldung GewA 1)",
    "§ 5 Abs. 2 Satz 1 PAuswG",
];

const HILFETEXTE: &[&str] = &[
    "Geben Sie an, wie die Straße heißt.",
    "Bitte wählen Sie einen Eintrag aus der Liste aus.",
    "Tragen Sie den Betrag in Euro ein (z. B. 1.250,00 €).",
    "Laden Sie eine Datei im Format PDF hoch (max. 10 MB).",
    "Geben Sie die Anschrift mit Straße, Hausnummer, Postleitzahl und Ort an. Eine Angabe eines Postfachs ist nicht möglich.",
    "Bitte geben Sie das Datum im Format TT.MM.JJJJ ein.",
    "Falls Sie keinen Doktorgrad führen, lassen Sie das Feld leer.",
    "Die Angabe ist freiwillig.",
    "Weitere Informationen finden Sie unter \"Hilfe &amp; Kontakt\".",
];

const ERSTELLER: &[&str] = &[
    "FIM Baustein Datenfelder",
    "Bundesredaktion",
    "Landesredaktion Nordrhein-Westfalen",
    "Landesredaktion Baden-Württemberg",
    "Senatsverwaltung für Inneres Berlin",
    "Landesredaktion Thüringen",
    "Nancy_Bernhardt",
];

const VERSIONSHINWEISE: &[&str] = &[
    "Hausnummerzusatz aufgenommen",
    "Länge an XInneres 8 angepasst",
    "Redaktionelle Überarbeitung",
    "Neu aufgenommen",
    "Codeliste aktualisiert (Stand 2021-02-19)",
];

const RULE_NAMES: &[&str] = &[
    "MindestEineAngabe",
    "Pflichtangabe bei Auswahl",
    "Plausibilität Datum",
    "Anschrift Inland Straßenanschrift / Anschrift Inland Postfachanschrift",
    "Summenprüfung",
    "Entweder-oder-Angabe",
    "Angaben zur Fahrzeughalterin, zum Fahrzeughalter",
    "Prüfung Mindestalter",
];

const ERROR_MESSAGES: &[&str] = &[
    "Bitte geben Sie mindestens eine Angabe an.",
    "Das Datum darf nicht in der Zukunft liegen.",
    "Bitte füllen Sie entweder die Straßenanschrift oder die Postfachanschrift aus.",
    "Die Summe der Anteile muss 100 % ergeben.",
    "Die antragstellende Person muss mindestens 18 Jahre alt sein.",
];

const STICHWORTE: &[&str] = &[
    "Gewerbe",
    "Anschrift",
    "Person",
    "Förderung",
    "Führerschein",
    "Meldewesen",
];

/// (canonicalIdentification, version, v2 id number)
const CODELISTS: &[(&str, &str, u32)] = &[
    (
        "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:ags",
        "2018-01-31",
        14,
    ),
    (
        "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat",
        "2021-02-19",
        15,
    ),
    (
        "urn:xoev-de:xgewerbeanzeige:codeliste:rechtsform",
        "1.3",
        16,
    ),
    ("urn:de:fim:codeliste:geschlecht", "1.0", 17),
    (
        "urn:xoev-de:xgewerbeanzeige:codeliste:wirtschaftszweig",
        "2008",
        18,
    ),
    ("urn:de:fim:codeliste:betriebsart", "2.1", 19),
];

const WERTE: &[(&str, &str)] = &[
    ("01", "Ja"),
    ("02", "Nein"),
    ("03", "Unbekannt"),
    ("10", "Hauptniederlassung"),
    ("11", "Zweigniederlassung"),
    ("12", "Unselbstständige Zweigstelle"),
    ("20", "Übernahme eines bestehenden Betriebes"),
    ("21", "Neugründung &amp; Erweiterung"),
];

const ANZAHL: &[&str] = &[
    "1:1", "1:1", "1:1", "1:1", "1:1", "0:1", "0:1", "0:1", "0:1", "1:*", "0:*", "0:5", "1:3",
];

const MEDIA_TYPES: &[&str] = &[
    "application/pdf",
    "image/jpeg",
    "image/png",
    "application/xml",
];

const WS_IDENT: &str = "                                                                                                                                ";

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

/// Number of reusable ("harmonised") fields emitted identically wherever used.
const POOL_SIZE: usize = 48;
/// Bytes reserved for closing tags at the end of the message.
const TAIL_RESERVE: usize = 1_024;

struct Gen {
    v: XdfVersion,
    out: String,
    rng: Rng,
    depth: usize,
    limit: usize,
    next_field: u64,
    next_group: u64,
    next_rule: u64,
    /// Id of the most recently emitted field, used in rule scripts.
    last_field: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Elem {
    Schema,
    Group,
    Field,
    Rule,
}

impl Gen {
    fn new(v: XdfVersion, target: usize) -> Self {
        Self {
            v,
            out: String::with_capacity(target.saturating_add(16 * 1024)),
            rng: Rng::new(SEED),
            depth: 0,
            limit: target.saturating_sub(TAIL_RESERVE),
            next_field: 0,
            next_group: 0,
            next_rule: 0,
            last_field: String::new(),
        }
    }

    fn v3(&self) -> bool {
        self.v == XdfVersion::V3
    }

    fn over(&self) -> bool {
        self.out.len() >= self.limit
    }

    // -- ids ---------------------------------------------------------------

    fn id(&self, prefix: char, n: u64) -> String {
        if self.v3() {
            format!("{prefix}{:011}", 60_000_000_000u64 + n)
        } else {
            format!("{prefix}{:08}", 60_000_000u64 + n)
        }
    }

    fn pool_id(&self, prefix: char, n: u64) -> String {
        if self.v3() {
            format!("{prefix}{:011}", 100 + n)
        } else {
            format!("{prefix}{:08}", 100 + n)
        }
    }

    fn version(&self) -> &'static str {
        if self.v3() {
            "1.0.0"
        } else {
            "1.0"
        }
    }

    // -- low-level writing -------------------------------------------------

    fn indent(&mut self) {
        let n = (self.depth * 4).min(WS_IDENT.len());
        self.out.push_str(WS_IDENT.get(..n).unwrap_or(""));
    }

    fn open(&mut self, name: &str) {
        self.open_attrs(name, "");
    }

    /// `attrs` is either empty or starts with a space.
    fn open_attrs(&mut self, name: &str, attrs: &str) {
        self.indent();
        self.out.push_str("<xdf:");
        self.out.push_str(name);
        self.out.push_str(attrs);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        self.out.push_str("</xdf:");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// A leaf element with already escaped `text`; empty text is written as
    /// `<xdf:x/>` or `<xdf:x></xdf:x>` at random.
    fn leaf(&mut self, name: &str, text: &str) {
        self.leaf_attrs(name, "", text);
    }

    fn leaf_attrs(&mut self, name: &str, attrs: &str, text: &str) {
        self.indent();
        self.out.push_str("<xdf:");
        self.out.push_str(name);
        self.out.push_str(attrs);
        if text.is_empty() && self.rng.chance(60) {
            self.out.push_str("/>\n");
            return;
        }
        self.out.push('>');
        self.out.push_str(text);
        self.out.push_str("</xdf:");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// A code element (`xoev-code:Code`): `<xdf:name attrs><code>c</code></xdf:name>`.
    fn code(&mut self, name: &str, attrs: &str, code: &str) {
        self.open_attrs(name, attrs);
        self.indent();
        self.out.push_str("<code>");
        self.out.push_str(code);
        self.out.push_str("</code>\n");
        self.close(name);
    }

    /// A code element of a list whose `listURI` and `listVersionID` are
    /// fixed by the XSD: v2 always writes them, v3 only sometimes.
    fn fixed_code(&mut self, name: &str, list: &str, list_version: &str, code: &str) {
        if !self.v3() || self.rng.chance(40) {
            let attrs = format!(" listURI=\"{list}\" listVersionID=\"{list_version}\"");
            self.code(name, &attrs, code);
        } else {
            self.code(name, "", code);
        }
    }

    // -- random content ----------------------------------------------------

    fn date(&mut self) -> String {
        let y = self.rng.range(2016, 2024);
        let m = self.rng.range(1, 12);
        let d = self.rng.range(1, 28);
        format!("{y:04}-{m:02}-{d:02}")
    }

    fn date_time(&mut self) -> String {
        let date = self.date();
        let h = self.rng.below(24);
        let mi = self.rng.below(60);
        let s = self.rng.below(60);
        if self.rng.chance(50) {
            let ms = self.rng.below(1000);
            format!("{date}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
        } else {
            format!("{date}T{h:02}:{mi:02}:{s:02}Z")
        }
    }

    /// One to `max` sentences, sometimes separated by `&#13;` + newline as
    /// in exports from Windows-based editors.
    fn prose(&mut self, max: usize) -> String {
        let n = self.rng.range(1, max);
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push_str(if self.rng.chance(20) { "&#13;\n" } else { " " });
            }
            s.push_str(self.rng.pick(SENTENCES));
        }
        s
    }

    fn maybe_prose(&mut self, pct: u64, max: usize) -> String {
        if self.rng.chance(pct) {
            self.prose(max)
        } else {
            String::new()
        }
    }

    fn maybe(&mut self, pct: u64, items: &[&'static str]) -> &'static str {
        if self.rng.chance(pct) {
            self.rng.pick(items)
        } else {
            ""
        }
    }

    fn script(&mut self) -> String {
        let a = if self.last_field.is_empty() {
            self.id('F', 1)
        } else {
            self.last_field.clone()
        };
        let b = self.id('F', self.next_field + 2);
        let msg = self.rng.pick(ERROR_MESSAGES);
        match self.rng.below(4) {
            0 => "function script() {}".to_owned(),
            1 => format!(
                "function script() {{&#13;\n    if (getValue(\"{a}\") != \"\" &amp;&amp; getValue(\"{b}\") == \"\") {{&#13;\n        addError(\"{b}\", \"{msg}\");&#13;\n    }}&#13;\n}}"
            ),
            2 => format!(
                "function script() {{&#13;\n    var n = parseInt(getValue(\"{a}\"), 10);&#13;\n    if (isNaN(n) || n &lt; 0 || n &gt; 9999) {{&#13;\n        addError(\"{a}\", \"{msg}\");&#13;\n    }}&#13;\n}}"
            ),
            _ => format!(
                "if ({a} &lt;&gt; leer UND {b} = leer) DANN Fehler(\"{msg}\")"
            ),
        }
    }

    // -- message -------------------------------------------------------------

    fn run(mut self) -> String {
        let (ns, loc) = if self.v3() {
            (
                "urn:xoev-de:fim:standard:xdatenfelder_3.0.0",
                "xdatenfelder.xsd",
            )
        } else {
            (
                "urn:xoev-de:fim:standard:xdatenfelder_2",
                "xsd/xdatenfelder.xsd",
            )
        };
        self.out
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        let root_attrs = format!(
            " xmlns:xdf=\"{ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{ns} {loc}\""
        );
        self.open_attrs("xdatenfelder.stammdatenschema.0102", &root_attrs);
        self.header();
        self.schema();
        self.close("xdatenfelder.stammdatenschema.0102");
        self.out
    }

    fn header(&mut self) {
        self.open("header");
        let id = format!("{:016X}", self.rng.next_u64());
        self.leaf("nachrichtID", &id);
        let ts = self.date_time();
        self.leaf("erstellungszeitpunkt", &ts);
        if self.v3() {
            self.leaf(
                "produktbezeichnung",
                "fim-benches Generator für Stammdatenschemata",
            );
            self.leaf("produkthersteller", "FIM-Werkzeugkasten");
            self.leaf("produktversion", env!("CARGO_PKG_VERSION"));
            self.fixed_code(
                "datenqualitaet",
                "urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet",
                "1.0",
                "TEST",
            );
        }
        self.close("header");
    }

    fn schema(&mut self) {
        self.open("stammdatenschema");
        let id = if self.v3() {
            "S60000000001".to_owned()
        } else {
            "S60000001".to_owned()
        };
        let name = "Gewerbeanmeldung (generiert für Lasttests)";
        let label = "Anzeige eines Gewerbes nach § 14 GewO";
        if self.v3() {
            self.allgemein_v3(&id, name, Elem::Schema);
            self.leaf("bezeichnung", label);
            self.leaf("hilfetext", "Bitte füllen Sie alle Pflichtfelder aus. Felder mit * sind Pflichtangaben &amp; werden geprüft.");
        } else {
            self.allgemein_v2(&id, name, label, Elem::Schema);
            self.leaf("hilfetext", "Bitte füllen Sie alle Pflichtfelder aus. Felder mit * sind Pflichtangaben &amp; werden geprüft.");
        }
        self.fixed_code(
            "ableitungsmodifikationenStruktur",
            "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur",
            "1.0",
            "3",
        );
        self.fixed_code(
            "ableitungsmodifikationenRepraesentation",
            "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation",
            "1.0",
            "1",
        );
        if self.v3() {
            self.open("dokumentsteckbrief");
            self.leaf("id", "D60000000001");
            self.leaf("version", "1.0.0");
            self.close("dokumentsteckbrief");
        }
        let rules = self.rng.range(1, 3);
        for _ in 0..rules {
            self.rule();
        }
        loop {
            let depth = self.rng.range(2, 4);
            self.struktur(Some(depth));
            if self.over() {
                break;
            }
        }
        self.close("stammdatenschema");
    }

    /// `group_depth`: `Some(d)` for a group with up to `d` levels of groups,
    /// `None` for a field.
    fn struktur(&mut self, group_depth: Option<usize>) {
        self.open("struktur");
        let anzahl = self.rng.pick(ANZAHL);
        self.leaf("anzahl", anzahl);
        if self.v3() {
            let n = if self.rng.chance(70) {
                0
            } else {
                self.rng.range(1, 2)
            };
            for _ in 0..n {
                self.rechtsbezug();
            }
        } else {
            let b = self.maybe(25, BEZUEGE);
            self.leaf("bezug", b);
        }
        self.open("enthaelt");
        match group_depth {
            Some(d) => self.group(d),
            None => self.field(),
        }
        self.close("enthaelt");
        self.close("struktur");
    }

    fn rechtsbezug(&mut self) {
        let text = self.rng.pick(BEZUEGE);
        if self.rng.chance(30) {
            let link = self.rng.pick(&[
                "https://www.gesetze-im-internet.de/gewo/__14.html",
                "https://www.gesetze-im-internet.de/bmg/__3.html",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
            ]);
            let attrs = format!(" link=\"{link}\"");
            self.leaf_attrs("bezug", &attrs, text);
        } else {
            self.leaf("bezug", text);
        }
    }

    // -- common parts --------------------------------------------------------

    /// v2 `AllgemeineAngaben` (identifikation .. veroeffentlichungsdatum).
    fn allgemein_v2(&mut self, id: &str, name: &str, eingabe: &str, kind: Elem) {
        self.open("identifikation");
        self.leaf("id", id);
        let version = self.version();
        self.leaf("version", version);
        self.close("identifikation");
        self.leaf("name", name);
        self.leaf("bezeichnungEingabe", eingabe);
        if kind != Elem::Rule && self.rng.chance(60) {
            self.leaf("bezeichnungAusgabe", eingabe);
        }
        let beschreibung = self.maybe_prose(55, 3);
        self.leaf("beschreibung", &beschreibung);
        let definition = self.maybe(50, DEFINITIONS);
        self.leaf("definition", definition);
        let bezug = self.maybe(45, BEZUEGE);
        self.leaf("bezug", bezug);
        let status = self
            .rng
            .pick(&["aktiv", "aktiv", "aktiv", "inVorbereitung", "inaktiv"]);
        self.fixed_code(
            "status",
            "urn:xoev-de:fim:codeliste:xdatenfelder.status",
            "1.0",
            status,
        );
        if self.rng.chance(40) {
            let d = self.date();
            self.leaf("gueltigAb", &d);
            if self.rng.chance(30) {
                let d = self.date();
                self.leaf("gueltigBis", &d);
            }
        }
        if self.rng.chance(70) {
            let e = self.rng.pick(ERSTELLER);
            self.leaf("fachlicherErsteller", e);
        }
        if self.rng.chance(30) {
            let h = self.rng.pick(VERSIONSHINWEISE);
            self.leaf("versionshinweis", h);
        }
        if self.rng.chance(50) {
            let d = self.date();
            self.leaf("freigabedatum", &d);
            let d = self.date();
            self.leaf("veroeffentlichungsdatum", &d);
        }
    }

    /// v3 `AllgemeineAngaben` (identifikation .. stichwort).
    fn allgemein_v3(&mut self, id: &str, name: &str, kind: Elem) {
        self.open("identifikation");
        self.leaf("id", id);
        let version = self.version();
        self.leaf("version", version);
        self.close("identifikation");
        self.leaf("name", name);
        if self.rng.chance(80) {
            let b = self.maybe_prose(60, 3);
            self.leaf("beschreibung", &b);
        }
        if self.rng.chance(80) {
            let d = self.maybe(50, DEFINITIONS);
            self.leaf("definition", d);
        }
        let n = self.rng.below(3);
        for _ in 0..n {
            self.rechtsbezug();
        }
        let (code, comment) = self.rng.pick(&[
            ("6", "6 = fachlich freigegeben (gold)"),
            ("6", ""),
            ("5", "5 = fachlich freigegeben (silber)"),
            ("2", ""),
            ("3", ""),
            ("4", "4 = methodisch freigegeben"),
        ]);
        self.open_attrs("freigabestatus", " listVersionID=\"2020-03-19\"");
        if !comment.is_empty() && self.rng.chance(50) {
            self.indent();
            let _ = writeln!(self.out, "<!-- {comment} -->");
        }
        self.indent();
        let _ = writeln!(self.out, "<code>{code}</code>");
        self.close("freigabestatus");
        if self.rng.chance(60) {
            let d = self.date();
            self.leaf("statusGesetztAm", &d);
            let e = self.rng.pick(ERSTELLER);
            self.leaf("statusGesetztDurch", e);
        }
        if self.rng.chance(40) {
            let d = self.date();
            self.leaf("gueltigAb", &d);
            if self.rng.chance(30) {
                let d = self.date();
                self.leaf("gueltigBis", &d);
            }
        }
        if self.rng.chance(30) {
            let h = self.rng.pick(VERSIONSHINWEISE);
            self.leaf("versionshinweis", h);
        }
        if self.rng.chance(50) {
            let d = self.date();
            self.leaf("veroeffentlichungsdatum", &d);
        }
        let ts = self.date_time();
        self.leaf("letzteAenderung", &ts);
        if kind != Elem::Schema && self.rng.chance(10) {
            let (code, pfx) = (
                self.rng.pick(&["ABL", "ERS", "EQU", "VKN"]),
                id.chars().next().unwrap_or('F'),
            );
            self.open("relation");
            self.code(
                "praedikat",
                " listURI=\"urn:xoev-de:fim-datenfelder:codeliste:relation\" listVersionID=\"1.0\"",
                code,
            );
            self.open("objekt");
            let n = 5_000 + self.rng.below(1_000) as u64;
            let other = self.pool_id(pfx, n);
            self.leaf("id", &other);
            self.leaf("version", "1.0.0");
            self.close("objekt");
            self.close("relation");
        }
        if self.rng.chance(15) {
            let w = self.rng.pick(STICHWORTE);
            let attrs = format!(
                " uri=\"urn:xoev-de:fim:stichwort:{}\"",
                w.to_ascii_lowercase()
                    .replace('ö', "oe")
                    .replace('ü', "ue")
                    .replace('ä', "ae")
            );
            self.leaf_attrs("stichwort", &attrs, w);
        }
    }

    /// v2/v3 `Schemaelementangaben` tail.
    fn schemaelement(&mut self, eingabe: &str, art: &'static str) {
        if self.v3() {
            self.leaf("bezeichnungEingabe", eingabe);
            if self.rng.chance(60) {
                self.leaf("bezeichnungAusgabe", eingabe);
            }
        }
        self.fixed_code(
            "schemaelementart",
            "urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart",
            "1.0",
            art,
        );
        let he = self.maybe(50, HILFETEXTE);
        let ha = self.maybe(15, HILFETEXTE);
        if self.v3() {
            if self.rng.chance(80) {
                self.leaf("hilfetextEingabe", he);
            }
            if self.rng.chance(60) {
                self.leaf("hilfetextAusgabe", ha);
            }
        } else {
            self.leaf("hilfetextEingabe", he);
            self.leaf("hilfetextAusgabe", ha);
        }
    }

    // -- rules ---------------------------------------------------------------

    fn rule(&mut self) {
        self.next_rule += 1;
        let id = self.id('R', self.next_rule);
        let name = self.rng.pick(RULE_NAMES);
        self.open("regel");
        if self.v3() {
            self.rule_v3(&id, name);
        } else {
            self.allgemein_v2(&id, name, name, Elem::Rule);
            let s = self.script();
            self.leaf("script", &s);
        }
        self.close("regel");
    }

    fn rule_v3(&mut self, id: &str, name: &str) {
        self.open("identifikation");
        self.leaf("id", id);
        self.leaf("version", "1.0.0");
        self.close("identifikation");
        self.leaf("name", name);
        if self.rng.chance(70) {
            self.leaf("beschreibung", "Eine Regelbeschreibung");
        }
        if self.rng.chance(60) {
            let g = self.id('G', self.next_group);
            let text = format!(
                "Wenn bei {} \"02 Das Fahrzeug ist auf einen anderen Halter zugelassen.\" angegeben wird, dann wird {g} zur Pflichtangabe.",
                if self.last_field.is_empty() { "F60000000001" } else { &self.last_field }
            );
            self.leaf("freitextRegel", &text);
        }
        if self.rng.chance(30) {
            self.rechtsbezug();
        }
        if self.rng.chance(70) {
            let e = self.rng.pick(ERSTELLER);
            self.leaf("fachlicherErsteller", e);
        }
        let ts = self.date_time();
        self.leaf("letzteAenderung", &ts);
        let typ = self.rng.pick(&["B", "K", "M", "V"]);
        self.fixed_code(
            "typ",
            "urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp",
            "1.0",
            typ,
        );
        let target = if self.last_field.is_empty() {
            self.id('F', 1)
        } else {
            self.last_field.clone()
        };
        if self.rng.chance(50) {
            let p = self.rng.pick(&["anzahl", "objekt", "selektor", "wert"]);
            let attrs = format!(" element=\"{target}\" name=\"feld1\"");
            self.open_attrs("param", &attrs);
            self.leaf("typ", p);
            self.close("param");
            self.indent();
            let _ = writeln!(self.out, "<xdf:ziel element=\"{target}\" name=\"feld1\"/>");
        }
        let s = self.script();
        self.leaf("skript", &s);
        if self.rng.chance(60) {
            let msg = self.rng.pick(ERROR_MESSAGES);
            let code = 1000 + self.rng.below(9000);
            let attrs = format!(" code=\"{code}\"");
            self.leaf_attrs("fehler", &attrs, msg);
        }
    }

    // -- groups and fields ---------------------------------------------------

    fn group(&mut self, depth: usize) {
        self.next_group += 1;
        let id = self.id('G', self.next_group);
        let base = self.rng.pick(GROUPS);
        let suffix = self.rng.pick(GROUP_SUFFIXES);
        let name = format!("{base}{suffix}");
        let art = self.rng.pick(&["ABS", "HAR", "HAR", "RNG"]);
        self.open("datenfeldgruppe");
        if self.v3() {
            self.allgemein_v3(&id, &name, Elem::Group);
        } else {
            self.allgemein_v2(&id, &name, &name, Elem::Group);
        }
        self.schemaelement(&name, art);
        if self.v3() && self.rng.chance(10) {
            self.fixed_code(
                "art",
                "urn:xoev-de:fim:codeliste:datenfelder.gruppenart",
                "1.0",
                "X",
            );
        }
        if self.rng.chance(20) {
            self.rule();
        }
        let children = self.rng.range(2, 7);
        for i in 0..children {
            let over = self.over();
            if i > 0 && over {
                break;
            }
            if depth > 1 && !over && self.rng.chance(35) {
                self.struktur(Some(depth - 1));
            } else {
                self.struktur(None);
            }
        }
        self.close("datenfeldgruppe");
    }

    fn field(&mut self) {
        if self.rng.chance(30) {
            let idx = self.rng.below(POOL_SIZE);
            let saved = std::mem::replace(&mut self.rng, Rng::new(POOL_SEED ^ idx as u64));
            let id = self.pool_id('F', idx as u64);
            let spec = FIELDS.get(idx % FIELDS.len()).copied().unwrap_or_default();
            self.field_body(&id, spec, spec.name.to_owned(), false);
            self.rng = saved;
            self.last_field = id;
        } else {
            self.next_field += 1;
            let id = self.id('F', self.next_field);
            let spec = self.rng.pick(FIELDS);
            let name = if !spec.name.ends_with('?') && self.rng.chance(35) {
                let s = self.rng.pick(FIELD_SUFFIXES);
                format!("{}{s}", spec.name)
            } else {
                spec.name.to_owned()
            };
            self.field_body(&id, spec, name, true);
            self.last_field = id;
        }
    }

    fn field_body(&mut self, id: &str, spec: FieldSpec, name: String, rules: bool) {
        let art = self.rng.pick(&["ABS", "HAR", "HAR", "RNG"]);
        self.open("datenfeld");
        if self.v3() {
            self.allgemein_v3(id, &name, Elem::Field);
        } else {
            self.allgemein_v2(id, &name, &name, Elem::Field);
        }
        self.schemaelement(&name, art);
        if self.v3() {
            self.field_v3(spec);
        } else {
            self.field_v2(spec);
        }
        if rules && self.rng.chance(12) {
            self.rule();
        }
        if self.v3() && spec.kind == Kind::File {
            let size = 1_048_576 * self.rng.range(1, 20);
            self.leaf("maxSize", &size.to_string());
            let n = self.rng.range(1, 2);
            for _ in 0..n {
                let m = self.rng.pick(MEDIA_TYPES);
                self.leaf("mediaType", m);
            }
        }
        self.close("datenfeld");
    }

    fn field_v2(&mut self, spec: FieldSpec) {
        let (feldart, datentyp) = match spec.kind {
            Kind::Text => ("input", "text"),
            Kind::Int => ("input", "num_int"),
            Kind::Currency => ("input", "num_currency"),
            Kind::Date => ("input", "date"),
            Kind::Bool => ("input", "bool"),
            Kind::Select => ("select", "text"),
            Kind::Label => ("label", "text"),
            Kind::File => ("input", "file"),
        };
        self.fixed_code(
            "feldart",
            "urn:xoev-de:fim:codeliste:xdatenfelder.feldart",
            "1.0",
            feldart,
        );
        self.fixed_code(
            "datentyp",
            "urn:xoev-de:fim:codeliste:xdatenfelder.datentyp",
            "1.0",
            datentyp,
        );
        let praezisierung = match spec.kind {
            Kind::Text if spec.max_len > 0 => {
                if spec.pattern.is_empty() {
                    format!(
                        "{{\"minLength\":\"{}\",\"maxLength\":\"{}\"}}",
                        spec.min_len, spec.max_len
                    )
                } else {
                    format!(
                        "{{\"minLength\":\"{}\",\"pattern\":\"{}\",\"maxLength\":\"{}\"}}",
                        spec.min_len, spec.pattern, spec.max_len
                    )
                }
            }
            Kind::Int => "{\"minValue\":\"0\",\"maxValue\":\"9999\"}".to_owned(),
            Kind::Currency => "{\"minValue\":\"0.00\",\"maxValue\":\"1000000.00\"}".to_owned(),
            Kind::Select => {
                format!(
                    "{{\"minLength\":\"1\",\"maxLength\":\"{}\"}}",
                    self.rng.range(2, 12)
                )
            }
            Kind::Text | Kind::Date | Kind::Bool | Kind::Label | Kind::File => String::new(),
        };
        self.leaf("praezisierung", &praezisierung);
        let inhalt = if spec.kind == Kind::Label {
            self.prose(4)
        } else {
            String::new()
        };
        self.leaf("inhalt", &inhalt);
        if spec.kind == Kind::Select {
            let (canon, version, num) = self.rng.pick(CODELISTS);
            self.open("codelisteReferenz");
            self.open("identifikation");
            let cid = format!("C{num:08}");
            self.leaf("id", &cid);
            if self.rng.chance(50) {
                self.leaf("version", "1.0");
            }
            self.close("identifikation");
            self.open("genericodeIdentification");
            self.leaf("canonicalIdentification", canon);
            self.leaf("version", version);
            let uri = format!("{canon}_{version}");
            self.leaf("canonicalVersionUri", &uri);
            self.close("genericodeIdentification");
            self.close("codelisteReferenz");
        }
    }

    fn field_v3(&mut self, spec: FieldSpec) {
        let (feldart, datentyp) = match spec.kind {
            Kind::Text => {
                let fa = self
                    .rng
                    .pick(&["input", "input", "input", "input", "hidden", "locked"]);
                let dt = if self.rng.chance(20) {
                    "text_latin"
                } else {
                    "text"
                };
                (fa, dt)
            }
            Kind::Int => ("input", "num_int"),
            Kind::Currency => ("input", "num_currency"),
            Kind::Date => (
                "input",
                self.rng.pick(&["date", "date", "date", "datetime", "time"]),
            ),
            Kind::Bool => ("input", "bool"),
            Kind::Select => ("select", "text"),
            Kind::Label => ("label", "text"),
            Kind::File => ("input", "file"),
        };
        self.fixed_code(
            "feldart",
            "urn:xoev-de:fim:codeliste:xdatenfelder.feldart",
            "2.0",
            feldart,
        );
        self.fixed_code(
            "datentyp",
            "urn:xoev-de:fim:codeliste:xdatenfelder.datentyp",
            "2.0",
            datentyp,
        );
        let attrs = match spec.kind {
            Kind::Text if spec.max_len > 0 => {
                let mut a = format!(
                    " minLength=\"{}\" maxLength=\"{}\"",
                    spec.min_len, spec.max_len
                );
                if !spec.pattern.is_empty() {
                    let _ = write!(a, " pattern=\"{}\"", spec.pattern);
                }
                Some(a)
            }
            Kind::Int => Some(" minValue=\"0\" maxValue=\"9999\"".to_owned()),
            Kind::Currency => Some(" minValue=\"0.00\" maxValue=\"1000000.00\"".to_owned()),
            Kind::Date if datentyp == "date" && self.rng.chance(40) => {
                Some(" minValue=\"1900-01-01\"".to_owned())
            }
            _ => None,
        };
        if let Some(a) = attrs {
            self.leaf_attrs("praezisierung", &a, "");
        }
        if spec.kind == Kind::Label {
            let p = self.prose(4);
            self.leaf("inhalt", &p);
        } else if self.rng.chance(50) {
            self.leaf("inhalt", "");
        }
        let vorbefuellung = if feldart == "hidden" || feldart == "locked" {
            "verpflichtend"
        } else {
            self.rng.pick(&["keine", "keine", "keine", "optional"])
        };
        self.fixed_code(
            "vorbefuellung",
            "urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung",
            "1.0",
            vorbefuellung,
        );
        if spec.kind == Kind::Select {
            if self.rng.chance(40) {
                self.open("werte");
                let n = self.rng.range(2, 5);
                let start = self.rng.below(WERTE.len());
                for i in 0..n {
                    let (c, nm) = WERTE
                        .get((start + i) % WERTE.len())
                        .copied()
                        .unwrap_or(("01", "Ja"));
                    self.open("wert");
                    self.leaf("code", c);
                    self.leaf("name", nm);
                    if self.rng.chance(20) {
                        self.leaf("hilfe", "Zutreffendes bitte auswählen.");
                    }
                    self.close("wert");
                }
                self.close("werte");
            } else {
                let (canon, version, _) = self.rng.pick(CODELISTS);
                self.open("codelisteReferenz");
                self.leaf("canonicalIdentification", canon);
                self.leaf("version", version);
                let uri = format!("{canon}_{version}");
                self.leaf("canonicalVersionUri", &uri);
                self.close("codelisteReferenz");
                if self.rng.chance(50) {
                    self.leaf("codeKey", "code");
                    self.leaf("nameKey", "name");
                    if self.rng.chance(30) {
                        self.leaf("helpKey", "hilfe");
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Characters allowed by `xoev-lc:String.Latin` that this generator may use.
    fn latin_ok(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{a1}'..='\u{ac}' | '\u{ae}'..='\u{107}' | '\u{20ac}')
    }

    #[test]
    fn only_string_latin_characters() {
        for text in [generate_v2(300_000), generate_v3(300_000)] {
            let bad: Vec<char> = text.chars().filter(|c| !latin_ok(*c)).collect();
            assert!(bad.is_empty(), "non-Latin characters: {bad:?}");
        }
    }

    #[test]
    fn well_formed_per_quick_xml() {
        for text in [generate_v2(200_000), generate_v3(200_000)] {
            let mut r = quick_xml::Reader::from_str(&text);
            r.config_mut().check_end_names = true;
            let mut depth = 0i64;
            loop {
                match r.read_event().expect("well-formed") {
                    quick_xml::events::Event::Start(_) => depth += 1,
                    quick_xml::events::Event::End(_) => depth -= 1,
                    quick_xml::events::Event::Eof => break,
                    _ => {}
                }
            }
            assert_eq!(depth, 0);
        }
    }

    #[test]
    fn tiny_target_still_yields_a_message() {
        let v3 = generate_v3(0);
        assert!(v3.contains("<xdf:struktur>"));
        assert!(v3.ends_with("</xdf:xdatenfelder.stammdatenschema.0102>\n"));
        let v2 = generate_v2(0);
        assert!(v2.contains("<xdf:struktur>"));
    }

    #[test]
    fn version_parse() {
        assert_eq!(XdfVersion::parse("2"), Some(XdfVersion::V2));
        assert_eq!(XdfVersion::parse("v3"), Some(XdfVersion::V3));
        assert_eq!(XdfVersion::parse("4"), None);
    }
}
