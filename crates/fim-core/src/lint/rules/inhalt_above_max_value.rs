use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field whose `inhalt` is above its `maxValue` (compared in its Datentyp).
    ///
    /// ## Why is this bad?
    /// The default would be refused by the field's own check (QS 1073, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `maxValue="2024-12-31"`, `inhalt` `2025-01-01`. Right: a date up to the bound.
    pub struct InhaltAboveMaxValue {
        code: "1073",
        name: "inhalt-above-max-value",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt liegt über der oberen Wertgrenze.",
    }
}

impl QsRule for InhaltAboveMaxValue {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let (Some(inhalt), Some(max)) = (fd.inhalt.as_deref(), praez_raw(fd, "maxValue")) else {
            return;
        };
        let (Some(x), Some(hi)) = (ordered_value(fd, inhalt), ordered_value(fd, &max)) else {
            return;
        };
        if x <= hi {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt `{}` von {} liegt über der oberen Wertgrenze `{}`.",
                    inhalt.trim(),
                    label(a),
                    max.trim()
                ),
            )
            .with_help("Passen Sie den Inhalt oder die obere Wertgrenze an."),
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
        bad.datentyp = code("date");
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("2024-12-31".into()),
            ..Default::default()
        });
        bad.inhalt = Some("2025-01-01".into());
        assert_eq!(
            ids(&InhaltAboveMaxValue, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = Some("2024-01-01".into());
        assert!(ids(&InhaltAboveMaxValue, &v3(vec![f(bad)])).is_empty());
    }
}
