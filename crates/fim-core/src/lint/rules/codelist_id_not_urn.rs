use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a code list reference whose `canonicalIdentification` does not start with
    /// `urn:`.
    ///
    /// ## Why is this bad?
    /// Code lists are found in XRepository by their URN; a plain name finds nothing (QS 1005,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `GewerbeArt`. Right: `urn:xoev-de:xgewerbeanzeige:codeliste:gewerbeart`.
    pub struct CodelistIdNotUrn {
        code: "1005",
        name: "codelist-id-not-urn",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Kennung einer Codeliste ist keine URN.",
    }
}

impl QsRule for CodelistIdNotUrn {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(r) = fd.codeliste_referenz.as_ref() else {
            return;
        };
        let uri = r.canonical_identification.as_deref().unwrap_or("").trim();
        if uri.is_empty() || uri.starts_with("urn:") {
            return;
        }
        out.push(
            codelist_diagnostic(
                &CodelistIdNotUrn::META,
                fd,
                r,
                format!("Die Codeliste `{uri}` ist nicht mit einer URN bezeichnet."),
            )
            .with_help("Verwenden Sie die URN der Codeliste aus XRepository (`urn:…`)."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = with_list("GewerbeArt", "1");
        bad.version = crate::model::XdfVersion::V2;
        assert_eq!(run(&CodelistIdNotUrn, &bad).len(), 1);
        let mut ok = with_list("urn:de:fim:codeliste:x", "1");
        ok.version = crate::model::XdfVersion::V2;
        assert!(run(&CodelistIdNotUrn, &ok).is_empty());
    }
}
