use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with an inline value list (`werte`) whose non-empty `inhalt` is not one
    /// of the list's codes.
    ///
    /// ## Why is this bad?
    /// A preselected value must be one of the options (QS 1085, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: codes `1`, `2` and `inhalt` `3`. Right: `inhalt` `1`.
    pub struct InhaltNotInWerte {
        code: "1085",
        name: "inhalt-not-in-werte",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Der Inhalt ist kein Code der Werteliste.",
    }
}

impl QsRule for InhaltNotInWerte {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let (Some(werte), Some(inhalt)) = (fd.werte.as_ref(), fd.inhalt.as_deref()) else {
            return;
        };
        let inhalt = inhalt.trim();
        if inhalt.is_empty() || werte.iter().any(|w| w.code.trim() == inhalt) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt `{inhalt}` von {} ist kein Code der Werteliste.",
                    label(a)
                ),
            )
            .with_help("Tragen Sie als Inhalt einen Code der Werteliste ein."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let wert = |c: &str| Wert {
            code: c.into(),
            name: c.into(),
            hilfe: None,
        };
        let mut bad = field("F60000000001");
        bad.werte = Some(vec![wert("1"), wert("2")]);
        bad.inhalt = Some("3".into());
        assert_eq!(
            ids(&InhaltNotInWerte, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = Some("2".into());
        assert!(ids(&InhaltNotInWerte, &v3(vec![f(bad)])).is_empty());
    }
}
