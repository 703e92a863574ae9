use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group with `art` `X` (Auswahlgruppe) with fewer than two structure entries.
    ///
    /// ## Why is this bad?
    /// A choice needs at least two alternatives (QS 1043, FehlerMethodisch).
    ///
    /// ## Examples
    /// Wrong: an Auswahlgruppe with only `Straßenanschrift`. Right: `Straßenanschrift` and
    /// `Postfachanschrift`.
    pub struct AuswahlgruppeTooSmall {
        code: "1043",
        name: "auswahlgruppe-too-small",
        category: FehlerMethodisch,
        versions: [V3],
        summary: "Eine Auswahlgruppe hat weniger als zwei Unterelemente.",
    }
}

impl QsRule for AuswahlgruppeTooSmall {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(gr) = as_group(v.element) else {
            return;
        };
        if gr
            .art
            .as_ref()
            .is_none_or(|x| x.value != Gruppenart::Auswahl)
            || gr.struktur.len() >= 2
        {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Die Auswahlgruppe {} hat weniger als zwei Unterelemente.",
                    label(a)
                ),
            )
            .with_help("Ergänzen Sie die Alternativen oder machen Sie daraus eine normale Gruppe."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut gr = group("G60000000001", vec![f(field("F60000000001"))]);
        gr.art = code("X");
        assert_eq!(
            ids(&AuswahlgruppeTooSmall, &v3(vec![g(gr)])),
            ["G60000000001"]
        );
        let mut gr = group(
            "G60000000001",
            vec![f(field("F60000000001")), f(field("F60000000002"))],
        );
        gr.art = code("X");
        assert!(ids(&AuswahlgruppeTooSmall, &v3(vec![g(gr)])).is_empty());
    }
}
