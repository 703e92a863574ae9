use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief message whose `definition` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The definition says what the document is (QS 1049, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<definition/>`. Right: `<definition>Antrag auf …</definition>`.
    pub struct DsbDefinitionMissing {
        code: "1049",
        name: "dsb-definition-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Definition des Dokumentsteckbriefs ist leer.",
    }
}

impl QsRule for DsbDefinitionMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !is_blank(a.definition.as_deref()) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!("Der Dokumentsteckbrief {} hat keine Definition.", label(a)),
            )
            .with_help("Beschreiben Sie in `definition`, was das Dokument ist.")
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
        bad.angaben.definition = None;
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V2;
        assert_eq!(run(&DsbDefinitionMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V2;
        assert!(run(&DsbDefinitionMissing, &m).is_empty());
    }
}
