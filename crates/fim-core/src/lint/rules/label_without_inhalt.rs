use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Feldart `label` (static, read-only) whose `inhalt` is empty.
    ///
    /// ## Why is this bad?
    /// A static field exists to show a text; without `inhalt` it shows nothing (QS 1109,
    /// Warnung).
    ///
    /// ## Examples
    /// Wrong: `label` with `<inhalt/>`. Right: `<inhalt>Bitte beachten Sie …</inhalt>`.
    pub struct LabelWithoutInhalt {
        code: "1109",
        name: "label-without-inhalt",
        category: Warnung,
        versions: [V2, V3],
        summary: "Statisches Feld ohne Inhalt.",
    }
}

impl QsRule for LabelWithoutInhalt {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        if feldart(fd) != Some(&Feldart::Label) || !is_blank(fd.inhalt.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                fd.span,
                format!("Das statische Feld {} hat keinen Inhalt.", label(a)),
            )
            .with_help("Tragen Sie in `inhalt` den anzuzeigenden Text ein."),
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
        assert_eq!(
            ids(&LabelWithoutInhalt, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        let mut ok = field("F60000000001");
        ok.feldart = code("label");
        ok.inhalt = Some("Hinweis".into());
        assert!(ids(&LabelWithoutInhalt, &v3(vec![f(ok)])).is_empty());
    }
}
