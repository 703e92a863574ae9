use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a text field whose `inhalt` has more characters than `maxLength`.
    ///
    /// ## Why is this bad?
    /// The default would be refused by the field's own check (QS 1075, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `maxLength="2"`, `inhalt` `abc`. Right: `inhalt` `ab`.
    pub struct InhaltLongerThanMaxLength {
        code: "1075",
        name: "inhalt-longer-than-max-length",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt ist länger als die maximale Feldlänge.",
    }
}

impl QsRule for InhaltLongerThanMaxLength {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !is_text_type(fd) {
            return;
        }
        let (Some(inhalt), Some(max)) = (
            fd.inhalt.as_deref(),
            fd.praezisierung.as_ref().and_then(|p| p.max_length),
        ) else {
            return;
        };
        let n = inhalt.chars().count() as u64;
        if n <= max {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt von {} hat {n} Zeichen, mehr als die maximale Feldlänge {max}.",
                    label(a)
                ),
            )
            .with_help("Kürzen Sie den Inhalt oder erhöhen Sie die maximale Feldlänge."),
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
        bad.praezisierung = Some(Praezisierung {
            max_length: Some(2),
            ..Default::default()
        });
        bad.inhalt = Some("abc".into());
        assert_eq!(
            ids(&InhaltLongerThanMaxLength, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = Some("ab".into());
        assert!(ids(&InhaltLongerThanMaxLength, &v3(vec![f(bad)])).is_empty());
    }
}
