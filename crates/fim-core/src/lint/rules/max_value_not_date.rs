use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `date` whose upper bound (`maxValue`) is set but is not a date.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1068, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `heute`. Right: `2100-12-31`.
    pub struct MaxValueNotDate {
        code: "1068",
        name: "max-value-not-date",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die obere Wertgrenze ist kein Datum.",
    }
}

impl QsRule for MaxValueNotDate {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Date)) {
            return;
        }
        let Some(value) = praez_raw(fd, "maxValue") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_date(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die obere Wertgrenze `{value}` von {} ist kein Datum (JJJJ-MM-TT).",
                    label(a)
                ),
            )
            .with_help("Geben Sie ein Datum an, z. B. `2100-12-31`."),
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
        let mut ok = bad.clone();
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("heute".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            max_value: Some("2100-12-31".into()),
            ..Default::default()
        });
        assert_eq!(ids(&MaxValueNotDate, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MaxValueNotDate, &v3(vec![f(ok)])).is_empty());
    }
}
