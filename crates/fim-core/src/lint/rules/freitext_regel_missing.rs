use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a rule (3.0.0) whose `freitextRegel` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The free-text rule is what domain experts read; the script alone is not reviewable
    /// (QS 1024, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `<freitextRegel/>`. Right: `<freitextRegel>Mindestens eines der Felder ist zu befüllen.</freitextRegel>`.
    pub struct FreitextRegelMissing {
        code: "1024",
        name: "freitext-regel-missing",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Die Freitextregel ist leer.",
    }
}

impl QsRule for FreitextRegelMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Rule(r) = v.element else {
            return;
        };
        if !is_blank(r.freitext_regel.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("Die Regel {} hat keine Freitextregel.", label(a)),
            )
            .with_help("Beschreiben Sie die Regel in `freitextRegel` in Worten."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut fd = field("F60000000001");
        fd.regeln.push(Regel {
            angaben: angaben("R60000000001", Some("1.0.0"), "R"),
            ..Default::default()
        });
        assert_eq!(
            ids(&FreitextRegelMissing, &v3(vec![f(fd.clone())])),
            ["R60000000001"]
        );
        fd.regeln[0].freitext_regel = Some("Text".into());
        assert!(ids(&FreitextRegelMissing, &v3(vec![f(fd)])).is_empty());
    }
}
