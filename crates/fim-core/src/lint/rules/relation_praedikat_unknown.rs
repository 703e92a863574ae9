use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `relation` without `praedikat` or with a value other than `ABL`, `ERS`,
    /// `EQU`, `VKN`.
    ///
    /// ## Why is this bad?
    /// The predicate says what the relation means (QS 1029, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<praedikat><code>XYZ</code></praedikat>`. Right: `ABL` (abgeleitet von).
    pub struct RelationPraedikatUnknown {
        code: "1029",
        name: "relation-praedikat-unknown",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Relationsart fehlt oder ist unbekannt.",
    }
}

impl QsRule for RelationPraedikatUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for r in &a.relation {
            if r.praedikat.as_ref().is_some_and(|p| p.value.is_known()) {
                continue;
            }
            let shown = r.praedikat.as_ref().map_or("", |p| p.value.code());
            out.push(
                diag(&Self::META, a, r.span, format!("Die Relationsart `{shown}` einer Relation von {} fehlt oder ist unbekannt.", label(a)))
                    .with_help("Verwenden Sie ABL, ERS, EQU oder VKN."),
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
        let rel = |p: &str, id: Option<&str>| Relation {
            praedikat: code(p),
            objekt: crate::model::Identifikation {
                id: id.map(crate::ids::ElementId::new),
                ..Default::default()
            },
            span: Default::default(),
        };
        let mut bad = field("F60000000001");
        bad.angaben.relation = vec![rel("XYZ", Some("F60000000009"))];
        assert_eq!(
            ids(&RelationPraedikatUnknown, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.angaben.relation = vec![rel("ABL", Some("F60000000009"))];
        assert!(ids(&RelationPraedikatUnknown, &v3(vec![f(bad)])).is_empty());
    }
}
