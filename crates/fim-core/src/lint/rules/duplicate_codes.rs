use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a code that occurs more than once in a field's inline value list
    /// (`werte`), or in its referenced code list when local code lists are given.
    ///
    /// ## Why is this bad?
    /// The code is the key of the entry; a repeated key makes the stored value ambiguous
    /// (QS 1045, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `01 ledig`, `01 verheiratet`. Right: `01 ledig`, `02 verheiratet`.
    pub struct DuplicateCodes {
        code: "1045",
        name: "duplicate-codes",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein Code kommt in einer Code- oder Werteliste mehrfach vor.",
    }
}

impl QsRule for DuplicateCodes {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let codes: Vec<&str> = match (&fd.werte, &fd.codeliste_referenz, cx.codelists) {
            (Some(w), _, _) => w.iter().map(|w| w.code.trim()).collect(),
            (None, Some(r), Some(lists)) => {
                let Some(uri) = r.canonical_identification.as_deref() else {
                    return;
                };
                match lists.codes(uri.trim(), r.version.as_deref().map(str::trim)) {
                    Some(c) => c.iter().map(|s| s.trim()).collect(),
                    None => return,
                }
            }
            _ => return,
        };
        let mut seen = std::collections::BTreeSet::new();
        let mut reported = std::collections::BTreeSet::new();
        for c in codes {
            if !seen.insert(c) && reported.insert(c) {
                out.push(
                    diag(
                        &Self::META,
                        a,
                        fd.span,
                        format!(
                            "Der Code `{c}` kommt in der Liste von {} mehrfach vor.",
                            label(a)
                        ),
                    )
                    .with_help("Vergeben Sie jedem Eintrag einen eigenen Code."),
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
        bad.werte = Some(vec![wert("a", "x"), wert("a", "y")]);
        assert_eq!(ids(&DuplicateCodes, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.werte = Some(vec![wert("a", "x"), wert("b", "x")]);
        assert!(ids(&DuplicateCodes, &v3(vec![f(ok)])).is_empty());
    }
}
