use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num` or `num_currency` whose lower bound (`minValue`) is set but is not a number.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1062, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `zehn`. Right: `10.5`.
    pub struct MinValueNotNumber {
        code: "1062",
        name: "min-value-not-number",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die untere Wertgrenze ist keine Zahl.",
    }
}

impl QsRule for MinValueNotNumber {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Num | Datentyp::NumCurrency)) {
            return;
        }
        let Some(value) = praez_raw(fd, "minValue") else {
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
                    "Die untere Wertgrenze `{value}` von {} ist keine Zahl.",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine Zahl an, z. B. `10.5`."),
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
            min_value: Some("zehn".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            min_value: Some("10.5".into()),
            ..Default::default()
        });
        assert_eq!(ids(&MinValueNotNumber, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MinValueNotNumber, &v3(vec![f(ok)])).is_empty());
    }
}
