use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field without `datentyp` or with a value outside the code list (3.0.0 adds
    /// `text_latin`, `time`, `datetime`).
    ///
    /// ## Why is this bad?
    /// The Datentyp decides how the value is stored and checked (QS 1028, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<datentyp><code>string</code></datentyp>`. Right: `text`.
    pub struct DatentypUnknown {
        code: "1028",
        name: "datentyp-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Der Datentyp fehlt oder ist unbekannt.",
    }
}

impl QsRule for DatentypUnknown {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let ok = match (fd.datentyp.as_ref().map(|c| &c.value), cx.version()) {
            (Some(Datentyp::TextLatin | Datentyp::Time | Datentyp::DateTime), XdfVersion::V2) => {
                false
            }
            (Some(x), _) => x.is_known(),
            (None, _) => false,
        };
        if ok {
            return;
        }
        let shown = fd.datentyp.as_ref().map_or("", |c| c.value.code());
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Der Datentyp `{shown}` von {} fehlt oder ist unbekannt.", label(a)))
                .with_help("Wählen Sie einen Datentyp aus der Codeliste (z. B. text, num_int, date, bool, file)."),
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
        bad.datentyp = code("string");
        assert_eq!(ids(&DatentypUnknown, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&DatentypUnknown, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
