use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `datetime` whose upper bound (`maxValue`) is set but is not a date and time.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1080, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `morgen`. Right: `2030-12-31T23:59:59`.
    pub struct MaxValueNotDatetime {
        code: "1080",
        name: "max-value-not-datetime",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die obere Wertgrenze ist kein Zeitpunkt.",
    }
}

impl QsRule for MaxValueNotDatetime {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::DateTime)) {
            return;
        }
        let Some(value) = praez_raw(fd, "maxValue") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_datetime(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die obere Wertgrenze `{value}` von {} ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss).",
                    label(a)
                ),
            )
            .with_help("Geben Sie einen Zeitpunkt an, z. B. `2030-12-31T23:59:59`."),
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
        bad.datentyp = code("datetime");
        let mut ok = bad.clone();
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("morgen".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            max_value: Some("2030-12-31T23:59:59".into()),
            ..Default::default()
        });
        assert_eq!(
            ids(&MaxValueNotDatetime, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(&MaxValueNotDatetime, &v3(vec![f(ok)])).is_empty());
    }
}
