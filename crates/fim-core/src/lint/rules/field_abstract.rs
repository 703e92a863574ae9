use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field with Schemaelementart `ABS` (abstrakt).
    ///
    /// ## Why is this bad?
    /// Only groups can be abstract templates; a field always describes concrete data
    /// (QS 1014, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a Datenfeld with `<code>ABS</code>`. Right: `HAR` or `RNG`.
    pub struct FieldAbstract {
        code: "1014",
        name: "field-abstract",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein Datenfeld hat die Schemaelementart „abstrakt“.",
    }
}

impl QsRule for FieldAbstract {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let a = &fd.angaben;
        let Some(art) = a.schemaelementart.as_ref() else {
            return;
        };
        if art.value != Schemaelementart::Abstrakt {
            return;
        }
        out.push(
            diag(&Self::META, a, art.span, format!("Das Datenfeld {} ist als abstrakt gekennzeichnet.", label(a)))
                .with_help("Setzen Sie die Schemaelementart auf `HAR` (harmonisiert) oder `RNG` (rechtsnormgebunden)."),
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
        bad.angaben.schemaelementart = code("ABS");
        assert_eq!(ids(&FieldAbstract, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&FieldAbstract, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
