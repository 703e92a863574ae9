use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field with Schemaelementart `HAR` (harmonisiert) and an empty
    /// `bezug`, when the element is used inside a structure (not the message's top object).
    ///
    /// ## Why is this bad?
    /// Harmonised elements should still say which law they serve where possible (QS 1101,
    /// Warnung).
    ///
    /// ## Examples
    /// Wrong: HAR with `<bezug/>`. Right: HAR with `<bezug>§ 3 PAuswG</bezug>`.
    ///
    /// ## Deviations
    /// Like the reference (3.0.0), the top object of a group or field message is not checked.
    /// The reference's 3.0.0 sheet reports no nested HAR groups either (its 2.0 sheet does);
    /// we report them in both versions, because the reason for the rule holds for groups too.
    pub struct HarWithoutBezug {
        code: "1101",
        name: "har-without-bezug",
        category: Warnung,
        versions: [V2, V3],
        summary: "Harmonisiertes Element ohne Bezug zur Handlungsgrundlage.",
    }
}

impl QsRule for HarWithoutBezug {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let har = a
            .schemaelementart
            .as_ref()
            .is_some_and(|c| c.value == Schemaelementart::Harmonisiert);
        if !har || v.depth == 0 || !bezug_empty(&a.bezug) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} ist harmonisiert und nennt keine Handlungsgrundlage.",
                    label(a)
                ),
            )
            .with_help("Tragen Sie in `bezug` die Rechtsnormen ein, denen das Element dient."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = field("F60000000001");
        bad.angaben.bezug.clear();
        assert_eq!(ids(&HarWithoutBezug, &v3(vec![f(bad)])), ["F60000000001"]);
        assert!(ids(&HarWithoutBezug, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
