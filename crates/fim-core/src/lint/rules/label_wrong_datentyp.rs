use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Feldart `label` whose Datentyp is not `obj`, `text` or
    /// `text_latin`.
    ///
    /// ## Why is this bad?
    /// A static field shows a text or an object; other types have no meaning there (QS 1090,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `label` with `num`. Right: `label` with `text`.
    pub struct LabelWrongDatentyp {
        code: "1090",
        name: "label-wrong-datentyp",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein statisches Feld hat einen unpassenden Datentyp.",
    }
}

impl QsRule for LabelWrongDatentyp {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if feldart(fd) != Some(&Feldart::Label)
            || datentyp(fd).is_none()
            || matches!(
                datentyp(fd),
                Some(Datentyp::Obj | Datentyp::Text | Datentyp::TextLatin)
            )
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Das statische Feld {} hat einen Datentyp, der weder Text noch Objekt ist.",
                    label(a)
                ),
            )
            .with_help("Setzen Sie den Datentyp auf `text`, `text_latin` oder `obj`."),
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
        bad.feldart = code("label");
        bad.datentyp = code("num");
        assert_eq!(
            ids(&LabelWrongDatentyp, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.datentyp = code("text");
        assert!(ids(&LabelWrongDatentyp, &v3(vec![f(bad)])).is_empty());
    }
}
