use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a Dokumentsteckbrief (3.0.0) without `dokumentart`.
    ///
    /// ## Why is this bad?
    /// The Dokumentart classifies the document (application, notice, …) (QS 1055,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: no `<dokumentart>`. Right: `<dokumentart><code>001</code></dokumentart>`.
    ///
    /// ## Deviations
    /// The values of the Dokumentart code list are not part of the model, so only a missing
    /// or empty value is reported, not an unknown one.
    pub struct DsbDokumentartMissing {
        code: "1055",
        name: "dsb-dokumentart-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Die Dokumentart fehlt.",
    }
}

impl QsRule for DsbDokumentartMissing {
    rule_meta!();

    fn check_message(&self, cx: &LintContext<'_>, out: &mut Vec<Diagnostic>) {
        let Content::Dokumentsteckbrief(d) = &cx.message.content else {
            return;
        };
        let a = &d.angaben;
        if !is_blank(d.dokumentart.as_ref().map(|c| c.value.as_str())) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                a,
                d.span,
                format!("Der Dokumentsteckbrief {} hat keine Dokumentart.", label(a)),
            )
            .with_help("Wählen Sie eine Dokumentart aus der Codeliste.")
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
        bad.dokumentart = None;
        let msg = |d: Dokumentsteckbrief| {
            message(XdfVersion::V3, Content::Dokumentsteckbrief(Box::new(d)))
        };
        let mut m = msg(bad);
        m.version = XdfVersion::V3;
        assert_eq!(run(&DsbDokumentartMissing, &m).len(), 1);
        let mut m = msg(ok);
        m.version = XdfVersion::V3;
        assert!(run(&DsbDokumentartMissing, &m).is_empty());
    }
}
