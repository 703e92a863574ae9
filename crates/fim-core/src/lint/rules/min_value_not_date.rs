use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `date` whose lower bound (`minValue`) is set but is not a date.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1067, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `01.01.1900`. Right: `1900-01-01`.
    pub struct MinValueNotDate {
        code: "1067",
        name: "min-value-not-date",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die untere Wertgrenze ist kein Datum.",
    }
}

impl QsRule for MinValueNotDate {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Date)) {
            return;
        }
        let Some(value) = praez_raw(fd, "minValue") else {
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
                    "Die untere Wertgrenze `{value}` von {} ist kein Datum (JJJJ-MM-TT).",
                    label(a)
                ),
            )
            .with_help("Geben Sie ein Datum an, z. B. `1900-01-01`."),
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
            min_value: Some("01.01.1900".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            min_value: Some("1900-01-01".into()),
            ..Default::default()
        });
        assert_eq!(ids(&MinValueNotDate, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MinValueNotDate, &v3(vec![f(ok)])).is_empty());
    }
}
