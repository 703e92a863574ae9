use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `time` whose upper bound (`maxValue`) is set but is not a time.
    ///
    /// ## Why is this bad?
    /// The value must be comparable with what users enter; a value of the wrong kind breaks
    /// every check built on it (QS 1082, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `24:00`. Right: `18:00:00`.
    pub struct MaxValueNotTime {
        code: "1082",
        name: "max-value-not-time",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die obere Wertgrenze ist keine Uhrzeit.",
    }
}

impl QsRule for MaxValueNotTime {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        if !matches!(datentyp(fd), Some(Datentyp::Time)) {
            return;
        }
        let Some(value) = praez_raw(fd, "maxValue") else {
            return;
        };
        let value = value.trim();
        if value.is_empty() || parse_time(value).is_some() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "Die obere Wertgrenze `{value}` von {} ist keine Uhrzeit (hh:mm:ss).",
                    label(a)
                ),
            )
            .with_help("Geben Sie eine Uhrzeit an, z. B. `18:00:00`."),
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
        bad.datentyp = code("time");
        let mut ok = bad.clone();
        bad.praezisierung = Some(Praezisierung {
            max_value: Some("24:00".into()),
            ..Default::default()
        });
        ok.praezisierung = Some(Praezisierung {
            max_value: Some("18:00:00".into()),
            ..Default::default()
        });
        assert_eq!(ids(&MaxValueNotTime, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&MaxValueNotTime, &v3(vec![f(ok)])).is_empty());
    }
}
