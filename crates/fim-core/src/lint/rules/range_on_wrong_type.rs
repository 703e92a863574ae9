use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field that sets `minValue` or `maxValue` although its Datentyp is not
    /// numeric (`num`, `num_int`, `num_currency`) or temporal (`date`, `time`, `datetime`).
    ///
    /// ## Why is this bad?
    /// A value range needs an order on the values (QS 1016, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `datentyp` `text` with `minValue` `1`. Right: `num_int` with `minValue` `1`.
    pub struct RangeOnWrongType {
        code: "1016",
        name: "range-on-wrong-type",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Wertebereich bei einem Datentyp ohne Wertebereich.",
    }
}

impl QsRule for RangeOnWrongType {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        use Datentyp as D;
        if datentyp(fd).is_none()
            || matches!(
                datentyp(fd),
                Some(D::Num | D::NumInt | D::NumCurrency | D::Date | D::Time | D::DateTime)
            )
        {
            return;
        }
        if !(praez_set(fd, "minValue") || praez_set(fd, "maxValue")) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                praez_span(fd),
                format!(
                    "{} gibt einen Wertebereich an, hat aber keinen Zahl- oder Zeitdatentyp.",
                    label(a)
                ),
            )
            .with_help(
                "Entfernen Sie `minValue`/`maxValue` oder wählen Sie einen passenden Datentyp.",
            ),
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
        bad.praezisierung
            .get_or_insert_with(Default::default)
            .min_value = Some("1".into());
        assert_eq!(ids(&RangeOnWrongType, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.datentyp = code("num_int");
        ok.praezisierung = Some(crate::model::Praezisierung {
            min_value: Some("1".into()),
            ..Default::default()
        });
        assert!(ids(&RangeOnWrongType, &v3(vec![f(ok)])).is_empty());
    }
}
