use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group, field or rule whose `statusGesetztDurch` or `fachlicherErsteller` is
    /// `FIM-Baustein Datenfelder` (or `FIM Baustein Datenfelder`) while its id is not from
    /// Nummernkreis 60 (a missing or malformed id counts as not 60).
    ///
    /// ## Why is this bad?
    /// Only the federal building block (Nummernkreis 60) is maintained by the FIM-Baustein
    /// Datenfelder; other elements claiming so mislead users (QS 1140, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: `G00000000123` with `statusGesetztDurch` `FIM Baustein Datenfelder`. Right:
    /// the name of the actual editor.
    pub struct BausteinErstellerOutside60 {
        code: "1140",
        name: "baustein-ersteller-outside-60",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Ein Element außerhalb des Nummernkreises 60 nennt den FIM-Baustein als Ersteller.",
    }
}

impl QsRule for BausteinErstellerOutside60 {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        if matches!(v.element, ElementRef::Schema(_)) || !claims_baustein(a) || is_60(a) {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("{} stammt nicht aus dem Nummernkreis 60, nennt aber den FIM-Baustein Datenfelder als Ersteller.", label(a)))
                .with_help("Tragen Sie die Stelle ein, die das Element tatsächlich pflegt."),
        );
    }
}

/// Whether `statusGesetztDurch` or `fachlicherErsteller` names the FIM-Baustein Datenfelder.
pub(crate) fn claims_baustein(a: &Angaben) -> bool {
    [
        a.status_gesetzt_durch.as_deref(),
        a.fachlicher_ersteller.as_deref(),
    ]
    .into_iter()
    .flatten()
    .any(|s| {
        matches!(
            s.trim(),
            "FIM-Baustein Datenfelder" | "FIM Baustein Datenfelder"
        )
    })
}

/// Whether the id is from Nummernkreis 60.
pub(crate) fn is_60(a: &Angaben) -> bool {
    a.id().and_then(|i| i.nummernkreis()) == Some("60")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F00000000001");
        bad.angaben.status_gesetzt_durch = Some("FIM Baustein Datenfelder".into());
        assert_eq!(
            ids(&BausteinErstellerOutside60, &v3(vec![f(bad)])),
            ["F00000000001"]
        );
        let mut ok = field("F60000000001");
        ok.angaben.status_gesetzt_durch = Some("FIM-Baustein Datenfelder".into());
        assert!(ids(&BausteinErstellerOutside60, &v3(vec![f(ok)])).is_empty());
    }
}
