use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group with exactly one structure entry.
    ///
    /// A one-child Auswahlgruppe is reported by QS 1043 instead (the public check reports
    /// one or the other).
    ///
    /// ## Why is this bad?
    /// A group with one child adds a level without grouping anything; use the child
    /// directly (QS 1106, Warnung).
    ///
    /// ## Examples
    /// Wrong: a group that only holds `Familienname`. Right: use the field itself, or add the
    /// fields that belong together (`Familienname`, `Vorname`).
    pub struct GroupSingleChild {
        code: "1106",
        name: "group-single-child",
        category: Warnung,
        versions: [V2, V3],
        summary: "Eine Datenfeldgruppe hat nur ein Unterelement.",
    }
}

impl QsRule for GroupSingleChild {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(gr) = as_group(v.element) else {
            return;
        };
        // A one-child Auswahlgruppe is QS 1043's finding (as in the public check: one or the
        // other).
        let auswahl = gr
            .art
            .as_ref()
            .is_some_and(|x| x.value == Gruppenart::Auswahl);
        if gr.struktur.len() != 1 || v.cycle || auswahl {
            return;
        }
        out.push(
            diag(&Self::META, &gr.angaben, gr.span, format!("Die Datenfeldgruppe {} hat nur ein Unterelement.", label(&gr.angaben)))
                .with_help("Verwenden Sie das Unterelement direkt oder ergänzen Sie die zusammengehörenden Elemente."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let one = group("G60000000001", vec![f(field("F60000000001"))]);
        assert_eq!(ids(&GroupSingleChild, &v3(vec![g(one)])), ["G60000000001"]);
        let two = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        assert!(ids(&GroupSingleChild, &v3(vec![g(two)])).is_empty());
    }
}
