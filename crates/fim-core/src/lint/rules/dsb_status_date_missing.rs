use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief (3.0.0) whose Freigabestatus is 3 to 7 and whose
    /// `statusGesetztAm` is empty.
    ///
    /// ## Why is this bad?
    /// Same as 1142, for Dokumentsteckbriefe (QS 1144, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: status `6` without `statusGesetztAm`. Right: with the date.
    pub struct DsbStatusDateMissing {
        code: "1144",
        name: "dsb-status-date-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Bei einem Dokumentsteckbrief mit festgelegtem Status fehlt „Status geändert am“.",
    }
}

impl QsRule for DsbStatusDateMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !super::status_date_missing::needs_status_date(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, d.span, format!("Der Dokumentsteckbrief {} hat einen festgelegten Status, aber kein Datum der Statusänderung.", label(a)))
                .with_help("Tragen Sie in `statusGesetztAm` das Datum der letzten Statusänderung ein.")
                .with_path(key_of(a).into_iter().collect()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let ok = good_dokumentsteckbrief();
        let mut bad = ok.clone();
        bad.angaben.status_gesetzt_am = None;
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbStatusDateMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbStatusDateMissing, &m).is_empty());
    }
}
