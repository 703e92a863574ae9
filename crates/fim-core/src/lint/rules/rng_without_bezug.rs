use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a group or field with Schemaelementart `RNG` (rechtsnormgebunden) whose
    /// `bezug` (Handlungsgrundlage) is empty.
    ///
    /// ## Why is this bad?
    /// A legally bound element exists because a norm asks for it; the norm must be named
    /// so that the element can be checked and maintained (QS 1006, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<schemaelementart><code>RNG</code></schemaelementart>` with `<bezug/>`.
    /// Right: the same with `<bezug>§ 14 Abs. 1 GewO</bezug>`.
    pub struct RngWithoutBezug {
        code: "1006",
        name: "rng-without-bezug",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Rechtsnormgebundenes Element ohne Bezug zur Handlungsgrundlage.",
    }
}

impl QsRule for RngWithoutBezug {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let rng = a
            .schemaelementart
            .as_ref()
            .is_some_and(|c| c.value == Schemaelementart::Rechtsnormgebunden);
        if !rng || !bezug_empty(&a.bezug) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "{} ist rechtsnormgebunden, nennt aber keine Handlungsgrundlage.",
                    label(a)
                ),
            )
            .with_help(
                "Tragen Sie in `bezug` die Rechtsnorm ein oder ändern Sie die Schemaelementart.",
            ),
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
        bad.angaben.schemaelementart = code("RNG");
        bad.angaben.bezug.clear();
        assert_eq!(ids(&RngWithoutBezug, &v3(vec![f(bad)])), ["F60000000001"]);
        let mut ok = field("F60000000001");
        ok.angaben.schemaelementart = code("RNG");
        assert!(ids(&RngWithoutBezug, &v3(vec![f(ok)])).is_empty());
    }
}
