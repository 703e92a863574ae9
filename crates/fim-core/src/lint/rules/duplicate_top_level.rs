use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema that contains the same element (id and version) in more than one
    /// top-level structure entry, once per repetition.
    ///
    /// ## Why is this bad?
    /// Two top-level entries of one element give two indistinguishable sections (QS 1025,
    /// FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: group `Antragsteller` twice at the top. Right: once, with a multiplicity.
    pub struct DuplicateTopLevel {
        code: "1025",
        name: "duplicate-top-level",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Ein Datenschema enthält ein Element auf oberster Ebene mehrfach in derselben Version.",
    }
}

impl QsRule for DuplicateTopLevel {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let mut seen = std::collections::HashSet::new();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            if !matches!(v.element, ElementRef::Schema(_)) {
                return;
            }
            let Some(k) = ca.and_then(key_of) else {
                continue;
            };
            if !seen.insert(k) {
                let ca = ca.map(label).unwrap_or_default();
                out.push(
                    diag(&Self::META, a, st.span, format!("Das Datenschema {} enthält {ca} mehrfach auf oberster Ebene.", label(a)))
                        .with_help("Verwenden Sie das Element einmal und geben Sie die gewünschte Multiplizität an."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        assert_eq!(
            ids(
                &DuplicateTopLevel,
                &v3(vec![f(field("F60000000001")), f(field("F60000000001"))])
            ),
            ["S60000000001"]
        );
        assert!(ids(
            &DuplicateTopLevel,
            &v3(vec![f(field("F60000000001")), f(field("F60000000002"))])
        )
        .is_empty());
    }
}
