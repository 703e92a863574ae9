//! The blocker catalogue: every kind of Digitalisierungshemmnis with its legal anchors and the
//! maturity level it caps, and the patterns the schema detectors look for. All of it is data.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A kind of digitisation blocker (Digitalisierungshemmnis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockerKind {
    /// Written form or a handwritten signature is required (Schriftform, eigenhändige
    /// Unterschrift).
    WrittenForm,
    /// The applicant has to appear in person (persönliches Erscheinen).
    PersonalAppearance,
    /// Evidence has to be submitted as a paper original or certified copy.
    OriginalEvidence,
    /// Medium break: post, fax, paper form, payment on site.
    MediaBreak,
    /// Data or evidence a register holds is asked from the applicant (once-only candidate).
    OnceOnly,
}

/// Everything the catalogue says about one blocker kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KindInfo {
    /// The kind.
    pub kind: BlockerKind,
    /// Stable code (`HEM-01` ...), never reused.
    pub code: &'static str,
    /// German title.
    pub title: &'static str,
    /// German description: what the blocker is and why it blocks.
    pub description: &'static str,
    /// Legal anchors (German citations).
    pub anchors: &'static [&'static str],
    /// The highest OZG maturity level (0-4) reachable while the blocker stays.
    pub caps_maturity_at: u8,
    /// German hint on how the law can remove it.
    pub remedy: &'static str,
}

/// The catalogue, one entry per [`BlockerKind`], in the kind's order.
pub const CATALOGUE: &[KindInfo] = &[
    KindInfo {
        kind: BlockerKind::WrittenForm,
        code: "HEM-01",
        title: "Schriftform / eigenhändige Unterschrift",
        description: "Das Recht verlangt die Schriftform oder eine eigenhändige Unterschrift. \
                      Ohne elektronischen Ersatz ist ein vollständig digitaler Antrag nicht möglich.",
        anchors: &[
            "§ 126 BGB",
            "§ 3a Abs. 2 und 3 VwVfG",
            "§ 36a SGB I",
            "§ 9a Abs. 5 OZG",
        ],
        caps_maturity_at: 2,
        remedy: "Schriftformersatz zulassen: Online-Formular mit Identifizierung über das \
                 Nutzerkonto (§ 9a Abs. 5 OZG, § 3a Abs. 2 VwVfG) oder Verzicht auf die Schriftform.",
    },
    KindInfo {
        kind: BlockerKind::PersonalAppearance,
        code: "HEM-02",
        title: "Persönliches Erscheinen",
        description: "Die antragstellende Person muss bei der Behörde erscheinen, meist zur \
                      Identifizierung oder zur Vorlage von Unterlagen.",
        anchors: &["§ 2 Abs. 2 EGovG (elektronischer Identitätsnachweis)", "Normenscreening, Digitalcheck"],
        caps_maturity_at: 2,
        remedy: "Identifizierung mit der Online-Ausweisfunktion (eID) zulassen und das \
                 persönliche Erscheinen streichen, wo es nicht unerlässlich ist.",
    },
    KindInfo {
        kind: BlockerKind::OriginalEvidence,
        code: "HEM-03",
        title: "Nachweis im Original oder in beglaubigter Kopie",
        description: "Ein Nachweis ist im Original oder als beglaubigte Abschrift auf Papier \
                      vorzulegen; ein Hochladen genügt nicht.",
        anchors: &["§ 5 Abs. 1 EGovG"],
        caps_maturity_at: 2,
        remedy: "Elektronische Nachweise zulassen (§ 5 Abs. 1 EGovG) und Originale nur im \
                 begründeten Einzelfall verlangen.",
    },
    KindInfo {
        kind: BlockerKind::MediaBreak,
        code: "HEM-04",
        title: "Medienbruch",
        description: "Ein Schritt verlangt Papier, Post, Fax oder eine Zahlung vor Ort und \
                      unterbricht damit den digitalen Ablauf.",
        anchors: &["OZG-Reifegradmodell: Stufe 3 verlangt den vollständigen Online-Antrag"],
        caps_maturity_at: 2,
        remedy: "Elektronische Übermittlung und Online-Bezahlung (ePayment) vorsehen.",
    },
    KindInfo {
        kind: BlockerKind::OnceOnly,
        code: "HEM-05",
        title: "Once-Only-Kandidat (Registerdaten)",
        description: "Die antragstellende Person soll Daten oder Nachweise beibringen, die ein \
                      Register bereits hält; die Behörde könnte sie selbst abrufen.",
        anchors: &["§ 5 Abs. 2 EGovG", "Registermodernisierungsgesetz"],
        caps_maturity_at: 3,
        remedy: "Nachweisabruf aus dem Register vorsehen (§ 5 Abs. 2 EGovG, \
                 Once-Only-Technical-System) und das Feld vorbefüllen oder streichen.",
    },
];

impl BlockerKind {
    /// All kinds in catalogue order.
    pub const ALL: [BlockerKind; 5] = [
        BlockerKind::WrittenForm,
        BlockerKind::PersonalAppearance,
        BlockerKind::OriginalEvidence,
        BlockerKind::MediaBreak,
        BlockerKind::OnceOnly,
    ];

    /// The catalogue entry of this kind.
    pub fn info(self) -> &'static KindInfo {
        // CATALOGUE lists every kind in order; the fallback is never taken.
        CATALOGUE
            .iter()
            .find(|k| k.kind == self)
            .unwrap_or(&CATALOGUE[0])
    }

    /// The kebab-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockerKind::WrittenForm => "written-form",
            BlockerKind::PersonalAppearance => "personal-appearance",
            BlockerKind::OriginalEvidence => "original-evidence",
            BlockerKind::MediaBreak => "media-break",
            BlockerKind::OnceOnly => "once-only",
        }
    }
}

impl fmt::Display for BlockerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure a detector is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// A hint: the wording suggests it, a human must check.
    #[default]
    Low,
    /// Likely: a clear keyword or a cited norm, context not verified.
    Medium,
    /// Explicit: the element asks for exactly this.
    High,
}

impl Confidence {
    /// German word: `niedrig`, `mittel`, `hoch`.
    pub const fn german(self) -> &'static str {
        match self {
            Confidence::Low => "niedrig",
            Confidence::Medium => "mittel",
            Confidence::High => "hoch",
        }
    }
}

/// A wording that points to a blocker, looked for in names, labels, help texts and
/// descriptions (lower-cased, whitespace normalised, at the start of a word).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPattern {
    /// The blocker it indicates.
    pub kind: BlockerKind,
    /// The lower-case word or phrase (matched at a word start; may be a word prefix).
    pub phrase: &'static str,
    /// How sure the match makes us.
    pub confidence: Confidence,
}

const fn tp(kind: BlockerKind, phrase: &'static str, confidence: Confidence) -> TextPattern {
    TextPattern {
        kind,
        phrase,
        confidence,
    }
}

use BlockerKind::*;
use Confidence::*;

/// Wordings per blocker kind. A sentence that also contains a negation or replacement word
/// (see [`NEGATIONS`]) does not count.
pub const TEXT_PATTERNS: &[TextPattern] = &[
    tp(WrittenForm, "unterschrift", High),
    tp(WrittenForm, "unterschreib", High),
    tp(WrittenForm, "unterzeichn", High),
    tp(WrittenForm, "eigenhändig", High),
    tp(WrittenForm, "handschriftlich", High),
    tp(WrittenForm, "schriftform", High),
    tp(WrittenForm, "schriftlich", Medium),
    tp(PersonalAppearance, "persönlich erscheinen", High),
    tp(PersonalAppearance, "persönliches erscheinen", High),
    tp(PersonalAppearance, "persönlich vorzusprechen", High),
    tp(PersonalAppearance, "persönlich vorsprechen", High),
    tp(PersonalAppearance, "persönliche vorsprache", High),
    tp(PersonalAppearance, "persönlich vorzulegen", High),
    tp(PersonalAppearance, "persönlich abzugeben", High),
    tp(PersonalAppearance, "vorsprache", Medium),
    tp(PersonalAppearance, "termin bei der behörde", Medium),
    tp(OriginalEvidence, "im original", High),
    tp(OriginalEvidence, "originalurkunde", High),
    tp(OriginalEvidence, "originaldokument", High),
    tp(OriginalEvidence, "beglaubigt", High),
    tp(OriginalEvidence, "beglaubigung", High),
    tp(OriginalEvidence, "urschrift", High),
    tp(MediaBreak, "per post", High),
    // Not `postalisch` alone: "postalisch erreichbar" describes an address, not a step.
    tp(MediaBreak, "postalisch zu", High),
    tp(MediaBreak, "postalisch einzureichen", High),
    tp(MediaBreak, "postalisch übermittel", High),
    tp(MediaBreak, "postalisch übersand", High),
    tp(MediaBreak, "postalisch zugesandt", High),
    tp(MediaBreak, "postalisch zugestellt", High),
    tp(MediaBreak, "postweg", High),
    tp(MediaBreak, "per fax", High),
    // Not `telefax` alone: a contact fax number is data, not a step.
    tp(MediaBreak, "per telefax", High),
    tp(MediaBreak, "faxen", High),
    tp(MediaBreak, "papierform", High),
    tp(MediaBreak, "papierformular", High),
    tp(MediaBreak, "ausgedruckt", Medium),
    tp(MediaBreak, "ausdrucken", Medium),
    tp(MediaBreak, "barzahlung", High),
    tp(MediaBreak, "bar bezahlen", High),
    tp(MediaBreak, "zahlung vor ort", High),
    tp(MediaBreak, "vor ort bezahlen", High),
    tp(MediaBreak, "vor ort zu bezahlen", High),
    tp(MediaBreak, "an der kasse", High),
];

/// Words that turn a sentence into a negation or a replacement ("keine Unterschrift
/// erforderlich", "die Unterschrift wird ersetzt", "entfällt"): a pattern in such a
/// sentence is not a finding.
pub const NEGATIONS: &[&str] = &[
    "kein",
    "keine",
    "keiner",
    "nicht",
    "entfällt",
    "ersetzt",
    "ersetzen",
    "ohne",
    "statt",
    "anstelle",
];

/// Documents and data that a German register holds; asked from the applicant they make a
/// once-only candidate. Matched at a word start (lower case).
pub const REGISTER_DATA: &[(&str, &str)] = &[
    ("meldebescheinigung", "Melderegister"),
    ("führungszeugnis", "Bundeszentralregister"),
    ("gewerbezentralregister", "Gewerbezentralregister"),
    ("handelsregisterauszug", "Handelsregister"),
    ("auszug aus dem handelsregister", "Handelsregister"),
    ("geburtsurkunde", "Personenstandsregister"),
    ("eheurkunde", "Personenstandsregister"),
    ("lebenspartnerschaftsurkunde", "Personenstandsregister"),
    ("grundbuchauszug", "Grundbuch"),
    ("auszug aus dem grundbuch", "Grundbuch"),
    ("einkommensteuerbescheid", "Finanzverwaltung (ELSTER)"),
    ("lohnsteuerbescheinigung", "Finanzverwaltung (ELStAM)"),
    ("flurkarte", "Liegenschaftskataster"),
    ("liegenschaftskarte", "Liegenschaftskataster"),
    (
        "auszug aus dem liegenschaftskataster",
        "Liegenschaftskataster",
    ),
    (
        "bescheinigung über das mutterschaftsgeld",
        "Krankenkasse (elektronische Meldung)",
    ),
    (
        "mutterschaftsgeldbescheinigung",
        "Krankenkasse (elektronische Meldung)",
    ),
];

/// A legal norm a detector looks for in `bezug` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormPattern {
    /// The blocker the norm indicates, or `None` for a norm that replaces a blocker
    /// (its presence on an element suppresses norm findings there).
    pub kind: Option<BlockerKind>,
    /// Paragraph (`126`, `3a`).
    pub paragraph: &'static str,
    /// Absatz, if the pattern needs a specific one.
    pub absatz: Option<&'static str>,
    /// The law's abbreviation as tokens (`["SGB", "I"]`).
    pub law: &'static [&'static str],
    /// How sure a citation makes us.
    pub confidence: Confidence,
    /// German: what the norm says.
    pub meaning: &'static str,
}

/// Norms whose citation in a `bezug` indicates (or replaces) a blocker.
pub const NORM_PATTERNS: &[NormPattern] = &[
    NormPattern {
        kind: Some(WrittenForm),
        paragraph: "126",
        absatz: None,
        law: &["BGB"],
        confidence: Medium,
        meaning: "§ 126 BGB regelt die gesetzliche Schriftform (eigenhändige Unterschrift)",
    },
    NormPattern {
        kind: Some(WrittenForm),
        paragraph: "3a",
        absatz: None,
        law: &["VwVfG"],
        confidence: Medium,
        meaning: "§ 3a VwVfG betrifft eine durch Rechtsvorschrift angeordnete Schriftform",
    },
    NormPattern {
        kind: Some(WrittenForm),
        paragraph: "36a",
        absatz: None,
        law: &["SGB", "I"],
        confidence: Medium,
        meaning: "§ 36a SGB I betrifft eine durch Rechtsvorschrift angeordnete Schriftform",
    },
    NormPattern {
        kind: Some(OriginalEvidence),
        paragraph: "5",
        absatz: Some("1"),
        law: &["EGovG"],
        confidence: Medium,
        meaning: "nach § 5 Abs. 1 EGovG kann die Behörde Originale verlangen",
    },
    NormPattern {
        kind: None,
        paragraph: "9a",
        absatz: None,
        law: &["OZG"],
        confidence: High,
        meaning: "§ 9a Abs. 5 OZG: Nutzerkonto und Online-Formular ersetzen die Schriftform",
    },
    NormPattern {
        kind: None,
        paragraph: "126a",
        absatz: None,
        law: &["BGB"],
        confidence: High,
        meaning: "§ 126a BGB: elektronische Form",
    },
];

/// Further wordings for process steps (BPMN task and event names, their documentation and
/// message-flow names). The process detectors read [`TEXT_PATTERNS`] and these; they are
/// kept apart because, in a data field, such words (a `Brief` salutation, an `Original` flag)
/// are too weak a signal.
pub const PROCESS_TEXT_PATTERNS: &[TextPattern] = &[
    tp(PersonalAppearance, "vorsprechen", High),
    tp(PersonalAppearance, "persönlich bei", High),
    tp(PersonalAppearance, "persönlich vorlegen", High),
    tp(PersonalAppearance, "persönlich abgeben", High),
    tp(PersonalAppearance, "persönlich einreichen", High),
    tp(PersonalAppearance, "termin vor ort", High),
    tp(MediaBreak, "postalisch", Medium),
    tp(MediaBreak, "postversand", High),
    tp(MediaBreak, "per brief", High),
    tp(MediaBreak, "brief", Medium),
    tp(MediaBreak, "per einschreiben", High),
    tp(MediaBreak, "fax", High),
    tp(MediaBreak, "papier", Medium),
    tp(MediaBreak, "bar zahlen", High),
    tp(MediaBreak, "bar bezahl", High),
    // Not `original` alone: "Original archivieren" is the authority's filing, not a demand.
    tp(OriginalEvidence, "originalunterlagen", High),
    tp(OriginalEvidence, "originale vorlegen", High),
    tp(OriginalEvidence, "originale einreichen", High),
];

/// Words (lower case, word start) that mark a pool or lane as the applicant's: message flows
/// to or from it are read for paper and post wording.
pub const APPLICANT_WORDS: &[&str] = &[
    "antragsteller",
    "antragstellende",
    "bürger",
    "einwohner",
    "unternehmen",
    "gewerbetreibende",
    "kunde",
];

/// BPMN task types that mean work done by hand, without IT support. A step of such a type
/// that no wording explains is a possible media break (confidence low, a human must check).
pub const MANUAL_TASK_TYPES: &[&str] = &["manualTask"];
