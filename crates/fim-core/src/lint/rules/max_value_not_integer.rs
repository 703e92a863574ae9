use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num_int` whose upper bound (`maxValue`) is set but is not an integer.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1066, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `9.9`. Right: `9`.
    pub struct MaxValueNotInteger {
        code: "1066",
        name: "max-value-not-integer",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die obere Wertgrenze ist keine ganze Zahl.",
    }
}

impl QsRule for MaxValueNotInteger {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::NumInt)) {
            return;
        }
        let Some(value) = praez_raw(fd, "maxValue") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || is_integer(value) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die obere Wertgrenze `{value}` von {} ist keine ganze Zahl.",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine ganze Zahl an, z. B. `9`."),
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
        let mut ok = bad.clone();
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("9.9".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            max_value: Some("9".into()),
            ..Default::default()
        });
        assert_eq!(
            ids(&MaxValueNotInteger, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(&MaxValueNotInteger, &v3(vec![f(ok)])).is_empty());
    }
}
