use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a code list URN (`canonicalIdentification` starting with `urn:`) that breaks
    /// the URN syntax: a namespace id of letters, digits and hyphens (at most 32), then `:`
    /// and a namespace-specific part of letters, digits and `()+,-.:=@;$_!*'` or `%`
    /// escapes. Umlauts and spaces are not allowed.
    ///
    /// ## Why is this bad?
    /// Tools resolve such URNs through XRepository; malformed ones fail (QS 1048,
    /// FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `urn:de:fim:codeliste:gewerbeart stand 2020`. Right:
    /// `urn:xoev-de:fim-datenfelder:codeliste:dokumentart`.
    ///
    /// ## Deviations
    /// Leading and trailing whitespace is not part of the URN (the XSD type collapses it and
    /// the reader trims it); the reference reports a URN followed by a line break.
    pub struct CodelistUrnMalformed {
        code: "1048",
        name: "codelist-urn-malformed",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Die URN einer Codeliste ist nicht wohlgeformt.",
    }
}

impl QsRule for CodelistUrnMalformed {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(r) = fd.codeliste_referenz.as_ref() else {
            return;
        };
        let uri = r.canonical_identification.as_deref().unwrap_or("").trim();
        let raw = r.canonical_identification.as_deref().unwrap_or("");
        if !uri.starts_with("urn:") || urn_well_formed(raw) {
            return;
        }
        out.push(
            codelist_diagnostic(&CodelistUrnMalformed::META, fd, r, format!("Die URN `{uri}` ist nicht wohlgeformt."))
                .with_help("Verwenden Sie nur Buchstaben ohne Umlaute, Ziffern und die in URNs erlaubten Zeichen."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = with_list("urn:de:fim:straße", "1");
        bad.version = crate::model::XdfVersion::V2;
        assert_eq!(run(&CodelistUrnMalformed, &bad).len(), 1);
        let mut ok = with_list("urn:de:fim:codeliste:x", "1");
        ok.version = crate::model::XdfVersion::V2;
        assert!(run(&CodelistUrnMalformed, &ok).is_empty());
    }
}
