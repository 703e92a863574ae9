use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a schema without `ableitungsmodifikationenStruktur` or with a value outside its code list (0 (nicht modifizierbar) bis 3 (alle Modifikationen)).
    ///
    /// ## Why is this bad?
    /// It tells users of the schema what they may change when deriving their own
    /// (QS 1033, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: no `<ableitungsmodifikationenStruktur>`. Right: `<ableitungsmodifikationenStruktur><code>0</code></ableitungsmodifikationenStruktur>`.
    pub struct AbleitungStrukturUnknown {
        code: "1033",
        name: "ableitung-struktur-unknown",
        category: FehlerKritisch,
        versions: [V2, V3],
        summary: "Die Änderbarkeit der Struktur fehlt oder ist unbekannt.",
    }
}

impl QsRule for AbleitungStrukturUnknown {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        let ElementRef::Schema(s) = v.element else {
            return;
        };
        if s.ableitungsmodifikationen_struktur
            .as_ref()
            .is_some_and(|c| c.value.is_known())
        {
            return;
        }
        let shown = s
            .ableitungsmodifikationen_struktur
            .as_ref()
            .map_or("", |c| c.value.code());
        out.push(
            diag(&Self::META, a, s.span, format!("Die Änderbarkeit der Struktur `{shown}` von {} fehlt oder ist unbekannt.", label(a)))
                .with_help("Geben Sie in `ableitungsmodifikationenStruktur` einen Wert aus der Codeliste an: 0 (nicht modifizierbar) bis 3 (alle Modifikationen)."),
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
        assert_eq!(run(&AbleitungStrukturUnknown, &m).len(), 1);
        if let Content::Schema(s) = &mut m.content {
            s.ableitungsmodifikationen_struktur = code("0");
        }
        assert!(run(&AbleitungStrukturUnknown, &m).is_empty());
    }
}
