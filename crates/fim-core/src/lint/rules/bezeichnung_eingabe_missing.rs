use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field whose `bezeichnungEingabe` (label on input forms) is missing
    /// or empty.
    ///
    /// ## Why is this bad?
    /// Forms show this label to the applicant; without it a form generator has nothing to
    /// show (QS 1009, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<bezeichnungEingabe/>`. Right: `<bezeichnungEingabe>Familienname</bezeichnungEingabe>`.
    pub struct BezeichnungEingabeMissing {
        code: "1009",
        name: "bezeichnung-eingabe-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die „Bezeichnung Eingabe“ ist leer.",
    }
}

impl QsRule for BezeichnungEingabeMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        if !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_)) {
            return;
        }
        let a = v.element.angaben();
        if !is_blank(a.bezeichnung_eingabe.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("{} hat keine „Bezeichnung Eingabe“.", label(a)),
            )
            .with_help(
                "Tragen Sie in `bezeichnungEingabe` die Beschriftung für Eingabeformulare ein.",
            ),
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
        bad.angaben.bezeichnung_eingabe = None;
        assert_eq!(
            ids(&BezeichnungEingabeMissing, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(
            &BezeichnungEingabeMissing,
            &v3(vec![f(field("F60000000001"))])
        )
        .is_empty());
    }
}
