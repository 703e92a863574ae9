use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a released schema (Freigabestatus 4, 5 or 6) that points to the placeholder
    /// Dokumentsteckbrief `D99000000001`.
    ///
    /// ## Why is this bad?
    /// A released schema must belong to a real document; the placeholder is for drafts only
    /// (QS 1097, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: Freigabestatus `6` with `D99000000001`. Right: the real D id.
    pub struct ReleasedWithDefaultDokumentsteckbrief {
        code: "1097",
        name: "released-with-default-dokumentsteckbrief",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Ein freigegebenes Datenschema ist dem Default-Dokumentsteckbrief zugeordnet.",
    }
}

impl QsRule for ReleasedWithDefaultDokumentsteckbrief {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        use super::default_dokumentsteckbrief::{is_released, points_to_default};
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if !points_to_default(s) || !is_released(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, s.dokumentsteckbrief.as_ref().map_or(s.span, |d| d.span), format!("Das freigegebene Datenschema {} ist dem Platzhalter-Dokumentsteckbrief D99000000001 zugeordnet.", label(a)))
                .with_help("Ordnen Sie vor der Freigabe den Dokumentsteckbrief zu, zu dem das Datenschema gehört."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut m = v3(vec![]);
        if let Content::Schema(s) = &mut m.content {
            s.dokumentsteckbrief.as_mut().expect("builder sets one").id =
                Some(crate::ids::ElementId::new("D99000000001"));
            s.angaben.freigabestatus = code("6");
        }
        assert_eq!(run(&ReleasedWithDefaultDokumentsteckbrief, &m).len(), 1);
        assert!(run(&ReleasedWithDefaultDokumentsteckbrief, &v3(vec![])).is_empty());
    }
}
