use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports an input field (`feldart` `input`) of Datentyp `text` or `text_latin` that
    /// does not set both `minLength` and `maxLength`.
    ///
    /// ## Why is this bad?
    /// Without bounds, implementations pick their own limits and data gets cut or refused
    /// differently everywhere (QS 1102, Warnung).
    ///
    /// ## Examples
    /// Wrong: `{"maxLength":"50"}` only. Right: `{"minLength":"1","maxLength":"50"}`.
    pub struct InputTextWithoutLength {
        code: "1102",
        name: "input-text-without-length",
        category: Warnung,
        versions: [V2, V3],
        summary: "Texteingabefeld ohne minimale und maximale Feldlänge.",
    }
}

impl QsRule for InputTextWithoutLength {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if feldart(fd) != Some(&Feldart::Input) || !is_text_type(fd) {
            return;
        }
        if praez_set(fd, "minLength") && praez_set(fd, "maxLength") {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Das Texteingabefeld {} gibt nicht beide Feldlängen an.",
                    label(a)
                ),
            )
            .with_help("Geben Sie in der Präzisierung `minLength` und `maxLength` an."),
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
        bad.praezisierung = None;
        assert_eq!(
            ids(&InputTextWithoutLength, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        let ok = field("F60000000001");

        assert!(ids(&InputTextWithoutLength, &v3(vec![f(ok)])).is_empty());
    }
}
