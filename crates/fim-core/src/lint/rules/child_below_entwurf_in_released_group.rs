use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// In a group document (a published Datenfeldgruppe message), for a released group
    /// (Freigabestatus 4, 5 or 6), reports each direct child group or field whose
    /// Freigabestatus is 1 (in Planung) or 2 (in Bearbeitung). In a schema document the same
    /// elements are QS 1129's, as in the public check.
    ///
    /// ## Why is this bad?
    /// A released group should only consist of elements that are at least drafts (QS 1130,
    /// Hinweis).
    ///
    /// ## Examples
    /// Wrong: group status `6`, child field status `2`. Right: child status `3` or higher.
    ///
    /// ## Deviations
    /// Only direct children are checked; deeper levels are covered when their own group is
    /// released, which keeps the rule linear in the size of the schema.
    pub struct ChildBelowEntwurfInReleasedGroup {
        code: "1130",
        name: "child-below-entwurf-in-released-group",
        category: Hinweis,
        versions: [V3],
        summary: "Ein Unterelement einer freigegebenen Datenfeldgruppe hat nicht mindestens den Status „Entwurf“.",
    }
}

impl QsRule for ChildBelowEntwurfInReleasedGroup {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Group(gr) = v.element else {
            return;
        };
        // A published group document only; in a schema document QS 1129 reports the same.
        if !matches!(cx.message.root(), Some(ElementRef::Group(_))) {
            return;
        }
        if !super::default_dokumentsteckbrief::is_released(a) {
            return;
        }
        for s in &gr.struktur {
            let Some(c) = child(s) else { continue };
            let ca = c.angaben();
            if !super::child_below_entwurf_in_released_schema::below_entwurf(ca) {
                continue;
            }
            out.push(
                diag(&Self::META, ca, c.span(), format!("{} ist noch nicht im Status „Entwurf“, die Datenfeldgruppe {} ist aber freigegeben.", label(ca), label(a)))
                    .with_help("Setzen Sie das Unterelement mindestens auf den Status „Entwurf“ (3)."),
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
        let mut gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        let doc =
            |gr: &Datenfeldgruppe| message(XdfVersion::V3, Content::Group(Box::new(gr.clone())));
        assert!(run(&ChildBelowEntwurfInReleasedGroup, &doc(&gr)).is_empty());
        gr.angaben.freigabestatus = code("5");
        // In a schema document it is 1129's.
        assert!(run(&ChildBelowEntwurfInReleasedGroup, &v3(vec![g(gr.clone())])).is_empty());
        assert_eq!(
            ids(&ChildBelowEntwurfInReleasedGroup, &doc(&gr)),
            ["F60000000001", "F60000000002"]
        );
    }
}
