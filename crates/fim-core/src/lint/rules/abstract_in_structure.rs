use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports each structure entry of a schema or group that contains an element with
    /// Schemaelementart `ABS`. The finding sits on the containing schema or group (one per
    /// entry), as in the QS report.
    ///
    /// ## Why is this bad?
    /// Abstract elements are templates; a concrete structure may only use harmonised or
    /// legally bound elements (QS 1013, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: a schema entry `<enthaelt>` a group with `ABS`. Right: derive a concrete `HAR`
    /// or `RNG` group from the template and use that.
    pub struct AbstractInStructure {
        code: "1013",
        name: "abstract-in-structure",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "In einer Struktur wird ein abstraktes Element verwendet.",
    }
}

impl QsRule for AbstractInStructure {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for s in struktur_of(v.element) {
            let Some(c) = child(s) else { continue };
            let ca = c.angaben();
            if ca.schemaelementart.as_ref().map(|x| &x.value) != Some(&Schemaelementart::Abstrakt) {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    s.span,
                    format!("{} enthält das abstrakte Element {}.", label(a), label(ca)),
                )
                .with_label(c.span(), "abstraktes Element")
                .with_help("Verwenden Sie statt der abstrakten Vorlage ein harmonisiertes oder rechtsnormgebundenes Element."),
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
        let mut abs = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        abs.angaben.schemaelementart = code("ABS");
        assert_eq!(
            ids(&AbstractInStructure, &v3(vec![g(abs)])),
            ["S60000000001"]
        );
        assert!(ids(&AbstractInStructure, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
