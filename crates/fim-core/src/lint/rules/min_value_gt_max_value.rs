use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field whose `minValue` is greater than its `maxValue`, compared in the
    /// field's Datentyp (numbers, dates, times, timestamps).
    ///
    /// ## Why is this bad?
    /// No value satisfies both bounds (QS 1064, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `minValue="100" maxValue="10"`. Right: `minValue="10" maxValue="100"`.
    pub struct MinValueGtMaxValue {
        code: "1064",
        name: "min-value-gt-max-value",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die untere Wertgrenze ist größer als die obere.",
    }
}

impl QsRule for MinValueGtMaxValue {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let (Some(min), Some(max)) = (praez_raw(fd, "minValue"), praez_raw(fd, "maxValue")) else {
            return;
        };
        let (Some(lo), Some(hi)) = (ordered_value(fd, &min), ordered_value(fd, &max)) else {
            return;
        };
        if lo <= hi {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Bei {} ist die untere Wertgrenze `{}` größer als die obere `{}`.",
                    label(a),
                    min.trim(),
                    max.trim()
                ),
            )
            .with_help("Korrigieren Sie die Wertgrenzen so, dass minValue ≤ maxValue gilt."),
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
        bad.datentyp = code("num_int");
        bad.praezisierung = Some(Praezisierung {
            min_value: Some("100".into()),
            max_value: Some("10".into()),
            ..Default::default()
        });
        assert_eq!(
            ids(&MinValueGtMaxValue, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.praezisierung = Some(Praezisierung {
            min_value: Some("1".into()),
            max_value: Some("10".into()),
            ..Default::default()
        });
        assert!(ids(&MinValueGtMaxValue, &v3(vec![f(bad)])).is_empty());
    }
}
