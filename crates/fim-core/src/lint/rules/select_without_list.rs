use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Feldart `select` that has neither a code list reference nor an
    /// inline value list.
    ///
    /// ## Why is this bad?
    /// There is nothing to choose from (QS 1018, Warnung).
    ///
    /// ## Examples
    /// Wrong: `select` without `codelisteReferenz` or `werte`. Right: add one of them.
    pub struct SelectWithoutList {
        code: "1018",
        name: "select-without-list",
        category: Warnung,
        versions: [V2, V3],
        summary: "Auswahlfeld ohne Code- oder Werteliste.",
    }
}

impl QsRule for SelectWithoutList {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if feldart(fd) != Some(&Feldart::Select) || has_list(fd) {
            return;
        }
        out.push(
            diag(&Self::META, a, fd.span, format!("Das Auswahlfeld {} hat weder eine Code- noch eine Werteliste.", label(a)))
                .with_help("Ordnen Sie eine Codeliste (`codelisteReferenz`) oder eine Werteliste (`werte`) zu."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.feldart = code("select");
        assert_eq!(ids(&SelectWithoutList, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.feldart = code("select");
        ok.codeliste_referenz = Some(Default::default());
        assert!(ids(&SelectWithoutList, &v3(vec![f(ok)])).is_empty());
    }
}
