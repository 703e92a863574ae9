use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema whose Freigabestatus is 3 to 7 and whose `statusGesetztAm` is empty.
    ///
    /// ## Why is this bad?
    /// Same as 1142, for schemas (QS 1143, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: schema status `4` without `statusGesetztAm`. Right: with the date.
    pub struct SchemaStatusDateMissing {
        code: "1143",
        name: "schema-status-date-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Bei einem Datenschema mit festgelegtem Status fehlt „Status geändert am“.",
    }
}

impl QsRule for SchemaStatusDateMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if !matches!(v.element, ElementRef::Schema(_))
            || !super::status_date_missing::needs_status_date(a)
        {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Das Datenschema {} hat einen festgelegten Status, aber kein Datum der Statusänderung.", label(a)))
                .with_help("Tragen Sie in `statusGesetztAm` das Datum der letzten Statusänderung ein."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut m = v3(vec![]);
        assert!(run(&SchemaStatusDateMissing, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.angaben.freigabestatus = code("4");
        }
        assert_eq!(run(&SchemaStatusDateMissing, &m).len(), 1);
    }
}
