use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema or group that contains the placeholder field `F60000000001`
    /// (Default-Datenfeld).
    ///
    /// A container whose default field has siblings is reported by QS 1094 instead (the
    /// public check reports one or the other).
    ///
    /// ## Why is this bad?
    /// The default field is meant for exceptional cases only (QS 1095, Warnung).
    ///
    /// ## Examples
    /// Wrong: a group holding only `F60000000001`. Right: model the real content.
    pub struct DefaultFieldUsed {
        code: "1095",
        name: "default-field-used",
        category: Warnung,
        versions: [V3],
        summary: "Das Default-Datenfeld wird verwendet.",
    }
}

impl QsRule for DefaultFieldUsed {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        // With siblings the default field is QS 1094's finding (the public check reports one
        // or the other).
        if struktur_of(v.element).len() > 1 {
            return;
        }
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            if ca
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
                    format!("{} enthält das Default-Datenfeld F60000000001.", label(a)),
                )
                .with_help(
                    "Ersetzen Sie das Default-Datenfeld durch die fachlich benötigten Elemente.",
                ),
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
            ids(&DefaultFieldUsed, &v3(vec![f(field("F60000000001"))])),
            ["S60000000001"]
        );
        assert!(ids(&DefaultFieldUsed, &v3(vec![f(field("F60000000002"))])).is_empty());
    }
}
