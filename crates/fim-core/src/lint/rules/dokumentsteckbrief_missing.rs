use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema (3.0.0) without `dokumentsteckbrief` reference (or with an empty id).
    ///
    /// ## Why is this bad?
    /// In 3.0.0 every schema belongs to a document described by a Dokumentsteckbrief (QS 1007,
    /// FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: no `<dokumentsteckbrief>`. Right: `<dokumentsteckbrief><id>D60000000001</id>…`.
    pub struct DokumentsteckbriefMissing {
        code: "1007",
        name: "dokumentsteckbrief-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "Dem Datenschema ist kein Dokumentsteckbrief zugeordnet.",
    }
}

impl QsRule for DokumentsteckbriefMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if s.dokumentsteckbrief
            .as_ref()
            .and_then(|d| d.id.as_ref())
            .is_some_and(|id| !id.as_str().is_empty())
        {
            return;
        }
        out.push(
            diag(&Self::META, a, v.element.span(), format!("Dem Datenschema {} ist kein Dokumentsteckbrief zugeordnet.", label(a)))
                .with_help("Ordnen Sie den Dokumentsteckbrief des Dokuments zu, zu dem das Datenschema gehört."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut m = v3(vec![]);
        assert!(run(&DokumentsteckbriefMissing, &m).is_empty());
        if let Content::Schema(s) = &mut m.content {
            s.dokumentsteckbrief = None;
        }
        assert_eq!(run(&DokumentsteckbriefMissing, &m).len(), 1);
    }
}
