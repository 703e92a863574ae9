use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field whose `bezeichnungEingabe` equals its `hilfetextEingabe`, or
    /// whose `bezeichnungAusgabe` equals its `hilfetextAusgabe`; and a schema whose
    /// `bezeichnung` equals its `hilfetext`.
    ///
    /// ## Why is this bad?
    /// A help text that repeats the label helps nobody (QS 1098, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: label and help both `Geburtsdatum`. Right: help `Geben Sie das Datum laut
    /// Ausweis an.`
    ///
    /// ## Deviations
    /// The public check compares the raw texts; we compare them without leading and trailing
    /// whitespace, since a help text that differs from the label only by a trailing space or
    /// line break still repeats it. Both report the same on the corpus.
    pub struct BezeichnungEqualsHilfetext {
        code: "1098",
        name: "bezeichnung-equals-hilfetext",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Bezeichnung und Hilfetext sind gleich.",
    }
}

impl QsRule for BezeichnungEqualsHilfetext {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let same = |x: Option<&str>, y: Option<&str>| match (x.map(str::trim), y.map(str::trim)) {
            (Some(x), Some(y)) => !x.is_empty() && x == y,
            _ => false,
        };
        let hit = match v.element {
            ElementRef::Schema(s) => same(s.bezeichnung.as_deref(), s.hilfetext.as_deref()),
            ElementRef::Group(_) | ElementRef::Field(_) => {
                same(
                    a.bezeichnung_eingabe.as_deref(),
                    a.hilfetext_eingabe.as_deref(),
                ) || same(
                    a.bezeichnung_ausgabe.as_deref(),
                    a.hilfetext_ausgabe.as_deref(),
                )
            }
            ElementRef::Rule(_) => false,
        };
        if !hit {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!("Bei {} wiederholt der Hilfetext die Bezeichnung.", label(a)),
            )
            .with_help("Erklären Sie im Hilfetext, was einzutragen ist, oder lassen Sie ihn leer."),
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
        bad.angaben.hilfetext_eingabe = Some("Feld".into());
        assert_eq!(
            ids(&BezeichnungEqualsHilfetext, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(
            &BezeichnungEqualsHilfetext,
            &v3(vec![f(field("F60000000001"))])
        )
        .is_empty());
    }
}
