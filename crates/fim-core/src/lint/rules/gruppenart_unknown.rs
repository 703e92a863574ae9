use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group (3.0.0) whose `art` is set to a value other than `X` (Auswahlgruppe).
    ///
    /// ## Why is this bad?
    /// Tools cannot tell what an unknown group kind means (QS 1042, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<art><code>Y</code></art>`. Right: `X`, or no `art` for a plain group.
    ///
    /// ## Deviations
    /// `art` is optional in 3.0.0 (a plain group has none), so only unknown values are
    /// reported, not a missing `art`.
    pub struct GruppenartUnknown {
        code: "1042",
        name: "gruppenart-unknown",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Gruppenart ist unbekannt.",
    }
}

impl QsRule for GruppenartUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(gr) = as_group(v.element) else {
            return;
        };
        let Some(art) = gr.art.as_ref() else { return };
        if art.value.is_known() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Die Gruppenart `{}` von {} ist unbekannt.",
                    art.value.code(),
                    label(a)
                ),
            )
            .with_help("Verwenden Sie `X` für eine Auswahlgruppe oder lassen Sie `art` weg."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        gr.art = code("Y");
        assert_eq!(
            ids(&GruppenartUnknown, &v3(vec![g(gr.clone())])),
            ["G60000000001"]
        );
        gr.art = code("X");
        assert!(ids(&GruppenartUnknown, &v3(vec![g(gr)])).is_empty());
    }
}
