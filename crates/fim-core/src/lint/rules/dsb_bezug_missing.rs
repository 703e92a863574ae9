use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief message (2.0) whose `bezug` is empty.
    ///
    /// ## Why is this bad?
    /// The document exists because of a norm; it must be named (QS 1008, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<bezug/>`. Right: `<bezug>§ 14 GewO</bezug>`.
    pub struct DsbBezugMissing {
        code: "1008",
        name: "dsb-bezug-missing",
        category: FehlerKritisch,
        versions: [V2],
        summary: "Der Dokumentsteckbrief nennt keine Handlungsgrundlage.",
    }
}

impl QsRule for DsbBezugMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !bezug_empty(&a.bezug) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!(
                    "Der Dokumentsteckbrief {} nennt keine Handlungsgrundlage.",
                    label(a)
                ),
            )
            .with_help("Tragen Sie in `bezug` die Rechtsgrundlage des Dokuments ein.")
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
        bad.angaben.bezug.clear();
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V2;
        assert_eq!(run(&DsbBezugMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V2;
        assert!(run(&DsbBezugMissing, &m).is_empty());
    }
}
