use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group that appears inside itself (same id and version as one of its
    /// ancestors). The walk does not descend into it.
    ///
    /// ## Why is this bad?
    /// A circular structure has no end: no form or schema can be generated (QS 1026,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: group `G1` contains `G2`, which contains `G1`. Right: break the cycle.
    pub struct GroupContainsItself {
        code: "1026",
        name: "group-contains-itself",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Eine Datenfeldgruppe enthält sich selbst (Zirkelbezug).",
    }
}

impl QsRule for GroupContainsItself {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if !v.cycle {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Die Datenfeldgruppe {} enthält sich selbst (Zirkelbezug).",
                    label(a)
                ),
            )
            .with_help("Entfernen Sie die Gruppe aus ihrer eigenen Struktur."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let inner = group("G60000000001", vec![f(field("F60000000001"))]);
        let outer = group("G60000000001", vec![g(inner)]);
        assert_eq!(
            ids(&GroupContainsItself, &v3(vec![g(outer)])),
            ["G60000000001"]
        );
        assert!(ids(&GroupContainsItself, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
