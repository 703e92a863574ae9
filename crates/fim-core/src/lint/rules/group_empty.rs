use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group without any structure entry.
    ///
    /// ## Why is this bad?
    /// A group collects data; an empty group describes nothing and renders as an empty
    /// section in every form (QS 1023, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a `datenfeldgruppe` without `struktur`. Right: at least one `struktur` entry.
    pub struct GroupEmpty {
        code: "1023",
        name: "group-empty",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Eine Datenfeldgruppe hat kein Unterelement.",
    }
}

impl QsRule for GroupEmpty {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(gr) = as_group(v.element) else {
            return;
        };
        if !gr.struktur.is_empty() || v.cycle {
            return;
        }
        out.push(
            diag(&Self::META, &gr.angaben, gr.span, format!("Die Datenfeldgruppe {} ist leer.", label(&gr.angaben)))
                .with_help("Fügen Sie mindestens ein Datenfeld oder eine Datenfeldgruppe hinzu oder entfernen Sie die Gruppe."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        assert_eq!(
            ids(&GroupEmpty, &v3(vec![g(group("G60000000001", vec![]))])),
            ["G60000000001"]
        );
        let ok = group("G60000000001", vec![f(field("F60000000001"))]);
        assert!(ids(&GroupEmpty, &v3(vec![g(ok)])).is_empty());
    }
}
