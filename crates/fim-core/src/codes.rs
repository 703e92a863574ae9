//! Code values of the XDatenfelder code lists (schemaelementart, feldart, datentyp, ...).
//!
//! Each code type is an enum of the values the standard defines plus `Unknown(String)`, so a
//! value outside the list is kept (and can be reported) instead of being dropped. Codes
//! serialise as their code text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Common interface of all code enums.
pub trait CodeValue: Sized {
    /// The value for a code text; unknown texts give the `Unknown` variant.
    fn from_code(code: &str) -> Self;
    /// The code text.
    fn code(&self) -> &str;
    /// Whether the code is one of the values the standard defines.
    fn is_known(&self) -> bool;
}

/// A free code value: any text is known. Used for code lists the standard does not fix
/// (e.g. `dokumentart`).
impl CodeValue for String {
    fn from_code(code: &str) -> Self {
        code.to_owned()
    }
    fn code(&self) -> &str {
        self
    }
    fn is_known(&self) -> bool {
        true
    }
}

macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A code the standard does not define, kept as written.
            Unknown(String),
        }

        impl $name {
            /// All values the standard defines, in code-list order.
            pub const KNOWN: &'static [$name] = &[ $( $name::$variant, )+ ];
        }

        impl CodeValue for $name {
            fn from_code(code: &str) -> Self {
                match code {
                    $( $code => $name::$variant, )+
                    other => $name::Unknown(other.to_owned()),
                }
            }
            fn code(&self) -> &str {
                match self {
                    $( $name::$variant => $code, )+
                    $name::Unknown(s) => s,
                }
            }
            fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Ok($name::from_code(&s))
            }
        }
    };
}

code_enum! {
    /// `schemaelementart`: how an element relates to law and harmonisation.
    Schemaelementart {
        /// `ABS`: abstract, for reuse only; must not appear in a concrete structure.
        Abstrakt = "ABS",
        /// `HAR`: harmonised.
        Harmonisiert = "HAR",
        /// `RNG`: bound to a legal norm (must carry its bezug).
        Rechtsnormgebunden = "RNG",
    }
}

code_enum! {
    /// `feldart`: how a field is presented.
    Feldart {
        /// `input`: free input.
        Input = "input",
        /// `select`: choice from a code list or value list.
        Select = "select",
        /// `label`: static text, no input.
        Label = "label",
        /// `hidden` (3.0.0): not shown.
        Hidden = "hidden",
        /// `locked` (3.0.0): shown, not editable.
        Locked = "locked",
    }
}

code_enum! {
    /// `datentyp`: the type of a field's value.
    Datentyp {
        /// `text`.
        Text = "text",
        /// `text_latin` (3.0.0): text restricted to String.Latin.
        TextLatin = "text_latin",
        /// `date`.
        Date = "date",
        /// `time` (3.0.0).
        Time = "time",
        /// `datetime` (3.0.0).
        DateTime = "datetime",
        /// `bool`.
        Bool = "bool",
        /// `num`: decimal number.
        Num = "num",
        /// `num_int`: integer.
        NumInt = "num_int",
        /// `num_currency`: amount of money.
        NumCurrency = "num_currency",
        /// `file`: attachment.
        File = "file",
        /// `obj`: binary object.
        Obj = "obj",
    }
}

code_enum! {
    /// `status` (XDatenfelder 2).
    Status {
        /// `aktiv`.
        Aktiv = "aktiv",
        /// `inaktiv`.
        Inaktiv = "inaktiv",
        /// `inVorbereitung`.
        InVorbereitung = "inVorbereitung",
    }
}

code_enum! {
    /// `freigabestatus` (XDatenfelder 3.0.0).
    Freigabestatus {
        /// `1`: in Planung.
        InPlanung = "1",
        /// `2`: in Bearbeitung.
        InBearbeitung = "2",
        /// `3`: Entwurf.
        Entwurf = "3",
        /// `4`: methodisch freigegeben.
        MethodischFreigegeben = "4",
        /// `5`: fachlich freigegeben (silber).
        FachlichFreigegebenSilber = "5",
        /// `6`: fachlich freigegeben (gold).
        FachlichFreigegebenGold = "6",
        /// `7`: inaktiv.
        Inaktiv = "7",
        /// `8`: vorgesehen zum Löschen.
        VorgesehenZumLoeschen = "8",
    }
}

code_enum! {
    /// `art` of a group (3.0.0).
    Gruppenart {
        /// `X`: Auswahlgruppe, exactly one child is filled.
        Auswahl = "X",
    }
}

code_enum! {
    /// `vorbefuellung` of a field (3.0.0): whether it is prefilled, e.g. from a register.
    Vorbefuellung {
        /// `keine`.
        Keine = "keine",
        /// `optional`.
        Optional = "optional",
        /// `verpflichtend`.
        Verpflichtend = "verpflichtend",
    }
}

code_enum! {
    /// `praedikat` of a relation (3.0.0).
    Praedikat {
        /// `ABL`: abgeleitet von.
        AbgeleitetVon = "ABL",
        /// `ERS`: ersetzt.
        Ersetzt = "ERS",
        /// `EQU`: äquivalent.
        Aequivalent = "EQU",
        /// `VKN`: verknüpft.
        Verknuepft = "VKN",
    }
}

code_enum! {
    /// `typ` of a rule (3.0.0).
    Regeltyp {
        /// `B`: Berechnung.
        Berechnung = "B",
        /// `K`: Validierung über mehrere Elemente (Kontext).
        Kontext = "K",
        /// `M`: Mengenprüfung (multiplicity).
        Multiplizitaet = "M",
        /// `V`: Validierung.
        Validierung = "V",
    }
}

code_enum! {
    /// `typ` of a rule parameter (3.0.0).
    RegelParamTyp {
        /// `anzahl`.
        Anzahl = "anzahl",
        /// `objekt`.
        Objekt = "objekt",
        /// `selektor`.
        Selektor = "selektor",
        /// `wert`.
        Wert = "wert",
    }
}

code_enum! {
    /// `ableitungsmodifikationenStruktur` of a schema.
    AbleitungStruktur {
        /// `0`: not modifiable.
        NichtModifizierbar = "0",
        /// `1`: only restrictable.
        NurEinschraenkbar = "1",
        /// `2`: only extendable.
        NurErweiterbar = "2",
        /// `3`: all modifications allowed.
        AlleModifikationen = "3",
    }
}

code_enum! {
    /// `ableitungsmodifikationenRepraesentation` of a schema.
    AbleitungRepraesentation {
        /// `0`: not modifiable.
        NichtModifizierbar = "0",
        /// `1`: modifiable.
        Modifizierbar = "1",
    }
}

code_enum! {
    /// `datenqualitaet` of a 3.0.0 header.
    Datenqualitaet {
        /// `PROD`: production data.
        Produktion = "PROD",
        /// `TEST`: test data.
        Test = "TEST",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_codes_round_trip() {
        for v in Datentyp::KNOWN {
            assert_eq!(&Datentyp::from_code(v.code()), v);
            assert!(v.is_known());
        }
        let u = Feldart::from_code("checkbox");
        assert_eq!(u, Feldart::Unknown("checkbox".into()));
        assert_eq!(u.code(), "checkbox");
        assert!(!u.is_known());
        assert_eq!(
            serde_json::to_string(&Freigabestatus::FachlichFreigegebenGold).ok(),
            Some("\"6\"".to_owned())
        );
    }
}
