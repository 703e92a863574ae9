use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num` or `num_currency` whose upper bound (`maxValue`) is set but is not a number.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1063, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `1,5`. Right: `1.5`.
    pub struct MaxValueNotNumber {
        code: "1063",
        name: "max-value-not-number",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die obere Wertgrenze ist keine Zahl.",
    }
}

impl QsRule for MaxValueNotNumber {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Num | Datentyp::NumCurrency)) {
            return;
        }
        let Some(value) = praez_raw(fd, "maxValue") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || is_number(value) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die obere Wertgrenze `{value}` von {} ist keine Zahl.",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine Zahl an, z. B. `1.5`."),
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
        let mut ok = bad.clone();
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("1,5".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            max_value: Some("1.5".into()),
            ..Default::default()
        });
        assert_eq!(ids(&MaxValueNotNumber, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MaxValueNotNumber, &v3(vec![f(ok)])).is_empty());
    }
}
