use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field whose Freigabestatus is 3 to 7 (Entwurf up to inaktiv) and
    /// whose `statusGesetztAm` is empty.
    ///
    /// ## Why is this bad?
    /// From the draft on, the date of the status change documents the element's history
    /// (QS 1142, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: Freigabestatus `6` without `statusGesetztAm`. Right: `<statusGesetztAm>2024-01-31</statusGesetztAm>`.
    pub struct StatusDateMissing {
        code: "1142",
        name: "status-date-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Bei einem Element mit festgelegtem Status fehlt „Status geändert am“.",
    }
}

impl QsRule for StatusDateMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if !matches!(v.element, ElementRef::Group(_) | ElementRef::Field(_))
            || !needs_status_date(a)
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} hat einen festgelegten Status, aber kein Datum der Statusänderung.",
                    label(a)
                ),
            )
            .with_help("Tragen Sie in `statusGesetztAm` das Datum der letzten Statusänderung ein."),
        );
    }
}

/// Whether the Freigabestatus is 3 to 7 and `statusGesetztAm` is empty.
pub(crate) fn needs_status_date(a: &Angaben) -> bool {
    use Freigabestatus as F;
    let fixed = a.freigabestatus.as_ref().is_some_and(|c| {
        matches!(
            c.value,
            F::Entwurf
                | F::MethodischFreigegeben
                | F::FachlichFreigegebenSilber
                | F::FachlichFreigegebenGold
                | F::Inaktiv
        )
    });
    fixed && is_blank(a.status_gesetzt_am.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.freigabestatus = code("6");
        assert_eq!(
            ids(&StatusDateMissing, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.angaben.status_gesetzt_am = Some("2024-01-01".into());
        assert!(ids(&StatusDateMissing, &v3(vec![f(bad)])).is_empty());
    }
}
