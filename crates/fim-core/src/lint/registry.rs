//! The one table of QS rules, in code order, and the rules left out with the reason.

use super::rules::*;
use super::QsRule;

/// Every implemented rule, sorted by code. A code is never reused.
pub static RULES: &[&dyn QsRule] = &[
    &NameMissing,
    &CodelistIdNotUrn,
    &RngWithoutBezug,
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
    &HarAbsInRngWithoutBezug,
    &GroupEmpty,
    &PraezisierungOldFormat,
    &IdMissing,
    &IdMalformed,
    &CodelistIdEmpty,
    &RuleOldShortId,
    &ListTooShort,
    &DuplicateCodes,
    &CodelistUrnMalformed,
    &SchemaBezugMissing,
    &SchemaEmpty,
    &DuplicateNames,
    &DefaultDokumentsteckbrief,
    &ReleasedWithDefaultDokumentsteckbrief,
    &BezeichnungEqualsHilfetext,
    &NameEqualsHilfetext,
    &HarWithoutBezug,
    &InputTextWithoutLength,
    &NumberWithoutRange,
    &CodelistVersionNotDate,
    &GroupSingleChild,
    &LabelWithoutInhalt,
    &InactiveElementUsed,
    &ChildBelowEntwurfInReleasedSchema,
    &ChildBelowEntwurfInReleasedGroup,
    &BezugNotSingle,
    &BezugLinkInvalid,
    &OwnRngVersionInWorkCopy,
    &FileFieldNotRepeated,
    &BausteinErstellerOutside60,
    &BausteinErstellerSchemaOutside60,
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
