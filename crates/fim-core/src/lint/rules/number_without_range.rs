use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field of Datentyp `num`, `num_int` or `num_currency` (whatever its Feldart,
    /// as the public check) without any `praezisierung` (no value range).
    ///
    /// ## Why is this bad?
    /// Most numbers and dates have a plausible range; stating it lets forms check input
    /// early (QS 1103, Warnung).
    ///
    /// ## Examples
    /// Wrong: an amount without range. Right: `minValue` `0`.
    ///
    /// ## Deviations
    /// The official text also names `date`; like the reference implementation, date fields
    /// are not reported (a range is rarely known for dates such as a birth date), and a field
    /// with any `praezisierung` counts as constrained (other rules check its content): in 3.0.0
    /// the element being present, in 2.0 a non-empty text.
    pub struct NumberWithoutRange {
        code: "1103",
        name: "number-without-range",
        category: Warnung,
        versions: [V2, V3],
        summary: "Zahl- oder Datumsfeld ohne Wertebereich.",
    }
}

impl QsRule for NumberWithoutRange {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        use Datentyp as D;
        // By data type only, as the public check: a label or select field counts too.
        if !matches!(datentyp(fd), Some(D::Num | D::NumInt | D::NumCurrency)) {
            return;
        }
        if fd.praezisierung.as_ref().is_some_and(|p| {
            cx.version() == crate::model::XdfVersion::V3
                || !p.is_empty()
                || !p.raw.trim().is_empty()
        }) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!("Das Feld {} gibt keinen Wertebereich an.", label(a)),
            )
            .with_help("Geben Sie in der Präzisierung `minValue` und/oder `maxValue` an."),
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
        bad.praezisierung = None;
        assert_eq!(
            ids(&NumberWithoutRange, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        let mut ok = field("F60000000001");
        ok.datentyp = code("num_int");
        ok.praezisierung = Some(crate::model::Praezisierung {
            min_value: Some("0".into()),
            ..Default::default()
        });
        assert!(ids(&NumberWithoutRange, &v3(vec![f(ok)])).is_empty());
    }
}
