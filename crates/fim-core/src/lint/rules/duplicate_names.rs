use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a name that occurs more than once in a field's inline value list (`werte`).
    ///
    /// ## Why is this bad?
    /// Users choose by name; two entries with the same name cannot be told apart (QS 1093,
    /// Warnung).
    ///
    /// ## Examples
    /// Wrong: `01 Sonstige`, `99 Sonstige`. Right: distinct names.
    pub struct DuplicateNames {
        code: "1093",
        name: "duplicate-names",
        category: Warnung,
        versions: [V3],
        summary: "Ein Name kommt in einer Werteliste mehrfach vor.",
    }
}

impl QsRule for DuplicateNames {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(werte) = &fd.werte else { return };
        let mut seen = std::collections::BTreeSet::new();
        let mut reported = std::collections::BTreeSet::new();
        for w in werte {
            let n = w.name.trim();
            if !seen.insert(n) && reported.insert(n) {
                out.push(
                    diag(
                        &Self::META,
                        a,
                        fd.span,
                        format!(
                            "Der Name „{n}“ kommt in der Werteliste von {} mehrfach vor.",
                            label(a)
                        ),
                    )
                    .with_help("Geben Sie jedem Eintrag einen eigenen, unterscheidbaren Namen."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let wert = |c: &str, n: &str| Wert {
            code: c.into(),
            name: n.into(),
            hilfe: None,
        };
        let mut bad = field("F60000000001");
        bad.werte = Some(vec![wert("a", "x"), wert("b", "x")]);
        assert_eq!(ids(&DuplicateNames, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.werte = Some(vec![wert("a", "x"), wert("b", "y")]);
        assert!(ids(&DuplicateNames, &v3(vec![f(ok)])).is_empty());
    }
}
