use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field whose `inhalt` is below its `minValue` (compared in its Datentyp).
    ///
    /// ## Why is this bad?
    /// The default would be refused by the field's own check (QS 1072, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `minValue="1"`, `inhalt` `0`. Right: `inhalt` `1`.
    pub struct InhaltBelowMinValue {
        code: "1072",
        name: "inhalt-below-min-value",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Inhalt liegt unter der unteren Wertgrenze.",
    }
}

impl QsRule for InhaltBelowMinValue {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let (Some(inhalt), Some(min)) = (fd.inhalt.as_deref(), praez_raw(fd, "minValue")) else {
            return;
        };
        let (Some(x), Some(lo)) = (ordered_value(fd, inhalt), ordered_value(fd, &min)) else {
            return;
        };
        if x >= lo {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Der Inhalt `{}` von {} liegt unter der unteren Wertgrenze `{}`.",
                    inhalt.trim(),
                    label(a),
                    min.trim()
                ),
            )
            .with_help("Passen Sie den Inhalt oder die untere Wertgrenze an."),
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
        bad.datentyp = code("num");
        bad.praezisierung = Some(Praezisierung {
            min_value: Some("1".into()),
            ..Default::default()
        });
        bad.inhalt = Some("0".into());
        assert_eq!(
            ids(&InhaltBelowMinValue, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.inhalt = Some("1".into());
        assert!(ids(&InhaltBelowMinValue, &v3(vec![f(bad)])).is_empty());
    }
}
