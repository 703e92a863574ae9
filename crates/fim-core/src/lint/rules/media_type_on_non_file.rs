use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with `mediaType` whose Datentyp is not `file`.
    ///
    /// ## Why is this bad?
    /// Media types only restrict uploads (QS 1057, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `mediaType` `application/pdf` on a `text` field. Right: on a `file` field.
    pub struct MediaTypeOnNonFile {
        code: "1057",
        name: "media-type-on-non-file",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Erlaubte Dateitypen bei einem Feld, das keine Datei ist.",
    }
}

impl QsRule for MediaTypeOnNonFile {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if fd.media_type.iter().all(|m| m.trim().is_empty())
            || datentyp(fd) == Some(&Datentyp::File)
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} gibt erlaubte Dateitypen an, ist aber kein Datei-Feld.",
                    label(a)
                ),
            )
            .with_help("Entfernen Sie `mediaType` oder setzen Sie den Datentyp auf `file`."),
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
        bad.media_type = vec!["application/pdf".into()];
        assert_eq!(
            ids(&MediaTypeOnNonFile, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.datentyp = code("file");
        assert!(ids(&MediaTypeOnNonFile, &v3(vec![f(bad)])).is_empty());
    }
}
