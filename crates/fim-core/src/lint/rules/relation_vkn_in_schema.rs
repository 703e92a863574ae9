use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a relation with predicate `VKN` (verknüpft) of a schema, group or field.
    ///
    /// ## Why is this bad?
    /// Schemas, groups and fields are related by derivation, replacement or equivalence; a
    /// loose link is not allowed there (QS 1088, FehlerMethodisch). The public implementation
    /// checks all three; the rule keeps its historical name.
    ///
    /// ## Examples
    /// Wrong: schema with `<praedikat><code>VKN</code></praedikat>`. Right: `ABL`, `ERS` or `EQU`.
    pub struct RelationVknInSchema {
        code: "1088",
        name: "relation-vkn-in-schema",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Diese Relationsart ist in diesem Objekt nicht erlaubt.",
    }
}

impl QsRule for RelationVknInSchema {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for r in &a.relation {
            if !matches!(
                v.element,
                ElementRef::Schema(_) | ElementRef::Group(_) | ElementRef::Field(_)
            ) || r
                .praedikat
                .as_ref()
                .is_none_or(|p| p.value != Praedikat::Verknuepft)
            {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    r.span,
                    format!("{} verwendet die Relationsart VKN.", label(a)),
                )
                .with_help(
                    "Verwenden Sie in Datenschemata, Gruppen und Feldern die Relationsarten \
                     ABL, ERS oder EQU.",
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
        let rel = |p: &str, id: Option<&str>| Relation {
            praedikat: code(p),
            objekt: crate::model::Identifikation {
                id: id.map(crate::ids::ElementId::new),
                ..Default::default()
            },
            span: Default::default(),
        };
        let mut m = v3(vec![]);
        if let Content::Schema(s) = &mut m.content {
            s.angaben.relation = vec![rel("VKN", Some("S60000000009"))];
        }
        assert_eq!(run(&RelationVknInSchema, &m).len(), 1);
        let mut fd = field("F60000000001");
        fd.angaben.relation = vec![rel("VKN", Some("F60000000009"))];
        assert_eq!(run(&RelationVknInSchema, &v3(vec![f(fd)])).len(), 1);
        assert!(run(&RelationVknInSchema, &v3(vec![])).is_empty());
    }
}
