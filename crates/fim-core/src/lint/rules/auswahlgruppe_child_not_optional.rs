use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// In a group with `art` `X` (Auswahlgruppe), reports each structure entry whose
    /// `anzahl` is not `0:1`. The finding sits on the group.
    ///
    /// ## Why is this bad?
    /// Exactly one child of a choice group is filled; each child on its own is therefore
    /// optional and single (QS 1118, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `1:1` inside an Auswahlgruppe. Right: `0:1`.
    pub struct AuswahlgruppeChildNotOptional {
        code: "1118",
        name: "auswahlgruppe-child-not-optional",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Ein Unterelement einer Auswahlgruppe hat nicht die Multiplizität 0:1.",
    }
}

impl QsRule for AuswahlgruppeChildNotOptional {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            let ElementRef::Group(gr) = v.element else {
                return;
            };
            if gr
                .art
                .as_ref()
                .is_none_or(|x| x.value != Gruppenart::Auswahl)
            {
                return;
            }
            let t = st.anzahl.as_ref().map_or("", |x| x.as_str().trim());
            if t == "0:1" {
                continue;
            }
            let ca = ca.map(label).unwrap_or_default();
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!(
                        "In der Auswahlgruppe {} hat {ca} die Multiplizität `{t}` statt 0:1.",
                        label(a)
                    ),
                )
                .with_help(
                    "Setzen Sie die Multiplizität jedes Unterelements einer Auswahlgruppe auf 0:1.",
                ),
            );
        }
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
        gr.art = code("X");
        assert!(run(&AuswahlgruppeChildNotOptional, &v3(vec![g(gr.clone())])).is_empty());
        gr.struktur[0].anzahl = Some(crate::ids::Anzahl::new("1:1"));
        assert_eq!(
            ids(&AuswahlgruppeChildNotOptional, &v3(vec![g(gr)])),
            ["G60000000001"]
        );
    }
}
