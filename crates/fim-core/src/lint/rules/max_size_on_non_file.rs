use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with `maxSize` whose Datentyp is not `file`.
    ///
    /// ## Why is this bad?
    /// A file size only limits uploads (QS 1056, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `maxSize` on a `text` field. Right: `maxSize` on a `file` field.
    pub struct MaxSizeOnNonFile {
        code: "1056",
        name: "max-size-on-non-file",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Dateigröße bei einem Feld, das keine Datei ist.",
    }
}

impl QsRule for MaxSizeOnNonFile {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if is_blank(fd.max_size.as_deref()) || datentyp(fd) == Some(&Datentyp::File) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} gibt eine Dateigröße an, ist aber kein Datei-Feld.",
                    label(a)
                ),
            )
            .with_help("Entfernen Sie `maxSize` oder setzen Sie den Datentyp auf `file`."),
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
        bad.max_size = Some("1000".into());
        assert_eq!(
            ids(&MaxSizeOnNonFile, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.datentyp = code("file");
        assert!(ids(&MaxSizeOnNonFile, &v3(vec![f(bad)])).is_empty());
    }
}
