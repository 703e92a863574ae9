use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief message whose `hilfetext` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The help text explains the document to applicants (QS 1107, Warnung).
    ///
    /// ## Examples
    /// Wrong: `<hilfetext/>`. Right: `<hilfetext>Mit diesem Antrag …</hilfetext>`.
    pub struct DsbHilfetextMissing {
        code: "1107",
        name: "dsb-hilfetext-missing",
        category: Warnung,
        versions: [V2, V3],
        summary: "Der Hilfetext des Dokumentsteckbriefs ist leer.",
    }
}

impl QsRule for DsbHilfetextMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !is_blank(d.hilfetext.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!("Der Dokumentsteckbrief {} hat keinen Hilfetext.", label(a)),
            )
            .with_help("Erklären Sie in `hilfetext`, wozu das Dokument dient.")
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
        bad.hilfetext = None;
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V2;
        assert_eq!(run(&DsbHilfetextMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V2;
        assert!(run(&DsbHilfetextMissing, &m).is_empty());
    }
}
