use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field whose `minLength` is greater than its `maxLength`.
    ///
    /// ## Why is this bad?
    /// No text satisfies both bounds (QS 1061, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `minLength="10" maxLength="5"`. Right: `minLength="5" maxLength="10"`.
    pub struct MinLengthGtMaxLength {
        code: "1061",
        name: "min-length-gt-max-length",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die minimale Feldlänge ist größer als die maximale.",
    }
}

impl QsRule for MinLengthGtMaxLength {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(p) = fd.praezisierung.as_ref() else {
            return;
        };
        let (Some(min), Some(max)) = (p.min_length, p.max_length) else {
            return;
        };
        // A maximum of 0 is no valid maximum: the public check wants a valid one first.
        if min <= max || max == 0 {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Bei {} ist die minimale Feldlänge {min} größer als die maximale {max}.",
                    label(a)
                ),
            )
            .with_help("Korrigieren Sie die Feldlängen so, dass minLength ≤ maxLength gilt."),
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
            min_length: Some(10),
            max_length: Some(5),
            ..Default::default()
        });
        assert_eq!(
            ids(&MinLengthGtMaxLength, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(&MinLengthGtMaxLength, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
