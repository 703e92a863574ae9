use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field without `schemaelementart` or with a value other than `ABS`,
    /// `HAR`, `RNG`.
    ///
    /// ## Why is this bad?
    /// The Schemaelementart decides which other rules apply (QS 1031, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<schemaelementart><code>XYZ</code></schemaelementart>`. Right: `HAR`.
    pub struct SchemaelementartUnknown {
        code: "1031",
        name: "schemaelementart-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Schemaelementart fehlt oder ist unbekannt.",
    }
}

impl QsRule for SchemaelementartUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_)) {
            return;
        }
        if a.schemaelementart
            .as_ref()
            .is_some_and(|c| c.value.is_known())
        {
            return;
        }
        let shown = a.schemaelementart.as_ref().map_or("", |c| c.value.code());
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Die Schemaelementart `{shown}` von {} fehlt oder ist unbekannt.",
                    label(a)
                ),
            )
            .with_help("Setzen Sie die Schemaelementart auf ABS, HAR oder RNG."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.schemaelementart = None;
        assert_eq!(
            ids(&SchemaelementartUnknown, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(
            &SchemaelementartUnknown,
            &v3(vec![f(field("F60000000001"))])
        )
        .is_empty());
    }
}
