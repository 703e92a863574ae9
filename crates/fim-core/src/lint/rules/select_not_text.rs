use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Feldart `select` whose Datentyp is not `text`.
    ///
    /// ## Why is this bad?
    /// A selection stores the code of the chosen entry, which is text (QS 1011,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `feldart` `select` with `datentyp` `num_int`. Right: `datentyp` `text`.
    pub struct SelectNotText {
        code: "1011",
        name: "select-not-text",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein Auswahlfeld hat nicht den Datentyp „Text“.",
    }
}

impl QsRule for SelectNotText {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if feldart(fd) != Some(&Feldart::Select) || datentyp(fd) == Some(&Datentyp::Text) {
            return;
        }
        let dt = fd
            .datentyp
            .as_ref()
            .map_or("", |c| crate::codes::CodeValue::code(&c.value));
        out.push(
            diag(
                &Self::META,
                a,
                fd.datentyp.as_ref().map_or(fd.span, |c| c.span),
                format!(
                    "Das Auswahlfeld {} hat den Datentyp `{dt}` statt `text`.",
                    label(a)
                ),
            )
            .with_help(
                "Setzen Sie den Datentyp auf `text`; die Auswahl speichert den Code des Eintrags.",
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
        bad.feldart = code("select");
        bad.datentyp = code("num");
        assert_eq!(ids(&SelectNotText, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.feldart = code("select");
        assert!(ids(&SelectNotText, &v3(vec![f(ok)])).is_empty());
    }
}
