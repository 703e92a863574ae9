use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema, group, field or rule whose `name` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The name identifies the element for modellers and in every catalogue (QS 1002,
    /// FehlerKritisch). An element without a name cannot be found or reused.
    ///
    /// ## Examples
    /// Wrong: `<xdf:name/>`. Right: `<xdf:name>Familienname</xdf:name>`.
    pub struct NameMissing {
        code: "1002",
        name: "name-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Name eines Elements fehlt.",
    }
}

impl QsRule for NameMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if !is_blank(a.name.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("{} hat keinen Namen.", label(a)),
            )
            .with_help("Tragen Sie im Element `name` eine fachliche Bezeichnung ein."),
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
        bad.angaben.name = Some(" ".into());
        assert_eq!(ids(&NameMissing, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&NameMissing, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
