use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `file` or `obj` with a `pattern` in its `praezisierung`.
    ///
    /// ## Why is this bad?
    /// A regular expression constrains text; files and objects are not text (QS 1120,
    /// FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: a `file` field with `pattern` `.*\.pdf`. Right: `mediaType` `application/pdf`.
    pub struct PatternOnFileOrObj {
        code: "1120",
        name: "pattern-on-file-or-obj",
        category: FehlerMethodisch,
        versions: [V2, V3],
        summary: "Datei- oder Objektfeld mit Pattern.",
    }
}

impl QsRule for PatternOnFileOrObj {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::File | Datentyp::Obj))
            || !praez_set(fd, "pattern")
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Das Datei- oder Objektfeld {} gibt ein Pattern an.",
                    label(a)
                ),
            )
            .with_help("Entfernen Sie das Pattern; schränken Sie Dateien über `mediaType` ein."),
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
        bad.datentyp = code("file");
        bad.praezisierung = Some(Praezisierung {
            pattern: Some(".*".into()),
            ..Default::default()
        });
        assert_eq!(
            ids(&PatternOnFileOrObj, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.praezisierung = None;
        assert!(ids(&PatternOnFileOrObj, &v3(vec![f(bad)])).is_empty());
    }
}
