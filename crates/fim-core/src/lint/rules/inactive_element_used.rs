use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports each structure entry of a schema or group that uses a group or field whose
    /// status is `inaktiv` (2.0) or whose Freigabestatus is `7` inaktiv (3.0.0). The finding
    /// sits on the containing schema or group, as in the QS report.
    ///
    /// ## Why is this bad?
    /// Inactive elements are no longer maintained; new structures should use their
    /// successors (QS 1116, Warnung).
    ///
    /// ## Examples
    /// Wrong: a group with status `inaktiv` in a schema. Right: its active successor.
    pub struct InactiveElementUsed {
        code: "1116",
        name: "inactive-element-used",
        category: Warnung,
        versions: [V2, V3],
        summary: "Ein inaktives Baukastenelement wird verwendet.",
    }
}

impl QsRule for InactiveElementUsed {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let Some(c) = child(st) else { continue };
            let ca = c.angaben();
            let inactive = ca
                .status
                .as_ref()
                .is_some_and(|c| c.value == Status::Inaktiv)
                || ca
                    .freigabestatus
                    .as_ref()
                    .is_some_and(|c| c.value == Freigabestatus::Inaktiv);
            if !inactive {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!("{} verwendet das inaktive Element {}.", label(a), label(ca)),
                )
                .with_label(c.span(), "inaktives Element")
                .with_help("Verwenden Sie die aktuelle Version oder den Nachfolger des Elements."),
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
        let mut bad = field("F60000000001");
        bad.angaben.freigabestatus = code("7");
        assert_eq!(
            ids(&InactiveElementUsed, &v3(vec![f(bad)])),
            ["S60000000001"]
        );
        assert!(ids(&InactiveElementUsed, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
