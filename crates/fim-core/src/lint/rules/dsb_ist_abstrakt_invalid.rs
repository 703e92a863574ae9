use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief (3.0.0) whose `istAbstrakt` is missing or not `true` or
    /// `false`.
    ///
    /// ## Why is this bad?
    /// Whether a Dokumentsteckbrief is abstract decides which other rules apply (QS 1092,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<istAbstrakt>nein</istAbstrakt>`. Right: `false`.
    pub struct DsbIstAbstraktInvalid {
        code: "1092",
        name: "dsb-ist-abstrakt-invalid",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Angabe zu istAbstrakt ist falsch oder leer.",
    }
}

impl QsRule for DsbIstAbstraktInvalid {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if d.ist_abstrakt.as_deref().is_some_and(is_bool) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!(
                    "Die Angabe istAbstrakt von {} ist leer oder kein Wahrheitswert.",
                    label(a)
                ),
            )
            .with_help("Tragen Sie in `istAbstrakt` true oder false ein.")
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
        bad.ist_abstrakt = Some("nein".into());
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbIstAbstraktInvalid, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbIstAbstraktInvalid, &m).is_empty());
    }
}
