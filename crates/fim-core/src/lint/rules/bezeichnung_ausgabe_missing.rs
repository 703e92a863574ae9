use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field whose `bezeichnungAusgabe` (label on output documents, e.g. the
    /// notice) is missing or empty.
    ///
    /// ## Why is this bad?
    /// Output documents print this label next to the value (QS 1010, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<bezeichnungAusgabe/>`. Right: `<bezeichnungAusgabe>Familienname</bezeichnungAusgabe>`.
    pub struct BezeichnungAusgabeMissing {
        code: "1010",
        name: "bezeichnung-ausgabe-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die „Bezeichnung Ausgabe“ ist leer.",
    }
}

impl QsRule for BezeichnungAusgabeMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        if !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_)) {
            return;
        }
        let a = v.element.angaben();
        if !is_blank(a.bezeichnung_ausgabe.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("{} hat keine „Bezeichnung Ausgabe“.", label(a)),
            )
            .with_help(
                "Tragen Sie in `bezeichnungAusgabe` die Beschriftung für Ausgabedokumente ein.",
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
        bad.angaben.bezeichnung_ausgabe = Some(String::new());
        assert_eq!(
            ids(&BezeichnungAusgabeMissing, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(
            &BezeichnungAusgabeMissing,
            &v3(vec![f(field("F60000000001"))])
        )
        .is_empty());
    }
}
