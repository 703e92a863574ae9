use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `file` or `obj` with a non-empty `inhalt`.
    ///
    /// ## Why is this bad?
    /// Files and static objects cannot have a textual default (QS 1100, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a `file` field with `<inhalt>scan.pdf</inhalt>`. Right: no `inhalt`.
    pub struct InhaltOnFileOrObj {
        code: "1100",
        name: "inhalt-on-file-or-obj",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Datei- oder Objektfeld mit Inhalt.",
    }
}

impl QsRule for InhaltOnFileOrObj {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::File | Datentyp::Obj))
            || is_blank(fd.inhalt.as_deref())
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("Das Datei- oder Objektfeld {} hat einen Inhalt.", label(a)),
            )
            .with_help("Entfernen Sie den Inhalt."),
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
        bad.inhalt = Some("x".into());
        assert_eq!(
            ids(&InhaltOnFileOrObj, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = None;
        assert!(ids(&InhaltOnFileOrObj, &v3(vec![f(bad)])).is_empty());
    }
}
