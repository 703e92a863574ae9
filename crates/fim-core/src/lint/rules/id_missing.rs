use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema, group, field or rule whose `identifikation/id` is missing or empty.
    /// The reader keeps going on such files (it reports a missing or empty `id` element);
    /// this rule turns what the model shows into the QS finding.
    ///
    /// ## Why is this bad?
    /// Without an id an element cannot be referenced, versioned or found in a repository
    /// (QS 1038, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<xdf:identifikation><xdf:id/></xdf:identifikation>`.
    /// Right: `<xdf:identifikation><xdf:id>G60000000088</xdf:id>...`.
    pub struct IdMissing {
        code: "1038",
        name: "id-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die ID eines Objekts fehlt.",
    }
}

impl QsRule for IdMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if a.id().is_some_and(|id| !id.as_str().is_empty()) {
            return;
        }
        let span = if a.identifikation.span.is_empty() {
            v.element.span()
        } else {
            a.identifikation.span
        };
        out.push(
            diag(
                &Self::META,
                a,
                span,
                format!("Das Element „{}“ hat keine ID.", a.name()),
            )
            .with_help("Vergeben Sie in `identifikation/id` eine ID aus Ihrem Nummernkreis."),
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
        bad.angaben.identifikation.id = None;
        assert_eq!(run(&IdMissing, &v3(vec![f(bad)])).len(), 1);
        let mut empty = field("");
        empty.angaben.name = Some("x".into());
        assert_eq!(run(&IdMissing, &v3(vec![f(empty)])).len(), 1);
        assert!(run(&IdMissing, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
