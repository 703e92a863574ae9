use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema or group with more than one structure entry that contains the
    /// placeholder field `F60000000001` (Default-Datenfeld).
    ///
    /// ## Why is this bad?
    /// The default field only stands in for a structure that has no content yet; next to
    /// real elements it is a leftover (QS 1094, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `F60000000001` next to `Familienname`. Right: remove the default field.
    pub struct DefaultFieldWithSiblings {
        code: "1094",
        name: "default-field-with-siblings",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Das Default-Datenfeld steht neben weiteren Unterelementen.",
    }
}

impl QsRule for DefaultFieldWithSiblings {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            let n = struktur_of(v.element).len();
            if n < 2
                || ca
                    .and_then(|x| x.id())
                    .is_none_or(|id| id.as_str() != "F60000000001")
            {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!(
                        "{} enthält das Default-Datenfeld F60000000001 neben weiteren Elementen.",
                        label(a)
                    ),
                )
                .with_help("Entfernen Sie das Default-Datenfeld."),
            );
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
                &DefaultFieldWithSiblings,
                &v3(vec![f(field("F60000000001")), f(field("F60000000002"))])
            ),
            ["S60000000001"]
        );
        assert!(ids(
            &DefaultFieldWithSiblings,
            &v3(vec![f(field("F60000000002")), f(field("F60000000003"))])
        )
        .is_empty());
    }
}
