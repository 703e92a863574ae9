//! The one table of QS rules, in code order, and the rules left out with the reason.

use super::rules::*;
use super::QsRule;

/// Every implemented rule, sorted by code. A code is never reused.
pub static RULES: &[&dyn QsRule] = &[
    &NameMissing,
    &ElementInSeveralVersions,
    &DuplicateInGroup,
    &CodelistIdNotUrn,
    &RngWithoutBezug,
    &DokumentsteckbriefMissing,
    &DsbBezugMissing,
    &BezeichnungEingabeMissing,
    &BezeichnungAusgabeMissing,
    &SelectNotText,
    &SelectOrLabelWithLength,
    &AbstractInStructure,
    &FieldAbstract,
    &LengthOnNonText,
    &RangeOnWrongType,
    &ListWithoutSelect,
    &SelectWithoutList,
    &AnzahlMissing,
    &HarAbsInRngWithoutBezug,
    &GroupEmpty,
    &FreitextRegelMissing,
    &DuplicateTopLevel,
    &GroupContainsItself,
    &FeldartUnknown,
    &DatentypUnknown,
    &RelationPraedikatUnknown,
    &VorbefuellungUnknown,
    &SchemaelementartUnknown,
    &StatusUnknown,
    &AbleitungStrukturUnknown,
    &AbleitungRepraesentationUnknown,
    &PraezisierungOldFormat,
    &CodelistInSeveralVersions,
    &IdMissing,
    &IdMalformed,
    &CodelistIdEmpty,
    &RuleOldShortId,
    &GruppenartUnknown,
    &AuswahlgruppeTooSmall,
    &ListTooShort,
    &DuplicateCodes,
    &AnzahlMalformed,
    &AnzahlMinGtMax,
    &CodelistUrnMalformed,
    &DsbDefinitionMissing,
    &DsbBezeichnungMissing,
    &SchemaBezugMissing,
    &DsbConcreteWithoutBezug,
    &DsbDokumentartMissing,
    &MaxSizeOnNonFile,
    &MediaTypeOnNonFile,
    &MinLengthInvalid,
    &MaxLengthInvalid,
    &MinLengthGtMaxLength,
    &MinValueNotNumber,
    &MaxValueNotNumber,
    &MinValueGtMaxValue,
    &MinValueNotInteger,
    &MaxValueNotInteger,
    &MinValueNotDate,
    &MaxValueNotDate,
    &InhaltNotNumber,
    &InhaltNotInteger,
    &InhaltNotDate,
    &InhaltBelowMinValue,
    &InhaltAboveMaxValue,
    &InhaltShorterThanMinLength,
    &InhaltLongerThanMaxLength,
    &InhaltNotInCodelist,
    &InhaltNotBool,
    &SchemaEmpty,
    &MinValueNotDatetime,
    &MaxValueNotDatetime,
    &MinValueNotTime,
    &MaxValueNotTime,
    &InhaltNotDatetime,
    &InhaltNotTime,
    &InhaltNotInWerte,
    &RelationWrongObjectKind,
    &RelationVknInSchema,
    &LabelWrongDatentyp,
    &RelationObjectMissing,
    &DsbIstAbstraktInvalid,
    &DuplicateNames,
    &DefaultFieldWithSiblings,
    &DefaultFieldUsed,
    &DefaultDokumentsteckbrief,
    &ReleasedWithDefaultDokumentsteckbrief,
    &BezeichnungEqualsHilfetext,
    &NameEqualsHilfetext,
    &InhaltOnFileOrObj,
    &HarWithoutBezug,
    &InputTextWithoutLength,
    &NumberWithoutRange,
    &CodelistVersionNotDate,
    &GroupSingleChild,
    &DsbHilfetextMissing,
    &LabelWithoutInhalt,
    &InactiveElementUsed,
    &AuswahlgruppeChildNotOptional,
    &PatternOnFileOrObj,
    &ChildBelowEntwurfInReleasedSchema,
    &ChildBelowEntwurfInReleasedGroup,
    &BezugNotSingle,
    &BezugLinkInvalid,
    &OwnRngVersionInWorkCopy,
    &UnversionedInVersioned,
    &TextTooLong,
    &UriTooLong,
    &LinkTooLong,
    &FileFieldNotRepeated,
    &BausteinErstellerOutside60,
    &BausteinErstellerSchemaOutside60,
    &StatusDateMissing,
    &SchemaStatusDateMissing,
    &DsbStatusDateMissing,
];

/// Finds a rule by its code (`1006`).
pub fn rule_by_code(code: &str) -> Option<&'static dyn QsRule> {
    RULES.iter().copied().find(|r| r.meta().code == code)
}

/// Finds a rule by its kebab-case name (`rng-without-bezug`).
pub fn rule_by_name(name: &str) -> Option<&'static dyn QsRule> {
    RULES.iter().copied().find(|r| r.meta().name == name)
}

/// A QS code this linter does not implement, with the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfScope {
    /// The QS code.
    pub code: &'static str,
    /// Why it is not implemented (English).
    pub reason: &'static str,
}

/// Active QS codes that are deliberately not implemented, with the reason. Deactivated codes
/// of the table (1089, 1104, 1108, 1110-1114, 1119) are not listed.
pub static OUT_OF_SCOPE: &[OutOfScope] = &[
    OutOfScope {
        code: "1001",
        reason: "Needs to evaluate rule scripts (JavaScript-like text) against the elements they can reach; no script interpreter here.",
    },
    OutOfScope {
        code: "1019",
        reason: "2.0 rule scripts refer to elements in several ad-hoc notations; telling a version suffix from other text needs the script grammar. Planned with a script tokenizer.",
    },
    OutOfScope {
        code: "1036",
        reason: "Concerns code-list repositories (uniqueness of URN and version across lists), not a single schema file.",
    },
    OutOfScope {
        code: "1053",
        reason: "Needs the Dokumentsteckbrief's assigned Dokumentsteckbriefe, which the model does not hold (no such element in the read messages).",
    },
    OutOfScope {
        code: "1054",
        reason: "Same as 1053.",
    },
    OutOfScope {
        code: "1058",
        reason: "Column definitions (`spaltendefinition`) of 3.0.0 code-list references are not part of the model yet.",
    },
    OutOfScope {
        code: "1115",
        reason: "Needs the central XRepository (online access to the code list).",
    },
    OutOfScope {
        code: "1117",
        reason: "The reference reports it only when versioning or publishing in the editor; a file does not show that intent. Left out to avoid noise.",
    },
    OutOfScope {
        code: "1121",
        reason: "Needs the newest version of the code list from XRepository.",
    },
    OutOfScope {
        code: "1122",
        reason: "Column definitions are not part of the model yet (see 1058); with local code lists this becomes decidable.",
    },
    OutOfScope {
        code: "1123",
        reason: "Needs the newest version of the code list from XRepository.",
    },
    OutOfScope {
        code: "1124",
        reason: "Needs the central catalogue KATE.",
    },
    OutOfScope {
        code: "1125",
        reason: "Needs the central collection repository (Sammelrepository).",
    },
    OutOfScope {
        code: "1126",
        reason: "Needs the central collection repository (Sammelrepository).",
    },
    OutOfScope {
        code: "1127",
        reason: "'Published' for sub-elements is a repository state (publication in the catalogue), not visible in the file.",
    },
    OutOfScope {
        code: "1128",
        reason: "Same as 1127, for groups.",
    },
    OutOfScope {
        code: "1131",
        reason: "Needs the DIN SPEC 91379 character set tables (String.Latin+); not bundled yet.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_disjoint_from_out_of_scope() {
        let codes: Vec<&str> = RULES.iter().map(|r| r.meta().code).collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "RULES must be sorted by code"
        );
        for o in OUT_OF_SCOPE {
            assert!(
                rule_by_code(o.code).is_none(),
                "{} is both implemented and out of scope",
                o.code
            );
        }
        assert_eq!(
            rule_by_name("rng-without-bezug").map(|r| r.meta().code),
            Some("1006")
        );
    }
}
