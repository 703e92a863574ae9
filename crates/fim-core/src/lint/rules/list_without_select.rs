use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with a code list reference or an inline value list whose Feldart is
    /// not `select`.
    ///
    /// ## Why is this bad?
    /// A list only makes sense when the user chooses from it (QS 1017, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `feldart` `input` with `codelisteReferenz`. Right: `feldart` `select`.
    pub struct ListWithoutSelect {
        code: "1017",
        name: "list-without-select",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Code- oder Werteliste bei einem Feld, das kein Auswahlfeld ist.",
    }
}

impl QsRule for ListWithoutSelect {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if !has_list(fd) || feldart(fd) == Some(&Feldart::Select) || fd.feldart.is_none() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.feldart.as_ref().map_or(fd.span, |c| c.span),
                format!(
                    "{} hat eine Code- oder Werteliste, ist aber kein Auswahlfeld.",
                    label(a)
                ),
            )
            .with_help("Setzen Sie die Feldart auf `select` oder entfernen Sie die Liste."),
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
        bad.codeliste_referenz = Some(Default::default());
        assert_eq!(ids(&ListWithoutSelect, &v3(vec![f(bad)])), ["F60000000001"]);
        let ok = field("F60000000001");

        assert!(ids(&ListWithoutSelect, &v3(vec![f(ok)])).is_empty());
    }
}
