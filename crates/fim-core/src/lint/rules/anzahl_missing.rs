use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a structure entry without `anzahl`, with an empty one, or with `0:0` (an
    /// element that may never occur). The finding sits on the containing schema or group.
    ///
    /// ## Why is this bad?
    /// Without multiplicity nobody knows whether the element is required or may repeat
    /// (QS 1021, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<struktur><enthaelt>…</enthaelt></struktur>`, `<anzahl>0:0</anzahl>`. Right:
    /// `<anzahl>1:1</anzahl>`.
    ///
    /// ## Deviations
    /// The public implementation checks for `0:0` only; a missing or empty multiplicity is
    /// worth the same finding, so we report all three (no corpus file has a missing or empty
    /// one, so the agreement test needs no exclusion).
    pub struct AnzahlMissing {
        code: "1021",
        name: "anzahl-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein Strukturelement hat keine Multiplizität.",
    }
}

impl QsRule for AnzahlMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            let text: String = st
                .anzahl
                .as_ref()
                .map(|x| x.as_str().split_whitespace().collect())
                .unwrap_or_default();
            let never = text == "0:0";
            if !text.is_empty() && !never {
                continue;
            }
            let what = ca.map_or_else(|| "ein Element".to_owned(), label);
            let message = if never {
                format!(
                    "{} verwendet {what} mit der Multiplizität 0:0: es darf nie vorkommen.",
                    label(a)
                )
            } else {
                format!("{} verwendet {what} ohne Multiplizität.", label(a))
            };
            out.push(
                diag(&Self::META, a, st.span, message)
                    .with_help("Geben Sie in `anzahl` die Multiplizität an, z. B. 1:1 oder 0:*."),
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
        assert!(run(&AnzahlMissing, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = None;
        }
        assert_eq!(ids(&AnzahlMissing, &m), ["S60000000001"]);
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = Some(crate::ids::Anzahl::new("0:0"));
        }
        let d = run(&AnzahlMissing, &m);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("0:0"));
        if let Content::Schema(s) = &mut m.content {
            s.struktur[0].anzahl = Some(crate::ids::Anzahl::new("0:1"));
        }
        assert!(run(&AnzahlMissing, &m).is_empty());
    }
}
