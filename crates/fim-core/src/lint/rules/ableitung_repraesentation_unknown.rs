use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema without `ableitungsmodifikationenRepraesentation` or with a value outside its code list (0 (nicht modifizierbar) oder 1 (modifizierbar)).
    ///
    /// ## Why is this bad?
    /// It tells users of the schema what they may change when deriving their own
    /// (QS 1034, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: no `<ableitungsmodifikationenRepraesentation>`. Right: `<ableitungsmodifikationenRepraesentation><code>0</code></ableitungsmodifikationenRepraesentation>`.
    pub struct AbleitungRepraesentationUnknown {
        code: "1034",
        name: "ableitung-repraesentation-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Änderbarkeit der Repräsentation fehlt oder ist unbekannt.",
    }
}

impl QsRule for AbleitungRepraesentationUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if s.ableitungsmodifikationen_repraesentation
            .as_ref()
            .is_some_and(|c| c.value.is_known())
        {
            return;
        }
        let shown = s
            .ableitungsmodifikationen_repraesentation
            .as_ref()
            .map_or("", |c| c.value.code());
        out.push(
            diag(&Self::META, a, s.span, format!("Die Änderbarkeit der Repräsentation `{shown}` von {} fehlt oder ist unbekannt.", label(a)))
                .with_help("Geben Sie in `ableitungsmodifikationenRepraesentation` einen Wert aus der Codeliste an: 0 (nicht modifizierbar) oder 1 (modifizierbar)."),
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
        assert_eq!(run(&AbleitungRepraesentationUnknown, &m).len(), 1);
        if let Content::Schema(s) = &mut m.content {
            s.ableitungsmodifikationen_repraesentation = code("0");
        }
        assert!(run(&AbleitungRepraesentationUnknown, &m).is_empty());
    }
}
