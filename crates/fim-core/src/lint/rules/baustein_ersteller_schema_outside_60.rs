use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema whose `statusGesetztDurch` or `fachlicherErsteller` is
    /// `FIM-Baustein Datenfelder` (or `FIM Baustein Datenfelder`) while its id is not from
    /// Nummernkreis 60.
    ///
    /// ## Why is this bad?
    /// Same reason as 1140, for schemas (QS 1141, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `S05000000058` by `FIM-Baustein Datenfelder`. Right: the actual editor.
    pub struct BausteinErstellerSchemaOutside60 {
        code: "1141",
        name: "baustein-ersteller-schema-outside-60",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Ein Datenschema außerhalb des Nummernkreises 60 nennt den FIM-Baustein als Ersteller.",
    }
}

impl QsRule for BausteinErstellerSchemaOutside60 {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        use super::baustein_ersteller_outside_60::{claims_baustein, is_60};
        if !matches!(v.element, ElementRef::Schema(_)) || !claims_baustein(a) || is_60(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Das Datenschema {} stammt nicht aus dem Nummernkreis 60, nennt aber den FIM-Baustein Datenfelder als Ersteller.", label(a)))
                .with_help("Tragen Sie die Stelle ein, die das Datenschema tatsächlich pflegt."),
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
        assert!(run(&BausteinErstellerSchemaOutside60, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.angaben.identifikation.id = Some(crate::ids::ElementId::new("S05000000001"));
            s.angaben.fachlicher_ersteller = Some("FIM-Baustein Datenfelder".into());
        }
        assert_eq!(run(&BausteinErstellerSchemaOutside60, &m).len(), 1);
    }
}
