//! The register catalogue: German registers (and record holders) that hold documents or
//! facts a service commonly asks for, each with the document names and yes/no facts by
//! which a schema asks for them, and the legal basis for an authority to retrieve them
//! where one is known. All of it is data; [`super::evidence`] reads it.
//!
//! Terms are lower case and follow [`super::text::part_matches`]: `~noun` matches the noun
//! as the head of a compound with an inflection ending (`~steuerbescheid` finds
//! `Einkommensteuerbescheid`, `Steuerbescheide`), `stem*` a word start, a plain word itself;
//! words of a phrase are separated by spaces, and `a+b` asks for both parts in one sentence.
//!
//! Deliberately absent: identity documents (Personalausweis, Reisepass): identification is
//! the eID's job, not a register retrieval; and documents an issuing authority keeps in its
//! files but no register (a former notice of the same authority, a tenancy agreement).

use serde::Serialize;

/// One register or record holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Register {
    /// Stable key (`melderegister`).
    pub id: &'static str,
    /// German name.
    pub name: &'static str,
    /// Who keeps it.
    pub holder: &'static str,
    /// The legal basis for an authority to retrieve from it, where one is known.
    pub retrieval: Option<&'static str>,
    /// Names of the documents it replaces (terms).
    pub documents: &'static [&'static str],
    /// Facts it holds that a form asks as a yes/no question (terms).
    pub facts: &'static [&'static str],
}

const fn reg(
    id: &'static str,
    name: &'static str,
    holder: &'static str,
    retrieval: Option<&'static str>,
    documents: &'static [&'static str],
    facts: &'static [&'static str],
) -> Register {
    Register {
        id,
        name,
        holder,
        retrieval,
        documents,
        facts,
    }
}

/// The catalogue.
pub const REGISTERS: &[Register] = &[
    reg(
        "melderegister",
        "Melderegister",
        "Meldebehörden",
        Some("§ 34 BMG"),
        &[
            "~meldebescheinigung",
            "~meldebestätigung",
            "~wohnsitzbescheinigung",
            "~anmeldebestätigung",
            "~melderegisterauszug",
            "auszug aus dem ~melderegister",
            "~aufenthaltsbescheinigung der meldebehörde",
        ],
        &[],
    ),
    reg(
        "personenstandsregister",
        "Personenstandsregister (Geburten-, Ehe-, Lebenspartnerschafts-, Sterberegister)",
        "Standesämter",
        Some("§ 65 PStG"),
        &[
            "~geburtsurkunde",
            "~geburtsbescheinigung",
            "~abstammungsurkunde",
            "~eheurkunde",
            "~heiratsurkunde",
            "~lebenspartnerschaftsurkunde",
            "~sterbeurkunde",
            "auszug aus dem ~geburtenregister",
            "auszug aus dem ~eheregister",
        ],
        &[],
    ),
    reg(
        "azr",
        "Ausländerzentralregister",
        "Bundesamt für Migration und Flüchtlinge",
        Some("§§ 10 ff. AZRG"),
        &[
            "~aufenthaltstitel",
            "~aufenthaltserlaubnis",
            "~aufenthaltsgenehmigung",
            "~aufenthaltsberechtigung",
            "~aufenthaltsgestattung",
            "~niederlassungserlaubnis",
            "~daueraufenthaltserlaubnis",
            "~aufenthaltskarte",
            "~fiktionsbescheinigung",
            "~visum",
            "~duldung",
            "~ausweisung",
            "blaue karte*",
        ],
        &["ausgewiesen*", "abgeschoben*"],
    ),
    reg(
        "bzr",
        "Bundeszentralregister",
        "Bundesamt für Justiz",
        Some("§ 31 BZRG (Führungszeugnis für Behörden)"),
        &["~führungszeugnis", "auszug aus dem ~bundeszentralregister"],
        &[
            "vorbestraft*",
            "~vorstrafe",
            "rechtskräftig verurteilt*",
            "strafrechtlich verurteilt*",
        ],
    ),
    reg(
        "gzr",
        "Gewerbezentralregister",
        "Bundesamt für Justiz",
        Some("§ 150a GewO"),
        &[
            "~gewerbezentralregisterauszug",
            "auskunft aus dem ~gewerbezentralregister",
            "~gewerbezentralregister",
        ],
        &["~gewerbeuntersagung"],
    ),
    reg(
        "zfzr",
        "Zentrales Fahrzeugregister",
        "Kraftfahrt-Bundesamt, Zulassungsbehörden",
        Some("§ 35 StVG"),
        &[
            "~zulassungsbescheinigung",
            "~fahrzeugschein",
            "~fahrzeugbrief",
            "~fahrzeughalter",
            "~halterauskunft",
            "~fahrzeugzulassung",
            "~kfz-schein",
            "~fahrzeugpapiere",
            "~kfz-papiere",
        ],
        &[],
    ),
    reg(
        "zfer",
        "Zentrales Fahrerlaubnisregister",
        "Kraftfahrt-Bundesamt, Fahrerlaubnisbehörden",
        Some("§ 52 StVG"),
        &["~führerschein", "~fahrerlaubnis"],
        &[],
    ),
    reg(
        "handwerksrolle",
        "Handwerksrolle",
        "Handwerkskammern",
        Some("§ 6 HwO"),
        &[
            "~handwerkskarte",
            "auszug aus der ~handwerksrolle",
            "eintragung in die ~handwerksrolle",
        ],
        &["handwerksrolle+eingetragen*", "handwerksrolle+eintragung*"],
    ),
    reg(
        "handelsregister",
        "Handels-, Genossenschafts-, Partnerschafts- und Vereinsregister",
        "Registergerichte",
        Some("§ 9 HGB"),
        &[
            "~handelsregisterauszug",
            "auszug aus dem ~handelsregister",
            "~genossenschaftsregisterauszug",
            "~partnerschaftsregisterauszug",
            "~vereinsregisterauszug",
            "auszug aus dem ~vereinsregister",
        ],
        &[],
    ),
    reg(
        "grundbuch",
        "Grundbuch",
        "Grundbuchämter",
        Some("§ 12 GBO"),
        &[
            "~grundbuchauszug",
            "auszug aus dem ~grundbuch",
            "~grundbuchblatt",
        ],
        &[],
    ),
    reg(
        "liegenschaftskataster",
        "Liegenschaftskataster",
        "Vermessungs- und Katasterverwaltung der Länder",
        None,
        &[
            "~flurkarte",
            "~liegenschaftskarte",
            "~katasterauszug",
            "auszug aus dem ~liegenschaftskataster",
        ],
        &[],
    ),
    reg(
        "finanzverwaltung",
        "Besteuerungsdaten der Finanzverwaltung",
        "Finanzämter",
        Some("§ 30 Abs. 4 Nr. 3 AO (mit Zustimmung)"),
        &[
            "~steuerbescheid",
            "bescheinigung in ~steuersachen",
            "~lohnsteuerbescheinigung",
            "~unbedenklichkeitsbescheinigung des finanzamt*",
        ],
        &[],
    ),
    reg(
        "integrationskurs",
        "Integrationskursdaten (Integrationsgeschäftsdatei)",
        "Bundesamt für Migration und Flüchtlinge",
        None,
        &[
            "~integrationskurs",
            "~integrationskursbescheinigung",
            "zertifikat integrationskurs*",
            "~orientierungskurs",
        ],
        &[
            "integrationskurs+teilgenommen*",
            "integrationskurs+abgeschlossen*",
        ],
    ),
    reg(
        "rentenversicherung",
        "Versicherungskonten der Rentenversicherung",
        "Deutsche Rentenversicherung",
        None,
        &[
            "~rentenbescheid",
            "~rentenanpassungsmitteilung",
            "~versicherungsverlauf",
        ],
        &[],
    ),
    reg(
        "leistungsbezug",
        "Leistungsdaten der Bundesagentur für Arbeit, der Familienkassen und der Jobcenter",
        "Bundesagentur für Arbeit, Familienkassen, Jobcenter",
        Some("§ 69 SGB X"),
        &[
            "~arbeitslosengeldbescheid",
            "~bürgergeldbescheid",
            "bescheid über ~arbeitslosengeld",
            "bescheid über ~bürgergeld",
            "~kindergeldbescheid",
            "bescheid über ~kindergeld",
        ],
        &[],
    ),
    reg(
        "krankenkasse",
        "Meldedaten der Krankenkasse",
        "Krankenkassen (elektronische Meldung)",
        None,
        &[
            "bescheinigung über das ~mutterschaftsgeld",
            "~mutterschaftsgeldbescheinigung",
        ],
        &[],
    ),
    reg(
        "waffenregister",
        "Nationales Waffenregister",
        "Bundesverwaltungsamt, Waffenbehörden",
        Some("NWRG"),
        &["~waffenbesitzkarte", "~waffenschein"],
        &[],
    ),
    reg(
        "esta",
        "Register der Entscheidungen in Staatsangehörigkeitsangelegenheiten",
        "Bundesverwaltungsamt",
        Some("§ 33 StAG"),
        &["~einbürgerungsurkunde", "~staatsangehörigkeitsausweis"],
        &[],
    ),
    reg(
        "schuldnerverzeichnis",
        "Schuldnerverzeichnis",
        "Zentrale Vollstreckungsgerichte",
        Some("§ 882f ZPO"),
        &["auszug aus dem ~schuldnerverzeichnis"],
        &[
            "schuldnerverzeichnis+eingetragen*",
            "vermögensauskunft+abgegeben*",
        ],
    ),
    reg(
        "insolvenzbekanntmachungen",
        "Insolvenzbekanntmachungen",
        "Insolvenzgerichte",
        Some("§ 9 InsO"),
        &[],
        &["insolvenzverfahren+eröffnet*"],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_terms_lower_case() {
        let mut ids: Vec<&str> = REGISTERS.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REGISTERS.len());
        for r in REGISTERS {
            assert!(!r.documents.is_empty() || !r.facts.is_empty(), "{}", r.id);
            for t in r.documents.iter().chain(r.facts) {
                assert_eq!(*t, t.to_lowercase(), "{}", r.id);
            }
        }
    }
}
