#[allow(unused_imports)]
use crate::codes::*;
use crate::diagnostic::Diagnostic;
#[allow(unused_imports)]
use crate::lint::util::*;
use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
#[allow(unused_imports)]
use crate::model::*;
use crate::walk::Visit;

declare_rule! {
    /// ## What it does
    /// Reports a structure entry without `anzahl` (or with an empty one). The finding sits on
    /// the containing schema or group.
    ///
    /// ## Why is this bad?
    /// Without multiplicity nobody knows whether the element is required or may repeat
    /// (QS 1021, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<struktur><enthaelt>…</enthaelt></struktur>`. Right: add `<anzahl>1:1</anzahl>`.
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

    #[allow(unused_variables)]
    fn check_element(&self, cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for st in struktur_of(v.element) {
            let c = child(st);
            let ca = c.map(|c| c.angaben());
            if st
                .anzahl
                .as_ref()
                .is_some_and(|x| !x.as_str().trim().is_empty())
            {
                continue;
            }
            let what = ca.map_or_else(|| "ein Element".to_owned(), label);
            out.push(
                diag(
                    &Self::META,
                    a,
                    st.span,
                    format!("{} verwendet {what} ohne Multiplizität.", label(a)),
                )
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
    }
}
