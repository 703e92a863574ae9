#[allow(unused_imports)]
use crate::codes::*;
use crate::diagnostic::Diagnostic;
#[allow(unused_imports)]
use crate::lint::util::*;
use crate::lint::{declare_rule, rule_meta, LintContext, QsRule};
use crate::model::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief message (3.0.0) whose `bezeichnung` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The label is what users see of the document (QS 1050, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<bezeichnung/>`. Right: `<bezeichnung>Gewerbeanmeldung</bezeichnung>`.
    ///
    /// ## Deviations
    /// Only Dokumentsteckbriefe are checked; schemas are not (the reference reports no
    /// schema for it in the corpus).
    pub struct DsbBezeichnungMissing {
        code: "1050",
        name: "dsb-bezeichnung-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Bezeichnung des Dokumentsteckbriefs ist leer.",
    }
}

impl QsRule for DsbBezeichnungMissing {
    rule_meta!();

    #[allow(unused_variables)]
    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !is_blank(d.bezeichnung.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!("Der Dokumentsteckbrief {} hat keine Bezeichnung.", label(a)),
            )
            .with_help("Tragen Sie in `bezeichnung` den Namen des Dokuments ein.")
            .with_path(key_of(a).into_iter().collect()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let ok = good_dokumentsteckbrief();
        let mut bad = ok.clone();
        bad.bezeichnung = Some(String::new());
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbBezeichnungMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbBezeichnungMissing, &m).is_empty());
    }
}
