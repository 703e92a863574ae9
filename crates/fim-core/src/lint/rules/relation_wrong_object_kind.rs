use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `relation` whose `objekt` is of a kind the element may not relate to: a
    /// schema may relate to schemas (`S`), a group to groups (`G`), a field to fields or
    /// groups (`F`, `G`: a field may be derived from a group it replaces), a rule to rules
    /// (`R`).
    ///
    /// ## Why is this bad?
    /// Relations such as "derived from" or "replaces" only make sense between objects of
    /// the same kind (QS 1087, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a schema `ABL` a group `G60000000088`, a field `ABL` a schema. Right: `ABL` a
    /// schema `S…`; a field `ABL` a field or a group.
    ///
    /// ## Deviations
    /// The QS table documents the check for schemas; the public implementation applies it to
    /// every object type, with fields allowed to point to groups as well, and so do we.
    pub struct RelationWrongObjectKind {
        code: "1087",
        name: "relation-wrong-object-kind",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Relation zu einem unzulässigen Objekt.",
    }
}

impl QsRule for RelationWrongObjectKind {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for r in &a.relation {
            let Some(id) = r.objekt.id.as_ref() else {
                continue;
            };
            let letter = v.element.kind().letter();
            let target = id.as_str().trim();
            let allowed = target.starts_with(letter)
                || (matches!(v.element, ElementRef::Field(_)) && target.starts_with('G'));
            if target.is_empty() || allowed {
                continue;
            }
            out.push(
                diag(&Self::META, a, r.span, format!("{} steht in Relation zu `{}`, einem Objekt anderer Art.", label(a), id.as_str().trim()))
                    .with_help("Verweisen Sie nur auf Objekte derselben Art (Datenschema auf Datenschema, Feld auf Feld …)."),
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
        bad.angaben.relation = vec![rel("ABL", Some("S60000000009"))];
        assert_eq!(
            ids(&RelationWrongObjectKind, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        // A field may point to a group.
        bad.angaben.relation = vec![rel("ABL", Some("G60000000009"))];
        assert!(ids(&RelationWrongObjectKind, &v3(vec![f(bad.clone())])).is_empty());
        bad.angaben.relation = vec![rel("ABL", Some("F60000000009"))];
        assert!(ids(&RelationWrongObjectKind, &v3(vec![f(bad)])).is_empty());
    }
}
