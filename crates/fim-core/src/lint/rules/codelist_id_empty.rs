use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a code list reference whose `canonicalIdentification` is missing or empty.
    ///
    /// ## Why is this bad?
    /// Without its identifier the list cannot be found at all (QS 1040, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<canonicalIdentification/>`. Right: `urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat`.
    pub struct CodelistIdEmpty {
        code: "1040",
        name: "codelist-id-empty",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Kennung einer Codeliste ist leer.",
    }
}

impl QsRule for CodelistIdEmpty {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(r) = fd.codeliste_referenz.as_ref() else {
            return;
        };
        let uri = r.canonical_identification.as_deref().unwrap_or("").trim();
        if !uri.is_empty() {
            return;
        }
        out.push(
            codelist_diagnostic(
                &CodelistIdEmpty::META,
                fd,
                r,
                format!(
                    "Die Codeliste von {} hat keine Kennung.",
                    label(&fd.angaben)
                ),
            )
            .with_help("Tragen Sie in `canonicalIdentification` die URN der Codeliste ein."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = with_list("", "1");
        bad.version = crate::model::XdfVersion::V2;
        assert_eq!(run(&CodelistIdEmpty, &bad).len(), 1);
        let mut ok = with_list("urn:de:fim:codeliste:x", "1");
        ok.version = crate::model::XdfVersion::V2;
        assert!(run(&CodelistIdEmpty, &ok).is_empty());
    }
}
