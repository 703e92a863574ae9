use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group that contains the same element (id and version) in more than one
    /// structure entry, once per repetition.
    ///
    /// ## Why is this bad?
    /// Repeating an element is what multiplicity is for; two entries with the same element
    /// give two indistinguishable values (QS 1004, Warnung).
    ///
    /// ## Examples
    /// Wrong: `Telefon` twice in one group. Right: once with `anzahl` `0:2`.
    pub struct DuplicateInGroup {
        code: "1004",
        name: "duplicate-in-group",
        category: Warnung,
        versions: [V2, V3],
        summary: "Eine Datenfeldgruppe enthält ein Element mehrfach in derselben Version.",
    }
}

impl QsRule for DuplicateInGroup {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let mut seen = std::collections::HashSet::new();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            if !matches!(v.element, ElementRef::Group(_)) {
                return;
            }
            let Some(k) = ca.and_then(key_of) else {
                continue;
            };
            if !seen.insert(k) {
                let ca = ca.map(label).unwrap_or_default();
                out.push(
                    diag(&Self::META, a, st.span, format!("{} enthält {ca} mehrfach.", label(a)))
                        .with_help("Verwenden Sie das Element einmal und geben Sie die gewünschte Multiplizität an."),
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
        let gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000001"))],
        );
        assert_eq!(ids(&DuplicateInGroup, &v3(vec![g(gr)])), ["G60000000001"]);
        let gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        assert!(ids(&DuplicateInGroup, &v3(vec![g(gr)])).is_empty());
    }
}
