use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a field (3.0.0) whose `vorbefuellung` is set to a value other than `keine`,
    /// `optional`, `verpflichtend`.
    ///
    /// ## Why is this bad?
    /// Implementations decide from it whether to prefill the field from a register (QS 1030,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<vorbefuellung><code>ja</code></vorbefuellung>`. Right: `optional`.
    ///
    /// ## Deviations
    /// Only unknown values are reported; a field without `vorbefuellung` is not, because
    /// converted 2.0 schemas commonly lack it and the reference reports none of them.
    pub struct VorbefuellungUnknown {
        code: "1030",
        name: "vorbefuellung-unknown",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Vorbefüllungsart ist unbekannt.",
    }
}

impl QsRule for VorbefuellungUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let Some(fd) = as_field(v.element) else {
            return;
        };
        let Some(vb) = fd.vorbefuellung.as_ref() else {
            return;
        };
        if vb.value.is_known() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                v.element.span(),
                format!(
                    "Die Vorbefüllungsart `{}` von {} ist unbekannt.",
                    vb.value.code(),
                    label(a)
                ),
            )
            .with_help("Verwenden Sie keine, optional oder verpflichtend."),
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
        bad.vorbefuellung = code("ja");
        assert_eq!(
            ids(&VorbefuellungUnknown, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.vorbefuellung = code("optional");
        assert!(ids(&VorbefuellungUnknown, &v3(vec![f(bad)])).is_empty());
    }
}
