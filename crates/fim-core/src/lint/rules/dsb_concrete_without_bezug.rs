use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief (3.0.0) that is not abstract (`istAbstrakt` is not
    /// `true`) and whose `bezug` is empty.
    ///
    /// ## Why is this bad?
    /// Only abstract Dokumentsteckbriefe, which group others, may go without a legal basis
    /// (QS 1052, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `istAbstrakt` `false` with `<bezug/>`. Right: with `<bezug>§ 14 GewO</bezug>`.
    pub struct DsbConcreteWithoutBezug {
        code: "1052",
        name: "dsb-concrete-without-bezug",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Ein konkreter Dokumentsteckbrief nennt keine Handlungsgrundlage.",
    }
}

impl QsRule for DsbConcreteWithoutBezug {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if d.ist_abstrakt.as_deref().map(str::trim) == Some("true") || !bezug_empty(&a.bezug) {
            return;
        }
        out.push(
            diag(&Self::META, a, d.span, format!("Der konkrete Dokumentsteckbrief {} nennt keine Handlungsgrundlage.", label(a)))
                .with_help("Tragen Sie in `bezug` die Rechtsgrundlage ein; nur abstrakte Dokumentsteckbriefe dürfen ohne sein.")
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
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbConcreteWithoutBezug, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbConcreteWithoutBezug, &m).is_empty());
    }
}
