use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a structure entry whose `anzahl` has a minimum above its maximum. The finding
    /// sits on the containing schema or group.
    ///
    /// ## Why is this bad?
    /// No number of occurrences can satisfy it (QS 1047, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `2:1`. Right: `1:2`.
    pub struct AnzahlMinGtMax {
        code: "1047",
        name: "anzahl-min-gt-max",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "In der Multiplizität ist das Minimum größer als das Maximum.",
    }
}

impl QsRule for AnzahlMinGtMax {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let Some(x) = st.anzahl.as_ref() else {
                continue;
            };
            let Some((min, Some(max))) = anzahl_bounds(x.as_str().trim()) else {
                continue;
            };
            if min <= max {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!(
                        "In der Multiplizität `{}` von {} ist das Minimum größer als das Maximum.",
                        x.as_str().trim(),
                        label(a)
                    ),
                )
                .with_help("Tauschen Sie die Werte oder korrigieren Sie die Multiplizität."),
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
        let mut m = v3(vec![f(field("F60000000001"))]);
        assert!(run(&AnzahlMinGtMax, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = Some(crate::ids::Anzahl::new("2:1"));
        }
        assert_eq!(ids(&AnzahlMinGtMax, &m), ["S60000000001"]);
    }
}
