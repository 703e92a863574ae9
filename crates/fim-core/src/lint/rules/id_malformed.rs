use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports an id that does not have the form of its object type: the type letter (`S`,
    /// `G`, `F`, `R`) followed by 8 digits in XDatenfelder 2.0 or 11 digits in 3.0.0.
    ///
    /// ## Why is this bad?
    /// Ids carry the object type and the Nummernkreis (digits 2-3); tools and repositories
    /// rely on the format (QS 1039, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong (3.0.0): `F123`, `G6000000008`. Right: `F60000000227`.
    pub struct IdMalformed {
        code: "1039",
        name: "id-malformed",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die ID entspricht nicht dem vorgegebenen Format.",
    }
}

impl QsRule for IdMalformed {
    rule_meta!();

    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(id) = a.id().map(|i| i.as_str()).filter(|s| !s.is_empty()) else {
            return;
        };
        let letter = v.element.kind().letter();
        let digits = cx.version().id_digits();
        if id_well_formed(id, letter, digits) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                a.identifikation.span,
                format!("Die ID `{id}` hat nicht das Format „{letter}“ und {digits} Ziffern."),
            )
            .with_help(format!(
                "Verwenden Sie eine ID aus dem Buchstaben `{letter}` und {digits} Ziffern, z. B. `{letter}{}`.",
                "6".to_owned() + &"0".repeat(digits - 1)
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        assert_eq!(ids(&IdMalformed, &v3(vec![f(field("F123"))])), ["F123"]);
        assert_eq!(
            ids(&IdMalformed, &v3(vec![f(field("G60000000001"))])),
            ["G60000000001"]
        );
        assert!(ids(&IdMalformed, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
