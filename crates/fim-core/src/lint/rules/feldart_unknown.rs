use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field without `feldart` or with a value outside the code list (`input`,
    /// `select`, `label`; 3.0.0 also `hidden`, `locked`).
    ///
    /// ## Why is this bad?
    /// The Feldart decides how the field is shown (QS 1027, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<feldart><code>checkbox</code></feldart>`. Right: `select`.
    pub struct FeldartUnknown {
        code: "1027",
        name: "feldart-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Feldart fehlt oder ist unbekannt.",
    }
}

impl QsRule for FeldartUnknown {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let ok = match (fd.feldart.as_ref().map(|c| &c.value), cx.version()) {
            (Some(Feldart::Hidden | Feldart::Locked), XdfVersion::V2) => false,
            (Some(x), _) => x.is_known(),
            (None, _) => false,
        };
        if ok {
            return;
        }
        let shown = fd.feldart.as_ref().map_or("", |c| c.value.code());
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Die Feldart `{shown}` von {} fehlt oder ist unbekannt.", label(a)))
                .with_help("Wählen Sie eine Feldart aus der Codeliste (input, select, label, in 3.0.0 auch hidden, locked)."),
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
        bad.feldart = code("checkbox");
        assert_eq!(ids(&FeldartUnknown, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&FeldartUnknown, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
