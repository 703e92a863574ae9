use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema without any structure entry.
    ///
    /// ## Why is this bad?
    /// A schema describes the data of a service; without elements it describes none
    /// (QS 1078, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: a `stammdatenschema` without `struktur`. Right: at least one entry.
    pub struct SchemaEmpty {
        code: "1078",
        name: "schema-empty",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Ein Datenschema hat kein Unterelement.",
    }
}

impl QsRule for SchemaEmpty {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if !s.struktur.is_empty() {
            return;
        }
        out.push(
            diag(
                &Self::META,
                &s.angaben,
                s.span,
                format!(
                    "Das Datenschema {} enthält keine Elemente.",
                    label(&s.angaben)
                ),
            )
            .with_help("Fügen Sie die Datenfeldgruppen und Datenfelder der Leistung hinzu."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        assert_eq!(ids(&SchemaEmpty, &v3(vec![])), ["S60000000001"]);
        assert!(ids(&SchemaEmpty, &v3(vec![f(field("F60000000001"))])).is_empty());
    }
}
