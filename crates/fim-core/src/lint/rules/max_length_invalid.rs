use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `maxLength` that is not a whole number greater than 0.
    ///
    /// ## Why is this bad?
    /// A field that may hold at most zero characters can hold nothing (QS 1060,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `maxLength="0"`. Right: `maxLength="50"`.
    pub struct MaxLengthInvalid {
        code: "1060",
        name: "max-length-invalid",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die maximale Feldlänge ist keine ganze Zahl größer null.",
    }
}

impl QsRule for MaxLengthInvalid {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(value) = praez_raw(fd, "maxLength") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || value.parse::<u64>().is_ok_and(|n| n > 0) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die maximale Feldlänge `{value}` von {} ist keine ganze Zahl > 0.",
                    label(a)
                ),
            )
            .with_help("Geben Sie die maximale Feldlänge als ganze Zahl ab 1 an."),
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
            max_length: Some(0),
            ..Default::default()
        });
        assert_eq!(ids(&MaxLengthInvalid, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MaxLengthInvalid, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
