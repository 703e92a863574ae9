use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// When the message is a released schema (Freigabestatus 4, 5 or 6), reports every group
    /// and field below it whose Freigabestatus is 1 (in Planung) or 2 (in Bearbeitung).
    ///
    /// ## Why is this bad?
    /// A released schema should only consist of elements that are at least drafts (QS 1129,
    /// Hinweis).
    ///
    /// ## Examples
    /// Wrong: schema status `6`, field status `2`. Right: field status `3` or higher.
    pub struct ChildBelowEntwurfInReleasedSchema {
        code: "1129",
        name: "child-below-entwurf-in-released-schema",
        category: Hinweis,
        versions: [V3],
        summary: "Ein Unterelement eines freigegebenen Datenschemas hat nicht mindestens den Status „Entwurf“.",
    }
}

impl QsRule for ChildBelowEntwurfInReleasedSchema {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if v.depth == 0 || !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_)) {
            return;
        }
        let Some(ElementRef::Schema(s)) = cx.message.root() else {
            return;
        };
        if !super::default_dokumentsteckbrief::is_released(&s.angaben) || !below_entwurf(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("{} ist noch nicht im Status „Entwurf“, das Datenschema {} ist aber freigegeben.", label(a), label(&s.angaben)))
                .with_help("Setzen Sie das Unterelement mindestens auf den Status „Entwurf“ (3)."),
        );
    }
}

/// Whether the Freigabestatus is 1 (in Planung) or 2 (in Bearbeitung).
pub(crate) fn below_entwurf(a: &Angaben) -> bool {
    a.freigabestatus.as_ref().is_some_and(|c| {
        matches!(
            c.value,
            Freigabestatus::InPlanung | Freigabestatus::InBearbeitung
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut m = v3(vec![f(field("F60000000001"))]);
        assert!(run(&ChildBelowEntwurfInReleasedSchema, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.angaben.freigabestatus = code("6");
        }
        assert_eq!(
            ids(&ChildBelowEntwurfInReleasedSchema, &m),
            ["F60000000001"]
        );
    }
}
