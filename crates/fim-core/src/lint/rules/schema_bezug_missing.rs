use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema whose `bezug` (Handlungsgrundlage) is empty.
    ///
    /// ## Why is this bad?
    /// A schema belongs to a service that rests on law; the schema must name it
    /// (QS 1051, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a schema with `<bezug/>`. Right: `<bezug>§ 14 GewO</bezug>`.
    pub struct SchemaBezugMissing {
        code: "1051",
        name: "schema-bezug-missing",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Das Datenschema nennt keine Handlungsgrundlage.",
    }
}

impl QsRule for SchemaBezugMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if !bezug_empty(&s.angaben.bezug) {
            return;
        }
        out.push(
            diag(
                &Self::META,
                &s.angaben,
                s.span,
                format!(
                    "Das Datenschema {} nennt keine Handlungsgrundlage.",
                    label(&s.angaben)
                ),
            )
            .with_help("Tragen Sie in `bezug` die Rechtsgrundlage der Leistung ein."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let mut bad = v3(vec![]);
        if let crate::model::Content::Schema(s) = &mut bad.content {
            s.angaben.bezug.clear();
        }
        assert_eq!(ids(&SchemaBezugMissing, &bad), ["S60000000001"]);
        assert!(ids(&SchemaBezugMissing, &v3(vec![])).is_empty());
    }
}
