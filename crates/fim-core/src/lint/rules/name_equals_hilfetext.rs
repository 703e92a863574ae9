use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field whose `name` equals its `hilfetextEingabe`, and a schema
    /// whose `name` equals its `hilfetext`.
    ///
    /// ## Why is this bad?
    /// A help text that repeats the name helps nobody (QS 1099, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: name and help both `Familienname`. Right: a help text that explains.
    ///
    /// ## Deviations
    /// Like the reference, the output help text (`hilfetextAusgabe`) is not compared with the
    /// name: output help often restates the name on purpose ("Dieses Feld enthält …").
    pub struct NameEqualsHilfetext {
        code: "1099",
        name: "name-equals-hilfetext",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Name und Hilfetext sind gleich.",
    }
}

impl QsRule for NameEqualsHilfetext {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let name = a.name().trim();
        if name.is_empty() {
            return;
        }
        let eq = |x: Option<&str>| x.is_some_and(|x| x.trim() == name);
        let hit = match v.element {
            ElementRef::Schema(s) => eq(s.hilfetext.as_deref()),
            ElementRef::Group(_) | ElementRef::Field(_) => eq(a.hilfetext_eingabe.as_deref()),
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
                format!("Bei {} wiederholt der Hilfetext den Namen.", label(a)),
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
            ids(&NameEqualsHilfetext, &v3(vec![f(bad)])),
            ["F60000000001"]
        );
        assert!(ids(&NameEqualsHilfetext, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
