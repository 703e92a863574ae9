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
    /// The highest OZG maturity level (0-4) reachable while the blocker stays on the input
    /// side (application and evidence: level 3 needs them complete online).
    pub caps_maturity_at: u8,
    /// The highest level reachable while it stays on the output side (notice, certificate:
    /// level 3 is reached, level 4 needs the digital notice).
    pub caps_output_at: u8,
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
        caps_output_at: 3,
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
        caps_output_at: 3,
        remedy: "Identifizierung mit der Online-Ausweisfunktion (eID) zulassen und das \
                 persönliche Erscheinen streichen, wo es nicht unerlässlich ist.",
    },
    KindInfo {
        kind: BlockerKind::OriginalEvidence,
        code: "HEM-03",
        title: "Nachweis im Original oder in beglaubigter Kopie",
        description: "Ein Nachweis ist im Original oder als beglaubigte Abschrift auf Papier \
                      vorzulegen; ein Hochladen genügt nicht.",
        anchors: &["§ 5 Abs. 1 EGovG (elektronische Nachweise zulässig)"],
        caps_maturity_at: 2,
        caps_output_at: 3,
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
        caps_output_at: 3,
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
        caps_output_at: 3,
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

/// Which side of the procedure a blocker is on: the application (input) or the notice,
/// certificate or document the authority gives back (output). The OZG maturity model needs
/// the difference: level 3 is the complete online application, level 4 adds the digital
/// notice, so an output-side media break caps at 3, an input-side one at 2.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The applicant's way in: application, evidence, signature, appearance.
    #[default]
    Input,
    /// The authority's way out: notice, certificate, document handed over.
    Output,
}

impl Direction {
    /// German word: `Antragsseite` or `Ausgabeseite`.
    pub const fn german(self) -> &'static str {
        match self {
            Direction::Input => "Antragsseite",
            Direction::Output => "Ausgabeseite",
        }
    }
}

/// A wording that points to a blocker, looked for in names, labels, help texts and
/// descriptions, clause by clause (see [`super::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPattern {
    /// The blocker it indicates.
    pub kind: BlockerKind,
    /// Lower-case words separated by spaces; each word is a term of
    /// [`super::text::part_matches`]: `stem*` (word start), `~noun` (compound head with an
    /// inflection ending) or an exact word.
    pub phrase: &'static str,
    /// How sure the match makes us.
    pub confidence: Confidence,
    /// The sentence must also contain one of these terms (`a+b`: all parts, in any order).
    pub requires: &'static [&'static str],
    /// The sentence must contain none of these terms (an alternative is offered).
    pub unless: &'static [&'static str],
    /// The matched word must not start with any of these (a compound that means something
    /// else: `unterschriftsberechtigt` is a role).
    pub except: &'static [&'static str],
    /// When the first word is inflected (an adjective: `schriftliche`), the next word must
    /// match one of these terms (what is written: `antrag*`, not a third party's `zusage`).
    pub then: &'static [&'static str],
    /// A fixed side; `None`: decided by the sentence ([`OUTPUT_MARKERS`]).
    pub side: Option<Direction>,
}

impl TextPattern {
    /// The sentence must also contain one of `terms`.
    pub const fn requires(mut self, terms: &'static [&'static str]) -> Self {
        self.requires = terms;
        self
    }
    /// The sentence must contain none of `terms`.
    pub const fn unless(mut self, terms: &'static [&'static str]) -> Self {
        self.unless = terms;
        self
    }
    /// The matched word must not start with any of `prefixes`.
    pub const fn except(mut self, prefixes: &'static [&'static str]) -> Self {
        self.except = prefixes;
        self
    }
    /// An inflected first word must be followed by one of `terms`.
    pub const fn then(mut self, terms: &'static [&'static str]) -> Self {
        self.then = terms;
        self
    }
    /// The pattern is always on `side`.
    pub const fn on(mut self, side: Direction) -> Self {
        self.side = Some(side);
        self
    }
}

const fn tp(kind: BlockerKind, phrase: &'static str, confidence: Confidence) -> TextPattern {
    TextPattern {
        kind,
        phrase,
        confidence,
        requires: &[],
        unless: &[],
        except: &[],
        then: &[],
        side: None,
    }
}

use BlockerKind::*;
use Confidence::*;

/// What the applicant sends or declares to the authority: with one of these, `schriftlich`
/// is the form of the application (written form); without, it describes a third party's or
/// a company-internal document.
pub const APPLICANT_ACTS: &[&str] = &[
    "antrag*",
    "anträge*",
    "anzeige*",
    "beantrag*",
    "einzureichen",
    "einreich*",
    "reichen+ein",
    "erklär*",
    "mitzuteil*",
    "mitteil*",
    "teilen+mit",
    "widerspr*",
    "widerspruch*",
    "kündig*",
    "stellen",
    "anzumelden",
    "anmeld*",
    "abzumelden",
    "abmeld*",
    "anzuzeigen",
    "zuzustimmen",
    "einwillig*",
];

/// An electronic alternative named next to a form requirement: not a blocker.
pub const ELECTRONIC_ALTERNATIVES: &[&str] = &[
    "elektronisch*",
    "textform",
    "e-mail*",
    "online*",
    "digital*",
    "nutzerkonto*",
    "eid",
    "online-ausweis*",
];

/// Verbs with which an authority demands that a document be shown or handed in.
pub const DEMAND_VERBS: &[&str] = &[
    "vorzulegen",
    "vorlegen",
    "legen+vor",
    "vorzuzeigen",
    "vorzeigen",
    "zeigen+vor",
    "einzureichen",
    "einreich*",
    "reichen+ein",
    "mitzubringen",
    "mitbring*",
    "bringen+mit",
    "beizufügen",
    "beifüg*",
    "fügen+bei",
    "zuzusenden",
    "zusend*",
    "senden+zu",
    "übersend*",
    "schicken+zu",
];

/// Wordings per blocker kind, matched clause by clause. A negation or replacement word
/// cancels a match in its clause; in a main clause it cancels the whole sentence
/// ([`super::text::Sentence::negates`]).
pub const TEXT_PATTERNS: &[TextPattern] = &[
    // A signature field is a signature requirement; a signatory is a role.
    tp(WrittenForm, "unterschrift*", High).except(&[
        "unterschriftsberechtig",
        "unterschriftsbefug",
        "unterschriftsvollmacht",
        "unterschriftsprobe",
    ]),
    tp(WrittenForm, "unterschreib*", High),
    tp(WrittenForm, "unterschrieb*", High),
    tp(WrittenForm, "unterzeichn*", High).except(&["unterzeichnungsberechtig"]),
    tp(WrittenForm, "eigenhändig*", High),
    tp(WrittenForm, "handschriftlich*", High),
    tp(WrittenForm, "schriftform*", High),
    tp(WrittenForm, "schriftlich*", Medium)
        .requires(APPLICANT_ACTS)
        .unless(ELECTRONIC_ALTERNATIVES)
        .then(&[
            "antrag*",
            "anzeige*",
            "erklärung*",
            "mitteilung*",
            "form",
            "widerspruch*",
            "kündigung*",
            "einwilligung*",
            "zustimmung*",
        ]),
    tp(PersonalAppearance, "persönlich erscheinen*", High),
    tp(PersonalAppearance, "persönliches erscheinen*", High),
    tp(PersonalAppearance, "persönlich vorzusprechen*", High),
    tp(PersonalAppearance, "persönlich vorsprechen*", High),
    tp(PersonalAppearance, "persönliche vorsprache*", High),
    tp(PersonalAppearance, "persönlich vorzulegen*", High),
    tp(PersonalAppearance, "persönlich abzugeben*", High),
    tp(PersonalAppearance, "persönlich abzuholen*", High).on(Direction::Output),
    tp(PersonalAppearance, "persönlich abholen*", High).on(Direction::Output),
    tp(PersonalAppearance, "persönliche anwesenheit*", High),
    tp(PersonalAppearance, "persönlich anwesend*", High),
    tp(PersonalAppearance, "persönlich vorbeikomm*", High),
    tp(PersonalAppearance, "erscheinen", Medium).requires(&["persönlich*", "vor+ort"]),
    tp(PersonalAppearance, "vorsprache*", Medium),
    tp(PersonalAppearance, "vorzusprechen*", Medium),
    tp(PersonalAppearance, "sprechen+vor", Medium),
    tp(PersonalAppearance, "termin bei der behörde*", Medium),
    tp(OriginalEvidence, "im original*", High).unless(&["kopie+genügt*", "scan*"]),
    tp(OriginalEvidence, "~original", High)
        .requires(DEMAND_VERBS)
        .unless(&["kopie+genügt*", "scan*", "hochlad*", "hoch+laden*"]),
    tp(OriginalEvidence, "originalurkunde*", High),
    tp(OriginalEvidence, "originaldokument*", High),
    tp(OriginalEvidence, "beglaubigt*", High),
    tp(OriginalEvidence, "beglaubigung*", High),
    tp(OriginalEvidence, "urschrift*", High),
    tp(OriginalEvidence, "~apostille", Medium),
    tp(OriginalEvidence, "legalisier*", Medium),
    tp(MediaBreak, "per post*", High),
    // Not `postalisch` alone: "postalisch erreichbar" describes an address, not a step.
    tp(MediaBreak, "postalisch zu*", High),
    tp(MediaBreak, "postalisch einzureichen*", High),
    tp(MediaBreak, "postalisch übermittel*", High),
    tp(MediaBreak, "postalisch übersand*", High),
    tp(MediaBreak, "postalisch zugesandt*", High).on(Direction::Output),
    tp(MediaBreak, "postalisch zugestellt*", High).on(Direction::Output),
    tp(MediaBreak, "postweg*", High),
    tp(MediaBreak, "per fax*", High),
    // Not `telefax` alone: a contact fax number is data, not a step.
    tp(MediaBreak, "per telefax*", High),
    tp(MediaBreak, "faxen*", High),
    tp(MediaBreak, "papierform*", High),
    tp(MediaBreak, "papierformular*", High),
    tp(MediaBreak, "ausgedruckt*", Medium),
    tp(MediaBreak, "ausdrucken*", Medium),
    tp(MediaBreak, "barzahlung*", High),
    tp(MediaBreak, "bar bezahlen*", High),
    tp(MediaBreak, "zahlung vor ort*", High),
    tp(MediaBreak, "vor ort bezahlen*", High),
    tp(MediaBreak, "vor ort zu bezahlen*", High),
    tp(MediaBreak, "an der kasse*", High),
];

/// Words that put a sentence on the output side: the authority sends, hands over or
/// announces its notice or certificate.
pub const OUTPUT_MARKERS: &[&str] = &[
    "~bescheid",
    "zugestellt*",
    "zustellung*",
    "zugesandt*",
    "zugeschickt*",
    "zusenden*",
    "übersandt*",
    "ausgehändigt*",
    "aushändig*",
    "abzuholen*",
    "abholen*",
    "abholung*",
    "bekanntgabe*",
    "bekanntgegeben*",
    "erhalten",
    "wir+senden*",
];

/// Terms of payment wordings: a media break there is cleared by ePayment (§ 4 EGovG).
pub const PAYMENT_TERMS: &[&str] = &[
    "barzahlung*",
    "bar",
    "kasse*",
    "bezahl*",
    "zahlung*",
    "gebühr*",
];

/// Laws of the social-law domain, as cited: a written form there is replaced under
/// § 36a SGB I rather than § 3a VwVfG.
pub const SOCIAL_LAWS: &[&str] = &[
    "SGB", "BEEG", "BKGG", "BAföG", "WoGG", "UVG", "BVG", "AsylbLG",
];

/// What a cited norm does to a blocker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NormEffect {
    /// The norm imposes the blocker (a form requirement).
    Indicates(BlockerKind),
    /// The norm already allows the digital path: cited on an element, it clears norm and
    /// wording findings of that kind there.
    Clears(BlockerKind),
}

/// A legal norm a detector looks for in `bezug` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormPattern {
    /// What the norm does.
    pub effect: NormEffect,
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

const fn norm(
    effect: NormEffect,
    paragraph: &'static str,
    absatz: Option<&'static str>,
    law: &'static [&'static str],
    meaning: &'static str,
) -> NormPattern {
    NormPattern {
        effect,
        paragraph,
        absatz,
        law,
        confidence: Medium,
        meaning,
    }
}

use NormEffect::*;

/// Norms whose citation in a `bezug` imposes or clears a blocker.
pub const NORM_PATTERNS: &[NormPattern] = &[
    norm(
        Indicates(WrittenForm),
        "126",
        None,
        &["BGB"],
        "§ 126 BGB regelt die gesetzliche Schriftform (eigenhändige Unterschrift)",
    ),
    norm(
        Clears(WrittenForm),
        "3a",
        None,
        &["VwVfG"],
        "§ 3a Abs. 2 VwVfG: die elektronische Form ersetzt eine angeordnete Schriftform",
    ),
    norm(
        Clears(WrittenForm),
        "36a",
        None,
        &["SGB", "I"],
        "§ 36a Abs. 2 SGB I: die elektronische Form ersetzt eine angeordnete Schriftform",
    ),
    norm(
        Clears(WrittenForm),
        "9a",
        None,
        &["OZG"],
        "§ 9a Abs. 5 OZG: Nutzerkonto und Online-Formular ersetzen die Schriftform",
    ),
    norm(
        Clears(WrittenForm),
        "126a",
        None,
        &["BGB"],
        "§ 126a BGB: elektronische Form",
    ),
    norm(
        Clears(OriginalEvidence),
        "5",
        Some("1"),
        &["EGovG"],
        "§ 5 Abs. 1 EGovG: Nachweise können elektronisch eingereicht werden",
    ),
    norm(
        Clears(OnceOnly),
        "5",
        Some("2"),
        &["EGovG"],
        "§ 5 Abs. 2 EGovG: die Behörde holt den Nachweis mit Einwilligung selbst ein",
    ),
];

/// The kind of change a blocker needs before the digital target can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ChangeKind {
    /// A norm must change (it is named).
    #[serde(rename = "rechtsänderung")]
    Rechtsaenderung,
    /// The law already allows a digital path (the norm is named); the service must use it.
    #[serde(rename = "bereits-zulässig")]
    BereitsZulaessig,
    /// Something must be built: a register interface, ePayment.
    #[serde(rename = "technisch")]
    Technisch,
    /// The authority's practice must change (offer eID identification, accept uploads).
    #[serde(rename = "organisatorisch")]
    Organisatorisch,
}

impl ChangeKind {
    /// All kinds, in report order.
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::Rechtsaenderung,
        ChangeKind::BereitsZulaessig,
        ChangeKind::Technisch,
        ChangeKind::Organisatorisch,
    ];

    /// The JSON name (`rechtsänderung`, `bereits-zulässig`, `technisch`, `organisatorisch`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Rechtsaenderung => "rechtsänderung",
            ChangeKind::BereitsZulaessig => "bereits-zulässig",
            ChangeKind::Technisch => "technisch",
            ChangeKind::Organisatorisch => "organisatorisch",
        }
    }

    /// German heading.
    pub const fn german(self) -> &'static str {
        match self {
            ChangeKind::Rechtsaenderung => "Rechtsänderung nötig",
            ChangeKind::BereitsZulaessig => "Rechtlich bereits zulässig",
            ChangeKind::Technisch => "Technische Umsetzung nötig",
            ChangeKind::Organisatorisch => "Organisatorische Änderung nötig",
        }
    }

    /// German noun for `count` changes of this kind (`1 Rechtsänderung`, `2 technische
    /// Umsetzungen`).
    pub fn counted(self, count: usize) -> String {
        let noun = match self {
            ChangeKind::Rechtsaenderung => "Rechtsänderung",
            ChangeKind::BereitsZulaessig => "bereits zulässige Umstellung",
            ChangeKind::Technisch => "technische Umsetzung",
            ChangeKind::Organisatorisch => "organisatorische Änderung",
        };
        // All four nouns are feminine and form the plural with -en.
        if count == 1 {
            format!("1 {noun}")
        } else {
            format!("{count} {noun}en")
        }
    }
}

/// The norms that already allow the digital path, per blocker kind (the default when no
/// norm on the element demands otherwise).
pub const ENABLING_NORMS: &[(BlockerKind, &[&str])] = &[
    (WrittenForm, &["§ 3a Abs. 2 VwVfG", "§ 9a Abs. 5 OZG"]),
    (OriginalEvidence, &["§ 5 Abs. 1 EGovG"]),
    (OnceOnly, &["§ 5 Abs. 2 EGovG"]),
];

/// Written-form substitute in social law.
pub const SOCIAL_WRITTEN_FORM_NORMS: &[&str] = &["§ 36a Abs. 2 SGB I", "§ 9a Abs. 5 OZG"];

/// Electronic access to the authority (input-side media breaks).
pub const ELECTRONIC_ACCESS_NORMS: &[&str] = &["§ 2 Abs. 1 EGovG", "§ 3a Abs. 1 VwVfG"];

/// Electronic notice (output-side media breaks).
pub const ELECTRONIC_NOTICE_NORMS: &[&str] = &["§ 41 Abs. 2a VwVfG", "§ 9 OZG"];

/// Electronic payment.
pub const EPAYMENT_NORMS: &[&str] = &["§ 4 EGovG"];

/// Further wordings for process steps (BPMN task and event names, their documentation and
/// message-flow names). The process detectors read [`TEXT_PATTERNS`] and these; they are
/// kept apart because, in a data field, such words (a `Brief` salutation, an `Original` flag)
/// are too weak a signal.
pub const PROCESS_TEXT_PATTERNS: &[TextPattern] = &[
    tp(PersonalAppearance, "vorsprechen*", High),
    tp(PersonalAppearance, "persönlich bei*", High),
    tp(PersonalAppearance, "persönlich vorlegen*", High),
    tp(PersonalAppearance, "persönlich abgeben*", High),
    tp(PersonalAppearance, "persönlich einreichen*", High),
    tp(PersonalAppearance, "termin vor ort*", High),
    tp(MediaBreak, "postalisch*", Medium),
    tp(MediaBreak, "postversand*", High),
    tp(MediaBreak, "per brief*", High),
    tp(MediaBreak, "brief*", Medium),
    tp(MediaBreak, "per einschreiben*", High),
    tp(MediaBreak, "fax*", High),
    tp(MediaBreak, "papier*", Medium),
    tp(MediaBreak, "bar zahlen*", High),
    tp(MediaBreak, "bar bezahl*", High),
    // Not `original` alone: "Original archivieren" is the authority's filing, not a demand.
    tp(OriginalEvidence, "originalunterlagen*", High),
    tp(OriginalEvidence, "originale vorlegen*", High),
    tp(OriginalEvidence, "originale einreichen*", High),
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
