use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a structure entry whose `anzahl` is not `min:max` with digits, or `*` as
    /// maximum. The finding sits on the containing schema or group.
    ///
    /// ## Why is this bad?
    /// Tools read the multiplicity to build forms and validations (QS 1046, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `1-n`, `1..*`. Right: `1:*`.
    pub struct AnzahlMalformed {
        code: "1046",
        name: "anzahl-malformed",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Multiplizität hat nicht das Format min:max.",
    }
}

impl QsRule for AnzahlMalformed {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let Some(x) = st.anzahl.as_ref() else {
                continue;
            };
            let t = x.as_str().trim();
            if t.is_empty() || anzahl_well_formed(t) {
                continue;
            }
            out.push(
                diag(&Self::META, a, st.span, format!("Die Multiplizität `{t}` in {} hat nicht das Format min:max.", label(a)))
                    .with_help("Schreiben Sie die Multiplizität als min:max mit Ziffern, `*` für unbegrenzt (z. B. 0:*)."),
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
        assert!(run(&AnzahlMalformed, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = Some(crate::ids::Anzahl::new("1-n"));
        }
        assert_eq!(ids(&AnzahlMalformed, &m), ["S60000000001"]);
    }
}
