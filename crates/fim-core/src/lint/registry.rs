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

/// Active QS codes that are deliberately not implemented.
pub static OUT_OF_SCOPE: &[OutOfScope] = &[];
