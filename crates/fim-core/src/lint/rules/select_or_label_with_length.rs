use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Feldart `select` or `label` that sets `minLength` or
    /// `maxLength`.
    ///
    /// ## Why is this bad?
    /// The user types nothing into these fields, so a length constraint has no meaning
    /// (QS 1012, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `select` with `{"minLength":"1"}`. Right: no length on `select` fields.
    pub struct SelectOrLabelWithLength {
        code: "1012",
        name: "select-or-label-with-length",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Auswahl- oder statisches Feld mit Feldlänge.",
    }
}

impl QsRule for SelectOrLabelWithLength {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if !matches!(feldart(fd), Some(Feldart::Select | Feldart::Label)) {
            return;
        }
        if !(praez_set(fd, "minLength") || praez_set(fd, "maxLength")) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "{} ist ein Auswahl- oder statisches Feld und gibt trotzdem eine Feldlänge an.",
                    label(a)
                ),
            )
            .with_help("Entfernen Sie `minLength` und `maxLength` aus der Präzisierung."),
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
        assert_eq!(
            ids(&SelectOrLabelWithLength, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        let mut ok = field("F60000000001");
        ok.feldart = code("select");
        ok.praezisierung = None;
        assert!(ids(&SelectOrLabelWithLength, &v3(vec![f(ok)])).is_empty());
    }
}
